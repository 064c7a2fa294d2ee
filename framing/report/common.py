"""Helpers shared by the page builders: reading the Comparison defensively, formatting.

The Comparison's tables are read by column name; a missing table or column
gives an empty section rather than an error, so the report degrades gracefully
when an upstream table is absent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pandas as pd

from ..compare.groups import Groups

#: Features shown first, each with its own chart, in this order.
HEADLINE_FEATURES = ("loaded", "loaded_attributed", "hedging", "certainty", "sentiment",
                     "attribution", "readability")


def get(obj: Any, name: str, default: Any = None) -> Any:
    """``obj.name`` or ``obj[name]``, else ``default``."""
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def frame(obj: Any) -> pd.DataFrame:
    """A table as a DataFrame with named index levels turned into columns."""
    if obj is None:
        return pd.DataFrame()
    if isinstance(obj, pd.Series):
        obj = obj.to_frame()
    if not isinstance(obj, pd.DataFrame):
        try:
            obj = pd.DataFrame(list(obj))
        except (TypeError, ValueError):
            return pd.DataFrame()
    names = [n for n in obj.index.names if n is not None]
    if names:
        obj = obj.reset_index()
    return obj


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


def pretty(name: str) -> str:
    """A feature or column name for display.

    >>> pretty("loaded_attributed")
    'loaded attributed'
    """
    return str(name).replace("_", " ")


def feature_order(features: Iterable[str]) -> list[str]:
    """Headline features first (in :data:`HEADLINE_FEATURES` order), then the rest as given."""
    feats = list(dict.fromkeys(features))
    first = [f for f in HEADLINE_FEATURES if f in feats]
    return first + [f for f in feats if f not in first]


class Tables:
    """The comparison's tables read once: each as a frame, grouped once per set of columns.

    Every page builder takes the comparison or this; :func:`tables_of` gives it, so that a
    report builds each table's groups (by event, by outlet, by event and outlet) once and
    every page reads its own rows from them, instead of filtering a whole table each time.
    Attributes the builders read with :func:`get` (``analysis``, ``events``, ...) are the
    comparison's.
    """

    #: Tables of the analysis (the rest are the comparison's own).
    ANALYSIS = ("articles", "evidence", "sentences")

    def __init__(self, comp: Any) -> None:
        self.comp = comp
        self._groups: dict[str, Groups] = {}
        self.cache: dict[Any, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in ("comp", "cache"):
            raise AttributeError(name)
        return get(self.comp, name)

    def groups(self, name: str) -> Groups:
        """The table ``name`` (``profiles``, ``articles``...) with its groups."""
        found = self._groups.get(name)
        if found is None:
            owner = get(self.comp, "analysis") if name in self.ANALYSIS else self.comp
            found = self._groups[name] = Groups(frame(get(owner, name)))
        return found

    def table(self, name: str) -> pd.DataFrame:
        return self.groups(name).df

    def select(self, name: str, **equal: Any) -> pd.DataFrame:
        """``select(frame(table), **equal)``, from the groups."""
        return self.groups(name).select(**equal)

    def records(self, name: str, **equal: Any) -> list[dict[str, Any]]:
        """``records(self.select(name, **equal))``, read from the groups' columns
        (:meth:`Groups.records`)."""
        return self.groups(name).records(**equal)

    def memo(self, key: Any, build: Callable[[], Any]) -> Any:
        """``build()`` once per ``key`` for this report."""
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]


def tables_of(comp: Any) -> Tables:
    """``comp`` as :class:`Tables` (itself when it already is one)."""
    return comp if isinstance(comp, Tables) else Tables(comp)
