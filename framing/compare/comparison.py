"""The records :func:`framing.compare.compare` returns.

:class:`Comparison` holds one table per view (profiles, ranks, intensity,
distinctive words, coverage, omissions, headline flags, frames) and the list
of :class:`Discrepancy` records; :meth:`Comparison.to_json_dict` is the
deterministic body of ``comparison.json``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from .groups import Groups

if TYPE_CHECKING:
    from ..engines.analysis import Analysis

_DIGITS = 6


@dataclass(frozen=True)
class Claim:
    """One outlet's numeric statement about a subject.

    ``value`` is the number as written (``9.0`` for "more than 9%"), ``low`` and
    ``high`` the interval it is compatible with (rounding and qualifiers such as
    "more than" widen it), ``qualifier`` the hedge word if any. A date's value and
    interval are days (``date.toordinal()``), a duration's days; ``shown`` says how
    such a value reads. ``start``/``end`` locate ``surface`` in ``sentence``.
    """

    outlet: str
    value: float
    unit: str
    sentence: str
    article_id: str
    low: float = -math.inf
    high: float = math.inf
    qualifier: str = ""
    surface: str = ""
    subject: str = ""
    shown: str = ""  # how the value reads when it is no plain number ("30 June 2026")
    start: int = -1  # the span of ``surface`` in ``sentence`` (-1: not recorded)
    end: int = -1


@dataclass
class Discrepancy:
    """Claims about the same ``subject`` on ``event`` whose values cannot all be true."""

    event: str
    subject: str
    claims: list[Claim] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({c.outlet for c in self.claims})


@dataclass
class Comparison:
    """How outlets compare on each event; see ``docs/architecture.md`` for the columns."""

    events: list[str]
    profiles: pd.DataFrame
    rankings: pd.DataFrame
    intensity: pd.DataFrame
    distinctive: pd.DataFrame
    coverage: pd.DataFrame
    omissions: pd.DataFrame
    discrepancies: list[Discrepancy]
    headline_flags: pd.DataFrame
    frames: pd.DataFrame
    analysis: Analysis | None = None
    params: dict[str, Any] = field(default_factory=dict)
    event_assignment: dict[str, str] = field(default_factory=dict)

    def outlets(self, event: str) -> list[str]:
        """Outlets covering ``event``, sorted."""
        p = self.profiles
        if p.empty:
            return []
        return sorted(p.loc[p["event"] == event, "outlet"].unique().tolist())

    def to_json_dict(self) -> dict[str, Any]:
        """The deterministic body of ``comparison.json``.

        Outlets and keys are sorted, floats rounded to 6 decimals, NaN is None,
        and there is no timestamp (the caller may add ``generated``).
        """
        events: dict[str, Any] = {}
        tables = _ByEvent(self)
        for ev in sorted(self.events):
            events[ev] = _event_block(self, ev, tables)
        return _clean({"schema": COMPARISON_SCHEMA, "events": events, "params": self.params,
                       "event_assignment": self.event_assignment})


#: Name and version of the ``comparison.json`` layout (docs/reports.md). Bump the version
#: on any change that renames or removes a key; adding keys keeps it.
COMPARISON_SCHEMA = "framing.comparison/1"


class _ByEvent:
    """The comparison's tables grouped once by event and outlet, and its discrepancies by
    event, so that each event's block takes its rows without filtering whole tables."""

    def __init__(self, comp: Comparison) -> None:
        self.comp = comp
        self._groups: dict[str, Groups | None] = {}
        self.discrepancies: dict[str, list[Discrepancy]] = {}
        for d in sorted(comp.discrepancies, key=lambda d: d.subject):
            self.discrepancies.setdefault(d.event, []).append(d)

    def groups(self, name: str) -> Groups | None:
        if name not in self._groups:
            df = getattr(self.comp, name)
            found = None
            if df is not None and not df.empty:
                d = df.reset_index() if "event" not in df.columns else df
                found = Groups(d) if "event" in d.columns else None
            self._groups[name] = found
        return self._groups[name]

    def select(self, name: str, ev: str, outlet: str | None = None) -> pd.DataFrame:
        """``_select(getattr(comp, name), ev, outlet)``, from the groups."""
        g = self.groups(name)
        if g is None:
            return pd.DataFrame()
        both = outlet is not None and "outlet" in g.df.columns
        d = g.select(event=ev, outlet=outlet) if both else g.select(event=ev)
        drop = ["event", "index"] + (["outlet"] if outlet is not None else [])
        return d.drop(columns=[c for c in drop if c in d.columns])

    def records(self, name: str, ev: str, outlet: str | None = None) -> list[dict[str, Any]]:
        """The rows of ``select(name, ev, outlet)`` as dicts, read from the groups' columns."""
        g = self.groups(name)
        if g is None:
            return []
        both = outlet is not None and "outlet" in g.df.columns
        rows = g.records(event=ev, outlet=outlet) if both else g.records(event=ev)
        drop = [c for c in ["event", "index"] + (["outlet"] if outlet is not None else [])
                if c in g.df.columns]
        for r in rows:
            for c in drop:
                del r[c]
        return rows

    def outlets(self, ev: str) -> list[str]:
        """``comp.outlets(ev)``, from the groups."""
        g = self.groups("profiles")
        if g is None or "event" not in self.comp.profiles.columns:
            return self.comp.outlets(ev)
        return sorted(g.select(event=ev)["outlet"].unique().tolist())


