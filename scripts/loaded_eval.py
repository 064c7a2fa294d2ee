"""Print the Must-show figures of issue 33 for BABE and BASIL side by side.

Usage::

    python scripts/loaded_eval.py                 # BABE development part and BASIL (dev half)
    python scripts/loaded_eval.py --report        # also BABE's test part (report only)
    python scripts/loaded_eval.py --save run.json # keep the per-item results of this run
    python scripts/loaded_eval.py --against run.json   # paired differences to a saved run
    python scripts/loaded_eval.py --terms         # the most frequent evidence, hits and misses

How we count (issue 33, "How we count"):

* **sentence score**: ``loaded + loaded_attributed`` of one sentence, as
  :class:`framing.FramingVectorizer` gives it with one sentence per document
  (:func:`framing.models.vectorizer.text_article` through the same :class:`framing.Pipeline`);
  ``opinion_style`` is printed beside it where that feature exists;
* **sentence AUC**: BABE, Biased against Non-biased; BASIL, the sentences holding a
  ``Lexical`` span (in any voice) against the others, also within sentence-length
  terciles (words separated by white space; the AUC over the pairs of a positive and a
  negative sentence of the same tercile);
* **spans**: the ``loaded`` (own voice) and ``loaded_attributed`` evidence of the pipeline
  ``framing analyze`` runs (negated and zero-weight spans are never evidence), over single
  sentences (BABE) or whole articles (BASIL: the body sentences joined by one space, in
  order). A BABE span hits when one of its words is among the sentence's
  ``biased_words`` (a span in a Non-biased sentence misses); a BASIL span hits when its
  characters overlap a ``Lexical`` span;
* **outlet top-1** (BASIL): per event with any ``Lexical`` span, whether the outlet with
  the highest mean sentence score is the one with the most ``Lexical`` spans per word
  (ties share the credit); printed beside it, the same for the ranking a report shows
  (the article's own-voice ``loaded``, its body parsed whole) and for the expected number
  of loaded spans per 1,000 words (the sum of the evidence's precisions).

Intervals are 95% percentile bootstrap intervals (1,000 resamples, seed 0): BABE over
sentences; BASIL over articles for sentences and spans (sentences of one article are not
independent) and over events for the top-1. ``--against`` resamples both runs with the
same draws and prints each figure's change with its interval: a change is kept only when
no figure of either corpus gets worse beyond its interval.

The data are read at run time from ``../shared/eval`` and never copied: BABE is
AGPL-3.0 evaluation data, BASIL unlicensed research data. BABE's test part (the SHA-1
rule of :func:`framing.models.split.sentence_part`) is scored only with ``--report``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loaded_corpora import (
    BABE,
    BASIL,
    CorpusRun,
    PipeFor,
    SpanRow,
    cross_fitted,
    make_pipeline,
    run_from_json,
    run_to_json,
    score_babe,
    score_basil,
)

# -- figures -----------------------------------------------------------------------------

def unit_weights(unit: np.ndarray, w_units: np.ndarray) -> np.ndarray:
    """Per-item bootstrap weights from per-unit draw counts (``(k, n_units)``)."""
    return w_units[:, unit]


def terciles(length: np.ndarray) -> np.ndarray:
    """The length tercile (0, 1, 2) of each sentence, cut at the 1/3 and 2/3 quantiles."""
    cuts = np.quantile(length, [1 / 3, 2 / 3])
    return np.searchsorted(cuts, length, side="right")


def within_terciles(run: CorpusRun, w: np.ndarray) -> np.ndarray:
    """AUC over the (positive, negative) pairs of sentences in the same length tercile."""
    from framing.models.metrics import weighted_auc

    ter = terciles(run.length)
    num = np.zeros(len(w))
    den = np.zeros(len(w))
    for t in range(3):
        sel = ter == t
        wt, yt = w[:, sel], run.y[sel]
        pairs = (wt @ (yt == 1)) * (wt @ (yt == 0))
        auc = weighted_auc(yt, run.score[sel], wt)
        num += np.where(pairs > 0, np.nan_to_num(auc) * pairs, 0.0)
        den += pairs
    with np.errstate(invalid="ignore", divide="ignore"):
        return num / den


def figures(run: CorpusRun, w_units: np.ndarray) -> dict[str, np.ndarray]:
    """Every figure of ``run`` for each row of unit weights (row 0 may be all ones)."""
    from framing.models.metrics import weighted_auc

    w = unit_weights(run.unit, w_units)
    out: dict[str, np.ndarray] = {"auc": weighted_auc(run.y, run.score, w)}
    for name, values in run.beside.items():
        out[f"auc {name}"] = weighted_auc(run.y, values, w)
        out[f"auc {name} + score"] = weighted_auc(run.y, values + run.score, w)
    out["auc length"] = weighted_auc(run.y, run.length, w)
    out["auc within terciles"] = within_terciles(run, w)
    for feature, label in (("loaded", "own"), ("loaded_attributed", "attributed")):
        rows = [s for s in run.spans if s.feature == feature]
        out[f"spans {label}"] = span_precision(rows, w_units)
        out[f"n spans {label}"] = np.full(len(w_units), float(len(rows)))
    return out


def span_precision(rows: Sequence[SpanRow], w_units: np.ndarray) -> np.ndarray:
    if not rows:
        return np.full(len(w_units), np.nan)
    unit = np.asarray([r.unit for r in rows])
    hit = np.asarray([r.hit for r in rows], float)
    w = w_units[:, unit]
    with np.errstate(invalid="ignore", divide="ignore"):
        return (w @ hit) / w.sum(axis=1)


def top1(events: Sequence[tuple[list[float], list[float]]], w_units: np.ndarray) -> np.ndarray:
    """Mean top-1 hit over events; ``w_units`` are draws over *events* here."""
    from framing.models.metrics import top1_hit

    hits = np.asarray([top1_hit(np.asarray(m), -np.asarray(r)) for m, r in events])
    return (w_units @ hits) / w_units.sum(axis=1)


def top1_figures(run: CorpusRun, w_events: np.ndarray) -> dict[str, np.ndarray]:
    """The top-1 of the issue's score and of each other per-article score of ``run``."""
    out = {"top1": top1(run.events, w_events)}
    for name, scores in run.rankings.items():
        pairs = [(s, r) for s, (_, r) in zip(scores, run.events, strict=True)]
        out[f"top1 {name}"] = top1(pairs, w_events)
    return out


