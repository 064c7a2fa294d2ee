"""Target-aware features for the tone of a sentence toward each mention in it.

A sentence is read once for all the mentions it holds (:func:`sentence_features`): its
tokens, their VADER valences (negation-flipped), the clause each token sits in and the
quotation marks before it, and the bag of its words and bigrams away from the mentions.
Every mention then becomes ``<T>`` in turn, the mentions of other targets ``<O>``
(mentions of the same target, such as a surname after the full name, ``<T>`` too), so the
model learns from the words around a position, not from names. Per mention
(:meth:`SentenceFeatures.mention`): the bag's features that touch a mention, the words
within ``window`` units left and right of it, the nearest two either side, the bigram next
to it on each side, the words of its clause, the nearest VADER-lexicon word after it (its
verb, when the mention is the subject) and before it (when it is the object), whether it
is a speaker or sits inside a quotation; dense features are VADER-valence sums in the
sentence, the windows and the clause, a distance-weighted valence, the valence lying
nearer another target than this one, and VADER's compound of the whole sentence (the
pipeline's own per-sentence score, computed once). With ``multi`` the window, clause and
role features are repeated with an ``m|`` prefix when another target is in the sentence.
Every sparse feature remembers the unit that fired it, so a prediction can point at the
words that pushed it (see :mod:`framing.models.tone`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from vaderSentiment.vaderSentiment import NEGATE

from ..extractors.sentence_sentiment import SentenceSentiment

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
    "distance_weighted_valence", "valence_nearer_other", "has_other_target", "position",
    "vader_sentence")
#: a text's VADER compound score
Compound = Callable[[str], float]


def dense_names() -> tuple[str, ...]:
    """Names of the dense features, in order."""
    return DENSE_NAMES


@lru_cache(maxsize=1)
def _sentiment() -> SentenceSentiment:
    return SentenceSentiment()


def compound(text: str) -> float:
    """VADER's compound score of ``text`` as the pipeline computes it for a sentence
    (:class:`~framing.extractors.sentence_sentiment.SentenceSentiment`; 0 for no words)."""
    return _sentiment()(text) if text.strip() else 0.0


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences (-4..4), lowercased words as VADER ships them."""
    return dict(_sentiment().analyzer.lexicon)


@dataclass(frozen=True)
class Features:
    """The features of one mention.

    ``sparse`` pairs each feature name with the index into ``spans`` of the unit that
    fired it (-1: none in particular); ``spans`` are the character offsets of the
    sentence's units (a mention is one unit), ``target`` the index of the mention's.
    """

    names: tuple[str, ...]
    units: tuple[int, ...]
    dense: tuple[float, ...]
    spans: tuple[tuple[int, int], ...]
    target: int
    own_from: int = 0
    others: bool = False

    @property
    def sparse(self) -> tuple[tuple[str, int], ...]:
        """Each sparse feature's name with the unit that fired it."""
        return tuple(zip(self.names, self.units, strict=True))


