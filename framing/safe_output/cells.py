"""Spreadsheet formulas in CSV outputs, neutralised (OWASP, "CSV Injection").

A spreadsheet opening a CSV file runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` as a formula (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``), and a leading tab or
carriage return can hide one. Every text cell of framing's CSV outputs (``articles.csv``,
``evidence.csv``, ``inputs.csv``, ``analyze --format csv`` and its ``.inputs.csv``) that
starts with one of these characters is written with a single quote in front
(:func:`neutralise`), which spreadsheets show as text and do not evaluate. Numbers are
left as they are: a negative score is data, not a formula, and a cell that is only a
number (``-0.25``, ``+3``) runs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: The characters a spreadsheet reads as the start of a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def neutralise(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is text a spreadsheet would run as a formula.

    Examples
    --------
    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("@SUM(A1)"), neutralise("-0.25")
    ('\\'=HYPERLINK("http://x")', "'@SUM(A1)", '-0.25')
    >>> neutralise("Daily"), neutralise(-0.25), neutralise(None)
    ('Daily', -0.25, None)
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) \
            and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_row(values: Iterable[Any]) -> list[Any]:
    """:func:`neutralise` each value of a row."""
    return [neutralise(v) for v in values]


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with :func:`neutralise` applied to its text columns (a copy when one changes)."""
    out = df
    for col in df.columns:
        series = df[col]
        if series.dtype.kind not in "OSU" and str(series.dtype) != "string":
            continue  # numbers, booleans, dates: nothing to run
        changed = series.map(neutralise)
        if not changed.equals(series):
            if out is df:
                out = df.copy()
            out[col] = changed
    return out


__all__ = ["FORMULA_STARTS", "neutralise", "neutralise_frame", "neutralise_row"]
