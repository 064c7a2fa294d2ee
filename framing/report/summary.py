"""The answer first: which outlet stands apart on which dimension, said in plain words.

A *finding* is an outlet whose 95% interval on a dimension lies wholly above (or below) the
interval of every other outlet on the event: it is said only then, with its value against
the range of the others' values ("attributes far more of its sentences to someone: 35%
against 0-13%"). A dimension on which no outlet is apart, or on which every outlet scores 0,
is one of the dimensions with no clear difference. Dimensions are ordered by how far apart
the outlets are: the number of outlet pairs whose intervals do not overlap, then the range
of the values against the widest interval.

>>> from framing.compare.rows import Score
>>> def s(o, v, lo, hi):
...     return Score("e", o, "attribution", v, 0.0, 0.0, 1.0, lo, hi, 1.0, 1.0, 1.0, 1.0)
>>> [f.sentence for f in findings([s("A", .35, .3, .4), s("B", .1, .05, .15),
...                                s("C", .08, .02, .2)], {"attribution": "share of sentences"})]
['A attributes far more of its sentences to someone: 35% against 8% to 10%.']
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..compare.rows import Pooled, Score
from .common import fmt, is_num, pretty

#: How a dimension reads, (more, less), after the outlet's name; "far" is put before the
#: comparative when the outlet's value is at least twice the others' farthest value.
PHRASES: dict[str, tuple[str, str]] = {
    "attribution": ("attributes {far}more of its sentences to someone",
                    "attributes {far}fewer of its sentences to anyone"),
    "loaded": ("uses {far}more loaded language in its own voice",
               "uses {far}less loaded language in its own voice"),
    "loaded_attributed": ("quotes {far}more loaded language", "quotes {far}less loaded language"),
    "hedging": ("hedges {far}more", "hedges {far}less"),
    "certainty": ("asserts certainty {far}more often", "asserts certainty {far}less often"),
    "sentiment": ("is {far}more positive in tone", "is {far}more negative in tone"),
    "sentiment_negative": ("has {far}more negative sentences", "has {far}fewer negative sentences"),
    "sentiment_positive": ("has {far}more positive sentences", "has {far}fewer positive sentences"),
    "readability": ("is {far}easier to read", "is {far}harder to read"),
    "fk_grade": ("is written for a {far}higher school grade",
                 "is written for a {far}lower school grade"),
    "quotes": ("quotes people directly {far}more often", "quotes people directly {far}less often"),
    "loaded_reporting": ("uses {far}more loaded reporting verbs",
                         "uses {far}fewer loaded reporting verbs"),
    "unnamed_sources": ("leans {far}more on unnamed sources",
                        "leans {far}less on unnamed sources"),
    "named_share": ("names {far}more of the people it quotes",
                    "names {far}fewer of the people it quotes"),
    "intensifiers": ("uses {far}more intensifiers", "uses {far}fewer intensifiers"),
    "superlatives": ("uses {far}more superlatives", "uses {far}fewer superlatives"),
    "questions": ("asks {far}more questions in its own voice",
                  "asks {far}fewer questions in its own voice"),
    "headline_loaded": ("has {far}more loaded headlines", "has {far}less loaded headlines"),
}

#: Events (outlets) a pooled difference needs before a sentence is said of it.
MIN_POOLED = 3

#: Findings shown in a summary before "and N more".
MAX_FINDINGS = 6


def phrase(feature: str, above: bool, far: bool) -> str:
    """How an outlet that stands above (or below) the others on ``feature`` reads.

    >>> phrase("hedging", True, False), phrase("frame_conflict", False, True)
    ('hedges more', 'scores far lower on frame conflict')
    """
    more, less = PHRASES.get(feature, ("scores {far}higher on " + pretty(feature),
                                       "scores {far}lower on " + pretty(feature)))
    return (more if above else less).format(far="far " if far else "")


def show(value: float, unit: str) -> str:
    """A value in its unit: shares as percentages, the rest as numbers with their unit."""
    if "share" in unit:
        return f"{100 * value:.0f}%"
    text = fmt(value)
    return text if not unit or unit.startswith(("probability", "VADER", "Flesch", "0 or 1")) \
        else f"{text} {unit}"


@dataclass(frozen=True)
class Finding:
    """An outlet whose interval on ``feature`` lies apart from every other outlet's."""

    event: str
    outlet: str
    feature: str
    above: bool
    value: float
    others_low: float
    others_high: float
    strength: float
    sentence: str


def _usable(scores: Iterable[Score]) -> list[Score]:
    return [s for s in scores if is_num(s.value)]


