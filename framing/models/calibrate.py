"""``framing lexicon calibrate``: measure each entry of a lexicon on labelled sentences.

For every labelled sentence the lexicon's matches are found with the run's one
matcher (:mod:`framing.lexicon.matcher`); an entry is counted once per sentence
in which it is evidence (not negated, every voice: annotators mark loaded words
whether quoted or not). The counts become precisions and the keep/drop decision
by the rule in :mod:`framing.lexicon.calibrate`.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..lexicon.calibrate import (
    MARGIN,
    MIN_SUPPORT,
    PRIOR_STRENGTH,
    CalibrationCounts,
    EntryFigures,
    apply_counts,
)
from ..lexicon.entries import Lexicon
from ..lexicon.matcher import Matcher
from ..text.doc import parse_text
from .labels import LabelledData


def count_entries(lexicon: Lexicon, data: LabelledData) -> CalibrationCounts:
    """Per entry ``(term, category)``: sentences holding it as evidence, and positives among them.

    Examples
    --------
    >>> import numpy as np
    >>> from framing.lexicon.entries import Category, Entry
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
    ...               (Entry("sham", "c"),))
    >>> data = LabelledData(texts=["A sham vote.", "Not a sham.", "A sham."],
    ...                     y=np.array([1, 0, 0]), source="demo")
    >>> count_entries(lex, data).counts
    {('sham', 'c'): (2, 1)}
    """
    if data.y is None:
        raise ValueError("calibration needs labelled texts (a label column), not rankings")
    by_term = {(e.term, e.category) for e in lexicon.entries}
    matcher = Matcher([lexicon])
    support: Counter[tuple[str, str]] = Counter()
    positives: Counter[tuple[str, str]] = Counter()
    for text, label in zip(data.texts, data.y, strict=True):
        matches = matcher.match(parse_text(text), resolve_overlaps=False)
        found = {(m.term, m.category) for m in matches if not m.negated}
        for key in found & by_term:
            support[key] += 1
            positives[key] += int(label)
    counts = {key: (support[key], positives[key]) for key in support}
    return CalibrationCounts(source=Path(data.source).name or "labels", sentences=len(data.texts),
                             positives=int(data.y.sum()), counts=counts)


def write_counts(counts: CalibrationCounts, path: Path) -> None:
    """The counts as a TSV file (term, category, support, positives), totals on ``#`` lines."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["term", "category", "support", "positives"])
        w.writerow(["#", "source", counts.source])
        w.writerow(["#", "sentences", counts.sentences])
        w.writerow(["#", "positives", counts.positives])
        for (term, cat), (n, k) in sorted(counts.counts.items()):
            w.writerow([term, cat, n, k])


@dataclass
class CalibrationResult:
    """A calibrated lexicon and the figures behind it."""

    lexicon: Lexicon
    counts: CalibrationCounts
    figures: list[EntryFigures]

    def summary(self) -> str:
        kept = sum(f.kept for f in self.figures)
        seen = sum(f.support > 0 for f in self.figures)
        cal = self.lexicon.calibration
        assert cal is not None
        return (f"{self.lexicon.name}: {len(self.figures)} entries, {seen} seen in "
                f"{self.counts.sentences} sentences (base rate {cal.base_rate:.3f}, prior "
                f"{cal.prior:.3f}); kept {kept}, dropped {len(self.figures) - kept} "
                f"(support >= {cal.min_support}, precision <= base rate + margin)")


def calibrate(lexicon: Lexicon, data: LabelledData, *, min_support: int = MIN_SUPPORT,
              prior_strength: float = PRIOR_STRENGTH, margin: float = MARGIN
              ) -> CalibrationResult:
    """Count the entries of ``lexicon`` on ``data`` and apply the calibration rule."""
    counts = count_entries(lexicon, data)
    cal, figures = apply_counts(lexicon, counts, min_support=min_support,
                                prior_strength=prior_strength, margin=margin)
    return CalibrationResult(cal, counts, figures)


def precision_table(figures: Sequence[EntryFigures]) -> list[tuple[str, int, int, int, float]]:
    """Per category: entries kept, sentences with a kept entry's match, positives, precision
    (pooled over the kept entries' matches)."""
    out: dict[str, list[int]] = {}
    for f in figures:
        row = out.setdefault(f.category, [0, 0, 0])
        if f.kept:
            row[0] += 1
            row[1] += f.support
            row[2] += f.positives
    return [(cat, n, s, k, k / s if s else float("nan")) for cat, (n, s, k) in sorted(out.items())]


__all__ = ["CalibrationResult", "calibrate", "count_entries", "precision_table", "write_counts"]
