r"""Calibrating a lexicon's entries on words readers marked, in several corpora at once.

An entry's **span precision** in a corpus is the share of its matches whose words the
annotators marked as loaded (BABE's ``biased_words``, BASIL's ``Lexical`` spans). Corpora
mark at very different rates (BABE's annotators mark words in every biased sentence,
BASIL's only bias toward a story's main actors), so an entry is judged in each corpus
against that corpus's own **pooled precision** :math:`P_c` (all matches of the lexicon's
entries together), in log-odds:

1. per category and corpus, the category's precision, smoothed toward :math:`P_c` with
   ``prior_strength`` pseudo-matches;
2. per entry and corpus, its precision smoothed toward its category's:
   :math:`p_{ec} = (k + m q) / (n + m)` (``n`` matches, ``k`` marked), and its **lift**
   :math:`l_{ec} = \mathrm{logit}(p_{ec}) - \mathrm{logit}(P_c)`;
3. an entry is **dropped** when the corpora where it matches agree that its matches are
   marked less often than loaded words are: at least one corpus gives it a lift below
   ``drop_below`` and none speaks for it. A corpus speaks for an entry when its lift is at
   least ``drop_below`` *and* it has seen enough of the entry to tell: ``n`` matches with
   :math:`n P_c \ge` ``min_expected`` (one marked match expected at its pooled precision),
   or ``min_expected`` marked matches seen (since loaded 3.1.0: BABE's annotators marking
   *hypocrisy* in both of its two matches speak for it against two unmarked matches in
   BASIL). An entry matched once, unmarked, in a corpus whose annotators mark one word in
   two hundred says nothing there, its lift being the category's prior;
4. a kept entry's lift is the mean of its corpora's lifts weighted by ``n + 1`` (a corpus
   where it never matches still speaks for its category, with weight 1), so that neither
   corpus can flip an entry on a handful of matches; its **precision** is that lift on the
   scale of the first (reference) corpus: :math:`\sigma(\mathrm{logit}(P_1) + L_e)`.

The lexicon gets a ``[calibration]`` table with ``unit = "span"``: its ``base_rate`` is the
reference corpus's share of marked words (the chance that any word is marked), its
``prior`` :math:`P_1`. :mod:`framing.lexicon.evidence` turns the precisions of a
sentence's matches into the probability that a reader marks at least one of them.

Examples
--------
>>> from framing.lexicon.entries import Category, Entry, Lexicon
>>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
...               (Entry("sham", "c"), Entry("fight", "c"), Entry("odd", "c")))
>>> a = CorpusCounts("a", "corpus a", 100, 2000, 100,
...                  {("sham", "c"): (20, 15), ("fight", "c"): (30, 2), ("odd", "c"): (10, 1)})
>>> b = CorpusCounts("b", "corpus b", 50, 3000, 30,
...                  {("fight", "c"): (12, 0), ("odd", "c"): (5, 4)})
>>> cal, figs = apply_span_counts(lex, [a, b])
>>> [(f.term, f.kept) for f in figs]
[('sham', True), ('fight', False), ('odd', True)]
>>> [(e.term, e.precision, e.support) for e in cal.entries]
[('sham', 0.659, 20), ('odd', 0.289, 15)]
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from .entries import Calibration, Entry, Lexicon

#: Pseudo-matches of the prior (category toward corpus, entry toward category).
PRIOR_STRENGTH = 4.0
#: An entry whose lift lies below this where it matches, and that no corpus speaks for, is
#: dropped (chosen by five-fold cross-fitting on BABE's development part and BASIL's
#: development half together; see docs/validation.md).
DROP_BELOW = -0.5
#: A corpus speaks for an entry once it has seen this many marked matches' worth of it.
MIN_EXPECTED = 1.0

Key = tuple[str, str]
#: How the rule treats entries a corpus has not matched (see :func:`apply_span_counts`).
Unseen = Literal["keep", "category", "all"]


@dataclass(frozen=True)
class CorpusCounts:
    """One corpus's counts: per entry ``(term, category)``, ``(matches, marked)``.

    ``units`` are the corpus's labelled units (sentences or articles), ``words`` its words
    and ``marked_words`` how many of them annotators marked.
    """

    name: str
    source: str
    units: int
    words: int
    marked_words: int
    counts: Mapping[Key, tuple[int, int]] = field(default_factory=dict)

    @property
    def chance(self) -> float:
        """The share of the corpus's words that annotators marked."""
        return self.marked_words / self.words if self.words else 0.0


@dataclass(frozen=True)
class SpanFigures:
    """What calibration found for one entry: per corpus ``(matches, marked, lift)``."""

    term: str
    category: str
    corpora: tuple[tuple[str, int, int, float], ...]
    lift: float
    precision: float
    kept: bool


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def pooled_precision(corpus: CorpusCounts, keys: set[Key]) -> float:
    """The share of marked matches over the entries ``keys`` (0.5 without matches)."""
    n = sum(corpus.counts.get(k, (0, 0))[0] for k in keys)
    k = sum(corpus.counts.get(key, (0, 0))[1] for key in keys)
    return k / n if n else 0.5


