"""Typed rows of the comparison's tables, and the tables that hand them out.

Each table of :class:`~framing.compare.comparison.Comparison` is a pandas DataFrame (for
notebooks and the CSV/JSON writers) whose columns are declared here, once, as the fields of
a frozen dataclass: :class:`Score` for ``profiles``, :class:`Intensity`, :class:`Term` for
``distinctive``, :class:`Fact` for ``coverage``, :class:`Omission`, :class:`HeadlineFlags`
and :class:`FrameMix` for ``frames``. :class:`Table` groups a table once and gives its rows
of one event, outlet or feature as those dataclasses, so that the report reads attributes a
type checker sees (a renamed column fails loudly instead of emptying a section).

>>> import pandas as pd
>>> df = pd.DataFrame({"event": ["e", "e"], "outlet": ["a", "b"], "term": ["x", "y"],
...                    "log_odds": [1.0, 2.0], "z": [0.5, 0.7], "count": [3, 2],
...                    "example_sentence": ["An x.", "A y."]})
>>> t = Table(Term, df)
>>> [(r.outlet, r.term, r.count) for r in t.rows(event="e", outlet="b")]
[('b', 'y', 2)]
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Generic, TypeVar

import pandas as pd

from .groups import Groups


def _tuple(v: Any) -> tuple[str, ...]:
    """A list cell (names) as a tuple; a missing cell as ()."""
    if isinstance(v, (list, tuple)):
        return tuple(str(x) for x in v)
    return ()


@dataclass(frozen=True, slots=True)
class Score:
    """One outlet's pooled value of one feature on one event (a row of ``profiles``).

    ``diff`` is ``value - median_others``; ``rank`` 1 is the highest value; ``ci_low`` and
    ``ci_high`` the bootstrap interval, ``rank_low`` and ``rank_high`` the ranks seen across
    the bootstrap; ``tie_low`` and ``tie_high`` the first and last position (outlets in
    order of value, then name) of the block of outlets whose rank cannot be told apart from
    this one's (:func:`framing.compare.profiles.tie_interval`).
    """

    event: str
    outlet: str
    feature: str
    value: float
    median_others: float
    diff: float
    rank: float
    ci_low: float
    ci_high: float
    rank_low: float
    rank_high: float
    tie_low: float
    tie_high: float


@dataclass(frozen=True, slots=True)
class Intensity:
    """The composite framing-intensity index of one outlet on one event, and its parts:
    ``parts`` maps each part's raw value (``loaded``) and signed z-score (``z_loaded``) to
    its number, in the table's column order."""

    event: str
    outlet: str
    intensity: float
    n_parts: int
    parts: Mapping[str, Any] = field(default_factory=dict)

    REST: ClassVar[str] = "parts"


@dataclass(frozen=True, slots=True)
class Term:
    """A word an outlet uses more than the others on an event (a row of ``distinctive``)."""

    event: str
    outlet: str
    term: str
    log_odds: float
    z: float
    count: int
    example_sentence: str | None


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact (name, number, amount) and which outlets of the event report it, with each
    one's sentence (a row of ``coverage``)."""

    event: str
    fact: str
    kind: str
    n_outlets: int
    outlets_with: tuple[str, ...]
    outlets_without: tuple[str, ...]
    contexts: Mapping[str, str]

    LISTS: ClassVar[tuple[str, ...]] = ("outlets_with", "outlets_without")


@dataclass(frozen=True, slots=True)
class Omission:
    """A fact most other outlets of the event report that ``outlet`` leaves out."""

    event: str
    outlet: str
    fact: str
    kind: str
    n_others_with: int
    others_with: tuple[str, ...]
    example_sentence: str

    LISTS: ClassVar[tuple[str, ...]] = ("others_with",)


@dataclass(frozen=True, slots=True)
class HeadlineFlags:
    """One outlet's headlines against its bodies on one event (a row of ``headline_flags``)."""

    event: str
    outlet: str
    headline_loaded: float
    body_loaded: float
    headline_sentiment: float
    body_sentiment: float
    headline_more_loaded: bool
    headline_more_negative: bool
    headline_terms: tuple[str, ...]
    headlines: tuple[str, ...]

    LISTS: ClassVar[tuple[str, ...]] = ("headline_terms", "headlines")
    #: the columns shown as flags (all but the event, the outlet and the headlines)
    SHOWN: ClassVar[tuple[str, ...]] = (
        "headline_loaded", "body_loaded", "headline_sentiment", "body_sentiment",
        "headline_more_loaded", "headline_more_negative", "headline_terms")


@dataclass(frozen=True, slots=True)
class FrameMix:
    """One outlet's frames on one event (a row of ``frames``): the dominant generic and
    policy frames, the frame it leads with and the rest's, its top moral foundations, and the
    loaded words that are moral cues; ``shares`` holds the per-frame and per-foundation
    columns (``frame_<name>``, ``frame_<name>_quoted``, ``policy_<name>``, ``moral_<...>``)."""

    event: str
    outlet: str
    dominant_frame: str | None = None
    dominant_policy: str | None = None
    lead_frame: str | None = None
    rest_frame: str | None = None
    lead_differs: bool = False
    top_moral: str | None = None
    top_moral_attributed: str | None = None
    loaded_moral: str | None = None
    loaded_moral_attributed: str | None = None
    shares: Mapping[str, Any] = field(default_factory=dict)

    REST: ClassVar[str] = "shares"