def boot(n: int, n_boot: int, seed: int) -> np.ndarray:
    from framing.models.metrics import resample_counts

    return np.vstack([np.ones((1, n)), resample_counts(n, n_boot, seed)])


def all_figures(run: CorpusRun, n_boot: int, seed: int) -> dict[str, np.ndarray]:
    w = boot(run.n_units, n_boot, seed)
    out = figures(run, w)
    if run.events:
        out.update(top1_figures(run, boot(len(run.events), n_boot, seed)))
    return out


def estimate(values: np.ndarray) -> tuple[float, float, float]:
    reps = values[1:][~np.isnan(values[1:])]
    lo, hi = (np.percentile(reps, [2.5, 97.5]) if reps.size else (np.nan, np.nan))
    return float(values[0]), float(lo), float(hi)


def fmt(values: np.ndarray | None, digits: int = 3) -> str:
    if values is None:
        return "—"
    v, lo, hi = estimate(values)
    if np.isnan(v):
        return "n/a"
    return f"{v:.{digits}f} [{lo:.{digits}f}, {hi:.{digits}f}]"


# -- printing ----------------------------------------------------------------------------

ROWS: list[tuple[str, str]] = [
    ("auc", "sentence AUC of loaded + loaded_attributed"),
    ("auc within terciles", "  within length terciles"),
    ("auc length", "  sentence length alone"),
    ("auc opinion_style", "AUC of opinion_style (beside)"),
    ("auc opinion_style + score", "AUC of loaded + opinion_style"),
    ("spans own", "own-voice span precision"),
    ("n spans own", "  own-voice spans"),
    ("spans attributed", "attributed span precision"),
    ("n spans attributed", "  attributed spans"),
    ("top1", "outlet top-1 per event"),
    ("top1 report loaded", "  by the report's loaded (own voice)"),
    ("top1 expected spans", "  by expected loaded spans per 1,000 words"),
]


