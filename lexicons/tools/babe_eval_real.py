"""Same as babe_eval.py but through the package's own matcher (framing.lexicon).

Score = sum of match weights per sentence (matcher resolves overlaps). Evaluation only;
reads BABE from its shared location, stores nothing.
"""

from __future__ import annotations

import sys

import pandas as pd
from sklearn.metrics import roc_auc_score

from framing.lexicon import compile_lexicons, load_lexicon_file
from framing.text.doc import parse_text

BABE = "/work/shared/eval/babe/final_labels_SG2.csv"

m = compile_lexicons([load_lexicon_file(sys.argv[1])])
df = pd.read_csv(BABE, sep=";", encoding="utf-8-sig")
df = df[df.label_bias.isin(["Biased", "Non-biased"])]
y = (df.label_bias == "Biased").astype(int)
scores, neg_aware = [], []
for t in df.text:
    ms = m.match(parse_text(str(t)))
    scores.append(sum(x.weight for x in ms))
print(f"real matcher AUC weighted sum: {roc_auc_score(y, scores):.3f}")
