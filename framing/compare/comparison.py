"""The records :func:`framing.compare.compare` returns.

:class:`Comparison` holds one table per view (profiles, ranks, intensity,
distinctive words, coverage, omissions, headline flags, frames), each with the
columns its row type in :mod:`framing.compare.rows` declares, and the list of
:class:`Discrepancy` records; :attr:`Comparison.tables` gives the tables' rows as
those frozen dataclasses, and :meth:`Comparison.to_json_dict` is the deterministic
body of ``comparison.json``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .rows import (
    ActorTone,
    Fact,
    FrameMix,
    HeadlineFlags,
    Intensity,
    Omission,
    Pooled,
    Score,
    Speaker,
    Table,
    Term,
    columns_of,
)

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


@dataclass(frozen=True)
class Discrepancy:
    """Claims about the same ``subject`` on ``event`` whose values cannot all be true."""

    event: str
    subject: str
    claims: list[Claim] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({c.outlet for c in self.claims})


@dataclass(frozen=True)
class Tables:
    """The comparison's tables as :class:`~framing.compare.rows.Table` s of typed rows."""

    scores: Table[Score]
    intensity: Table[Intensity]
    terms: Table[Term]
    facts: Table[Fact]
    omissions: Table[Omission]
    headlines: Table[HeadlineFlags]
    frames: Table[FrameMix]
    pooled: Table[Pooled]
    groups: Table[Pooled]
    actors: Table[ActorTone]
    speakers: Table[Speaker]


@dataclass(frozen=True)
class Comparison:
    """How outlets compare on each event.

    Each table's columns are the fields of its row type (:mod:`framing.compare.rows`):
    ``profiles`` :class:`~framing.compare.rows.Score`, ``intensity``
    :class:`~framing.compare.rows.Intensity`, ``distinctive``
    :class:`~framing.compare.rows.Term`, ``coverage`` :class:`~framing.compare.rows.Fact`,
    ``omissions`` :class:`~framing.compare.rows.Omission`, ``headline_flags``
    :class:`~framing.compare.rows.HeadlineFlags`, ``frames``
    :class:`~framing.compare.rows.FrameMix`; ``rankings`` is ``profiles``' ranks, events
    and outlets by feature.
    """

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
    #: each outlet's within-event differences pooled over its events
    #: (:func:`framing.compare.pooled.pooled_differences`)
    pooled: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: outlet -> group (``compare(..., groups=...)``), and the column it came from
    outlet_groups: dict[str, str] = field(default_factory=dict)
    group_by: str = ""
    #: each group's pooled differences (:func:`framing.compare.pooled.group_differences`)
    group_profiles: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: tone toward each actor per outlet and event (:func:`framing.compare.people.actor_table`)
    actors: pd.DataFrame = field(default_factory=pd.DataFrame)
    #: who each outlet quotes per event (:func:`framing.compare.people.speaker_table`)
    speakers: pd.DataFrame = field(default_factory=pd.DataFrame)

    @cached_property
    def tables(self) -> Tables:
        """The tables as typed rows, each table grouped once (built on first use)."""
        return Tables(scores=Table(Score, self.profiles),
                      intensity=Table(Intensity, self.intensity),
                      terms=Table(Term, self.distinctive), facts=Table(Fact, self.coverage),
                      omissions=Table(Omission, self.omissions),
                      headlines=Table(HeadlineFlags, self.headline_flags),
                      frames=Table(FrameMix, self.frames),
                      pooled=Table(Pooled, self.pooled),
                      groups=Table(Pooled, self.group_profiles),
                      actors=Table(ActorTone, self.actors),
                      speakers=Table(Speaker, self.speakers))

    def outlets(self, event: str) -> list[str]:
        """Outlets covering ``event``, sorted."""
        p = self.profiles
        if p.empty:
            return []
        return sorted(p.loc[p["event"] == event, "outlet"].unique().tolist())

    def to_json_dict(self) -> dict[str, Any]:
        """The deterministic body of ``comparison.json`` (schema :data:`COMPARISON_SCHEMA`).

        Outlets and keys are sorted, floats rounded to 6 decimals, NaN is None,
        and there is no timestamp (the caller may add ``generated``). Each outlet's
        profile is one array per feature, its entries named by ``profile_fields``.
        """
        doc = self._json_head()
        blocks = _EventBlocks(self)
        doc["events"] = {ev: blocks.block(ev, sort=True) for ev in blocks.events}
        return {k: doc[k] for k in sorted(doc)}

    def json_text(self, generated: str | None = None) -> Iterator[str]:
        """``comparison.json`` piece by piece: the text of ``json.dumps`` of
        :meth:`to_json_dict` with ``generated`` added (sorted keys, no spaces, one line),
        each event's block built, encoded and dropped in turn, so that the whole document
        is never held in memory at once."""
        head: dict[str, Any] = {**self._json_head(), "generated": generated, "events": None}
        blocks = _EventBlocks(self)
        yield "{"
        for i, key in enumerate(sorted(head)):
            yield ("," if i else "") + _dump(key) + ":"
            if key != "events":
                yield _dump(head[key])
                continue
            yield "{"
            for j, ev in enumerate(blocks.events):
                yield ("," if j else "") + _dump(ev) + ":" + _dump(blocks.block(ev))
            yield "}"
        yield "}\n"

    def _json_head(self) -> dict[str, Any]:
        """Everything of :meth:`to_json_dict` but the events, cleaned."""
        head: dict[str, Any] = _clean({
            "schema": COMPARISON_SCHEMA, "profile_fields": list(PROFILE_FIELDS),
            "params": self.params, "event_assignment": self.event_assignment,
            "pooled_fields": list(POOLED_FIELDS),
            "outlets_across_events": _pooled(self.tables.pooled),
            "groups": {"by": self.group_by, "members": _members(self.outlet_groups),
                       "profiles": _pooled(self.tables.groups)}})
        return head


