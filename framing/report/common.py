"""Helpers shared by the page builders: the report's view of the comparison, formatting.

The pages read the comparison's tables as typed rows (:mod:`framing.compare.rows`) through
:class:`ReportData`, so that a renamed column is a type error, not an empty section.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..compare.groups import Groups

if TYPE_CHECKING:
    from ..compare.comparison import Comparison
    from ..compare.rows import Score
    from ..engines.analysis import Analysis

#: Features shown first, each with its own chart, in this order.
HEADLINE_FEATURES = ("loaded", "loaded_attributed", "opinion_style", "hedging", "certainty",
                     "sentiment", "attribution", "readability")


def frame(df: pd.DataFrame) -> pd.DataFrame:
    """A table with its named index levels turned into columns."""
    names = [n for n in df.index.names if n is not None]
    return df.reset_index() if names else df


def select(df: pd.DataFrame, **equal: Any) -> pd.DataFrame:
    """Rows of ``df`` whose columns equal the given values (columns missing: ignored)."""
    mask = pd.Series(True, index=df.index)
    for col, val in equal.items():
        if col in df.columns and val is not None:
            mask &= df[col] == val
    return df[mask]


def is_num(v: Any) -> bool:
    """True for a finite real number (bools excluded)."""
    if isinstance(v, bool) or v is None:
        return False
    try:
        return math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


def fmt(v: Any, signed: bool = False) -> str:
    """A number for display: three significant digits, "–" when missing.

    >>> fmt(0.123456), fmt(1234.5), fmt(float("nan")), fmt(-0.5, signed=True), fmt(3)
    ('0.123', '1,234', '–', '-0.5', '3')
    """
    if isinstance(v, bool):
        return "yes" if v else "no"
    if not is_num(v):
        return "–" if v is None or isinstance(v, float) else str(v)
    x = float(v)
    if abs(x) < 1e-9:
        x = 0.0
    if x == int(x) and abs(x) < 1e15 and not isinstance(v, float):
        text = f"{int(x):,}"
    elif abs(x) >= 1000:
        text = f"{x:,.0f}"
    else:
        text = f"{x:.3g}"
        if "e" in text:
            text = f"{x:.2e}"
    if signed and x > 0:
        text = "+" + text
    return text


def fmt_tone(v: Any) -> str:
    """A tone on the -1..1 scale for display: two decimals, signed, "–" when missing.

    Two decimals are what a reader can use; a third significant digit of a mean near 0
    is noise that differs with the numeric libraries' last bits.

    >>> fmt_tone(-0.000216), fmt_tone(0.4567), fmt_tone(-0.25), fmt_tone(None)
    ('0.00', '+0.46', '-0.25', '–')
    """
    if not is_num(v) or isinstance(v, bool):
        return "–"
    text = f"{float(v):+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text


def cell(v: Any) -> str:
    """Any table value for display: numbers via :func:`fmt`, lists joined with commas.

    >>> cell(["b", "a"]), cell(2.5), cell(None), cell("x")
    ('b, a', '2.5', '–', 'x')
    """
    if isinstance(v, (list, tuple, set)):
        return ", ".join(str(x) for x in v)
    if isinstance(v, str):
        return v
    return fmt(v)


def names(v: Any) -> list[str]:
    """A list of names from a list, tuple, set, comma-separated string or missing value.

    >>> names("a, b"), names(["b", "a"]), names(float("nan")), names(None)
    (['a', 'b'], ['b', 'a'], [], [])
    """
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    if isinstance(v, str):
        return [p.strip() for p in v.split(",") if p.strip()] if v else []
    if isinstance(v, Iterable):
        return [str(x) for x in v]
    return [str(v)]


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts (NaN kept as float NaN)."""
    return [{str(k): v for k, v in r.items()} for r in df.to_dict(orient="records")]


def mode(values: Iterable[Any]) -> str | None:
    """The most common non-empty value (ties broken alphabetically)."""
    counts: dict[str, int] = {}
    for v in values:
        if v is None or (isinstance(v, float) and math.isnan(v)) or v == "":
            continue
        counts[str(v)] = counts.get(str(v), 0) + 1
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], k))


#: Display names that say more than the feature's name.
LABELS = {"opinion_style": "writes as commentary"}


def pretty(name: str) -> str:
    """A feature or column name for display.

    >>> pretty("loaded_attributed"), pretty("opinion_style")
    ('loaded attributed', 'writes as commentary')
    """
    return LABELS.get(str(name), str(name).replace("_", " "))


def feature_order(features: Iterable[str]) -> list[str]:
    """Headline features first (in :data:`HEADLINE_FEATURES` order), then the rest as given."""
    feats = list(dict.fromkeys(features))
    first = [f for f in HEADLINE_FEATURES if f in feats]
    return first + [f for f in feats if f not in first]


class ReportData:
    """What the pages read: the comparison, its typed tables, and the analysis' tables
    grouped once.

    Every page builder takes this (:func:`tables_of` makes it once per report), reads the
    comparison's rows as typed records (``data.tables.scores.rows(event=...)``) and the
    analysis' rows of one event or outlet from the groups, instead of filtering a whole
    table each time.

    Raises
    ------
    ValueError
        A comparison without its analysis (``compare()`` keeps it).
    """

    def __init__(self, comp: Comparison) -> None:
        if comp.analysis is None:
            raise ValueError("the comparison carries no analysis; write the report of "
                             "framing.compare.compare(analysis), which keeps it")
        self.comp = comp
        self.analysis: Analysis = comp.analysis
        self.tables = comp.tables
        self.articles = Groups(frame(self.analysis.articles))
        self.evidence = Groups(frame(self.analysis.evidence))
        self.sentences = Groups(frame(self.analysis.sentences))
        self.cache: dict[Any, Any] = {}
        self._scores: dict[str, list[Score]] = {}

    @property
    def events(self) -> list[str]:
        """The comparison's events, as given."""
        return [str(e) for e in self.comp.events]

    def scores(self, event: str) -> list[Score]:
        """The profile rows of ``event`` (the last few events' kept: the pages of an event
        read them many times)."""
        found = self._scores.get(event)
        if found is None:
            if len(self._scores) >= 4:
                self._scores.pop(next(iter(self._scores)))
            found = self._scores[event] = self.tables.scores.rows(event=event)
        return found

    def memo(self, key: Any, build: Callable[[], Any]) -> Any:
        """``build()`` once per ``key`` for this report."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]


def tables_of(comp: Comparison | ReportData) -> ReportData:
    """``comp`` as :class:`ReportData` (itself when it already is one)."""
    return comp if isinstance(comp, ReportData) else ReportData(comp)


def by_article(items: Iterable[Any]) -> list[Any]:
    """Listed sentences reordered so that those of one article (and part) follow each other,
    the articles in the order of their first sentence, each article's in their own order:
    a page of many events then names each article once above its sentences.

    >>> [s["t"] for s in by_article([{"article": "A", "part": "body", "t": 1},
    ...     {"article": "B", "part": "body", "t": 2}, {"article": "A", "part": "body", "t": 3}])]
    [1, 3, 2]
    """
    runs: dict[tuple[Any, Any], list[Any]] = {}
    for s in items:
        runs.setdefault((s["article"], s["part"]), []).append(s)
    return [s for run in runs.values() for s in run]