@dataclass(frozen=True, slots=True)
class Pooled:
    """An outlet's (or a group's) within-event difference on one feature, pooled: ``n``
    events (outlets), their mean ``diff`` and its t interval (:mod:`framing.compare.pooled`)."""

    name: str
    feature: str
    n: int
    diff: float
    ci_low: float
    ci_high: float


@dataclass(frozen=True, slots=True)
class ActorTone:
    """The tone toward one actor (a person or organisation, its names merged across the
    event's outlets) in one outlet's own voice on one event (:mod:`framing.compare.people`).

    ``n`` own-voice mentions, their mean ``tone`` (-1..1) and t interval (NaN under
    :data:`~framing.compare.people.MIN_MENTIONS` mentions), the mentions read negative,
    neutral and positive; ``quoted_n`` and ``quoted_tone`` the mentions inside quotations;
    ``others_*`` the same figures of the other outlets' own-voice mentions pooled;
    ``verdict`` "harder" or "softer" when the two intervals lie apart, else ""; ``names``
    the names the outlet used.
    """

    event: str
    outlet: str
    actor: str
    n: int
    tone: float
    ci_low: float
    ci_high: float
    negative: int
    neutral: int
    positive: int
    quoted_n: int
    quoted_tone: float
    others_n: int
    others_tone: float
    others_low: float
    others_high: float
    verdict: str
    names: tuple[str, ...] = ()

    LISTS: ClassVar[tuple[str, ...]] = ("names",)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Whom one outlet quotes on one event: a speaker (names merged across the event's
    outlets; ``unknown`` for quotations without one), its direct ``quotes``, ``reported``
    speech and the ``words`` of its direct quotations; ``named`` a speaker with a name
    (not a described source), ``only_here`` a named speaker no other outlet quotes."""

    event: str
    outlet: str
    speaker: str
    quotes: int
    reported: int
    words: int
    named: bool
    only_here: bool
    names: tuple[str, ...] = ()

    LISTS: ClassVar[tuple[str, ...]] = ("names",)


R = TypeVar("R", Score, Intensity, Term, Fact, Omission, HeadlineFlags, FrameMix, Pooled,
            ActorTone, Speaker)


_Spec = tuple[tuple[str, ...], frozenset[str], str | None, frozenset[str]]
_SPECS: dict[str, _Spec] = {}


def _spec(kind: type) -> _Spec:
    """A row type's fields (without its ``REST`` mapping), list fields, ``REST`` name, and
    all field names: read once per type (``dataclasses.fields`` is slow)."""
    found = _SPECS.get(kind.__qualname__)
    if found is None:
        rest: str | None = getattr(kind, "REST", None)
        names = tuple(f.name for f in fields(kind) if f.name != rest)
        found = _SPECS[kind.__qualname__] = (
            names, frozenset(getattr(kind, "LISTS", ())), rest,
            frozenset(f.name for f in fields(kind)))
    return found


def row_of(kind: type[R], record: Mapping[str, Any]) -> R:
    """A row of ``kind`` from one table record (``{column: value}``).

    Declared columns become fields (list cells tuples); the others go to the class's
    ``REST`` mapping, when it has one, in column order. A declared column without a default
    that the record lacks is an error: the table does not have the declared columns.
    """
    names, lists, rest_name, every = _spec(kind)
    values: dict[str, Any] = {n: record[n] for n in names if n in record}
    for n in lists:
        if n in values:
            values[n] = _tuple(values[n])
    if rest_name is not None:
        values[rest_name] = {k: v for k, v in record.items() if k not in every}
    return kind(**values)


def columns_of(kind: type[R]) -> list[str]:
    """The declared columns of a row type, in order (not its ``REST`` mapping).

    >>> columns_of(Term)
    ['event', 'outlet', 'term', 'log_odds', 'z', 'count', 'example_sentence']
    """
    rest = getattr(kind, "REST", None)
    return [f.name for f in fields(kind) if f.name != rest]


class Table(Generic[R]):
    """A comparison table with declared columns, grouped once, giving typed rows.

    Parameters
    ----------
    kind : type
        The row dataclass whose fields the table's columns are.
    frame : DataFrame
        The table (named index levels become columns).
    """

    def __init__(self, kind: type[R], frame: pd.DataFrame) -> None:
        if [n for n in frame.index.names if n is not None]:
            frame = frame.reset_index()
        required = [f.name for f in fields(kind)
                    if f.default is MISSING and f.default_factory is MISSING]
        missing = [c for c in required if c not in frame.columns] if len(frame) else []
        if missing:
            raise ValueError(f"the {kind.__name__} table lacks its declared columns {missing}")
        self.kind: type[R] = kind
        self.frame = frame
        self.groups = Groups(frame)

    def __len__(self) -> int:
        return len(self.frame)

    def rows(self, **equal: Hashable | None) -> list[R]:
        """The rows whose columns equal the given values (None: any value), in table order."""
        names, lists, rest, _ = _spec(self.kind)
        if rest is None and not lists:  # the declared columns straight into the fields
            found = self.groups.tuples(names, **equal)
            if found is not None:
                kind = self.kind
                return [kind(*t) for t in found]
        return [row_of(self.kind, r) for r in self.groups.records(**equal)]

    def keys(self, *columns: str) -> list[Hashable]:
        """The values of ``columns`` present, in the order they first appear."""
        if any(c not in self.frame.columns for c in columns) or not len(self.frame):
            return []
        return self.groups.keys(*columns)


__all__ = ["ActorTone", "Fact", "FrameMix", "HeadlineFlags", "Intensity", "Omission", "Pooled",
           "Score", "Speaker", "Table", "Term", "columns_of", "row_of"]
