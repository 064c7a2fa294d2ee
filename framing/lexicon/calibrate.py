"""Calibrating a lexicon's entries on labelled sentences: the rule, without the reading.

:func:`framing.models.calibrate.count_entries` counts, per entry, the labelled
sentences that hold it as evidence (*support*) and how many of those are
positive (*positives*). :func:`apply_counts` turns the counts into each entry's
**precision** and decides what stays:

* precision is smoothed toward a prior (an m-estimate): ``(positives + m * prior) /
  (support + m)`` with ``m = prior_strength``, so an entry seen twice does not get
  precision 1.0. The prior is the pooled precision of the rarely seen entries (support
  below ``min_support``): an entry seen too rarely to measure is assumed to be as precise
  as the rarely seen entries are together;
* an entry seen at least ``min_support`` times whose precision is not above the base
  rate (the share of positive sentences) by ``margin`` is **dropped**: it fires nearly
  as often on sentences readers call neutral as on loaded ones; a rarely seen entry is
  kept when its smoothed precision is above the base rate;
* entries of a category marked ``evidence = "against"`` (counter-evidence: reporting
  and data words) are smoothed toward the base rate instead, and kept only when seen at
  least ``min_support`` times with a precision below it;
* examples and counterexamples about a dropped entry are dropped with it;
* kept entries get weight 1 (their precision now says how strong they are; ``--weight``
  still scales them) and carry ``precision`` and ``support``.

The lexicon gets a ``[calibration]`` table (source, sentences, base rate, prior, the
smoothing strength and ``min_support``), which :mod:`framing.lexicon.evidence` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from .entries import Calibration, Entry, Lexicon

#: Entries seen at least this often are judged on their own figures.
MIN_SUPPORT = 5
#: Strength of the prior in the smoothed precision (pseudo-sentences).
PRIOR_STRENGTH = 4.0
#: How far above the base rate a well-supported entry's precision must be to stay
#: (chosen by two-fold cross-validation inside BABE's development part).
MARGIN = 0.25


@dataclass(frozen=True)
class CalibrationCounts:
    """Per entry ``(term, category)``: ``(support, positives)``, and the data's totals."""

    source: str
    sentences: int
    positives: int
    counts: Mapping[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    @property
    def base_rate(self) -> float:
        return self.positives / self.sentences if self.sentences else 0.5


@dataclass(frozen=True)
class EntryFigures:
    """What calibration found for one entry."""

    term: str
    category: str
    support: int
    positives: int
    precision: float
    kept: bool


def pooled_prior(counts: CalibrationCounts, min_support: int = MIN_SUPPORT) -> float:
    """Pooled precision of the entries seen at least once but fewer than ``min_support`` times.

    Examples
    --------
    >>> c = CalibrationCounts("x", 10, 5, {("a", "c"): (2, 2), ("b", "c"): (2, 0),
    ...                                      ("d", "c"): (9, 9)})
    >>> pooled_prior(c)
    0.5
    """
    n = sum(s for s, _ in counts.counts.values() if 0 < s < min_support)
    k = sum(p for s, p in counts.counts.values() if 0 < s < min_support)
    return k / n if n else counts.base_rate


def apply_counts(
    lexicon: Lexicon,
    counts: CalibrationCounts,
    *,
    min_support: int = MIN_SUPPORT,
    prior_strength: float = PRIOR_STRENGTH,
    margin: float = MARGIN,
    prior: float | None = None,
) -> tuple[Lexicon, list[EntryFigures]]:
    """The calibrated lexicon and the figures of every entry (see the module docstring).

    Examples
    --------
    >>> from framing.lexicon.entries import Category
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
    ...               (Entry("sham", "c", 2.0), Entry("said", "c"), Entry("rare", "c")))
    >>> c = CalibrationCounts("demo.csv", 100, 50, {("sham", "c"): (20, 18),
    ...                                             ("said", "c"): (30, 14)})
    >>> cal, figs = apply_counts(lex, c, prior=0.6)
    >>> [(e.term, e.weight, e.precision, e.support) for e in cal.entries]
    [('sham', 1.0, 0.85, 20), ('rare', 1.0, 0.6, 0)]
    >>> cal.calibration.base_rate
    0.5
    """
    base = min(max(counts.base_rate, 0.01), 0.99)
    p0 = pooled_prior(counts, min_support) if prior is None else prior
    p0 = min(max(p0, 0.01), 0.99)  # a tiny labelled set can pool to exactly 0 or 1
    kept: list[Entry] = []
    figures: list[EntryFigures] = []
    against = {name for name, c in lexicon.categories.items()
               if c.extra.get("evidence") == "against"}
    for e in lexicon.entries:
        support, positives = counts.counts.get((e.term, e.category), (0, 0))
        if e.category in against:
            precision = round((positives + prior_strength * base) / (support + prior_strength), 3)
            keep = support >= min_support and precision < base
        else:
            precision = round((positives + prior_strength * p0) / (support + prior_strength), 3)
            keep = precision > base + margin if support >= min_support else precision > base
        figures.append(EntryFigures(e.term, e.category, support, positives, precision, keep))
        if keep:
            kept.append(replace(e, weight=1.0, precision=precision, support=support))
    kept_terms = {(e.term.lower()) for e in kept} | {f.lower() for e in kept for f in e.forms}
    examples = tuple(x for x in lexicon.examples
                     if x.terms is None or all(t.lower() in kept_terms for t in x.terms))
    counter = tuple(x for x in lexicon.counterexamples
                    if x.terms is None or all(t.lower() in kept_terms for t in x.terms))
    cal = Calibration(source=counts.source, sentences=counts.sentences,
                      base_rate=round(base, 4), prior=round(p0, 4),
                      prior_strength=prior_strength, min_support=min_support)
    out = replace(lexicon, entries=tuple(kept), examples=examples, counterexamples=counter,
                  digest="", calibration=cal, format=2)
    return out, figures


__all__ = ["MARGIN", "MIN_SUPPORT", "PRIOR_STRENGTH", "CalibrationCounts", "EntryFigures",
           "apply_counts", "pooled_prior"]