def findings(scores: list[Score], units: dict[str, str] | None = None) -> list[Finding]:
    """The findings of one event's profile rows (any features), strongest first."""
    by_feature: dict[str, list[Score]] = {}
    for s in _usable(scores):
        by_feature.setdefault(s.feature, []).append(s)
    out: list[Finding] = []
    for feature, rows in by_feature.items():
        if feature.endswith("_quoted") or len(rows) < 2 or not all(
                is_num(r.ci_low) and is_num(r.ci_high) for r in rows):
            continue  # (the quoted part of a frame is shown with the frame)
        for r in rows:
            others = [o for o in rows if o is not r]
            top = max(o.ci_high for o in others)
            bottom = min(o.ci_low for o in others)
            above, below = r.ci_low > top, r.ci_high < bottom
            if not (above or below):
                continue
            vals = [o.value for o in others]
            lo, hi = min(vals), max(vals)
            width = max(r.ci_high - r.ci_low, 1e-12)
            gap = (r.ci_low - top) if above else (bottom - r.ci_high)
            far = (above and hi > 0 and r.value >= 2 * hi) or (
                below and r.value >= 0 and lo >= 2 * r.value and lo > 0)
            unit = (units or {}).get(feature, "")
            text = (f"{r.outlet} {phrase(feature, above, far)}: {show(r.value, unit)} against "
                    f"{_range(lo, hi, unit)}.")
            out.append(Finding(r.event, r.outlet, feature, above, r.value, lo, hi,
                               gap / width, text))
    out.sort(key=lambda f: (-f.strength, f.feature, f.outlet))
    return out


def _range(lo: float, hi: float, unit: str) -> str:
    """The others' values: one value, or "a to b" (the unit said once)."""
    a, b = show(lo, unit), show(hi, unit)
    if a == b:
        return f"{a} for the others"
    if "share" not in unit and " " in b:
        return f"{fmt(lo)} to {b}"
    return f"{a} to {b}"


def separated_pairs(rows: list[Score]) -> int:
    """How many pairs of outlets have intervals that do not overlap."""
    ok = [r for r in rows if is_num(r.ci_low) and is_num(r.ci_high)]
    n = 0
    for i, a in enumerate(ok):
        for b in ok[i + 1:]:
            if a.ci_low > b.ci_high or b.ci_low > a.ci_high:
                n += 1
    return n


def dimension_order(scores: list[Score]) -> tuple[list[str], list[str]]:
    """The event's features where outlets differ, most apart first, and the others (every
    outlet 0, no value, or every pair of intervals overlapping), in their given order."""
    by_feature: dict[str, list[Score]] = {}
    for s in scores:
        by_feature.setdefault(s.feature, []).append(s)
    differ: list[tuple[int, float, str]] = []
    same: list[str] = []
    for feature, rows in by_feature.items():
        vals = [r.value for r in _usable(rows)]
        pairs = separated_pairs(_usable(rows))
        if not vals or all(v == 0 for v in vals) or pairs == 0:
            same.append(feature)
            continue
        widest = max((r.ci_high - r.ci_low for r in rows
                      if is_num(r.ci_low) and is_num(r.ci_high)), default=0.0)
        spread = (max(vals) - min(vals)) / widest if widest > 0 else math.inf
        differ.append((pairs, spread, feature))
    differ.sort(key=lambda t: (-t[0], -t[1], t[2]))
    return [f for _, _, f in differ], same


def pooled_findings(rows: list[Pooled], units: dict[str, str], what: str,
                    counted: str = "events", label: str = "{}") -> list[Finding]:
    """Outlets (or groups) whose pooled within-event difference is apart from 0 on a
    feature: its interval lies wholly above or below 0 (``what``: how the peers are named,
    e.g. "the other outlets on the same stories"; ``counted``: what ``n`` counts;
    ``label``: how a name reads, e.g. "The {} outlets")."""
    out: list[Finding] = []
    for r in rows:
        if r.n < MIN_POOLED or not (is_num(r.ci_low) and is_num(r.ci_high)) \
                or r.ci_high <= r.ci_low:
            continue  # two events (or a spread of 0) give no interval worth a sentence
        above, below = r.ci_low > 0, r.ci_high < 0
        if not (above or below):
            continue
        unit = units.get(r.feature, "")
        width = max(r.ci_high - r.ci_low, 1e-12)
        text = (f"{label.format(r.name)} {phrase(r.feature, above, False)} than {what}: "
                f"{_signed(r.diff, unit)} on average ({_signed(r.ci_low, unit)} to "
                f"{_signed(r.ci_high, unit)}) over {r.n} {counted}.")
        strength = (r.ci_low if above else -r.ci_high) / width
        out.append(Finding("", r.name, r.feature, above, r.diff, r.ci_low, r.ci_high,
                           strength, text))
    out.sort(key=lambda f: (-f.strength, f.feature, f.outlet))
    return out


def _signed(v: float, unit: str) -> str:
    if "share" in unit:
        return f"{100 * v:+.0f} points"
    return fmt(v, signed=True)


__all__ = ["Finding", "dimension_order", "findings", "phrase", "pooled_findings"]
