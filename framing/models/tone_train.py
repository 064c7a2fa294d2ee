"""Fit the tone-toward-a-target model on NewsMTSC and write it as JSON.

NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence, Copyright 2020 Felix Hamborg): news
sentences, each with people mentioned in it and the sentence's tone toward each, as crowd
workers judged it (polarity 2 negative, 4 neutral, 6 positive). The model is fitted on
``train.jsonl`` only. Choices (the regularisation ``C``, the window, the minimum count)
were made on a fixed held-out part of it: the sentences whose sha256 (of the UTF-8
``sentence_normalized``) is 0 modulo 5, about a fifth; :func:`holdout_split` names it.
The written file is deterministic: the same training file gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from .tone import FORMAT, LABELS, MODEL_FILE, ToneModel
from .tone_features import dense_names, featurize

#: NewsMTSC's polarity codes -> our labels
POLARITY = {2.0: -1, 4.0: 0, 6.0: 1}
#: the settings chosen on the held-out part of train.jsonl (held-out macro-F1, all targets /
#: targets in sentences with 2+ targets; docs/tone.md has the table). Version 2 of the
#: features (one read per sentence, no per-mention VADER compounds): C 0.1 0.666/0.696;
#: C 0.05 0.671/0.702; C 0.03 0.672/0.706; C 0.02 0.672/0.703; C 0.01 0.661/0.684; C 0.05
#: without the multi-target copies 0.671/0.692, window 8 0.675/0.694; C 0.03 keeping
#: features seen 3+ times 0.673/0.706 (chosen: the best mean, and a smaller file); weighing
#: the classes equally (overall or within one- and several-target sentences) did not help.
DEFAULTS: dict[str, Any] = {"C": 0.03, "window": 6, "min_count": 1, "keep_count": 3,
                            "multi": True, "balance": "none"}
#: significant digits of the stored weights
DIGITS = 6


@dataclass(frozen=True)
class Example:
    """One target in one sentence, with its label (-1, 0, 1)."""

    sentence: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...]
    label: int
    n_targets: int


def read_newsmtsc(path: str | Path) -> list[Example]:
    """The targets of a NewsMTSC jsonl file; a bad line raises an error naming the file
    and line."""
    p = Path(path)
    out: list[Example] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read ({exc})", path=str(p)) from exc
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            text = d["sentence_normalized"]
            targets = d["targets"]
            spans = [(int(t["from"]), int(t["to"])) for t in targets]
            for i, t in enumerate(targets):
                s, e = spans[i]
                if not (isinstance(text, str) and 0 <= s <= e <= len(text)):
                    raise ValueError(f"offsets {s}..{e} outside the sentence")
                others = tuple(sp for j, sp in enumerate(spans) if j != i)
                out.append(Example(text, s, e, others, POLARITY[float(t["polarity"])],
                                   len(targets)))
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            what = ("not JSON" if isinstance(exc, json.JSONDecodeError)
                    else f"not a NewsMTSC record ({type(exc).__name__}: {exc})")
            raise InputError(f"{what}; --task tone reads NewsMTSC jsonl: one object per line "
                             "with sentence_normalized and targets (from, to, polarity)",
                             path=str(p), line=no) from None
    if not out:
        raise InputError("no targets found; --task tone reads NewsMTSC jsonl", path=str(p))
    return out


def holdout_split(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """(fit part, held-out part): a sentence is held out when the sha256 of its text is
    0 modulo 5, so every target of a sentence falls on the same side."""
    fit: list[Example] = []
    held: list[Example] = []
    for x in examples:
        h = int(hashlib.sha256(x.sentence.encode("utf-8")).hexdigest(), 16)
        (held if h % 5 == 0 else fit).append(x)
    return fit, held


def fit_model(examples: Sequence[Example], *, C: float = DEFAULTS["C"],
              window: int = DEFAULTS["window"], min_count: int = DEFAULTS["min_count"],
              keep_count: int = DEFAULTS["keep_count"],
              multi: bool = DEFAULTS["multi"], balance: str = DEFAULTS["balance"],
              trained_on: str = "", log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Fit a multinomial logistic regression; return the model as a JSON-ready dict.

    Features seen in fewer than ``min_count`` targets are not used in the fit; of the
    rest, those seen in fewer than ``keep_count`` are left out of the stored model (a
    word seen once in training rarely comes back, and the file stays small).
    """
    import numpy as np
    from scipy import sparse  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression

    feats = [featurize(x.sentence, x.start, x.end, x.others, window=window, multi=multi)
             for x in examples]
    names = [sorted({n for n, _ in f.sparse}) for f in feats]
    counts = Counter(n for ns in names for n in ns)
    vocab = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i for i, n in enumerate(vocab)}
    rows, cols = [], []
    for r, ns in enumerate(names):
        for n in ns:
            j = index.get(n)
            if j is not None:
                rows.append(r)
                cols.append(j)
    xs = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                           shape=(len(feats), len(vocab)))
    xd = sparse.csr_matrix(np.array([f.dense for f in feats], dtype=float))
    x = sparse.hstack([xs, xd], format="csr")
    y = np.array([e.label for e in examples])
    if log:
        log(f"fitting on {len(examples)} targets, {len(vocab)} sparse features")
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    clf = LogisticRegression(C=C, max_iter=5000)
    with threadpool_limits(1):  # one BLAS thread: as fast on a busy machine, and repeatable
        clf.fit(x, y, sample_weight=balance_weights(examples, balance))
    order = [list(clf.classes_).index(lab) for lab in LABELS]
    coef = clf.coef_[order]

    def rnd(v: float) -> float:
        return float(f"{float(v):.{DIGITS}g}")

    sparse_rows = [[n, rnd(coef[0, j]), rnd(coef[1, j]), rnd(coef[2, j])]
                   for j, n in enumerate(vocab)
                   if counts[n] >= keep_count and any(rnd(coef[k, j]) for k in range(3))]
    k0 = len(vocab)
    dense_rows = [[n, rnd(coef[0, k0 + j]), rnd(coef[1, k0 + j]), rnd(coef[2, k0 + j])]
                  for j, n in enumerate(dense_names())]
    return {
        "format": FORMAT,
        "version": 2,
        "classes": list(LABELS),
        "features": {"window": window, "min_count": min_count, "keep_count": keep_count,
                     "C": C, "multi": multi, "dense": list(dense_names())},
        "trained_on": trained_on,
        "licence": "trained on NewsMTSC (Hamborg & Donnay, EACL 2021), MIT licence, "
                   "Copyright 2020 Felix Hamborg",
        "intercept": [rnd(clf.intercept_[k]) for k in order],
        "dense": dense_rows,
        "sparse": sparse_rows,
    }


