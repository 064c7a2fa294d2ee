"""Reading human-labelled sentences or articles (CSV or JSON Lines).

A label file holds one text per row and either a label column (sentence or
article classification: ``Biased`` / ``Non-biased``) or ``event`` and ``rank``
columns (articles ranked by human judges within each event, 1 = most loaded).

>>> from framing.models.labels import parse_labels
>>> import pandas as pd
>>> frame = pd.DataFrame({"text": ["a", "b", "c"], "label": ["Biased", "Non-biased", "?"]})
>>> data = parse_labels(frame, source="demo.csv")
>>> data.y.tolist(), data.excluded
([1, 0], {"label '?'": 1})
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from .split import Part, in_part

#: Labels read as the positive class when ``positive`` is not given (case-insensitive).
AUTO_POSITIVE: frozenset[str] = frozenset({"biased", "1", "true", "yes", "loaded"})
#: Labels read as the negative class when ``negative`` is not given (case-insensitive).
AUTO_NEGATIVE: frozenset[str] = frozenset(
    {"non-biased", "nonbiased", "non biased", "not biased", "unbiased", "0", "false", "no",
     "neutral", "not loaded"}
)
_DELIMITERS = ";,\t|"


@dataclass
class LabelledData:
    """Texts with binary labels, or with a human ranking per event.

    Attributes
    ----------
    texts : list of str
    y : numpy.ndarray or None
        1 for the positive class, 0 for the negative one (classification mode).
    events, ranks : list or None
        The event of each text and its human rank within the event (ranking mode).
    excluded : dict
        Why rows were left out, with counts (``{"label 'No agreement'": 1}``).
    source : str
        The file read.
    n_rows : int
        Rows in the file, before exclusions.
    marked : list of list of str, or None
        The words annotators marked in each text (``words_column``), for training.
    """

    texts: list[str]
    y: np.ndarray | None = None
    events: list[str] | None = None
    ranks: list[float] | None = None
    excluded: dict[str, int] = field(default_factory=dict)
    source: str = ""
    n_rows: int = 0
    positive: list[str] = field(default_factory=list)
    negative: list[str] = field(default_factory=list)
    marked: list[list[str]] | None = None

    @property
    def mode(self) -> str:
        """``"ranking"`` when the data carries a human ranking, else ``"labels"``."""
        return "ranking" if self.ranks is not None else "labels"

    def digest(self) -> str:
        """sha256 over the texts and their labels (or events and ranks)."""
        h = hashlib.sha256()
        for i, text in enumerate(self.texts):
            tag = (f"{self.events[i]}\0{self.ranks[i]}" if self.ranks is not None and self.events
                   else str(int(self.y[i])) if self.y is not None else "")
            h.update(f"{text}\0{tag}\n".encode())
        return h.hexdigest()


def _sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: the one the header line uses most, else csv.Sniffer's."""
    header = sample.splitlines()[0] if sample else ""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] and sum(1 for v in counts.values() if v == counts[best]) == 1:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