class SentenceFeatures:
    """One sentence read once for every mention in it.

    The sentence is cut into units: each run of overlapping mentions is one unit (the
    first mention by start owns it, the others share it; an empty mention is a unit of
    its own), the text between them is cut into tokens. ``words`` holds each unit's
    lowercased token ("" for a mention), ``owner`` the mention a unit is (-1 for a
    word). :attr:`shared` are the sparse features that do not depend on which mention is
    the target (the bag of words and bigrams away from every mention, the negated lexicon
    words); :meth:`mention` gives the rest for one mention. A mention's features are
    ``shared`` plus ``mention(k).sparse``: the two never share a name. ``spans`` (the
    units' character offsets, for evidence) are found only when ``with_spans`` is true.
    """

    def __init__(self, text: str, mentions: Sequence[tuple[int, int]],
                 groups: Sequence[int] | None = None, *, window: int = 6,
                 multi: bool = False, sentence_compound: float | None = None,
                 with_spans: bool = False) -> None:
        self.text = text
        self.window = window
        self.multi = multi
        self.groups = list(groups) if groups is not None else list(range(len(mentions)))
        if len(self.groups) != len(mentions):
            raise ValueError("one group per mention")
        for a, b in mentions:
            if not 0 <= a <= b <= len(text):
                raise ValueError(f"mention [{a}, {b}) lies outside the sentence")
        words: list[str] = []
        owner: list[int] = []
        spans: list[tuple[int, int]] = []
        unit_of = [-1] * len(mentions)
        # overlapping mentions make one run, owned by the first (by start)
        runs: list[tuple[int, int, list[int]]] = []
        for k in sorted(range(len(mentions)), key=lambda k: (mentions[k][0], k)):
            a, b = mentions[k]
            if runs and a < runs[-1][1]:
                ra, rb, ks = runs[-1]
                runs[-1] = (ra, max(rb, b), ks)
                ks.append(k)
            else:
                runs.append((a, b, [k]))
        pos = 0
        for a, b, ks in runs:
            if a > pos:
                self._cut(text, pos, a, words, owner, spans, with_spans)
            u = len(words)
            for k in ks:
                unit_of[k] = u
            words.append("")
            owner.append(ks[0])
            spans.append((a, b))
            pos = b
        if pos < len(text):
            self._cut(text, pos, len(text), words, owner, spans, with_spans)
        n = len(words)
        self.words = words
        self.owner = owner
        self.spans = tuple(spans)
        self.unit_of = unit_of
        self.n = n
        self.mention_units = sorted(set(unit_of))
        # valences (negation-flipped) and the negated lexicon words
        lex_get = vader_lexicon().get
        negated: list[tuple[str, int]] = []
        nonzero: list[tuple[int, float]] = []
        val = [v or 0.0 for v in map(lex_get, words)]
        for i in compress(range(n), val):
            v = val[i]
            if any(words[j] in _NEG or "n't" in words[j] for j in range(max(0, i - 3), i)):
                v = val[i] = -0.74 * v
                negated.append(("neg:" + words[i], i))
            nonzero.append((i, v))
        self.val = val
        self.nonzero = nonzero
        self.negated = negated
        self._nonzero_at = [i for i, _ in nonzero]
        self._breaks = ([i for i, w in enumerate(words) if w in _CLAUSE_BREAK]
                        if not _CLAUSE_BREAK.isdisjoint(words) else [])
        self._say_at = ([i for i, w in enumerate(words) if w in _SAY]
                        if not _SAY.isdisjoint(words) else [])
        has_quote = '"' in text or "“" in text or "”" in text
        self._quote_at = [i for i, w in enumerate(words) if w in _QUOTE] if has_quote else []
        self.total_valence = sum(v for _, v in nonzero)
        self.sentence_dense = self._agg(0, n)
        if sentence_compound is None:
            sentence_compound = compound(text)
        self.sentence_compound = sentence_compound

    @staticmethod
    def _cut(text: str, a: int, b: int, words: list[str], owner: list[int],
             spans: list[tuple[int, int]], with_spans: bool) -> None:
        """Append the tokens of ``text[a:b]`` as word units."""
        piece = text[a:b]
        if with_spans:
            found = list(_TOKEN.finditer(piece))
            toks = [m.group() for m in found]
            spans.extend((a + m.start(), a + m.end()) for m in found)
        else:
            toks = _TOKEN.findall(piece)
            spans.extend([(-1, -1)] * len(toks))
        if toks:
            # tokens hold no space, and lower() maps no character to one
            words.extend(" ".join(toks).lower().split(" "))
            owner.extend([-1] * len(toks))

    @property
    def shared(self) -> tuple[tuple[str, int], ...]:
        """The features every mention of the sentence has: the negated lexicon words, and
        the words and bigrams of the units that are no mention (``s:``, ``s2:``)."""
        words, owner, n = self.words, self.owner, self.n
        out = list(self.negated)
        for i, w in enumerate(words):
            if owner[i] < 0:
                out.append(("s:" + w, i))
                if i + 1 < n and owner[i + 1] < 0:
                    out.append(("s2:" + w + "_" + words[i + 1], i))
        return tuple(out)

    def _agg(self, a: int, b: int) -> list[float]:
        """Positive and negative valence (over 4) and word counts in units ``[a, b)``."""
        pv = nv = pn = nn = 0.0
        for i, v in self.nonzero:
            if a <= i < b:
                if v > 0:
                    pv += v
                    pn += 1
                else:
                    nv -= v
                    nn += 1
        return [pv / 4, nv / 4, pn, nn]

    def mention(self, k: int, copies: bool = True) -> Features:
        """The features of mention ``k`` that :attr:`shared` does not hold, and its dense
        features. ``copies`` false leaves out the ``m|`` copies (``multi``): the features
        from ``own_from`` on are the ones copied when ``others`` is true."""
        names, units, dense, own_from, others = self.read(k, copies=copies, with_units=True)
        return Features(tuple(names), tuple(units), tuple(dense), self.spans, self.unit_of[k],
                        own_from, others)

    def read(self, k: int, *, copies: bool = False, with_units: bool = False,
             ) -> tuple[list[str], list[int], list[float], int, bool]:
        """What :meth:`mention` returns, as plain lists: ``(names, units, dense,
        own_from, others)``; ``units`` is empty unless ``with_units``."""
        words, owner, groups = self.words, self.owner, self.groups
        n, t, window = self.n, self.unit_of[k], self.window
        g = groups[k]
        seq = list(words)
        others: list[int] = []
        for u in self.mention_units:
            if u == t or groups[owner[u]] == g:
                seq[u] = "<T>"
            else:
                seq[u] = "<O>"
                others.append(u)
        names: list[str] = []
        units: list[int] = []
        # the bag's features that touch a mention
        for u in self.mention_units:
            names.append("s:" + seq[u])
            if u >= 1:
                names.append("s2:" + seq[u - 1] + "_" + seq[u])
            if u + 1 < n:
                names.append("s2:" + seq[u] + "_" + seq[u + 1])
            if with_units:
                units += [u, *([u - 1] if u >= 1 else []), *([u] if u + 1 < n else [])]
        own_from = len(names)
        lo, hi = max(0, t - window), min(n, t + 1 + window)
        left = range(t - 1, lo - 1, -1)
        names += ["l:" + seq[i] for i in left]
        right = range(t + 1, hi)
        names += ["r:" + seq[i] for i in right]
        near = [*range(t - 1, max(lo, t - 2) - 1, -1), *range(t + 1, min(hi, t + 3))]
        names += [f"{'l' if i < t else 'r'}{abs(t - i)}:" + seq[i] for i in near]
        if with_units:
            units += [*left, *right, *near]
        if t >= 2:
            names.append("lb2:" + seq[t - 2] + "_" + seq[t - 1])
            units.append(t - 2)
        if t + 2 < n:
            names.append("rb2:" + seq[t + 1] + "_" + seq[t + 2])
            units.append(t + 1)
        # the clause: between the clause breaks around the mention (no mention is one)
        breaks = self._breaks
        j = bisect.bisect_left(breaks, t)
        before = breaks[j - 1] if j else -1
        after = breaks[j] if j < len(breaks) else n
        cs, ce = before + 1, after - 1
        names += ["c:" + seq[i] for i in range(cs, ce + 1)]
        if with_units:
            units += range(cs, ce + 1)
        # the nearest sentiment word after the mention and before it, within five units
        # and the clause (a break word itself may be one)
        nz = self._nonzero_at
        j = bisect.bisect_right(nz, t)
        val = self.val
        if j < len(nz) and nz[j] < t + 6 and nz[j] <= after:
            i = nz[j]
            names += ["subj_" + ("pos" if val[i] > 0 else "neg"), "subjw:" + seq[i]]
            units += (i, i)
        j = bisect.bisect_left(nz, t) - 1
        if j >= 0 and nz[j] > t - 6 and nz[j] >= before:
            i = nz[j]
            names += ["obj_" + ("pos" if val[i] > 0 else "neg"), "objw:" + seq[i]]
            units += (i, i)
        say = [i for i in self._say_at if abs(i - t) <= 2 and i != t]
        if say:
            sv = self.total_valence
            names += ["speaker",
                      "speaker_" + ("pos" if sv > 0.5 else "neg" if sv < -0.5 else "neu")]
            units += (say[0], say[0])
        if self._quote_at and sum(1 for i in self._quote_at if i < t) % 2:
            names.append("inquote")
            units.append(-1)
        if copies and self.multi and others:
            names += ["m|" + name for name in names[own_from:]]
            units += units[own_from:]
        dense = (self.sentence_dense + self._agg(lo, t) + self._agg(t + 1, hi)
                 + self._agg(cs, ce + 1))
        weighted = near_other = 0.0
        for i, v in self.nonzero:
            d = abs(i - t)
            weighted += v / (1 + d)
            if others and min(abs(i - j) for j in others) < d:
                near_other += v / (1 + d)
        dense += [weighted, near_other, float(bool(others)), t / max(1, n),
                  self.sentence_compound]
        return names, (units if with_units else []), dense, own_from, bool(others)