def _group(x: Example) -> str:
    return "several" if x.n_targets > 1 else "one"


def balance_weights(examples: Sequence[Example], balance: str = "none") -> Any:
    """Sample weights: ``"none"`` all 1; ``"class"`` each label weighs the same in all;
    ``"group"`` each label weighs the same within the sentences of one target and within
    those of several (the class mix then says nothing about the number of targets).
    Every weighting keeps the total weight of each group."""
    import numpy as np

    if balance not in ("none", "class", "group"):
        raise ValueError(f"balance must be none, class or group, not {balance!r}")
    key = (lambda x: x.label) if balance == "class" else (lambda x: (_group(x), x.label))
    if balance == "none":
        return np.ones(len(examples))
    counts = Counter(key(x) for x in examples)
    sizes = Counter(_group(x) for x in examples) if balance == "group" else \
        Counter("all" for _ in examples)
    n_labels = len(LABELS)
    out = []
    for x in examples:
        size = sizes[_group(x)] if balance == "group" else sizes["all"]
        out.append(size / (n_labels * counts[key(x)]))
    return np.array(out)


def dumps(model: dict[str, Any]) -> str:
    """The model's JSON text, one sparse row per line (stable bytes, readable diffs)."""
    head = {k: v for k, v in model.items() if k != "sparse"}
    body = ",\n".join(json.dumps(row, ensure_ascii=False) for row in model["sparse"])
    text = json.dumps(head, ensure_ascii=False, indent=1, sort_keys=True)
    return text[:-2] + ',\n "sparse": [\n' + body + "\n ]\n}\n"


