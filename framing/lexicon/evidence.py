"""From calibrated matches to the probability that a reader calls a sentence loaded.

Each entry of a calibrated lexicon carries its **precision**: the share of
labelled sentences holding it that readers called loaded (``framing lexicon
calibrate``). A match is evidence by how far that precision lies above the
calibration data's base rate, in log-odds (its *lift*); the evidence of one
sentence adds up as in naive Bayes, starting from the base rate::

    P(loaded | sentence) = sigmoid(logit(base_rate) + sum of lifts)

A sentence with one match of precision 0.8 therefore scores 0.8, two such
matches score more. Entries of a category marked ``evidence = "against"`` (the
neutral grammar of news: said, according to, percent) have a precision below the
base rate and lower the odds of a sentence that holds loaded evidence; on their
own they are not evidence of anything.

A sentence scores exactly 0 when it holds no loaded evidence (not the base rate:
the score says how much loaded evidence there is, and none is none), and also
when its evidence leaves it below :data:`MIN_PROBABILITY` (weak evidence, or
evidence outweighed by counter-evidence). Negated matches and matches of weight
0 are not evidence; an entry's evidence is counted once per
span (the same words in two categories are one piece of evidence).

An entry without calibration (a plugin lexicon, or an entry added after the
lexicon was calibrated) counts as :data:`UNCALIBRATED_PRECISION` at weight 1,
against a base rate of one half; weights scale every lift (``--weight``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .entries import Match

#: The precision assumed for an entry that was never calibrated (weight 1).
UNCALIBRATED_PRECISION = 0.6
#: The base rate assumed for an uncalibrated lexicon.
UNCALIBRATED_BASE_RATE = 0.5
#: Probabilities are kept inside (EPS, 1 - EPS) before taking log-odds.
EPS = 1e-4
#: A sentence whose probability stays below this scores 0 (chosen on BABE's development part).
MIN_PROBABILITY = 0.6


def logit(p: float) -> float:
    """Log-odds of ``p`` (clipped to ``(EPS, 1 - EPS)``).

    Examples
    --------
    >>> round(logit(0.5), 6), round(logit(0.8), 4)
    (0.0, 1.3863)
    """
    p = min(max(p, EPS), 1 - EPS)
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    """The inverse of :func:`logit`."""
    return 1.0 / (1.0 + math.exp(-x))


def lift(precision: float | None, base_rate: float | None, weight: float = 1.0) -> float:
    """The evidence of one match in log-odds (0 or less: no evidence).

    Examples
    --------
    >>> round(lift(0.8, 0.5), 4), lift(0.4, 0.5) < 0, round(lift(None, None), 4)
    (1.3863, True, 0.4055)
    """
    if weight <= 0:
        return 0.0
    p = UNCALIBRATED_PRECISION if precision is None else precision
    b = UNCALIBRATED_BASE_RATE if base_rate is None else base_rate
    return weight * (logit(p) - logit(b))


def match_lift(m: Match) -> float:
    """The lift of a match; 0 when negated or of weight 0 (negative: counter-evidence)."""
    if m.negated or m.weight <= 0:
        return 0.0
    return lift(m.precision, m.base_rate, m.weight)


def is_evidence(m: Match) -> bool:
    """A match counts as loaded evidence: not negated, weight > 0, precision above base."""
    return match_lift(m) > 0.0


def combine(lifts: Iterable[float], base_rate: float | None = None,
            min_probability: float | None = None) -> float:
    """The probability of a sentence from the lifts of its evidence and counter-evidence.

    0 without positive evidence, and 0 below ``min_probability``.

    Examples
    --------
    >>> combine([]), round(combine([logit(0.8)], 0.5), 3), round(combine([1.0, 1.0], 0.5), 3)
    (0.0, 0.8, 0.881)
    >>> combine([0.0, -1.0]), combine([logit(0.8), -2.0], 0.5)
    (0.0, 0.0)
    """
    total = 0.0
    any_evidence = False
    for x in lifts:
        total += x
        if x > 0:
            any_evidence = True
    if not any_evidence:
        return 0.0
    b = UNCALIBRATED_BASE_RATE if base_rate is None else base_rate
    p = sigmoid(logit(b) + total)
    floor = MIN_PROBABILITY if min_probability is None else min_probability
    return p if p >= floor else 0.0


def span_lifts(matches: Iterable[Match]) -> dict[tuple[int, int], float]:
    """Per token span, the strongest evidence (or the strongest counter-evidence) on it."""
    out: dict[tuple[int, int], float] = {}
    for m in matches:
        x = match_lift(m)
        if x == 0:
            continue
        key = (m.tok_start, m.tok_end)
        old = out.get(key, 0.0)
        if (x > 0 and x > old) or (x < 0 and old <= 0 and x < old):
            out[key] = x
    return out


def sentence_probabilities(n_sentences: int, evidence: Iterable[Match],
                           counter: Iterable[Match] = ()) -> list[float]:
    """Per sentence, :func:`combine` over the lifts of its matches.

    ``evidence`` are the matches that may count for the sentence (positive lifts);
    ``counter`` the matches whose negative lifts weigh against it. The base rate of
    a sentence is the mean of its evidence's base rates.

    Examples
    --------
    >>> sentence_probabilities(2, [])
    [0.0, 0.0]
    """
    pos: list[list[Match]] = [[] for _ in range(n_sentences)]
    neg: list[list[Match]] = [[] for _ in range(n_sentences)]
    for m in evidence:
        if 0 <= m.sentence < n_sentences and match_lift(m) > 0:
            pos[m.sentence].append(m)
    for m in counter:
        if 0 <= m.sentence < n_sentences and match_lift(m) < 0:
            neg[m.sentence].append(m)
    out = []
    for ms, cs in zip(pos, neg, strict=True):
        if not ms:
            out.append(0.0)
            continue
        bases = [UNCALIBRATED_BASE_RATE if m.base_rate is None else m.base_rate for m in ms]
        out.append(combine(span_lifts(ms + cs).values(), sum(bases) / len(bases)))
    return out


__all__ = ["MIN_PROBABILITY", "UNCALIBRATED_BASE_RATE", "UNCALIBRATED_PRECISION", "combine",
           "is_evidence", "lift", "logit", "match_lift", "sentence_probabilities", "sigmoid",
           "span_lifts"]
