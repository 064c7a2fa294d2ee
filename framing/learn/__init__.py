"""Validation against human judgments, and models trained on them.

- :func:`evaluate` — how well framing's scores agree with human labels
  (ROC-AUC, precision, recall, F1 with bootstrap intervals) or with human
  rankings of articles per event (Spearman, top-1 accuracy);
- :func:`train` — a cross-validated bias classifier over n-grams and lexicon
  features, saved with the versions it was trained on;
- :func:`load_model` — load it back (refusing mismatched lexicons) as a
  :class:`LearnedScorer`, which adds the ``loaded_learned`` feature to a run.
"""

from __future__ import annotations

from .evaluate import Evaluation, ScoreEvaluation, evaluate
from .labels import LabelledData, read_labels
from .model import LearnedScorer, load_model, save_model
from .scores import DEFAULT_SCORES, SCORES, SentenceScorer
from .train import TrainResult, train

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