def macro_f1(gold: Iterable[int], pred: Iterable[int], weights: Sequence[float] | None = None,
             ) -> tuple[float, dict[int, tuple[float, float, float]]]:
    """Macro-F1 over the three labels, and (precision, recall, F1) per label; with
    ``weights``, each target counts with its weight."""
    g, p = list(gold), list(pred)
    w = list(weights) if weights is not None else [1.0] * len(g)
    per: dict[int, tuple[float, float, float]] = {}
    for lab in LABELS:
        tp = sum(v for a, b, v in zip(g, p, w, strict=True) if a == lab and b == lab)
        n_pred = sum(v for b, v in zip(p, w, strict=True) if b == lab)
        n_gold = sum(v for a, v in zip(g, w, strict=True) if a == lab)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        per[lab] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(v[2] for v in per.values()) / 3, per


def predict_examples(model: ToneModel, examples: Sequence[Example]) -> list[int]:
    """The model's label for each example, read as the pipeline reads a sentence: the
    targets of one sentence together (:meth:`ToneModel.read_sentence`)."""
    labels: dict[int, int] = {}
    by_sentence: dict[tuple[str, tuple[tuple[int, int], ...]], list[int]] = {}
    for i, x in enumerate(examples):
        spans = tuple(sorted([(x.start, x.end), *x.others]))
        by_sentence.setdefault((x.sentence, spans), []).append(i)
    for (sentence, spans), idx in by_sentence.items():
        which = [spans.index((examples[i].start, examples[i].end)) for i in idx]
        for i, r in zip(idx, model.read_sentence(sentence, spans, which=which), strict=True):
            labels[i] = r.label
    return [labels[i] for i in range(len(examples))]


def evaluate_holdout(examples: Sequence[Example], **settings: Any) -> dict[str, float]:
    """Macro-F1 on the held-out part of a model fitted on the rest (the tuning figures):
    over all its targets, over those in sentences with two or more targets, and both
    again with each label weighing the same (``balanced``: a figure that does not
    depend on the held-out part's class mix)."""
    fit, held = holdout_split(examples)
    model = ToneModel(fit_model(fit, **settings))
    pred = predict_examples(model, held)
    gold = [x.label for x in held]
    multi = [i for i, x in enumerate(held) if x.n_targets > 1]
    w_all = list(balance_weights(held, "class"))
    w_multi = list(balance_weights([held[i] for i in multi], "class"))
    return {
        "all": macro_f1(gold, pred)[0],
        "several": macro_f1([gold[i] for i in multi], [pred[i] for i in multi])[0],
        "all_balanced": macro_f1(gold, pred, w_all)[0],
        "several_balanced": macro_f1([gold[i] for i in multi], [pred[i] for i in multi],
                                     w_multi)[0],
    }


def train_file(train: str | Path, out: str | Path | None = None,
               log: Callable[[str], None] | None = None, **settings: Any) -> Path:
    """Fit on all of ``train`` (NewsMTSC jsonl) and write the model JSON to ``out``
    (default: the shipped model file in this package)."""
    examples = read_newsmtsc(train)
    merged = {**DEFAULTS, **settings}
    model = fit_model(examples, trained_on=Path(train).name, log=log, **merged)
    path = Path(out) if out is not None else Path(__file__).with_name(MODEL_FILE)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(dumps(model), encoding="utf-8")
    tmp.replace(path)
    return path


__all__ = ["DEFAULTS", "Example", "dumps", "evaluate_holdout", "fit_model", "holdout_split",
           "macro_f1", "predict_examples", "read_newsmtsc", "train_file"]
