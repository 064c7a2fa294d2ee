"""The machine-readable outputs: comparison.json, articles.csv, evidence.csv, inputs.csv.

All are deterministic: JSON with sorted keys and no timestamps (except the
``generated`` field, ``null`` unless the caller passes one), CSV rows in a
stable order with a fixed float format and ``\\n`` line endings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..compare.comparison import Comparison
from ..safe_output import atomic_open
from ..safe_output.cells import neutralise_frame
from .common import frame
from .site import inputs_table

if TYPE_CHECKING:
    from ..engines.analysis import Analysis

FLOAT_FORMAT = "%.10g"
EVIDENCE_ORDER = ["article_id", "part", "start", "feature", "term", "end", "category"]
INPUT_COLUMNS = ["source", "id", "outlet", "status", "reason", "duplicate_of", "event", "file",
                 "line"]


def comparison_json(comp: Comparison, generated: str | None = None) -> str:
    """The Comparison as deterministic JSON text: sorted keys, no spaces, one line.

    The text of ``json.dumps(comp.to_json_dict() | {"generated": generated}, ...)``, built
    event by event (:meth:`Comparison.json_text`).
    """
    return "".join(comp.json_text(generated))


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write ``df`` as CSV, spreadsheet formulas neutralised
    (:mod:`framing.safe_output.cells`)."""
    with atomic_open(path) as fh:
        neutralise_frame(df).to_csv(fh, index=False, float_format=FLOAT_FORMAT,
                                    lineterminator="\n")


def articles_frame(analysis: Analysis) -> pd.DataFrame:
    """The articles table sorted by article id."""
    df = frame(analysis.articles)
    if "id" in df.columns:
        df = df.sort_values("id", kind="mergesort")
    return df


def evidence_frame(analysis: Analysis) -> pd.DataFrame:
    """The evidence table sorted by (article_id, part, start, feature, term)."""
    df = frame(analysis.evidence)
    cols = [c for c in EVIDENCE_ORDER if c in df.columns]
    if cols and not df.empty:
        df = df.sort_values(cols, kind="mergesort", na_position="last")
    return df


def write_data(comp: Comparison, out_dir: Path, generated: str | None = None) -> list[Path]:
    """Write the JSON and CSV outputs into ``out_dir``; returns the paths written."""
    analysis = comp.analysis
    if analysis is None:
        raise ValueError("the comparison carries no analysis; compare(analysis) keeps it")
    written = []
    path = out_dir / "comparison.json"
    with atomic_open(path) as fh:  # event by event: the document is never whole in memory
        fh.writelines(comp.json_text(generated))
    written.append(path)
    for name, df in (("articles.csv", articles_frame(analysis)),
                     ("evidence.csv", evidence_frame(analysis))):
        _write_csv(df, out_dir / name)
        written.append(out_dir / name)
    inputs = inputs_table(analysis.corpus)
    if inputs is not None:
        cols = [c for c in INPUT_COLUMNS if c in inputs.columns]
        cols += [c for c in inputs.columns if c not in cols]
        order = [c for c in ("source", "id") if c in inputs.columns]
        inputs = inputs[cols]
        if comp.event_assignment and "id" in inputs.columns and "event" in inputs.columns:
            # the events compare() gave the records that came without one
            found = inputs["id"].astype(str).map(comp.event_assignment)
            inputs = inputs.assign(event=found.where(found.notna(), inputs["event"]))
        if order:
            inputs = inputs.sort_values(order, kind="mergesort")
        _write_csv(inputs, out_dir / "inputs.csv")
        written.append(out_dir / "inputs.csv")
    return written
