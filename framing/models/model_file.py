"""A trained model as data: what :func:`framing.models.train_bias` fits, with no code in it.

The stacked estimator of :mod:`framing.models.train_bias` is reduced to numbers and
strings (:func:`estimator_data`) and rebuilt for scoring as a
:class:`LinearModel` (:func:`linear_model`) that computes the same
probabilities with numpy and two scikit-learn ``TfidfVectorizer`` objects
re-created from their vocabularies and idf weights. A model file holds this data in the
linear-model format of :mod:`framing.models.linear_file` (docs/validation.md, "Model
files"); every field is checked before it is used, and nothing in the file is ever
executed or unpickled.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..errors import ModelError

#: ``TfidfVectorizer`` settings a model file records for each n-gram block; only these
#: are read back (each checked against the type below).
VECTORIZER_PARAMS: dict[str, tuple[type, ...]] = {
    "analyzer": (str,), "ngram_range": (list,), "lowercase": (bool,),
    "strip_accents": (str, type(None)), "token_pattern": (str, type(None)),
    "sublinear_tf": (bool,), "norm": (str, type(None)), "use_idf": (bool,),
    "smooth_idf": (bool,), "binary": (bool,),
}
_ANALYZERS = ("word", "char", "char_wb")
#: The only token patterns a model file may carry: scikit-learn's default (what framing
#: train writes) or none. A pattern is never compiled from a file (``(a|aa)+$`` would
#: backtrack for ever, ``(`` or two groups end in an error deep in scikit-learn).
TOKEN_PATTERNS: tuple[str | None, ...] = (r"(?u)\b\w\w+\b", None)


def _floats(values: Any) -> list[float]:
    return [float(v) for v in np.ravel(np.asarray(values, dtype=float))]


def _vectorizer_data(vec: Any) -> dict[str, Any]:
    params = vec.get_params()
    data = {k: (list(params[k]) if k == "ngram_range" else params[k]) for k in VECTORIZER_PARAMS}
    terms = [""] * len(vec.vocabulary_)
    for term, j in vec.vocabulary_.items():
        terms[j] = str(term)
    data["vocabulary"] = terms
    data["idf"] = _floats(vec.idf_)
    return data


def estimator_data(estimator: Any, columns: Sequence[str]) -> dict[str, Any]:
    """The fitted estimator of :func:`framing.models.train_bias.build_estimator`, as data."""
    features = estimator.named_steps["features"]
    blocks = features.named_transformers_
    ngram_model = blocks["text"].estimator_
    union = ngram_model.named_steps["ngrams"]
    ngram_clf = ngram_model.named_steps["clf"]
    lex = blocks["lex"]
    clf = estimator.named_steps["clf"]
    if list(clf.classes_) != [0, 1] or list(ngram_clf.classes_) != [0, 1]:  # pragma: no cover
        raise ModelError("the model's classes are not 0/1; retrain with framing train")
    data: dict[str, Any] = {
        "ngram": {"blocks": [[name, _vectorizer_data(vec)] for name, vec in union.transformer_list],
                  "coef": _floats(ngram_clf.coef_), "intercept": float(ngram_clf.intercept_[0])},
        "lex": {"columns": list(columns), "mean": _floats(lex.mean_),
                "scale": _floats(lex.scale_)},
        "marked": None,
        "clf": {"coef": _floats(clf.coef_), "intercept": float(clf.intercept_[0])},
    }
    if "marked" in blocks:
        marked = blocks["marked"]
        rates = marked.named_steps["rates"]
        scale = marked.named_steps["scale"]
        data["marked"] = {"text_column": rates.text_column,
                          "rates": {str(k): float(v) for k, v in sorted(rates.rates_.items())},
                          "mean": _floats(scale.mean_), "scale": _floats(scale.scale_)}
    return data


# -- checking and rebuilding --------------------------------------------------------------

def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ModelError(f"not a valid model file: {what}; retrain with framing train")


def _vector(value: Any, n: int | None, what: str, *, positive: bool = False) -> np.ndarray[
        Any, Any]:
    _need(isinstance(value, list), f"{what} is not a list of numbers")
    _need(all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value),
          f"{what} holds something other than numbers")
    arr = np.asarray(value, dtype=float)
    _need(bool(np.all(np.isfinite(arr))), f"{what} holds a non-finite number")
    if n is not None:
        _need(len(arr) == n, f"{what} has {len(arr)} values, {n} expected")
    if positive:
        _need(bool(np.all(arr > 0)), f"{what} holds a value that is not positive")
    return arr


def _number(value: Any, what: str) -> float:
    _need(isinstance(value, (int, float)) and not isinstance(value, bool)
          and math.isfinite(float(value)), f"{what} is not a finite number")
    return float(value)


def _vectorizer(data: Any, what: str) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    _need(isinstance(data, dict), f"{what} is not an object")
    params: dict[str, Any] = {}
    for key, types in VECTORIZER_PARAMS.items():
        _need(key in data and isinstance(data[key], types), f"{what}.{key} is missing or mistyped")
        params[key] = data[key]
    _need(params["analyzer"] in _ANALYZERS, f"{what}.analyzer is not one of {_ANALYZERS}")
    _need(params["strip_accents"] in (None, "unicode", "ascii"), f"{what}.strip_accents")
    _need(params["norm"] in (None, "l1", "l2"), f"{what}.norm is not l1, l2 or null")
    _need(params["token_pattern"] in TOKEN_PATTERNS,
          f"{what}.token_pattern is not the one framing train writes ({TOKEN_PATTERNS[0]})")
    rng = params["ngram_range"]
    _need(len(rng) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in rng)
          and 1 <= rng[0] <= rng[1] <= 10, f"{what}.ngram_range is not two integers 1..10")
    params["ngram_range"] = (rng[0], rng[1])
    terms = data.get("vocabulary")
    _need(isinstance(terms, list) and all(isinstance(t, str) for t in terms) and bool(terms),
          f"{what}.vocabulary is not a list of strings")
    _need(len(set(terms)) == len(terms), f"{what}.vocabulary repeats a term")
    idf = _vector(data.get("idf"), len(terms), f"{what}.idf", positive=True)
    vec = TfidfVectorizer(vocabulary={t: j for j, t in enumerate(terms)}, **params)
    vec.idf_ = idf
    return vec


class LinearModel:
    """The stacked model as plain arrays: ``predict_proba`` of a feature table.

    Built by :func:`linear_model` from checked data; holds the two rebuilt tf-idf
    vectorisers (``vectorizers``, word first), the n-gram model's coefficients
    and intercept, the dense blocks' means and scales, and the final coefficients.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        ngram = data["ngram"]
        self.vectorizers: list[tuple[str, Any]] = [
            (str(name), _vectorizer(vec, f"features.ngram.{name}"))
            for name, vec in ngram["blocks"]]
        n_terms = sum(len(v.vocabulary_) for _, v in self.vectorizers)
        self.ngram_coef = _vector(ngram["coef"], n_terms, "features.ngram.coef")
        self.ngram_intercept = _number(ngram["intercept"], "features.ngram.intercept")
        lex = data["lex"]
        self.columns = [str(c) for c in lex["columns"]]
        self.lex_mean = _vector(lex["mean"], len(self.columns), "features.lex.mean")
        self.lex_scale = _vector(lex["scale"], len(self.columns), "features.lex.scale",
                                 positive=True)
        self.marked: dict[str, Any] | None = None
        n_marked = 0
        if data.get("marked") is not None:
            from .marked import MARKED_FEATURES

            m = data["marked"]
            _need(isinstance(m, dict) and isinstance(m.get("rates"), dict)
                  and isinstance(m.get("text_column"), str), "features.marked is not a rates table")
            from .bias_features import TEXT_COLUMN

            _need(m["text_column"] == TEXT_COLUMN,
                  f"features.marked.text_column is not {TEXT_COLUMN!r}")
            rates = {str(k): _number(v, "a marked-word rate") for k, v in m["rates"].items()}
            n_marked = len(MARKED_FEATURES)
            self.marked = {"text_column": m["text_column"], "rates": rates,
                           "mean": _vector(m.get("mean"), n_marked, "features.marked.mean"),
                           "scale": _vector(m.get("scale"), n_marked, "features.marked.scale",
                                            positive=True)}
        clf = data["clf"]
        self.coef = _vector(clf["coef"], 1 + len(self.columns) + n_marked, "weights.final")
        self.intercept = _number(clf["intercept"], "intercept")

    @property
    def word(self) -> Any:
        """The first (word) n-gram vectoriser."""
        return self.vectorizers[0][1]

    @property
    def text_weight(self) -> float:
        """The final coefficient of the n-gram model's logit."""
        return float(self.coef[0])

    @property
    def lex_coef(self) -> np.ndarray[Any, Any]:
        """The final coefficients of the (standardised) lexicon and tone columns."""
        return self.coef[1:1 + len(self.columns)]

    def ngram_logit(self, texts: Sequence[str]) -> np.ndarray[Any, Any]:
        """The n-gram model's decision function of each text."""
        out = np.full(len(texts), self.ngram_intercept)
        start = 0
        for _, vec in self.vectorizers:  # the blocks' columns side by side, as in FeatureUnion
            end = start + len(vec.vocabulary_)
            out += np.asarray(vec.transform(texts) @ self.ngram_coef[start:end], dtype=float)
            start = end
        return out

    def predict_proba(self, frame: Any) -> np.ndarray[Any, Any]:
        """``(n, 2)`` class probabilities of the rows of a feature table."""
        from .bias_features import TEXT_COLUMN

        texts = [str(t) for t in frame[TEXT_COLUMN]]
        blocks = [self.ngram_logit(texts).reshape(-1, 1),
                  (frame[self.columns].to_numpy(dtype=float) - self.lex_mean) / self.lex_scale]
        if self.marked is not None:
            from .marked import MarkedWords, _stems

            stems = [_stems(t) for t in frame[self.marked["text_column"]].astype(str)]
            rates = MarkedWords._features(stems, self.marked["rates"])
            blocks.append((rates - self.marked["mean"]) / self.marked["scale"])
        z = np.hstack(blocks) @ self.coef + self.intercept
        p = 1.0 / (1.0 + np.exp(-z))
        return np.column_stack([1.0 - p, p])


def linear_model(data: Any) -> LinearModel:
    """Check model data and rebuild it for scoring; :class:`ModelError` when it does not fit."""
    _need(isinstance(data, dict), "the model is not an object")
    for key in ("ngram", "lex", "clf"):
        _need(isinstance(data.get(key), dict), f"features.{key} is missing")
    ngram = data["ngram"]
    _need(isinstance(ngram.get("blocks"), list) and len(ngram["blocks"]) >= 1
          and all(isinstance(b, list) and len(b) == 2 and isinstance(b[0], str)
                  for b in ngram["blocks"]),
          "features.ngram.blocks is not a list of [name, vectoriser]")
    _need(ngram["blocks"][0][0] == "word", "the first n-gram block is not 'word'")
    lex = data["lex"]
    _need(isinstance(lex.get("columns"), list)
          and all(isinstance(c, str) for c in lex["columns"]), "features.lex.columns is not a list")
    try:
        return LinearModel(data)
    except ModelError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"not a valid model file: {type(exc).__name__}: {exc}; retrain with "
                         "framing train") from None


__all__ = ["TOKEN_PATTERNS", "LinearModel", "estimator_data", "linear_model"]
