"""Validation against human judgments, and models trained on them.

- :func:`evaluate` — how well framing's scores agree with human labels
  (ROC-AUC, precision, recall, F1 with bootstrap intervals) or with human
  rankings of articles per event (Spearman, top-1 accuracy);
- :func:`train` — a cross-validated bias classifier over n-grams and lexicon
  features, saved with the versions it was trained on;
- :func:`load_model` — load it back (refusing mismatched lexicons) as a
  :class:`LearnedScorer`, which adds the ``loaded_learned`` feature to a run
  through the extractor ``framing.learned.v1`` (:mod:`framing.learn.extractor`).

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
    "SCORES": "scores",
    "Evaluation": "evaluate",
    "LabelledData": "labels",
    "LearnedScorer": "model",
    "ScoreEvaluation": "evaluate",
    "SentenceScorer": "scores",
    "TrainResult": "train",
    "evaluate": "evaluate",
    "load_model": "model",
    "read_labels": "labels",
    "save_model": "model",
    "train": "train",
}

__all__ = [
    "DEFAULT_SCORES",
    "SCORES",
    "Evaluation",
    "LabelledData",
    "LearnedScorer",
    "ScoreEvaluation",
    "SentenceScorer",
    "TrainResult",
    "evaluate",
    "load_model",
    "read_labels",
    "save_model",
    "train",
]


def __getattr__(name: str) -> Any:
    try:
        module = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'framing.learn' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from .evaluate import Evaluation, ScoreEvaluation, evaluate
    from .labels import LabelledData, read_labels
    from .model import LearnedScorer, load_model, save_model
    from .scores import DEFAULT_SCORES, SCORES, SentenceScorer
    from .train import TrainResult, train
