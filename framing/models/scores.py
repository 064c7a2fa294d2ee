"""Framing scores of labelled texts: each text runs through the pipeline as a mini article.

Two units:

``"sentence"`` (labelled sentences)
    Lexicon scores are the weights found in the text, summed, or (``rates=True``,
    the default of :func:`framing.models.evaluation`) divided by the text's words
    and expressed per 1,000 words; a threshold of 0 means "any match" either
    way. ``loaded`` is the article feature ``loaded`` + ``loaded_attributed``
    of the text (the calibrated probability that a reader calls it loaded, own
    voice plus quoted or attributed speech, because annotators mark biased words
    whether quoted or not), as :class:`framing.FramingVectorizer` gives it;
    ``loaded_own`` is ``loaded`` alone.
    ``sentiment_abs`` is ``|VADER compound|`` of the text.
``"article"`` (ranked articles)
    The pipeline's article features (per 1,000 words, so long and short
    articles compare), with ``loaded`` again all voices and ``sentiment_abs``
    the mean ``|compound|`` over body sentences.

``loaded_learned`` is a trained model's probability (``--model``): of the whole
text for sentences, the mean over body sentences for articles.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

from ..engines.pipeline import ArticleResult, Pipeline, PipelineConfig
from ..errors import FramingError
from ..text.doc import parse_text
from .vectorizer import text_article

if TYPE_CHECKING:
    from ..lexicon.entries import Match
    from .bias_model import LearnedScorer

Unit = Literal["sentence", "article"]

#: The extractors whose features the scores read.
EXTRACTORS: tuple[str, ...] = ("framing.hedging.v1", "framing.loaded.v3",
                               "framing.opinion_style.v1", "framing.style.v1",
                               "framing.sourcing.v1", "framing.tone.v1")


@dataclass(frozen=True)
class ScoreSpec:
    """One score that :func:`framing.models.evaluation` can assess.

    ``threshold``: a text is predicted positive when its score is above it.
    """

    name: str
    description: str
    threshold: float


SCORES: dict[str, ScoreSpec] = {s.name: s for s in (
    ScoreSpec("loaded", "loaded wording, all voices (own + quoted/attributed)", 0.0),
    ScoreSpec("loaded_own", "loaded wording in the outlet's own voice only", 0.0),
    ScoreSpec("opinion_style", "writes as commentary (questions, you, we, puffery)", 0.0),
    ScoreSpec("hedging", "hedges (may, reportedly, appears to)", 0.0),
    ScoreSpec("certainty", "boosters (clearly, undeniably)", 0.0),
    ScoreSpec("sentiment_abs", "|VADER compound| (0.05: VADER's neutral band)", 0.05),
    ScoreSpec("intensifiers", "intensifiers (extremely, massively)", 0.0),
    ScoreSpec("loaded_reporting", "loaded reporting verbs (claimed, slammed)", 0.0),
    ScoreSpec("loaded_learned", "probability from the trained model (--model)", 0.5),
)}
#: Scores assessed when none are named (``loaded_learned`` is added with a model).
DEFAULT_SCORES: tuple[str, ...] = ("loaded", "loaded_own", "opinion_style", "hedging",
                                   "certainty", "sentiment_abs", "intensifiers",
                                   "loaded_reporting")


def check_scores(names: Sequence[str] | None, *, has_model: bool) -> list[str]:
    """Validate score names; default: :data:`DEFAULT_SCORES` (+ ``loaded_learned``)."""
    if not names:
        out = list(DEFAULT_SCORES)
        return [*out, "loaded_learned"] if has_model else out
    unknown = [n for n in names if n not in SCORES]
    if unknown:
        raise FramingError(f"unknown score {unknown[0]!r}; available: {', '.join(SCORES)}")
    if "loaded_learned" in names and not has_model:
        raise FramingError("score 'loaded_learned' needs a trained model: pass --model MODEL "
                           "(made with framing train)")
    return list(dict.fromkeys(names))


class SentenceScorer:
    """Scores texts with the pipeline's lexicon extractors (and optionally a model).

    Parameters
    ----------
    lexicons, exclude_lexicons, extra_lexicon_files, weights
        As in :func:`framing.analyze`.
    model : str or Path, optional
        A model saved by :func:`framing.models.train_bias` (adds ``loaded_learned``).

    Examples
    --------
    >>> scorer = SentenceScorer()
    >>> frame = scorer.score(["The vote is on May 5."], ["hedging", "sentiment_abs"])
    >>> list(frame.columns)
    ['hedging', 'sentiment_abs']
    """

    def __init__(self, *, lexicons: Sequence[str] | None = None,
                 exclude_lexicons: Sequence[str] = (),
                 extra_lexicon_files: Sequence[str | Path] = (),
                 weights: Mapping[str, float] | None = None,
                 model: str | Path | None = None) -> None:
        self.model_path = str(model) if model is not None else None
        self.pipeline = Pipeline(PipelineConfig(
            lexicons=tuple(lexicons) if lexicons is not None else None,
            exclude_lexicons=tuple(exclude_lexicons),
            extra_lexicon_files=tuple(str(p) for p in extra_lexicon_files),
            weights=tuple(sorted((weights or {}).items())),
            extractors=EXTRACTORS, min_words=0, model_path=self.model_path,
        ))
        self._model: LearnedScorer | None = None

    @property
    def lexicons(self) -> list[tuple[str, str]]:
        """``(name, version)`` of the lexicons in use."""
        return self.pipeline.lexicons

    @property
    def model(self) -> LearnedScorer | None:
        """The loaded model (checked against the run's lexicons), if any."""
        if self._model is None and self.model_path is not None:
            from .bias_model import load_model

            self._model = load_model(self.model_path, lexicons=self.lexicons)
        return self._model

    def match(self, text: str) -> tuple[list[Match], int]:
        """The lexicon matches of a whole text, and its word count."""
        doc = parse_text(text)
        return self.pipeline.matcher.match(doc), doc.n_words

    def score(self, texts: Sequence[str], names: Sequence[str], unit: Unit = "sentence",
              *, rates: bool = False) -> pd.DataFrame:
        """One row per text, one column per score in ``names``.

        ``rates=True`` divides the sentence-level lexicon sums by the text's words
        (per 1,000 words, as article features are); it has no effect on articles.
        """
        wanted = [n for n in names if n != "loaded_learned"]
        rows = [self._scores(self.pipeline.run(text_article(t)), wanted, unit, rates)
                for t in texts]
        frame = pd.DataFrame(rows, columns=wanted, dtype=float)
        if "loaded_learned" in names:
            model = self.model
            if model is None:
                raise FramingError("score 'loaded_learned' needs a model; pass --model MODEL")
            if unit == "sentence":
                frame["loaded_learned"] = model.predict_texts(
                    texts, match=self.match, sentiment=self.pipeline.sentiment)
            else:
                frame["loaded_learned"] = [self.pipeline.run(text_article(t)).features.get(
                    "loaded_learned", math.nan) for t in texts]
        scores: pd.DataFrame = frame[list(names)].fillna(0.0)
        return scores

    def _scores(self, res: ArticleResult, names: Sequence[str], unit: Unit,
                rates: bool) -> dict[str, float]:
        cols = res.sentence_columns
        out: dict[str, float] = {}
        if unit == "sentence":
            scale = 1000.0 / max(res.n_words, 1) if rates else 1.0

            def total(key: str) -> float:
                return scale * float(sum(cols.get(key, ())))

            f = res.features
            for name in names:
                # loaded-language scores are probabilities (mean over the text's sentences),
                # not rates: neither summed nor divided by words
                if name == "loaded":
                    out[name] = f.get("loaded", 0.0) + f.get("loaded_attributed", 0.0)
                elif name in ("loaded_own", "opinion_style"):
                    out[name] = f.get("loaded" if name == "loaded_own" else name, 0.0)
                elif name == "sentiment_abs":
                    out[name] = abs(self.pipeline.sentiment(res.article.text))
                else:
                    out[name] = total(name)
            return out
        f = res.features
        for name in names:
            if name == "loaded":
                out[name] = f.get("loaded", 0.0) + f.get("loaded_attributed", 0.0)
            elif name == "loaded_own":
                out[name] = f.get("loaded", 0.0)
            elif name == "sentiment_abs":
                values = cols.get("sentiment", [])
                out[name] = float(np.mean(np.abs(values))) if values else 0.0
            else:
                out[name] = f.get(name, 0.0)
        return out


__all__ = ["DEFAULT_SCORES", "EXTRACTORS", "SCORES", "ScoreSpec", "SentenceScorer",
           "check_scores"]
