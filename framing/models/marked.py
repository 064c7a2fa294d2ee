"""Word-level supervision: learning from the words annotators marked as biased.

Some label files say not only *whether* a sentence is biased but *which* words make
it so (BABE's ``biased_words`` column). :class:`MarkedWords` turns those marks
into sentence features: for every word stem seen in training it keeps how often
the stem was marked when it occurred, ``marked / (occurrences + 2)`` (the 2 damps
rare stems), and scores a sentence by the rates of its stems — the highest rate,
the two highest summed, the sum of all, and how many exceed 0.25 and 0.5.

Without care, such a feature leaks: a training sentence would be scored with
stem rates that counted its own marks, and the classifier would learn to trust
the feature more than it deserves. :meth:`MarkedWords.fit_transform` therefore
*cross-fits*: the features of each training row come from the rates of the other
rows (``folds``-fold split), while :meth:`~MarkedWords.transform` (test rows,
new text) uses the rates of all training rows — as scikit-learn's own
``TargetEncoder`` does. Inside :func:`framing.models.train_bias` this transformer sits in
the model pipeline, so it is refitted in every cross-validation fold.

The marks are only read at training time; a trained model scores plain text.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..lexicon.terms import stem

#: The model-input column holding a text's marked words (empty outside training).
MARKED_COLUMN = "marked"
#: Names of the features :class:`MarkedWords` computes, in order.
MARKED_FEATURES: tuple[str, ...] = ("max", "top2", "sum", "over_0.25", "over_0.5")
_WORD = re.compile(r"[a-z][a-z'\-]*")
_SMOOTH = 2.0


def parse_marked(value: Any) -> list[str]:
    """The words of one cell of a marked-words column.

    Accepts a list, a Python or JSON list literal (``['cult', 'fringe']``), or
    words separated by commas or semicolons; empty cells give ``[]``.

    Examples
    --------
    >>> parse_marked("['cult', 'fringe']")
    ['cult', 'fringe']
    >>> parse_marked("cult; fringe")
    ['cult', 'fringe']
    >>> parse_marked(float("nan"))
    []
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    if isinstance(value, float) and value != value:  # NaN: an empty CSV cell
        return []
    text = str(value).strip()
    if not text:
        return []
    if text.startswith("["):
        for loader in (json.loads, ast.literal_eval):
            try:
                parsed = loader(text)
            except (ValueError, SyntaxError):
                continue
            if isinstance(parsed, list):
                return [str(v).strip() for v in parsed if str(v).strip()]
    return [w.strip() for w in re.split(r"[;,]", text.strip("[]")) if w.strip(" '\"")]


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower())}


def _marked_stems(words: Iterable[str]) -> set[str]:
    return {stem(w) for word in words for w in _WORD.findall(str(word).lower())}


class MarkedWords(TransformerMixin, BaseEstimator):
    """A scikit-learn transformer: sentence features from per-stem marking rates.

    Input: a table with a text column and a :data:`MARKED_COLUMN` column (lists
    of words, or strings :func:`parse_marked` reads). Output: one row of
    :data:`MARKED_FEATURES` per text.

    Parameters
    ----------
    text_column : str
    folds : int
        Cross-fitting folds of :meth:`fit_transform`.
    seed : int

    Examples
    --------
    >>> import pandas as pd
    >>> train = pd.DataFrame({"text": ["A cruel sham.", "The vote.", "A cruel plan."],
    ...                       "marked": [["cruel", "sham"], [], ["cruel"]]})
    >>> mw = MarkedWords(folds=2).fit(train, [1, 0, 1])
    >>> float(mw.transform(pd.DataFrame({"text": ["So cruel."]}))[0, 0])
    0.5
    """

    def __init__(self, text_column: str = "text", folds: int = 5, seed: int = 0) -> None:
        self.text_column = text_column
        self.folds = folds
        self.seed = seed

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray[Any, Any]:
        return np.asarray([f"marked_{n}" for n in MARKED_FEATURES], dtype=object)

    @staticmethod
    def _rates(stems: Sequence[set[str]], marks: Sequence[set[str]]) -> dict[str, float]:
        seen: Counter[str] = Counter()
        marked: Counter[str] = Counter()
        for s, m in zip(stems, marks, strict=True):
            seen.update(s)
            marked.update(s & m)
        return {w: marked[w] / (seen[w] + _SMOOTH) for w in marked}

    @staticmethod
    def _features(stems: Sequence[set[str]], rates: dict[str, float]) -> np.ndarray[Any, Any]:
        out = np.zeros((len(stems), len(MARKED_FEATURES)))
        for i, s in enumerate(stems):
            ps = [*sorted((rates.get(w, 0.0) for w in s), reverse=True), 0.0, 0.0]
            out[i] = (ps[0], ps[0] + ps[1], sum(ps), sum(p > 0.25 for p in ps),
                      sum(p > 0.5 for p in ps))
        return out

    def _read(self, X: Any) -> tuple[list[set[str]], list[set[str]]]:
        stems = [_stems(str(t)) for t in X[self.text_column]]
        if MARKED_COLUMN in X:
            marks = [_marked_stems(parse_marked(v)) for v in X[MARKED_COLUMN]]
        else:
            marks = [set() for _ in stems]
        return stems, marks

    def fit(self, X: Any, y: Any = None) -> MarkedWords:
        """Learn each stem's marking rate from all rows of ``X``."""
        stems, marks = self._read(X)
        self.rates_ = self._rates(stems, marks)
        return self

    def transform(self, X: Any) -> np.ndarray[Any, Any]:
        """Features of new texts from the fitted rates (marks in ``X`` are ignored)."""
        stems = [_stems(str(t)) for t in X[self.text_column]]
        return self._features(stems, self.rates_)

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray[Any, Any]:
        """Fit on all rows, but give each row features from rates of the *other* rows."""
        from sklearn.model_selection import KFold, StratifiedKFold

        stems, marks = self._read(X)
        self.rates_ = self._rates(stems, marks)
        n = len(stems)
        out = np.zeros((n, len(MARKED_FEATURES)))
        k = min(self.folds, n)
        if k < 2:
            return out
        idx = np.arange(n)
        labels = np.asarray(y) if y is not None else None
        if labels is not None and np.bincount(labels.astype(int)).min() >= k:
            split = StratifiedKFold(k, shuffle=True, random_state=self.seed).split(idx, labels)
        else:
            split = KFold(k, shuffle=True, random_state=self.seed).split(idx)
        for tr, te in split:
            rates = self._rates([stems[i] for i in tr], [marks[i] for i in tr])
            out[te] = self._features([stems[i] for i in te], rates)
        return out


__all__ = ["MARKED_COLUMN", "MARKED_FEATURES", "MarkedWords", "parse_marked"]