def print_table(runs: Sequence[CorpusRun], figs: Sequence[dict[str, np.ndarray]]) -> None:
    width = 34
    head = f"{'':44}" + "".join(f"{r.name + f' ({len(r.y)} sent.)':>{width}}" for r in runs)
    print(head)
    for key, label in ROWS:
        if not any(key in f for f in figs):
            continue
        cells = []
        for f in figs:
            v = f.get(key)
            if v is None:
                cells.append("—")
            elif key.startswith("n "):
                cells.append(str(int(v[0])))
            else:
                cells.append(fmt(v))
        print(f"{label:44}" + "".join(f"{c:>{width}}" for c in cells))


def category_table(runs: Sequence[CorpusRun], feature: str = "loaded") -> None:
    cats = sorted({s.category for r in runs for s in r.spans if s.feature == feature})
    print(f"\nspan precision per category ({feature}; hits/spans)")
    print(f"{'category':28}" + "".join(f"{r.name:>22}" for r in runs))
    for c in cats:
        cells = []
        for r in runs:
            rows = [s for s in r.spans if s.feature == feature and s.category == c]
            k = sum(s.hit for s in rows)
            cells.append(f"{k / len(rows):.2f} ({k}/{len(rows)})" if rows else "—")
        print(f"{c:28}" + "".join(f"{x:>22}" for x in cells))


def term_table(run: CorpusRun, top: int = 25) -> None:
    """The most frequent own-voice evidence, with its hits."""
    count: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for s in run.spans:
        if s.feature != "loaded":
            continue
        key = s.surface.lower()
        count[key] += 1
        hits[key] += s.hit
    print(f"\n{run.name}: most frequent own-voice evidence (hits/spans)")
    print(", ".join(f"{t!r} {hits[t]}/{n}" for t, n in count.most_common(top)))


def compare(runs: Sequence[CorpusRun], saved: dict[str, Any], n_boot: int, seed: int) -> None:
    """Paired differences against a saved run (same draws for both)."""
    print(f"\nchange against the saved run ({saved.get('label', '')}), paired bootstrap:")
    for r in runs:
        old = saved.get(r.name)
        if old is None:
            print(f"{r.name}: not in the saved run")
            continue
        prev = run_from_json(old)
        if len(prev.y) != len(r.y) or prev.n_units != r.n_units:
            print(f"{r.name}: the saved run scored other sentences; no paired comparison")
            continue
        w = boot(r.n_units, n_boot, seed)
        a, b = figures(r, w), figures(prev, w)
        if r.events:
            we = boot(len(r.events), n_boot, seed)
            a.update(top1_figures(r, we))
            b.update(top1_figures(prev, we))
        for key, label in ROWS:
            if key in a and key in b and not key.startswith("n ") and key != "auc length":
                d = a[key] - b[key]
                v, lo, hi = estimate(d)
                worse = " WORSE" if hi < 0 else ""
                print(f"  {r.name:12} {label:44} {b[key][0]:.3f} -> {a[key][0]:.3f}  "
                      f"change {v:+.3f} [{lo:+.3f}, {hi:+.3f}]{worse}")


