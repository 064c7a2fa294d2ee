"""Models: validation against human labels, trained models, and the scikit-learn vectorizer.

- :func:`evaluate` — how well framing's scores agree with human labels
  (ROC-AUC, precision, recall, F1 with bootstrap intervals) or with human
  rankings of articles per event (Spearman, top-1 accuracy);
- :func:`train` — a cross-validated bias classifier over n-grams and lexicon
  features, saved with the versions it was trained on;
- :func:`load_model` — load it back (refusing mismatched lexicons) as a
  :class:`LearnedScorer`, which adds the ``loaded_learned`` feature to a run
  through the extractor ``framing.learned.v1`` (:mod:`framing.models.extractor`);
- :func:`tone_toward` — tone toward a target: a linear model over target-aware
  features, trained on NewsMTSC (:mod:`framing.models.tone`; :mod:`.tone_train`
  rebuilds the shipped model);
- :class:`FramingVectorizer` — framing's features as a scikit-learn transformer.

The names are imported on first use, so that the pipeline, which finds
``framing.learned.v1`` through its entry point, loads neither scikit-learn nor
pandas for a run without a model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name -> module of this package that defines it
_EXPORTS: dict[str, str] = {
    "DEFAULT_SCORES": "scores",
    "FramingVectorizer": "vectorizer",
    "ToneModel": "tone",
    "ToneToward": "tone",
    "SCORES": "scores",
    "Evaluation": "evaluation",
    "LabelledData": "labels",
    "LearnedScorer": "bias_model",
    "ScoreEvaluation": "evaluation",
    "SentenceScorer": "scores",
    "TrainResult": "train_bias",
    "evaluate": "evaluation",
    "load_model": "bias_model",
    "read_labels": "labels",
    "save_model": "bias_model",
    "shipped_model": "tone",
    "tone_toward": "tone",
    "train": "train_bias",
}

__all__ = [
    "DEFAULT_SCORES",
    "SCORES",
    "Evaluation",
    "FramingVectorizer",
    "LabelledData",
    "LearnedScorer",
    "ScoreEvaluation",
    "SentenceScorer",
    "ToneModel",
    "ToneToward",
    "TrainResult",
    "evaluate",
    "load_model",
    "read_labels",
    "save_model",
    "shipped_model",
    "tone_toward",
    "train",
]


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'framing.models' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .bias_model import LearnedScorer, load_model, save_model
    from .evaluation import Evaluation, ScoreEvaluation, evaluate
    from .labels import LabelledData, read_labels
    from .scores import DEFAULT_SCORES, SCORES, SentenceScorer
    from .tone import ToneModel, ToneToward, shipped_model, tone_toward
    from .train_bias import TrainResult, train
    from .vectorizer import FramingVectorizer