def read_table(path: str | Path, *, delimiter: str | None = None) -> pd.DataFrame:
    """Read a CSV (delimiter detected, BOM removed) or JSON Lines file as strings.

    Parameters
    ----------
    path : str or Path
        ``.jsonl``/``.ndjson``/``.json`` files are read as one JSON object per line;
        anything else as delimited text.
    delimiter : str, optional
        Skip detection and use this delimiter.

    Returns
    -------
    pandas.DataFrame
        All values as strings; empty cells as ``""``.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("no such label file; pass a CSV or JSONL file of labelled texts",
                         path=str(p))
    try:
        raw = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc}); save the file as UTF-8", path=str(p)) from None
    if not raw.strip():
        raise InputError("the label file is empty", path=str(p))
    if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        rows = []
        # split on "\n" only: str.splitlines() would also break a line at a raw U+2028
        # inside a JSON string, which JSON allows (json.dumps(..., ensure_ascii=False))
        for n, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON ({exc.msg}); write one JSON object per line",
                                 path=str(p), line=n) from None
            if not isinstance(obj, dict):
                raise InputError("each line must be a JSON object", path=str(p), line=n)
            rows.append({k: "" if v is None else str(v) for k, v in obj.items()})
        table: pd.DataFrame = pd.DataFrame(rows).fillna("")
        return table
    sep = delimiter or _sniff_delimiter(raw[:20_000])
    from io import StringIO

    try:
        frame = pd.read_csv(StringIO(raw), sep=sep, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, csv.Error) as exc:
        raise InputError(f"cannot parse as delimited text with {sep!r}: {exc}",
                         path=str(p)) from None
    frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def _label_column(frame: pd.DataFrame, label_column: str | None, source: str) -> str:
    if label_column is not None:
        if label_column not in frame.columns:
            raise InputError(f"no column {label_column!r}; columns: {list(frame.columns)}; "
                             "pass --label-column", path=source)
        return label_column
    for name in ("label", "label_bias"):
        if name in frame.columns:
            return name
    raise InputError(f"no label column ('label' or 'label_bias'); columns: {list(frame.columns)};"
                     " pass --label-column, or give 'event' and 'rank' columns for a ranking",
                     path=source)


def parse_labels(
    frame: pd.DataFrame,
    *,
    source: str = "",
    text_column: str = "text",
    label_column: str | None = None,
    positive: Sequence[str] | None = None,
    negative: Sequence[str] | None = None,
    words_column: str | None = None,
    part: Part = "all",
) -> LabelledData:
    """Turn a table of texts and labels (or events and ranks) into :class:`LabelledData`.

    Parameters
    ----------
    frame : pandas.DataFrame
        As returned by :func:`read_table`.
    text_column : str
        The column holding the texts.
    label_column : str, optional
        Default: ``label``, else ``label_bias``. Ignored in ranking mode (the table
        has ``event`` and ``rank`` columns and no label column was asked for).
    positive, negative : list of str, optional
        Labels of each class (case-insensitive). Defaults: :data:`AUTO_POSITIVE` and
        :data:`AUTO_NEGATIVE`; when only one other label remains it is the negative
        class. Rows with any other label are excluded and counted.
    words_column : str, optional
        A column of the words annotators marked in each text (a list literal such
        as BABE's ``biased_words``, or words separated by commas or semicolons);
        read into :attr:`LabelledData.marked`.
    part : {"all", "development", "test"}
        Keep only the rows of one part of the fixed split
        (:func:`framing.models.split.sentence_part`); the others are counted as
        excluded.
    """
    if text_column not in frame.columns:
        raise InputError(f"no text column {text_column!r}; columns: {list(frame.columns)}; "
                         "pass --text-column", path=source)
    excluded: Counter[str] = Counter()
    texts_all = [str(t).strip() for t in frame[text_column]]
    # the split hashes the text as the file holds it (before stripping)
    keep = in_part([str(t) for t in frame[text_column]], part)
    ranking = label_column is None and {"event", "rank"} <= set(frame.columns)
    if ranking:
        texts: list[str] = []
        events: list[str] = []
        ranks: list[float] = []
        for text, event, rank, kept in zip(texts_all, frame["event"], frame["rank"], keep,
                                           strict=True):
            if not kept:
                excluded[f"text outside the {part} part"] += 1
                continue
            if not text:
                excluded["empty text"] += 1
                continue
            try:
                value = float(rank)
            except ValueError:
                excluded[f"rank {rank!r}"] += 1
                continue
            texts.append(text)
            events.append(str(event))
            ranks.append(value)
        if not texts:
            raise InputError("no usable rows (text, event and a numeric rank)", path=source)
        return LabelledData(texts=texts, events=events, ranks=ranks, excluded=dict(excluded),
                            source=source, n_rows=len(frame))
    if words_column is not None and words_column not in frame.columns:
        raise InputError(f"no words column {words_column!r}; columns: {list(frame.columns)}",
                         path=source)
    column = _label_column(frame, label_column, source)
    labels = [str(v).strip() for v in frame[column]]
    pos = {s.lower() for s in positive} if positive else set(AUTO_POSITIVE)
    if negative:
        neg = {s.lower() for s in negative}
    else:
        neg = set(AUTO_NEGATIVE) - pos
        present = {lab.lower() for lab in labels if lab}
        others = present - pos
        if not (present & neg) and len(others) == 1:
            neg = others
    cells = list(frame[words_column]) if words_column is not None else [None] * len(frame)
    texts, y, marked = [], [], []
    for text, label, cell, kept in zip(texts_all, labels, cells, keep, strict=True):
        if not kept:
            excluded[f"text outside the {part} part"] += 1
            continue
        low = label.lower()
        if low in pos:
            value = 1
        elif low in neg:
            value = 0
        else:
            excluded[f"label {label!r}" if label else "empty label"] += 1
            continue
        if not text:
            excluded["empty text"] += 1
            continue
        texts.append(text)
        y.append(value)
        if words_column is not None:
            from .marked import parse_marked

            marked.append(parse_marked(cell))
    arr = np.asarray(y, dtype=int)
    seen_pos = sorted({lab for lab in labels if lab.lower() in pos})
    seen_neg = sorted({lab for lab in labels if lab.lower() in neg})
    if not texts or arr.min() == arr.max():
        found = sorted(set(labels))[:10]
        raise InputError(f"need texts of both classes; positive labels {sorted(pos)}, negative "
                         f"{sorted(neg)}, labels found {found}; pass --positive/--negative",
                         path=source)
    return LabelledData(texts=texts, y=arr, excluded=dict(excluded), source=source,
                        n_rows=len(frame), positive=seen_pos, negative=seen_neg,
                        marked=marked if words_column is not None else None)


def read_labels(
    path: str | Path,
    *,
    text_column: str = "text",
    label_column: str | None = None,
    positive: Sequence[str] | None = None,
    negative: Sequence[str] | None = None,
    words_column: str | None = None,
    part: Part = "all",
) -> LabelledData:
    """Read a label file (see :func:`read_table` and :func:`parse_labels`)."""
    frame = read_table(path)
    return parse_labels(frame, source=str(path), text_column=text_column,
                        label_column=label_column, positive=positive, negative=negative,
                        words_column=words_column, part=part)


__all__ = ["AUTO_NEGATIVE", "AUTO_POSITIVE", "LabelledData", "parse_labels", "read_labels",
           "read_table"]
