"""Throwaway check: sentence-level ROC-AUC of a lexicon score on BABE (evaluation only).

Reads the BABE CSV from its shared location at run time; no BABE data is stored here.
Score = sum of weights of the longest non-overlapping matches in the sentence.

  /work/venv/bin/python lexicons/tools/babe_eval.py lexicons/builtin/loaded.toml [--by-category]
"""

from __future__ import annotations

import sys
from collections import defaultdict

import pandas as pd
from crude_match import Matcher, load
from sklearn.metrics import roc_auc_score

BABE = "/work/shared/eval/babe/final_labels_SG2.csv"


def resolve(matches):
    """Keep longest (then heaviest) non-overlapping matches."""
    out, used = [], set()
    for m in sorted(matches, key=lambda m: (-(m.end - m.start), -m.weight, m.start)):
        span = set(range(m.start, m.end))
        if span & used:
            continue
        used |= span
        out.append(m)
    return out


def main() -> None:
    lex = load(sys.argv[1])
    matcher = Matcher(lex)
    df = pd.read_csv(BABE, sep=";", encoding="utf-8-sig")
    df = df[df.label_bias.isin(["Biased", "Non-biased"])]
    y = (df.label_bias == "Biased").astype(int).to_numpy()
    scores, counts = [], []
    cat_scores: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(df))
    for i, text in enumerate(df.text):
        ms = resolve(matcher.match(str(text)))
        scores.append(sum(m.weight for m in ms))
        counts.append(len(ms))
        for m in ms:
            cat_scores[m.category][i] += m.weight
    print(f"AUC weighted sum: {roc_auc_score(y, scores):.3f}")
    print(f"AUC match count:  {roc_auc_score(y, counts):.3f}")
    print(
        f"coverage: {sum(1 for s in scores if s > 0) / len(scores):.2%} of sentences have a match"
    )
    if "--by-category" in sys.argv:
        for cat, sc in sorted(cat_scores.items()):
            hit = sum(1 for s in sc if s > 0)
            print(f"  {cat:24s} AUC {roc_auc_score(y, sc):.3f}  sentences hit {hit}")


if __name__ == "__main__":
    main()