def category_precisions(corpus: CorpusCounts, keys: set[Key], pooled: float,
                        prior_strength: float = PRIOR_STRENGTH) -> dict[str, float]:
    """Per category, its matches' precision smoothed toward the corpus's pooled precision."""
    n: dict[str, int] = {}
    k: dict[str, int] = {}
    for key in keys:
        m, marked = corpus.counts.get(key, (0, 0))
        n[key[1]] = n.get(key[1], 0) + m
        k[key[1]] = k.get(key[1], 0) + marked
    return {c: (k[c] + prior_strength * pooled) / (n[c] + prior_strength) for c in n}


def apply_span_counts(
    lexicon: Lexicon,
    corpora: Sequence[CorpusCounts],
    *,
    prior_strength: float = PRIOR_STRENGTH,
    drop_below: float = DROP_BELOW,
    min_expected: float = MIN_EXPECTED,
    marked_speaks: bool = True,
    unseen: Unseen = "keep",
    min_expected_against: float = 0.0,
    combined: bool = False,
) -> tuple[Lexicon, list[SpanFigures]]:
    """The calibrated lexicon and the figures of every entry (see the module docstring).

    The first corpus is the reference: precisions are on its scale.

    ``marked_speaks=False`` is loaded 3.0.0's rule (a corpus speaks for an entry only
    once it expects ``min_expected`` marked matches, not once it has seen them).
    ``unseen``, ``min_expected_against`` and ``combined`` are variants of the rule,
    measured by cross-fitting (``scripts/loaded_eval.py --cross-fit``, docs/validation.md)
    and not shipped (the defaults are the shipped rule): ``unseen="category"`` judges an
    entry that no corpus has matched by its category's lifts, ``"all"`` lets a corpus that
    has not matched an entry speak against it with its category's lift;
    ``min_expected_against`` is how many marked matches a corpus must expect of an entry
    before it can speak against it (0: any match); ``combined`` keeps an entry whose
    weighted mean lift over the corpora is at least ``drop_below``.

    Examples
    --------
    >>> from framing.lexicon.entries import Category, Entry, Lexicon
    >>> cats = {"c": Category("c", ""), "w": Category("w", "")}
    >>> lex = Lexicon("demo", "1.0.0", "loaded", cats,
    ...               (Entry("sham", "c"), Entry("odd", "w"), Entry("meh", "w")))
    >>> a = CorpusCounts("a", "corpus a", 100, 2000, 100,
    ...                  {("sham", "c"): (20, 15), ("odd", "w"): (30, 2)})
    >>> [f.kept for f in apply_span_counts(lex, [a])[1]]  # "meh": never matched, kept
    [True, False, True]
    >>> [f.kept for f in apply_span_counts(lex, [a], unseen="category")[1]]
    [True, False, False]
    >>> [f.kept for f in apply_span_counts(lex, [a], min_expected_against=20.0)[1]]
    [True, True, True]
    """
    if not corpora:
        raise ValueError("span calibration needs at least one corpus")
    keys = {(e.term, e.category) for e in lexicon.entries}
    pooled = [pooled_precision(c, keys) for c in corpora]
    cats = [category_precisions(c, keys, p, prior_strength) for c, p in zip(corpora, pooled,
                                                                             strict=True)]
    kept: list[Entry] = []
    figures: list[SpanFigures] = []
    for e in lexicon.entries:
        per: list[tuple[str, int, int, float]] = []
        for c, p_c, q in zip(corpora, pooled, cats, strict=True):
            n, k = c.counts.get((e.term, e.category), (0, 0))
            p = (k + prior_strength * q.get(e.category, p_c)) / (n + prior_strength)
            per.append((c.name, n, k, _logit(p) - _logit(p_c)))
        never_seen = all(x[1] == 0 for x in per)
        against = any(
            lift < drop_below
            and ((n > 0 and n * p_c >= min_expected_against) or unseen == "all"
                 or (unseen == "category" and never_seen))
            for (_, n, _, lift), p_c in zip(per, pooled, strict=True))
        speaks_for = any(
            lift >= drop_below
            and (n * p_c >= min_expected or (marked_speaks and k >= min_expected))
            for (_, n, k, lift), p_c in zip(per, pooled, strict=True))
        lift = sum((x[1] + 1) * x[3] for x in per) / sum(x[1] + 1 for x in per)
        keep = speaks_for or not against or (combined and lift >= drop_below)
        precision = round(_sigmoid(_logit(pooled[0]) + lift), 3)
        figures.append(SpanFigures(e.term, e.category, tuple(per), round(lift, 4), precision,
                                   keep))
        if keep:
            kept.append(replace(e, weight=1.0, precision=precision,
                                support=sum(x[1] for x in per)))
    kept_terms = {e.term.lower() for e in kept} | {f.lower() for e in kept for f in e.forms}
    examples = tuple(x for x in lexicon.examples
                     if x.terms is None or all(t.lower() in kept_terms for t in x.terms))
    counter = tuple(x for x in lexicon.counterexamples
                    if x.terms is None or all(t.lower() in kept_terms for t in x.terms))
    cal = Calibration(source="; ".join(c.source for c in corpora),
                      sentences=sum(c.units for c in corpora),
                      base_rate=round(corpora[0].chance, 4), prior=round(pooled[0], 4),
                      prior_strength=prior_strength, min_support=1, unit="span")
    out = replace(lexicon, entries=tuple(kept), examples=examples, counterexamples=counter,
                  digest="", calibration=cal, format=2)
    return out, figures


__all__ = ["DROP_BELOW", "MIN_EXPECTED", "PRIOR_STRENGTH", "CorpusCounts", "SpanFigures",
           "apply_span_counts", "category_precisions", "pooled_precision"]
