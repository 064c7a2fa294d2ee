"""Sentence ROC-AUC of the hedging and certainty scores on BABE's and BASIL's development data.

Hedging and certainty have no labels of their own in either corpus; this only shows how the
two scores move against the bias labels there is, so that a change to the hedges or boosters
lexicon does not make them worse by accident. Evaluation only: it reads the shared data at run
time (BABE's development part of the fixed split, framing.models.split; the BASIL development
half, whose sentences count as positive when they hold a ``Lexical`` span, or any span) and
stores nothing. Scores are ``hedging`` and ``certainty`` of ``FramingVectorizer``, one sentence
per document, with 95% bootstrap intervals.

  python lexicons/tools/stance_eval.py [--bootstrap 1000]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from framing import FramingVectorizer
from framing.models.labels import read_labels

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"
BABE = SHARED / "babe" / "final_labels_SG2.csv"
BASIL = SHARED / "basil" / "data"
SCORES = ("hedging", "certainty")


def basil_sentences(root: Path = BASIL) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Body sentences of the BASIL files, whether each holds a Lexical span, and any span."""
    texts: list[str] = []
    lexical: list[int] = []
    any_span: list[int] = []
    for path in sorted(root.glob("*.json")):
        for s in json.loads(path.read_text(encoding="utf-8"))["body"]:
            texts.append(s["sentence"])
            kinds = {a["bias"] for a in s["annotations"]}
            lexical.append(int("Lexical" in kinds))
            any_span.append(int(bool(kinds)))
    return texts, np.asarray(lexical), np.asarray(any_span)


def auc_interval(y: np.ndarray, s: np.ndarray, n_boot: int, seed: int = 0
                 ) -> tuple[float, float, float]:
    """ROC-AUC and its 95% percentile-bootstrap interval."""
    auc = float(roc_auc_score(y, s))
    rng = np.random.default_rng(seed)
    boots = []
    for _ in range(n_boot):
        i = rng.integers(0, len(y), len(y))
        if 0 < y[i].sum() < len(i):
            boots.append(roc_auc_score(y[i], s[i]))
    lo, hi = (np.percentile(boots, [2.5, 97.5]) if boots else (np.nan, np.nan))
    return auc, float(lo), float(hi)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bootstrap", type=int, default=1000)
    args = ap.parse_args()
    vec = FramingVectorizer(features=list(SCORES), extractors=["framing.hedging.v1"]).fit([])
    babe = read_labels(str(BABE), label_column="label_bias", positive=["Biased"],
                       part="development")
    corpora = [("BABE development (Biased)", list(babe.texts), {"": np.asarray(babe.y)})]
    texts, lexical, any_span = basil_sentences()
    corpora.append(("BASIL development half", texts,
                    {" (Lexical span)": lexical, " (any span)": any_span}))
    for name, xs, labels in corpora:
        X = np.nan_to_num(vec.transform(xs))  # a sentence of no words scores 0
        for suffix, y in labels.items():
            for j, score in enumerate(SCORES):
                auc, lo, hi = auc_interval(y, X[:, j], args.bootstrap)
                share = float((X[:, j] > 0).mean())
                print(f"{name}{suffix}: {score} AUC {auc:.3f} [{lo:.3f}, {hi:.3f}], "
                      f"n={len(y)}, scored above 0: {share:.1%}")


if __name__ == "__main__":
    main()