def main(argv: list[str] | None = None) -> int:
    """Score the corpora and print the figures; return the exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--babe", default=str(BABE), help="BABE's final_labels_SG2.csv")
    parser.add_argument("--basil", default=str(BASIL), help="folder of BASIL's JSON files")
    parser.add_argument("--report", action="store_true",
                        help="also score BABE's test part (for the reported figures only)")
    parser.add_argument("--bootstrap", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", help="write this run's per-item results to a JSON file")
    parser.add_argument("--label", default="", help="a name for the saved run")
    parser.add_argument("--against", help="print paired changes against a saved run")
    parser.add_argument("--cross-fit", type=int, default=0, metavar="K",
                        help="recalibrate the loaded lexicon on K-1 of K folds of both "
                        "development sets and score the held-out fold (an estimate of the "
                        "figures on unseen data; the test part is always scored by the "
                        "shipped lexicon)")
    for name in ("drop-below", "min-expected", "prior-strength", "min-expected-against"):
        setting = name.replace("-", "_")
        parser.add_argument(f"--{name}", type=float, default=None,
                            help=f"with --cross-fit: the calibration rule's {setting} "
                            "(default: the shipped rule's)")
    parser.add_argument("--unseen", default=None, choices=("keep", "category", "all"),
                        help="with --cross-fit: how the rule judges entries a corpus has not "
                        "matched (a variant, not shipped)")
    parser.add_argument("--combined", action="store_true", default=None,
                        help="with --cross-fit: keep an entry whose mean lift is not below "
                        "the threshold (a variant, not shipped)")
    parser.add_argument("--expected-only", action="store_true",
                        help="with --cross-fit: a corpus speaks for an entry only once it "
                        "expects a marked match (loaded 3.0.0's rule)")
    parser.add_argument("--terms", action="store_true",
                        help="list the most frequent own-voice evidence with its hits")
    args = parser.parse_args(argv)
    for p in (Path(args.babe), Path(args.basil)):
        if not p.exists():
            print(f"not found: {p} (the evaluation data live in ../shared/eval)",
                  file=sys.stderr)
            return 2
    pipe = make_pipeline()
    print("lexicons: " + ", ".join(f"{n} {v}" for n, v in pipe.lexicons))
    with tempfile.TemporaryDirectory() as tmp:
        babe_pipe: PipeFor = lambda _: pipe  # noqa: E731
        basil_pipe: PipeFor = babe_pipe
        if args.cross_fit:
            print(f"cross-fitted: the loaded lexicon recalibrated {args.cross_fit} times, each "
                  "unit scored by the calibration that left its fold out")
            rule = {k: v for k, v in (("drop_below", args.drop_below),
                                      ("min_expected", args.min_expected),
                                      ("prior_strength", args.prior_strength),
                                      ("unseen", args.unseen),
                                      ("min_expected_against", args.min_expected_against),
                                      ("combined", args.combined),
                                      ("marked_speaks", False if args.expected_only else None))
                    if v is not None}
            babe_pipe, basil_pipe = cross_fitted(args.cross_fit, Path(args.babe),
                                                 Path(args.basil), Path(tmp), **rule)
        parts: list[Callable[[], CorpusRun]] = [
            lambda: score_babe(babe_pipe, Path(args.babe), "development"),
            lambda: score_basil(basil_pipe, Path(args.basil)),
        ]
        if args.report:
            parts.append(lambda: score_babe(lambda _: pipe, Path(args.babe), "test"))
        runs = [make() for make in parts]
    figs = [all_figures(r, args.bootstrap, args.seed) for r in runs]
    print()
    print_table(runs, figs)
    category_table(runs)
    category_table(runs, "loaded_attributed")
    if args.terms:
        for r in runs:
            if not r.name.endswith("test"):
                term_table(r)
    print(f"\n[95% bootstrap intervals, {args.bootstrap} resamples, seed {args.seed}: BABE over "
          "sentences; BASIL over articles (spans, sentences) and events (top-1)]")
    if args.against:
        compare(runs, json.loads(Path(args.against).read_text(encoding="utf-8")),
                args.bootstrap, args.seed)
    if args.save:
        doc = {"label": args.label, **{r.name: run_to_json(r) for r in runs}}
        Path(args.save).write_text(json.dumps(doc), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
