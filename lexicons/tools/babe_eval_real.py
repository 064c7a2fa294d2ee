"""Sentence-level ROC-AUC of one lexicon file on BABE's development part (evaluation only).

Reads BABE from its shared location at run time, only the development part of the fixed
split (framing.models.split); stores nothing. Score = the calibrated loaded probability of
each sentence (framing.lexicon.evidence) from this lexicon's matches alone.

  .venv/bin/python lexicons/tools/babe_eval_real.py lexicons/builtin/loaded.toml
"""

from __future__ import annotations

import sys

from sklearn.metrics import roc_auc_score

from framing.lexicon import compile_lexicons, load_lexicon_file
from framing.lexicon.evidence import sentence_probabilities
from framing.models.labels import read_labels
from framing.text.doc import parse_text

BABE = "/work/shared/eval/babe/final_labels_SG2.csv"

m = compile_lexicons([load_lexicon_file(sys.argv[1])])
data = read_labels(BABE, label_column="label_bias", positive=["Biased"], part="development")
scores = []
for t in data.texts:
    doc = parse_text(t)
    ms = m.match(doc)
    probs = sentence_probabilities(len(doc.sentences), ms)
    scores.append(sum(probs) / max(len(probs), 1))
print(f"development part: AUC {roc_auc_score(data.y, scores):.3f}, "
      f"scored above 0: {sum(s > 0 for s in scores) / len(scores):.1%}")
