"""The shipped tone-toward-a-target model: a linear model stored as JSON, and
:func:`tone_toward`.

The model file (``tone_v2.json`` beside this module) is data, never code: the class
labels, the feature configuration, the intercepts, and one row of three weights
(negative, neutral, positive) per sparse feature name and per dense feature. Scoring is
the multinomial logistic regression's softmax, computed here from those numbers, so no
scikit-learn object is unpickled and the file loads the same on every Python version.
``scripts/train_tone.py`` rebuilds it from NewsMTSC's train part (MIT, Copyright 2020
Felix Hamborg; see :mod:`framing.models.tone_train`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .tone_features import SentenceFeatures, dense_names, sentence_features

#: the model file's format name; a file of another format is refused
FORMAT = "framing.tone.v2"
#: class labels in the order of the weights
LABELS = (-1, 0, 1)
#: the shipped model's file name
MODEL_FILE = "tone_v2.json"


@dataclass(frozen=True)
class Evidence:
    """A word that pushed the decision: ``text[start:end]``, with its weight toward the
    chosen label (larger: pushed harder)."""

    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True)
class ToneToward:
    """The tone of a sentence toward one mention in it.

    ``label`` is -1 (negative), 0 (neutral) or 1 (positive); ``score`` is the probability
    of positive minus that of negative (-1..1); ``probabilities`` are those of
    (negative, neutral, positive); ``evidence`` the words that pushed toward the label,
    strongest first, with offsets into the text the caller passed; ``sentence`` the
    ``(start, end)`` of the sentence read.
    """

    label: int
    score: float
    probabilities: tuple[float, float, float]
    evidence: tuple[Evidence, ...]
    sentence: tuple[int, int]


class ToneModel:
    """A loaded tone model: weights per feature name, the dense weights, intercepts."""

    def __init__(self, data: dict[str, Any], origin: str = "<data>") -> None:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise FramingError(f"{origin}: not a {FORMAT} tone model (format "
                               f"{data.get('format') if isinstance(data, dict) else None!r}); "
                               "rebuild it with scripts/train_tone.py")
        try:
            conf = data["features"]
            self.window = int(conf["window"])
            self.multi = bool(conf.get("multi", False))
            self.intercept = tuple(float(x) for x in data["intercept"])
            self.weights: dict[str, tuple[float, float, float]] = {
                str(k): (float(a), float(b), float(c)) for k, a, b, c in data["sparse"]}
            # the bag of words and bigrams away from the mentions, looked up by word and by
            # word pair (read_sentence reads them without building their names)
            self.unigrams = {k[2:]: w for k, w in self.weights.items() if k.startswith("s:")}
            self.bigrams = {(k[3:].split("_", 1)[0], k[3:].split("_", 1)[1]): w
                            for k, w in self.weights.items()
                            if k.startswith("s2:") and "_" in k[3:]}
            # with another target in the sentence a feature counts with its m| copy: one
            # lookup of both weights added (read_sentence builds no m| name)
            self.with_copy = dict(self.weights)
            for k, w in self.weights.items():
                if k.startswith("m|"):
                    base = self.with_copy.get(k[2:])
                    self.with_copy[k[2:]] = w if base is None else (
                        base[0] + w[0], base[1] + w[1], base[2] + w[2])
            dense = data["dense"]
            if [d[0] for d in dense] != list(dense_names()):
                raise FramingError(f"{origin}: its dense features are not this version's")
            self.dense = tuple((float(a), float(b), float(c)) for _, a, b, c in dense)
        except (KeyError, TypeError, ValueError) as exc:
            raise FramingError(f"{origin}: malformed tone model ({exc!r})") from exc
        if len(self.intercept) != 3:
            raise FramingError(f"{origin}: a tone model has three intercepts")
        self.meta = {k: data.get(k) for k in ("version", "trained_on", "licence", "holdout")}

    @classmethod
    def load(cls, path: str | Path) -> ToneModel:
        """Read a model file (JSON); a bad file raises :class:`FramingError` naming it."""
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise FramingError(f"{p}: cannot read the tone model ({exc})") from exc
        return cls(data, str(p))

    # -- scoring ---------------------------------------------------------------------
    @staticmethod
    def _sum(logits: list[float], found: list[tuple[float, float, float]]) -> None:
        """Add the weights ``found`` to ``logits``; exactly rounded sums (math.fsum), so
        the result does not depend on the order of a set (the hash seed)."""
        if found:
            a, b, c = map(math.fsum, zip(*found, strict=True))
            logits[0] += a
            logits[1] += b
            logits[2] += c

    def _result(self, logits: list[float], dense: Sequence[float],
                sentence: tuple[int, int]) -> ToneToward:
        for x, w in zip(dense, self.dense, strict=True):
            if x:
                logits[0] += x * w[0]
                logits[1] += x * w[1]
                logits[2] += x * w[2]
        top = max(logits)
        e0, e1, e2 = (math.exp(v - top) for v in logits)
        z = e0 + e1 + e2
        probs = (e0 / z, e1 / z, e2 / z)
        # the most probable label; a tie goes to neutral, then to negative
        best = 1 if probs[1] >= probs[0] and probs[1] >= probs[2] else (
            0 if probs[0] >= probs[2] else 2)
        return ToneToward(LABELS[best], probs[2] - probs[0], probs, (), sentence)

    def read_sentence(self, text: str, mentions: Sequence[tuple[int, int]],
                      groups: Sequence[int] | None = None, *,
                      which: Iterable[int] | None = None,
                      sentence_compound: float | None = None) -> list[ToneToward]:
        """The tone of ``text`` (one sentence) toward each of ``mentions`` (character
        ranges), read once for all of them (:func:`~.tone_features.sentence_features`).

        ``groups`` gives each mention's target (mentions of one target are read
        together; by default each is its own); ``which`` the indexes of the mentions to
        score (default all: every mention is still masked for the others);
        ``sentence_compound`` the sentence's VADER compound when the caller has it. The
        results, in the order of ``which``, carry no evidence (see :meth:`predict`).
        """
        sf = sentence_features(text, mentions, groups, window=self.window, multi=self.multi,
                               sentence_compound=sentence_compound)
        return self._read(sf, range(len(mentions)) if which is None else which)

    def _read(self, sf: SentenceFeatures, which: Iterable[int]) -> list[ToneToward]:
        words = sf.words
        uni = set(words)
        uni.discard("")  # the mentions
        found = [w for w in map(self.unigrams.get, uni) if w is not None]
        # a pair with a mention ("") is no key: those bigrams are the mention's own
        found += [w for w in map(self.bigrams.get, set(pairwise(words))) if w is not None]
        get = self.weights.get
        found += [w for w in map(get, {name for name, _ in sf.negated}) if w is not None]
        base = list(self.intercept)
        self._sum(base, found)
        out: list[ToneToward] = []
        span = (0, len(sf.text))
        for k in which:
            names, _, dense, own_from, others = sf.read(k)
            logits = list(base)
            if others and self.multi:
                own = self.with_copy.get
                found = [w for w in map(get, set(names[:own_from])) if w is not None]
                found += [w for w in map(own, set(names[own_from:])) if w is not None]
            else:
                found = [w for w in map(get, set(names)) if w is not None]
            self._sum(logits, found)
            out.append(self._result(logits, dense, span))
        return out

    def predict(self, text: str, start: int, end: int,
                others: Sequence[tuple[int, int]] = (), n_evidence: int = 3) -> ToneToward:
        """The tone of ``text`` (one sentence) toward ``text[start:end]``, with the words
        that pushed the decision (the same figures as :meth:`read_sentence`)."""
        sf = sentence_features(text, [(start, end), *others], window=self.window,
                               multi=self.multi, with_spans=True)
        r = self._read(sf, [0])[0]
        f = sf.mention(0)
        best = LABELS.index(r.label)
        per_token: dict[int, list[float]] = {}
        seen: set[str] = set()
        for name, tok in (*sf.shared, *zip(f.names, f.units, strict=True)):
            w = self.weights.get(name)
            if name in seen or w is None or tok < 0:
                seen.add(name)
                continue
            seen.add(name)
            acc = per_token.setdefault(tok, [0.0, 0.0, 0.0])
            for k in range(3):
                acc[k] += w[k]
        ev: list[Evidence] = []
        for tok, acc in per_token.items():
            push = acc[best] - max(acc[k] for k in range(3) if k != best)
            s, e = f.spans[tok]
            if (push > 0 and tok != f.target and any(c.isalnum() for c in text[s:e])
                    and not any(s < oe and os_ < e for os_, oe in others)):
                ev.append(Evidence(s, e, text[s:e], round(push, 4)))
        ev.sort(key=lambda v: (-v.weight, v.start))
        return ToneToward(r.label, r.score, r.probabilities, tuple(ev[:n_evidence]),
                          r.sentence)


@lru_cache(maxsize=1)
def shipped_model() -> ToneModel:
    """The model shipped with framing, read once per process (each worker of ``--jobs``
    or the Dask engine reads it once)."""
    res = files("framing.models").joinpath(MODEL_FILE)
    return ToneModel(json.loads(res.read_text(encoding="utf-8")),
                     f"framing/models/{MODEL_FILE}")


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    from ..text.tokens import split_sentences

    for s, e in split_sentences(text):
        if s <= start < e:
            return s, max(e, min(end, len(text)))
    return 0, len(text)


def tone_toward(text: str, start: int, end: int, *,
                others: Sequence[tuple[int, int]] = (),
                model: ToneModel | None = None) -> ToneToward:
    """The tone of ``text`` toward the mention at character offsets ``[start, end)``.

    On a text of several sentences it reads the sentence holding the mention. ``others``
    are the offsets of other people or organisations named in the text (masked, so
    words about them count less toward this one).

    Examples
    --------
    >>> text = "Critics accused Smith of lying."
    >>> r = tone_toward(text, 16, 21)
    >>> r.label, [e.text for e in r.evidence][0]
    (-1, 'accused')
    >>> -1 <= r.score <= 1, len(r.probabilities)
    (True, 3)
    """
    if not 0 <= start <= end <= len(text):
        raise FramingError(f"mention offsets [{start}, {end}) lie outside the text "
                           f"(length {len(text)})")
    m = model or shipped_model()
    s, e = _sentence_of(text, start, end) if "\n" in text or len(text) > 40 else (0, len(text))
    sent = text[s:e]
    inner = [(a - s, b - s) for a, b in others if a >= s and b <= e]
    r = m.predict(sent, start - s, end - s, inner)
    ev = tuple(Evidence(v.start + s, v.end + s, v.text, v.weight) for v in r.evidence)
    return ToneToward(r.label, r.score, r.probabilities, ev, (s, e))


__all__ = ["FORMAT", "LABELS", "Evidence", "ToneModel", "ToneToward", "shipped_model",
           "tone_toward"]
