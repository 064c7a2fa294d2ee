"""From calibrated matches to the probability that a reader marks a sentence's wording.

Each entry of a calibrated lexicon carries its **precision**: in the built-in ``loaded``
lexicon, the share of its matches whose words annotators marked as loaded
(:mod:`framing.lexicon.span_calibration`, ``unit = "span"``); in a lexicon calibrated on
sentence labels (``framing lexicon calibrate``), the share of the sentences holding it
that readers called loaded. A match is **evidence** when it is not negated, its weight is
above 0 and its precision lies above its calibration's base rate (the chance that any
word, or any sentence, is marked). The evidence of one sentence combines as independent
chances that a reader marks it (a noisy OR)::

    P(sentence) = 1 - product over its evidence of (1 - p)

so a sentence with one match of precision 0.4 scores 0.4, two such matches score 0.64,
and a sentence without evidence scores exactly 0: the score says how much loaded wording
there is, and none is none. Each token span counts once, with its most precise entry
(the same words in two categories are one piece of evidence). Nothing counts *against*
a sentence: words of neutral reporting (*said*, *percent*) are not evidence of anything,
and a category marked ``evidence = "against"`` (the sentence calibration's
counter-evidence) is left out.

An entry without calibration (a plugin lexicon, or an entry added after the lexicon was
calibrated) counts as :data:`UNCALIBRATED_PRECISION`. A weight ``w`` (``--weight``)
counts a match as ``w`` independent matches: ``p`` becomes ``1 - (1 - p) ** w``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .entries import Match

#: The precision assumed for an entry that was never calibrated (weight 1): about the
#: median precision of the built-in loaded entries.
UNCALIBRATED_PRECISION = 0.4
#: The base rate assumed for an uncalibrated lexicon (any precision above it is evidence).
UNCALIBRATED_BASE_RATE = 0.0


def match_precision(m: Match) -> float:
    """The chance that a reader marks this match (0: not evidence).

    0 when the match is negated, of weight 0, or no more precise than its calibration's
    base rate (counter-evidence of a sentence-calibrated lexicon).

    Examples
    --------
    >>> from framing.types import filled
    >>> def match(**kw):
    ...     base = dict(lexicon="x", kind="loaded", category="c", term="sham", surface="sham",
    ...                 start=0, end=4, tok_start=0, tok_end=1, sentence=0, weight=1.0,
    ...                 negated=False, moral=None, precision=0.4, base_rate=0.03)
    ...     return filled(Match, **{**base, **kw})
    >>> match_precision(match()), match_precision(match(negated=True))
    (0.4, 0.0)
    >>> round(match_precision(match(weight=2.0)), 2), match_precision(match(precision=0.02))
    (0.64, 0.0)
    """
    if m.negated or m.weight <= 0:
        return 0.0
    p = UNCALIBRATED_PRECISION if m.precision is None else m.precision
    base = UNCALIBRATED_BASE_RATE if m.base_rate is None else m.base_rate
    if p <= base:
        return 0.0
    return p if m.weight == 1 else 1.0 - (1.0 - p) ** m.weight


def is_evidence(m: Match) -> bool:
    """A match counts as loaded evidence (:func:`match_precision` above 0)."""
    return match_precision(m) > 0.0


def combine(precisions: Iterable[float]) -> float:
    """The chance that a reader marks at least one of independent matches.

    Examples
    --------
    >>> combine([]), combine([0.4]), round(combine([0.4, 0.4]), 2)
    (0.0, 0.4, 0.64)
    """
    miss = 1.0
    for p in precisions:
        miss *= 1.0 - p
    return 1.0 - miss


def span_precisions(matches: Iterable[Match]) -> dict[tuple[int, int], float]:
    """Per token span, the precision of its most precise evidence."""
    out: dict[tuple[int, int], float] = {}
    for m in matches:
        p = match_precision(m)
        if p <= 0:
            continue
        key = (m.tok_start, m.tok_end)
        if p > out.get(key, 0.0):
            out[key] = p
    return out


def sentence_probabilities(n_sentences: int, evidence: Iterable[Match]) -> list[float]:
    """Per sentence, :func:`combine` over the span precisions of its evidence.

    Examples
    --------
    >>> sentence_probabilities(2, [])
    [0.0, 0.0]
    """
    per: list[list[Match]] = [[] for _ in range(n_sentences)]
    for m in evidence:
        if 0 <= m.sentence < n_sentences:
            per[m.sentence].append(m)
    return [combine(span_precisions(ms).values()) if ms else 0.0 for ms in per]


__all__ = ["UNCALIBRATED_BASE_RATE", "UNCALIBRATED_PRECISION", "combine", "is_evidence",
           "match_precision", "sentence_probabilities", "span_precisions"]
