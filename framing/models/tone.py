"""The shipped tone-toward-a-target model: a linear model stored as JSON, and
:func:`tone_toward`.

The model file (``tone_v1.json`` beside this module) is data, never code: the class
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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import FramingError
from .tone_features import dense_names, featurize

#: the model file's format name; a file of another format is refused
FORMAT = "framing.tone.v1"
#: class labels in the order of the weights
LABELS = (-1, 0, 1)
#: the shipped model's file name
MODEL_FILE = "tone_v1.json"


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
                               f"{data.get('format') if isinstance(data, dict) else None!r})")
        try:
            conf = data["features"]
            self.window = int(conf["window"])
            self.vader = bool(conf.get("vader", False))
            self.multi = bool(conf.get("multi", False))
            self.intercept = tuple(float(x) for x in data["intercept"])
            self.weights: dict[str, tuple[float, float, float]] = {
                str(k): (float(a), float(b), float(c)) for k, a, b, c in data["sparse"]}
            dense = data["dense"]
            if [d[0] for d in dense] != list(dense_names(self.vader)):
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

    def predict(self, text: str, start: int, end: int,
                others: Sequence[tuple[int, int]] = (), n_evidence: int = 3) -> ToneToward:
        """The tone of ``text`` (one sentence) toward ``text[start:end]``."""
        f = featurize(text, start, end, others, window=self.window, vader=self.vader,
                      multi=self.multi)
        logits = list(self.intercept)
        per_token: dict[int, list[float]] = {}
        seen: set[str] = set()
        for name, tok in f.sparse:
            if name in seen:
                continue
            seen.add(name)
            w = self.weights.get(name)
            if w is None:
                continue
            for k in range(3):
                logits[k] += w[k]
            if tok >= 0:
                acc = per_token.setdefault(tok, [0.0, 0.0, 0.0])
                for k in range(3):
                    acc[k] += w[k]
        for x, w in zip(f.dense, self.dense, strict=True):
            if x:
                for k in range(3):
                    logits[k] += x * w[k]
        top = max(logits)
        ex = [math.exp(v - top) for v in logits]
        z = sum(ex)
        probs = (ex[0] / z, ex[1] / z, ex[2] / z)
        best = max(range(3), key=lambda k: (probs[k], -abs(k - 1)))
        ev: list[Evidence] = []
        for tok, acc in per_token.items():
            push = acc[best] - max(acc[k] for k in range(3) if k != best)
            s, e = f.spans[tok]
            if (push > 0 and tok != f.target and any(c.isalnum() for c in text[s:e])
                    and not any(s < oe and os_ < e for os_, oe in others)):
                ev.append(Evidence(s, e, text[s:e], round(push, 4)))
        ev.sort(key=lambda v: (-v.weight, v.start))
        return ToneToward(LABELS[best], probs[2] - probs[0], probs, tuple(ev[:n_evidence]),
                          (0, len(text)))


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