def _event_block(comp: Comparison, ev: str, tables: _ByEvent | None = None) -> dict[str, Any]:
    t = tables or _ByEvent(comp)
    g = t.groups("profiles") if "event" in comp.profiles.columns else None
    outlets: dict[str, Any] = {}
    for outlet in t.outlets(ev):
        block: dict[str, Any] = {"scores": {}, "ranks": {}, "ci": {}, "rank_interval": {},
                                 "tied_with": {}}
        rows: dict[Any, dict[str, Any]] | None = None
        if g is not None:
            found = g.records(event=ev, outlet=outlet)
            rows = {r["feature"]: r for r in found}
            if len(rows) < len(found):  # a repeated feature: as .loc on the frame gives it
                rows = None
        if rows is not None:
            for feat in sorted(rows):
                r = rows[feat]
                block["scores"][feat] = r["value"]
                block["ranks"][feat] = r["rank"]
                block["ci"][feat] = [r["ci_low"], r["ci_high"]]
                block["rank_interval"][feat] = [r["rank_low"], r["rank_high"]]
                block["tied_with"][feat] = list(r["tied_with"])
        else:
            _scores(block, comp, ev, outlet, g)
        block["intensity"] = _first(t.records("intensity", ev, outlet))
        block["headline"] = _first(t.records("headline_flags", ev, outlet))
        block["frames"] = _first(t.records("frames", ev, outlet))
        block["distinctive"] = t.records("distinctive", ev, outlet)
        block["omissions"] = t.records("omissions", ev, outlet)
        outlets[outlet] = block
    cov = t.records("coverage", ev)
    return {
        "outlets": outlets,
        "discrepancies": [
            {"subject": d.subject,
             "claims": [{"outlet": c.outlet, "value": c.value, "unit": c.unit,
                         "low": c.low, "high": c.high, "qualifier": c.qualifier,
                         "surface": c.surface, "sentence": c.sentence,
                         "article_id": c.article_id, "shown": c.shown, "start": c.start,
                         "end": c.end}
                        for c in sorted(d.claims, key=lambda c: (c.outlet, c.article_id,
                                                                 c.sentence))]}
            for d in t.discrepancies.get(ev, [])],
        "coverage": [r for r in cov if len(r.get("outlets_with", [])) >= 2],
    }


def _scores(block: dict[str, Any], comp: Comparison, ev: str, outlet: str,
            g: Groups | None) -> None:
    """The profile entries of ``block`` read through pandas (repeated features, or profiles
    without an event column)."""
    if g is not None:
        rows = g.select(event=ev, outlet=outlet).set_index("feature")
    else:
        prof = comp.profiles[comp.profiles["event"] == ev]
        rows = prof[prof["outlet"] == outlet].set_index("feature")
    for feat in sorted(rows.index):
        r = rows.loc[feat]
        block["scores"][feat] = r["value"]
        block["ranks"][feat] = r["rank"]
        block["ci"][feat] = [r["ci_low"], r["ci_high"]]
        block["rank_interval"][feat] = [r["rank_low"], r["rank_high"]]
        block["tied_with"][feat] = list(r["tied_with"])


def _first(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The first row, or {} (``iloc[0].to_dict()`` of the selected frame gave numpy scalars
    where this gives Python ones: ``_clean`` writes both the same)."""
    return rows[0] if rows else {}


def _clean(obj: Any) -> Any:
    """JSON-safe copy: sorted dict keys, rounded floats, None for NaN/inf."""
    kind = type(obj)  # the built-in types first, each as the checks below treat it
    if kind is str or kind is bool or kind is int or obj is None:
        return obj
    if kind is float:
        return _clean_float(obj)
    if kind is list:
        return [_clean(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _clean(obj[k]) for k in sorted(obj, key=str)}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    if isinstance(obj, (set, frozenset)):
        return sorted((_clean(v) for v in obj), key=str)
    if hasattr(obj, "item") and not isinstance(obj, (str, bytes)):
        try:
            obj = obj.item()
        except (TypeError, ValueError):
            return str(obj)
    if isinstance(obj, bool) or obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, int):
        return obj
    if isinstance(obj, float):
        return _clean_float(obj)
    if obj is pd.NA or obj is pd.NaT:
        return None
    return str(obj)


def _clean_float(obj: float) -> float | int | None:
    if not math.isfinite(obj):
        return None
    r = round(obj, _DIGITS)
    return int(r) if r.is_integer() and abs(r) < 2**53 else r
