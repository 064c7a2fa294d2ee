"""The streaming writers of ``framing analyze`` (atomic files: :mod:`framing.safe_output`).

Every file is written to a temporary file in the target directory and renamed
into place, so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import OutputError
from ..safe_output import atomic_open, atomic_path, check_output, write_text
from ..safe_output.cells import neutralise
from .pipeline import ArticleResult

FORMATS = ("jsonl", "csv", "parquet")
#: The format an output file's extension implies.
SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet",
            ".pq": "parquet"}


def format_of(path: Path, default: str = "jsonl") -> str:
    """The format ``path``'s extension implies (``out.csv`` -> ``"csv"``), else ``default``."""
    return SUFFIXES.get(path.suffix.lower(), default)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def result_record(res: ArticleResult, lexicons: list[tuple[str, str]]) -> dict[str, Any]:
    """The JSONL record of one article: id, outlet, event, title, features, evidence, the
    sentences the evidence is in, lexicons.

    Each evidence span names its sentence (``part`` and ``sentence``, the index of a body
    sentence) and its offsets in the text; the text of every body sentence that holds
    evidence is stored once, in ``sentences`` (a headline span's sentence is ``title``).
    """
    a = res.article
    cols = res.sentence_columns
    bounds = {i: (s, e) for i, s, e in zip(cols.get("sentence", ()), cols.get("start", ()),
                                           cols.get("end", ()), strict=True)}
    body_sents = res.sentence_texts()
    used = sorted({s.sentence for s in res.evidence if s.part != "headline"
                   and s.sentence in body_sents})
    return {
        "id": a.id, "outlet": a.outlet, "event": a.event, "title": a.title,
        "published": a.published, "url": a.url, "source": a.source, "status": res.status,
        "n_words": res.n_words,
        "features": {k: _clean(round(v, 6) if isinstance(v, float) else v)
                     for k, v in res.features.items()},
        "labels": {k: res.details.get(k) for k in ("dominant_frame", "dominant_policy",
                                                   "top_moral") if k in res.details},
        "evidence": [
            {"feature": s.feature, "category": s.category, "term": s.term,
             "surface": (a.title if s.part == "headline" else a.text)[s.start:s.end],
             "start": s.start, "end": s.end, "sentence": s.sentence, "part": s.part,
             "attributed": s.attributed, "negated": s.negated, "weight": round(s.weight, 6),
             "source": s.source, "speaker": s.speaker}
            for s in res.evidence
        ],
        "sentences": [{"sentence": i, "start": bounds[i][0], "end": bounds[i][1],
                       "text": body_sents[i]} for i in used],
        "lexicons": [{"name": n, "version": v} for n, v in lexicons],
    }


def check_output_file(path: Path, inputs: Iterable[Path], force: bool) -> None:
    """Refuse to overwrite an input, a non-regular file, or an existing file without
    ``force`` (:func:`framing.safe_output.check_output`)."""
    check_output(path, inputs, force=force)


def write_results(results: Iterable[ArticleResult], path: Path, fmt: str,
                  lexicons: list[tuple[str, str]], *, row_group: int = 500) -> int:
    """Stream results to ``path`` (jsonl, csv or parquet in row groups); returns the count."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    n = 0
    with atomic_path(path) as tmp:
        if fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as fh:
                for res in results:
                    rec = result_record(res, lexicons)
                    fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
                    n += 1
        elif fmt == "csv":
            import csv

            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                writer: csv.DictWriter[str] | None = None
                for res in results:
                    row = _flat_row(res, lexicons)
                    if writer is None:
                        writer = csv.DictWriter(fh, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow({k: neutralise(v) for k, v in row.items()})  # formulas
                    n += 1
        else:
            pq_writer = None
            batch: list[dict[str, Any]] = []
            schema = None
            for res in results:
                batch.append(_flat_row(res, lexicons))
                n += 1
                if schema is None:
                    # pyarrow imported once the first result is in: worker processes
                    # started by the engine before that do not carry it
                    import pyarrow as pa
                    import pyarrow.parquet as pq

                    # fixed from the first row, so that a row group whose optional
                    # text (published, url) is all empty does not make it a null column
                    schema = pa.schema([
                        (k, pa.int64() if k in ("n_words", "n_evidence")
                         else pa.float64() if isinstance(v, float) else pa.string())
                        for k, v in batch[0].items()])
                if len(batch) >= row_group:
                    table = pa.Table.from_pylist(batch, schema=schema)
                    if pq_writer is None:
                        pq_writer = pq.ParquetWriter(tmp, schema)
                    pq_writer.write_table(table)
                    batch = []
            if batch or pq_writer is None:
                import pyarrow as pa
                import pyarrow.parquet as pq

                table = pa.Table.from_pylist(batch, schema=schema)
                if pq_writer is None:
                    pq_writer = pq.ParquetWriter(tmp, table.schema)
                pq_writer.write_table(table)
            pq_writer.close()
    return n


def _flat_row(res: ArticleResult, lexicons: list[tuple[str, str]]) -> dict[str, Any]:
    a = res.article
    row: dict[str, Any] = {"id": a.id, "outlet": a.outlet, "event": a.event, "title": a.title,
                           "published": a.published, "url": a.url, "source": a.source,
                           "status": res.status, "n_words": res.n_words,
                           "n_evidence": len(res.evidence)}
    # rounded as in the JSON records: the last bits of a float vary with the numpy build
    row.update({k: round(float(v), 6) for k, v in res.features.items()})
    row["lexicons"] = ";".join(f"{n}=={v}" for n, v in lexicons)
    return row


__all__ = ["FORMATS", "SUFFIXES", "atomic_open", "atomic_path", "check_output_file", "format_of",
           "result_record",
           "write_results", "write_text"]