def _dump(obj: Any) -> str:
    """JSON text as ``comparison.json`` writes it."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False)


class _EventBlocks:
    """Each event's block of ``comparison.json``, cleaned, built when asked for; the
    profiles, the bulk of the numbers, cleaned in bulk (:func:`clean_floats`)."""

    def __init__(self, comp: Comparison) -> None:
        self.tables = comp.tables
        self.events = sorted(str(ev) for ev in comp.events)
        self.discrepancies: dict[str, list[Discrepancy]] = {}
        for d in sorted(comp.discrepancies, key=lambda d: d.subject):
            self.discrepancies.setdefault(str(d.event), []).append(d)
        scores = self.tables.scores
        self.frame = scores.frame
        self.rows = scores.groups.positions(("event",)) if len(scores) else {}
        self.values = (self.frame[list(PROFILE_FIELDS)].to_numpy(dtype=float)
                       if len(scores) else np.zeros((0, len(PROFILE_FIELDS))))
        self.outlet = self.frame["outlet"].to_numpy() if len(scores) else np.zeros(0, object)
        self.feature = self.frame["feature"].to_numpy() if len(scores) else np.zeros(0, object)

    def block(self, ev: str, sort: bool = False) -> dict[str, Any]:
        """The cleaned block of ``ev`` (its outlets' keys sorted when ``sort``)."""
        block: dict[str, Any] = _clean(_event_block(self.tables, ev,
                                                    self.discrepancies.get(ev, [])))
        pos = self.rows.get(ev)
        if pos is None:
            return block
        outlets = block["outlets"]
        profiles: dict[str, dict[str, list[Any]]] = {}
        for outlet, feature, entry in zip(self.outlet[pos].tolist(), self.feature[pos].tolist(),
                                          clean_floats(self.values[pos]), strict=True):
            profiles.setdefault(str(outlet), {})[str(feature)] = entry
        if len(self.events) > COMPACT_EVENTS:
            block["zero_features"] = _drop_zero_features(profiles)
        for outlet, profile in profiles.items():
            entry = outlets.get(outlet)
            if entry is not None:
                entry["profile"] = {f: profile[f] for f in sorted(profile)}
                if sort:
                    outlets[outlet] = {k: entry[k] for k in sorted(entry)}
        return block


#: Above this many events (the report's summary layout), a feature on which every outlet of
#: an event scores 0 is listed once in the event's ``zero_features`` instead of in each
#: outlet's profile.
COMPACT_EVENTS = 10


def _drop_zero_features(profiles: dict[str, dict[str, list[Any]]]) -> list[str]:
    """Remove from every profile of one event the features whose entry is, for every
    outlet, value, median of the others and interval 0, rank 1 (positions 1 to 1) tied
    with positions 1 to the number of outlets; return their names, sorted.

    >>> p = {"a": {"x": [0, 0, 0, 0, 1, 1, 1, 1, 2], "y": [1, 0, 1, 1, 1, 1, 1, 1, 1]},
    ...      "b": {"x": [0, 0, 0, 0, 1, 1, 1, 1, 2], "y": [0, 1, 0, 0, 2, 2, 2, 2, 2]}}
    >>> _drop_zero_features(p), p["a"]
    (['x'], {'y': [1, 0, 1, 1, 1, 1, 1, 1, 1]})
    """
    if not profiles:
        return []
    zero = [0, 0, 0, 0, 1, 1, 1, 1, len(profiles)]
    names = set.intersection(*(set(p) for p in profiles.values()))
    dropped = sorted(f for f in names if all(p[f] == zero for p in profiles.values()))
    for profile in profiles.values():
        for f in dropped:
            del profile[f]
    return dropped


#: Name and version of the ``comparison.json`` layout (docs/reports.md). Bump the version
#: on any change that renames or removes a key; adding keys keeps it. Version 2: each
#: outlet's profile is one array per feature (:data:`PROFILE_FIELDS`), ties are intervals
#: of positions instead of lists of outlets, and example sentences stay on the pages.
COMPARISON_SCHEMA = "framing.comparison/3"
#: What each entry of a profile array holds, in order.
PROFILE_FIELDS = ("value", "median_others", "ci_low", "ci_high", "rank", "rank_low",
                  "rank_high", "tie_low", "tie_high")


#: What each entry of a pooled (outlet or group) profile array holds, in order.
POOLED_FIELDS = ("n", "diff", "ci_low", "ci_high")


def _pooled(table: Table[Pooled]) -> dict[str, dict[str, list[float]]]:
    """Name -> feature -> :data:`POOLED_FIELDS` of a pooled table."""
    out: dict[str, dict[str, list[float]]] = {}
    for r in table.rows() if len(table) else []:
        out.setdefault(r.name, {})[r.feature] = [r.n, r.diff, r.ci_low, r.ci_high]
    return out


def _members(groups: dict[str, str]) -> dict[str, list[str]]:
    """Group -> its outlets, sorted."""
    out: dict[str, list[str]] = {}
    for outlet, group in sorted(groups.items()):
        out.setdefault(group, []).append(outlet)
    return out


_FRAME_LABELS = frozenset(columns_of(FrameMix))


def _records(table: Table[Any], ev: str, outlet: str | None = None,
             drop: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """The table's rows of the event (and outlet) as dicts, without the event, the outlet
    and the columns ``drop``."""
    equal = {"event": ev} if outlet is None else {"event": ev, "outlet": outlet}
    gone = ("event", "outlet", *drop)
    return [{k: v for k, v in r.items() if k not in gone}
            for r in table.groups.records(**equal)] if len(table) else []


def clean_floats(values: np.ndarray) -> list[list[Any]]:
    """:func:`_clean` of each number of a 2-D array, in bulk: rounded to 6 decimals as
    ``round`` rounds, whole numbers as int, NaN and infinities as None.

    ``np.round`` multiplies by a million before rounding to an integer, so a number within
    a hair of a half millionth, or a large one, may round otherwise than ``round``: those
    few go through ``round``.

    >>> clean_floats(np.array([[0.1234565, 2.0, np.nan, -1e-9, 1234567.8912345]]))  # as round()
    [[0.123456, 2, None, 0, 1234567.891235]]
    """
    x = np.asarray(values, dtype=float)
    finite = np.isfinite(x)
    safe = np.where(finite, x, 0.0)
    with np.errstate(invalid="ignore", over="ignore"):
        rounded = np.round(safe, _DIGITS)
        scaled = safe * 10.0 ** _DIGITS
        near_half = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-3
    risky = finite & (near_half | (np.abs(safe) >= 1e6))
    for i, j in zip(*np.nonzero(risky), strict=True):
        rounded[i, j] = round(float(x[i, j]), _DIGITS)
    whole = finite & (rounded == np.floor(rounded)) & (np.abs(rounded) < 2.0 ** 53)
    out = rounded.astype(object)
    out[whole] = rounded[whole].astype(np.int64).astype(object)
    out[~finite] = None
    rows: list[list[Any]] = out.tolist()
    return rows


def _event_rows(table: Table[Any], ev: str) -> list[dict[str, Any]]:
    """The table's rows of the event as dicts, without the event."""
    return [{k: v for k, v in r.items() if k != "event"}
            for r in table.groups.records(event=ev)] if len(table) else []


def _event_block(tables: Tables, ev: str, discrepancies: list[Discrepancy]) -> dict[str, Any]:
    outlets: dict[str, Any] = {}
    for outlet in sorted({str(r["outlet"]) for r in tables.scores.groups.fields(
            ("outlet",), event=ev)} if len(tables.scores) else ()):
        outlets[outlet] = {
            "intensity": _first(_records(tables.intensity, ev, outlet)),
            "headline": _first(_records(tables.headlines, ev, outlet)),
            # the frame labels (their shares are in the profile)
            "frames": {k: v for k, v in _first(_records(tables.frames, ev, outlet)).items()
                       if k in _FRAME_LABELS},
            "distinctive": _records(tables.terms, ev, outlet, ("example_sentence",)),
            "omissions": _records(tables.omissions, ev, outlet,
                                  ("others_with", "example_sentence")),
        }
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
            for d in discrepancies],
        "coverage": [r for r in _records(tables.facts, ev, None,
                                         ("outlets_without", "contexts"))
                     if len(r.get("outlets_with", [])) >= 2],
        "actors": _event_rows(tables.actors, ev),
        "speakers": _event_rows(tables.speakers, ev),
    }


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
