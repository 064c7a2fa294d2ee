"""``framing evaluate --task tone``: the tone model against NewsMTSC-format labels."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .tone import LABELS, ToneModel, shipped_model
from .tone_features import compound
from .tone_train import macro_f1, predict_examples, read_newsmtsc

_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}


@dataclass
class ToneEvaluation:
    """Macro-F1 and per-class precision/recall of the model and of the VADER baseline."""

    path: str
    n_targets: int
    n_sentences: int
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.path, "targets": self.n_targets, "sentences": self.n_sentences,
                "scores": self.scores}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def table(self) -> str:
        lines = [f"{self.path}: {self.n_targets} targets in {self.n_sentences} sentences",
                 f"{'method':<34} {'macro-F1':>8}  " + "  ".join(
                     f"{_NAMES[k] + ' P/R':>17}" for k in LABELS)]
        for name, s in self.scores.items():
            cells = "  ".join(f"{s['per_class'][_NAMES[k]]['precision']:>8.3f}/"
                              f"{s['per_class'][_NAMES[k]]['recall']:<8.3f}" for k in LABELS)
            lines.append(f"{name:<34} {s['macro_f1']:>8.3f}  {cells}")
        return "\n".join(lines)


def _figures(gold: list[int], pred: list[int]) -> dict[str, Any]:
    f1, per = macro_f1(gold, pred)
    return {"macro_f1": round(f1, 4),
            "per_class": {_NAMES[k]: {"precision": round(p, 4), "recall": round(r, 4),
                                      "f1": round(f, 4)} for k, (p, r, f) in per.items()}}


def evaluate_tone(path: str | Path, model: ToneModel | None = None) -> ToneEvaluation:
    """Score every target of a NewsMTSC jsonl file with the tone model and with VADER's
    compound of the whole sentence (+-0.05 thresholds)."""
    examples = read_newsmtsc(path)
    m = model or shipped_model()
    gold = [x.label for x in examples]
    pred = predict_examples(m, examples)  # a sentence's targets read together, as in a run

    def vader_label(c: float) -> int:
        return 1 if c >= 0.05 else -1 if c <= -0.05 else 0

    base = [vader_label(compound(x.sentence)) for x in examples]
    ev = ToneEvaluation(str(path), len(examples), len({x.sentence for x in examples}))
    ev.scores["tone model (framing.tone.v2)"] = _figures(gold, pred)
    ev.scores["VADER whole sentence (baseline)"] = _figures(gold, base)
    return ev


__all__ = ["ToneEvaluation", "evaluate_tone"]