def sentence_features(text: str, mentions: Sequence[tuple[int, int]],
                      groups: Sequence[int] | None = None, *, window: int = 6,
                      multi: bool = False, sentence_compound: float | None = None,
                      with_spans: bool = False) -> SentenceFeatures:
    """Read ``text`` (one sentence) once for the ``mentions`` (character ranges) in it.

    ``groups`` gives each mention's target (mentions of one group are one target: each
    is ``<T>`` when any of them is read); by default every mention is its own target.
    ``sentence_compound`` is the sentence's VADER compound when the caller has it
    (:func:`compound` otherwise).
    """
    return SentenceFeatures(text, mentions, groups, window=window, multi=multi,
                            sentence_compound=sentence_compound, with_spans=with_spans)


def featurize(text: str, start: int, end: int, others: Sequence[tuple[int, int]] = (),
              window: int = 6, multi: bool = False) -> Features:
    """All the features of ``text`` toward the mention ``text[start:end]``, with
    ``others`` (character ranges of other targets) masked."""
    sf = SentenceFeatures(text, [(start, end), *others], window=window, multi=multi,
                          with_spans=True)
    f = sf.mention(0)
    shared = sf.shared
    return Features(tuple(n for n, _ in shared) + f.names, tuple(u for _, u in shared) + f.units,
                    f.dense, f.spans, f.target, f.own_from + len(shared), f.others)


__all__ = ["DENSE_NAMES", "Features", "SentenceFeatures", "compound", "dense_names",
           "featurize", "sentence_features", "vader_lexicon"]
