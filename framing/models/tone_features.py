"""Target-aware features for the tone of a sentence toward one mention in it.

The sentence is tokenised, the mention becomes ``<T>`` and every other target (another
actor the caller names) ``<O>``, so the model learns from the words around a position, not
from names. Sparse features are strings (bag of the masked sentence and its bigrams, the
words within ``window`` tokens left and right of the mention, the nearest two either side,
the words of the clause that holds the mention, the nearest VADER-lexicon word after the
mention (its verb, when the mention is the subject) and before it (when it is the object),
negated lexicon words, whether the mention is a speaker or sits inside a quotation);
dense features are VADER-valence sums in the sentence, the windows and the clause, a
distance-weighted valence, and the valence that lies nearer another target than this one.
Every sparse feature remembers the token that fired it, so a prediction can point at the
words that pushed it (see :mod:`framing.models.tone`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[^\w\s]")
_NEG = frozenset(NEGATE) | {"no", "not", "never", "without"}
_SAY = frozenset([
    "said", "says", "say", "told", "tells", "tell", "according", "stated", "states", "wrote",
    "writes", "argued", "argues", "claimed", "claims", "added", "adds", "noted", "notes",
    "asked", "asks", "insisted", "insists", "explained", "declared", "announced", "warned",
    "warns", "accused", "accuses", "called", "calls", "tweeted"])
_CLAUSE_BREAK = frozenset([",", ";", ":", "(", ")", "—", "–", "-", '"', "“", "”", "but",
                           "while", "although", "though", "whereas", "because", "after"])
_QUOTE = frozenset(['"', "“", "”"])
#: names of the dense features, in order
DENSE_NAMES: tuple[str, ...] = (
    *(f"{part}_{what}" for part in ("sentence", "left", "right", "clause")
      for what in ("pos_valence", "neg_valence", "pos_words", "neg_words")),
    "distance_weighted_valence", "valence_nearer_other", "has_other_target", "position")


#: dense features added with ``vader=True``: VADER compound of the sentence, of the text
#: before the mention, of the text after it, and of the clause holding it
VADER_NAMES: tuple[str, ...] = ("vader_sentence", "vader_before", "vader_after", "vader_clause")


def dense_names(vader: bool = False) -> tuple[str, ...]:
    """Names of the dense features, in order, for a feature configuration."""
    return DENSE_NAMES + (VADER_NAMES if vader else ())


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)
def compound(text: str) -> float:
    """VADER's compound score of ``text`` (0 for no words)."""
    return float(_vader().polarity_scores(text)["compound"]) if text.strip() else 0.0


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4), lowercased words as VADER ships them."""
    return dict(SentimentIntensityAnalyzer().lexicon)


@dataclass(frozen=True)
class Features:
    """The features of one mention.

    ``sparse`` pairs each feature name with the index into ``spans`` of the token that
    fired it (-1: none in particular); ``spans`` are the character offsets of the masked
    sequence's tokens in the text, ``target`` the index of the mention's.
    """

    sparse: tuple[tuple[str, int], ...]
    dense: tuple[float, ...]
    spans: tuple[tuple[int, int], ...]
    target: int


def featurize(text: str, start: int, end: int, others: Sequence[tuple[int, int]] = (),
              window: int = 6, vader: bool = False, multi: bool = False) -> Features:
    """Features of ``text`` toward the mention ``text[start:end]``, with ``others``
    (character ranges of other targets) masked.

    ``vader`` adds VADER compound scores (:data:`VADER_NAMES`); ``multi`` repeats the
    window, clause and role features with an ``m|`` prefix when another target is in the
    sentence, so the model can weigh them differently there.
    """
    lex = vader_lexicon()
    seq: list[str] = []
    role: list[int] = []  # 0 a word, 1 the target, 2 another target
    spans: list[tuple[int, int]] = []
    placed = False
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        if not placed and s >= end:
            # the mention covers no token (empty, or only spaces): a marker where it is
            seq.append("<T>")
            role.append(1)
            spans.append((start, end))
            placed = True
        if s < end and e > start:
            r = 1
        elif any(s < oe and e > os_ for os_, oe in others):
            r = 2
        else:
            r = 0
        if r and role and role[-1] == r:
            spans[-1] = (spans[-1][0], e)
            continue
        placed = placed or r == 1
        seq.append("<T>" if r == 1 else "<O>" if r == 2 else m.group().lower())
        role.append(r)
        spans.append((s, e))
    if 1 not in role:
        seq.append("<T>")
        role.append(1)
        spans.append((start, end))
    t = role.index(1)
    n = len(seq)
    feats: list[tuple[str, int]] = []
    add = feats.append
    for i, w in enumerate(seq):
        add(("s:" + w, i))
        if i + 1 < n:
            add(("s2:" + w + "_" + seq[i + 1], i))
    lo, hi = max(0, t - window), min(n, t + 1 + window)
    for i in range(t - 1, lo - 1, -1):
        add(("l:" + seq[i], i))
        if t - i <= 2:
            add((f"l{t - i}:" + seq[i], i))
    for i in range(t + 1, hi):
        add(("r:" + seq[i], i))
        if i - t <= 2:
            add((f"r{i - t}:" + seq[i], i))
    if t >= 1:
        add(("lb:" + seq[t - 1], t - 1))
    if t >= 2:
        add(("lb2:" + seq[t - 2] + "_" + seq[t - 1], t - 2))
    if t + 1 < n:
        add(("rb:" + seq[t + 1], t + 1))
    if t + 2 < n:
        add(("rb2:" + seq[t + 1] + "_" + seq[t + 2], t + 1))
    cs = t
    while cs > 0 and seq[cs - 1] not in _CLAUSE_BREAK:
        cs -= 1
    ce = t
    while ce + 1 < n and seq[ce + 1] not in _CLAUSE_BREAK:
        ce += 1
    for i in range(cs, ce + 1):
        add(("c:" + seq[i], i))
    val = [0.0] * n
    for i, w in enumerate(seq):
        v = lex.get(w, 0.0)
        if v and any(seq[j] in _NEG or "n't" in seq[j] for j in range(max(0, i - 3), i)):
            v = -0.74 * v
            add(("neg:" + w, i))
        val[i] = v

    def agg(a: int, b: int) -> list[float]:
        vs = val[a:b]
        return [sum(v for v in vs if v > 0) / 4, -sum(v for v in vs if v < 0) / 4,
                float(sum(1 for v in vs if v > 0)), float(sum(1 for v in vs if v < 0))]

    dense = agg(0, n) + agg(lo, t) + agg(t + 1, hi) + agg(cs, ce + 1)
    other_pos = [i for i, r in enumerate(role) if r == 2]
    near_other = 0.0
    if other_pos:
        for i in range(n):
            if val[i] and min(abs(i - j) for j in other_pos) < abs(i - t):
                near_other += val[i] / (1 + abs(i - t))
    dense += [sum(val[i] / (1 + abs(i - t)) for i in range(n)), near_other,
              float(bool(other_pos)), t / max(1, n)]
    for i in range(t + 1, min(n, t + 6)):
        if val[i]:
            add(("subj_" + ("pos" if val[i] > 0 else "neg"), i))
            add(("subjw:" + seq[i], i))
            break
        if seq[i] in _CLAUSE_BREAK:
            break
    for i in range(t - 1, max(-1, t - 6), -1):
        if val[i]:
            add(("obj_" + ("pos" if val[i] > 0 else "neg"), i))
            add(("objw:" + seq[i], i))
            break
        if seq[i] in _CLAUSE_BREAK:
            break
    near = [i for i in range(max(0, t - 2), min(n, t + 3)) if i != t and seq[i] in _SAY]
    if near:
        add(("speaker", near[0]))
        sv = sum(val)
        add(("speaker_" + ("pos" if sv > 0.5 else "neg" if sv < -0.5 else "neu"), near[0]))
    if sum(1 for i in range(t) if seq[i] in _QUOTE) % 2:
        add(("inquote", -1))
    if vader:
        a, b = spans[cs][0], spans[ce][1]
        dense += [compound(text), compound(text[:start]), compound(text[end:]),
                  compound(text[a:b])]
    if multi and other_pos:
        feats += [("m|" + name, i) for name, i in feats if not name.startswith(("s:", "s2:"))]
    return Features(tuple(feats), tuple(dense), tuple(spans), t)


__all__ = ["DENSE_NAMES", "Features", "featurize", "vader_lexicon"]
