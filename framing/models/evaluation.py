"""``framing.models.evaluation``: how well framing scores agree with human judgments.

Two kinds of label file:

labelled texts (a label column)
    For each score: ROC-AUC, and precision, recall and F1 of "score above its
    threshold" for the positive class, each with a bootstrap 95% interval
    (percentile, resampling texts). Texts are scored as sentences (see
    :mod:`framing.models.scores`).
ranked articles (``event`` and ``rank`` columns, 1 = most loaded)
    For each score, per event: Spearman's rho between the framing rank (1 =
    highest score) and the human rank, and whether the top-scored article is the
    human's rank 1 (ties share the credit); both averaged over events with a
    bootstrap interval over events. An event where the score is constant gets
    rho = 0 (no agreement), not left out. Articles are scored per 1,000 words.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .labels import LabelledData, read_labels
from .metrics import Estimate, classification_metrics, mean_with_interval, spearman, top1_hit
from .scores import SCORES, SentenceScorer, Unit, check_scores
from .split import Part


@dataclass
class ScoreEvaluation:
    """The figures of one score."""

    name: str
    description: str
    threshold: float | None
    metrics: dict[str, Estimate]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Evaluation:
    """The result of :func:`evaluate` (``.table()`` for text, ``.to_dict()`` for JSON)."""

    source: str
    mode: str
    unit: str
    n_rows: int
    n_used: int
    excluded: dict[str, int]
    scores: list[ScoreEvaluation]
    n_boot: int
    seed: int
    lexicons: list[tuple[str, str]]
    classes: dict[str, Any] = field(default_factory=dict)
    rates: bool = True

    @property
    def scale(self) -> str:
        """How lexicon scores are expressed: summed weights or per 1,000 words."""
        return "per 1,000 words" if self.rates or self.unit == "article" else "summed weights"

    def score(self, name: str) -> ScoreEvaluation:
        """The figures of the score ``name``."""
        for s in self.scores:
            if s.name == name:
                return s
        raise KeyError(name)

    def shortfalls(self, minimums: Mapping[str, float]) -> list[str]:
        """One line per figure below the minimum set for it (``framing evaluate --min``).

        A key is a metric (``auc``, ``precision``, ``recall``, ``f1``; ``spearman``,
        ``top1`` for rankings), which applies to every score evaluated, or
        ``score:metric`` for one score. A figure that could not be computed (n/a)
        does not reach any minimum.

        Raises
        ------
        FramingError
            A key naming a metric or score this evaluation does not have.

        Examples
        --------
        >>> from framing.models.metrics import Estimate
        >>> ev = Evaluation("s.csv", "labels", "sentence", 2, 2, {}, [ScoreEvaluation(
        ...     "loaded", "", 0.0, {"auc": Estimate(0.61, 0.5, 0.7)})], 0, 0, [])
        >>> ev.shortfalls({"auc": 0.65})
        ['loaded auc 0.610 is below the minimum 0.65 (--min auc=0.65)']
        >>> ev.shortfalls({"loaded:auc": 0.6})
        []
        """
        from ..errors import FramingError

        metrics = sorted({k for s in self.scores for k in s.metrics})
        names = [s.name for s in self.scores]
        out = []
        for key, minimum in minimums.items():
            score, _, metric = key.rpartition(":")
            if metric not in metrics:
                raise FramingError(f"--min {key}: no metric {metric!r} in this evaluation; "
                                   f"available: {', '.join(metrics)}")
            if score and score not in names:
                raise FramingError(f"--min {key}: score {score!r} is not evaluated; "
                                   f"evaluated: {', '.join(names)}")
            for s in self.scores:
                if score and s.name != score:
                    continue
                value = s.metrics[metric].value
                if not value >= minimum:  # NaN reaches no minimum
                    shown = "n/a" if np.isnan(value) else f"{value:.3f}"
                    out.append(f"{s.name} {metric} {shown} is below the minimum {minimum:g} "
                               f"(--min {key}={minimum:g})")
        return out

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (schema: see ``docs/validation.md``)."""
        return {
            "source": self.source, "mode": self.mode, "unit": self.unit, "scale": self.scale,
            "n_rows": self.n_rows, "n_used": self.n_used,
            "excluded": [{"reason": k, "rows": v} for k, v in sorted(self.excluded.items())],
            "classes": self.classes,
            "bootstrap": {"resamples": self.n_boot, "seed": self.seed, "interval": 0.95},
            "lexicons": [{"name": n, "version": v} for n, v in self.lexicons],
            "scores": [{"name": s.name, "description": s.description,
                        "threshold": s.threshold,
                        **{k: e.as_dict() for k, e in s.metrics.items()}, **s.extra}
                       for s in self.scores],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def _header(self) -> list[str]:
        lines = [f"{self.source}: {self.n_used} of {self.n_rows} rows used"]
        if self.mode == "labels":
            c = self.classes
            lines[0] += (f" ({c['positive']} positive {c['positive_labels']}, "
                         f"{c['negative']} negative {c['negative_labels']})")
        else:
            lines[0] += f" ({self.classes['events']} events with 2 or more articles)"
        if not self.excluded:
            lines.append("excluded 0 rows")
        for reason, n in sorted(self.excluded.items()):
            lines.append(f"excluded {n} row{'s' if n != 1 else ''} with {reason}")
        return lines

    def table(self) -> str:
        """A plain-text table of the figures."""
        lines = self._header()
        if self.mode == "labels":
            cols = [("auc", "ROC-AUC"), ("precision", "precision"), ("recall", "recall"),
                    ("f1", "F1"), ("fpr", "negatives > threshold")]
            head = f"{'score':<17}{'threshold':>10}  " + "".join(f"{t:<23}" for _, t in cols)
        else:
            cols = [("spearman", "Spearman (mean)"), ("top1", "top-1 accuracy")]
            head = f"{'score':<17}" + "".join(f"{t:<23}" for _, t in cols)
        lines += ["", head.rstrip()]
        for s in self.scores:
            cells = "".join(f"{s.metrics[k].format():<23}" for k, _ in cols)
            if self.mode == "labels":
                thr = f"> {s.threshold:g}"
                lines.append(f"{s.name:<17}{thr:>10}  {cells}".rstrip())
            else:
                lines.append(f"{s.name:<17}{cells}".rstrip())
        ci = (f"95% bootstrap intervals, {self.n_boot} resamples, seed {self.seed}"
              if self.n_boot > 0 else "no intervals (--bootstrap 0)")
        lines += ["", f"[{ci}; {self.unit}-level scores, loaded scores as probabilities, other "
                      f"lexicon scores as {self.scale}]"]
        return "\n".join(lines)


def _ranking(data: LabelledData, frame: Any, names: Sequence[str], n_boot: int,
             seed: int) -> tuple[list[ScoreEvaluation], int]:
    assert data.events is not None and data.ranks is not None
    events = np.asarray(data.events)
    ranks = np.asarray(data.ranks, dtype=float)
    groups = [np.flatnonzero(events == e) for e in dict.fromkeys(data.events)]
    groups = [g for g in groups if len(g) >= 2]
    out = []
    for name in names:
        values = frame[name].to_numpy(dtype=float)
        rhos, tops, constant = [], [], 0
        for g in groups:
            # framing rank 1 = highest score, so rho(framing rank, human rank) = rho(-score, rank)
            rho = spearman(-values[g], ranks[g])
            if np.isnan(rho):
                constant += 1
                rho = 0.0
            rhos.append(rho)
            tops.append(top1_hit(values[g], ranks[g]))
        spec = SCORES[name]
        out.append(ScoreEvaluation(
            name, spec.description, None,
            {"spearman": mean_with_interval(np.asarray(rhos), n_boot=n_boot, seed=seed),
             "top1": mean_with_interval(np.asarray(tops), n_boot=n_boot, seed=seed)},
            {"events_constant_score": constant,
             "per_event": {str(events[g[0]]): round(r, 6)
                           for g, r in zip(groups, rhos, strict=True)}}))
    return out, len(groups)


def evaluate(
    labels: str | Path | LabelledData,
    *,
    scores: Sequence[str] | None = None,
    model: str | Path | None = None,
    text_column: str = "text",
    label_column: str | None = None,
    positive: Sequence[str] | None = None,
    negative: Sequence[str] | None = None,
    n_boot: int = 1000,
    seed: int = 0,
    thresholds: Mapping[str, float] | None = None,
    lexicons: Sequence[str] | None = None,
    exclude_lexicons: Sequence[str] = (),
    extra_lexicon_files: Sequence[str | Path] = (),
    weights: Mapping[str, float] | None = None,
    rates: bool = True,
    part: Part = "all",
) -> Evaluation:
    """Compare framing scores with human labels or rankings.

    Parameters
    ----------
    labels : path or LabelledData
        CSV (delimiter detected, BOM ignored) or JSONL with a text column and a
        label column, or with ``event`` and ``rank`` columns.
    scores : list of str, optional
        Which scores (see :data:`framing.models.scores.SCORES`); default all lexicon
        scores, plus ``loaded_learned`` when ``model`` is given.
    model : path, optional
        A model from :func:`framing.models.train_bias`.
    text_column, label_column, positive, negative
        See :func:`framing.models.labels.parse_labels`.
    n_boot, seed
        Bootstrap resamples (0: no intervals) and their seed.
    thresholds : mapping, optional
        Per-score thresholds replacing the defaults (0 for lexicon scores, 0.05
        for ``sentiment_abs``, 0.5 for ``loaded_learned``).
    lexicons, exclude_lexicons, extra_lexicon_files, weights
        As in :func:`framing.analyze`.
    part : {"all", "development", "test"}
        Evaluate on one part of the fixed split (:mod:`framing.models.split`); the
        rows of the other part are counted as excluded.
    rates : bool
        Score sentences per 1,000 words (default: it ranks slightly better on
        BABE, see ``docs/validation.md``); False: by summed lexicon weights.
        Articles are always scored per 1,000 words. Thresholds (> 0) mean the same
        either way.

    Returns
    -------
    Evaluation

    Examples
    --------
    >>> ev = evaluate("tests/data/learn/sentences.csv", n_boot=100)  # doctest: +SKIP
    >>> ev.score("loaded").metrics["auc"].value                       # doctest: +SKIP
    """
    data = labels if isinstance(labels, LabelledData) else read_labels(
        labels, text_column=text_column, label_column=label_column, positive=positive,
        negative=negative, part=part)
    names = check_scores(scores, has_model=model is not None)
    scorer = SentenceScorer(lexicons=lexicons, exclude_lexicons=exclude_lexicons,
                            extra_lexicon_files=extra_lexicon_files, weights=weights, model=model)
    unit: Unit = "article" if data.mode == "ranking" else "sentence"
    frame = scorer.score(data.texts, names, unit=unit, rates=rates)
    common: dict[str, Any] = {
        "source": data.source, "mode": data.mode, "unit": unit, "n_rows": data.n_rows,
        "n_used": len(data.texts), "excluded": data.excluded, "n_boot": n_boot, "seed": seed,
        "lexicons": scorer.lexicons, "rates": rates,
    }
    if data.mode == "ranking":
        results, n_events = _ranking(data, frame, names, n_boot, seed)
        return Evaluation(scores=results, classes={"events": n_events}, **common)
    assert data.y is not None
    thr = dict(thresholds or {})
    unknown = set(thr) - set(SCORES)
    if unknown:
        from ..errors import FramingError

        raise FramingError(f"threshold for unknown score {sorted(unknown)[0]!r}; "
                           f"available: {', '.join(SCORES)}")
    results = []
    for name in names:
        spec = SCORES[name]
        t = float(thr.get(name, spec.threshold))
        m = classification_metrics(data.y, frame[name].to_numpy(dtype=float), t, n_boot=n_boot,
                                   seed=seed)
        results.append(ScoreEvaluation(name, spec.description, t, m))
    classes = {"positive": int(data.y.sum()), "negative": int(len(data.y) - data.y.sum()),
               "positive_labels": data.positive, "negative_labels": data.negative}
    return Evaluation(scores=results, classes=classes, **common)


__all__ = ["Evaluation", "ScoreEvaluation", "evaluate"]
