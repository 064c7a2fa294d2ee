"""The frame vocabulary, shared by the extractor that finds frames in an article
(:mod:`framing.extractors.frames`) and the comparison that pools them per outlet
(:mod:`framing.compare.frames`); each reads it here, neither reads the other.

The frame categories themselves are lexicon data (the categories of the active
lexicons of kinds ``frame_generic``, ``frame_policy`` and ``moral``); this module
holds what is not data: which kinds are counted as shares of sentences and under
which feature prefix, how much the headline weighs in the lead, and which category
of a table dominates.
"""

from __future__ import annotations

#: Lexicon kinds counted as shares of sentences, and the feature prefix of each
#: (``frame_<category>``, ``policy_<category>``).
SHARE_KINDS: tuple[tuple[str, str], ...] = (("frame_generic", "frame"), ("frame_policy", "policy"))
#: The headline counts as two lead sentences (it is read most).
HEADLINE_WEIGHT = 2.0


def argmax(values: dict[str, float], tiebreak: dict[str, float] | None = None) -> str | None:
    """The key with the largest positive value; ties go to the larger ``tiebreak`` value,
    then to the first key alphabetically. NaN values are skipped.

    Examples
    --------
    >>> argmax({"conflict": 0.5, "economic": 0.5}, {"conflict": 0.1, "economic": 0.3})
    'economic'
    >>> argmax({"conflict": 0.0, "economic": float("nan")}) is None
    True
    """
    best: str | None = None
    best_v: tuple[float, float] = (0.0, 0.0)
    for k in sorted(values):
        v = values[k]
        if v != v or v <= 0:  # skips NaN and zero
            continue
        t = (tiebreak or {}).get(k, 0.0)
        key = (v, t if t == t else 0.0)
        if best is None or key > best_v:
            best, best_v = k, key
    return best


__all__ = ["HEADLINE_WEIGHT", "SHARE_KINDS", "argmax"]
