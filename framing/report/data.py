"""The machine-readable outputs: comparison.json, articles.csv, evidence.csv, inputs.csv.

All are deterministic: JSON with sorted keys and no timestamps (except the
``generated`` field, ``null`` unless the caller passes one), CSV rows in a
stable order with a fixed float format and ``\\n`` line endings.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pandas as pd

from ..compare.comparison import Comparison
from ..safe_output import atomic_open, write_text
from .common import frame, get
from .site import inputs_table

FLOAT_FORMAT = "%.10g"
EVIDENCE_ORDER = ["article_id", "part", "start", "feature", "term", "end", "category"]
INPUT_COLUMNS = ["source", "id", "outlet", "status", "reason", "duplicate_of", "event", "file",
                 "line"]


def jsonable(obj: Any) -> Any:
    """``obj`` with NaN/inf as None, numpy and pandas scalars as Python ones, sets sorted."""
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [jsonable(v) for v in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted((jsonable(v) for v in obj), key=str)
    if isinstance(obj, pd.DataFrame):
        return jsonable(obj.to_dict(orient="records"))
    if obj is pd.NA or obj is pd.NaT:
        return None
    if isinstance(obj, pd.Timestamp):
        return obj.isoformat()
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        try:
            obj = obj.item()
        except (TypeError, ValueError):
            return str(obj)
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    return str(obj)


def comparison_json(comp: Any, generated: str | None = None) -> str:
    """The Comparison as deterministic JSON text."""
    to_dict = get(comp, "to_json_dict")
    body = to_dict() if callable(to_dict) else {}
    # Comparison.to_json_dict is JSON-safe already (its _clean leaves nothing that jsonable
    # would change); another object's dict goes through jsonable
    doc = {**(body if isinstance(comp, Comparison) else jsonable(body)), "generated": generated}
    try:
        return indented_json(doc) + "\n"
    except (ValueError, TypeError):  # a type only json knows, NaN: json says what is wrong
        return json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1,
                          allow_nan=False) + "\n"


def indented_json(obj: Any) -> str:
    r"""``json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=1, allow_nan=False)``,
    the same text, for dicts with str keys, lists, str, int, float, bool and None.

    json's indented encoder is its pure-Python one, a generator per container; this builds
    the same pieces into one list. Anything else (another type, a non-str key, NaN or
    infinity) raises ValueError, so the caller can ask json itself.

    >>> indented_json({"b": [1, 2.5, None], "a": {"x": "é", "y": []}, "c": True})
    '{\n "a": {\n  "x": "é",\n  "y": []\n },\n "b": [\n  1,\n  2.5,\n  null\n ],\n "c": true\n}'
    """
    out: list[str] = []
    append = out.append
    quote = json.encoder.encode_basestring

    def walk(o: Any, level: int) -> None:
        kind = type(o)
        if kind is str:
            append(quote(o))
        elif o is None:
            append("null")
        elif o is True:
            append("true")
        elif o is False:
            append("false")
        elif kind is int:
            append(int.__repr__(o))
        elif kind is float:
            if not math.isfinite(o):
                raise ValueError("not a finite float")
            append(float.__repr__(o))
        elif kind is list:
            if not o:
                append("[]")
                return
            newline = "\n" + " " * (level + 1)
            append("[" + newline)
            for i, v in enumerate(o):
                if i:
                    append("," + newline)
                walk(v, level + 1)
            append("\n" + " " * level + "]")
        elif kind is dict:
            if not o:
                append("{}")
                return
            newline = "\n" + " " * (level + 1)
            append("{" + newline)
            for i, (k, v) in enumerate(sorted(o.items())):
                if type(k) is not str:
                    raise ValueError("a key that is not a str")
                if i:
                    append("," + newline)
                append(quote(k))
                append(": ")
                walk(v, level + 1)
            append("\n" + " " * level + "}")
        else:
            raise ValueError(f"no plain JSON type: {kind.__name__}")

    walk(obj, 0)
    return "".join(out)


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    with atomic_open(path) as fh:
        df.to_csv(fh, index=False, float_format=FLOAT_FORMAT, lineterminator="\n")


def articles_frame(analysis: Any) -> pd.DataFrame:
    """The articles table sorted by article id."""
    df = frame(get(analysis, "articles"))
    if "id" in df.columns:
        df = df.sort_values("id", kind="mergesort")
    return df


def evidence_frame(analysis: Any) -> pd.DataFrame:
    """The evidence table sorted by (article_id, part, start, feature, term)."""
    df = frame(get(analysis, "evidence"))
    cols = [c for c in EVIDENCE_ORDER if c in df.columns]
    if cols and not df.empty:
        df = df.sort_values(cols, kind="mergesort", na_position="last")
    return df


def write_data(comp: Any, out_dir: Path, generated: str | None = None) -> list[Path]:
    """Write the JSON and CSV outputs into ``out_dir``; returns the paths written."""
    analysis = get(comp, "analysis")
    written = []
    path = out_dir / "comparison.json"
    write_text(path, comparison_json(comp, generated))
    written.append(path)
    for name, df in (("articles.csv", articles_frame(analysis)),
                     ("evidence.csv", evidence_frame(analysis))):
        _write_csv(df, out_dir / name)
        written.append(out_dir / name)
    inputs = inputs_table(get(analysis, "corpus"))
    if inputs is not None:
        cols = [c for c in INPUT_COLUMNS if c in inputs.columns]
        cols += [c for c in inputs.columns if c not in cols]
        order = [c for c in ("source", "id") if c in inputs.columns]
        inputs = inputs[cols]
        if order:
            inputs = inputs.sort_values(order, kind="mergesort")
        _write_csv(inputs, out_dir / "inputs.csv")
        written.append(out_dir / "inputs.csv")
    return written
