"""A scikit-learn transformer that turns raw texts into framing features.

>>> from sklearn.pipeline import make_pipeline
>>> from sklearn.linear_model import LogisticRegression
>>> model = make_pipeline(FramingVectorizer(), LogisticRegression())  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin

from ..engines.pipeline import Pipeline, PipelineConfig
from ..types import Article


def text_article(text: str, *, title: str = "", outlet: str = "", event: str = "") -> Article:
    """Wrap a raw text as an :class:`Article` (id = hash of the text)."""
    digest = hashlib.sha1(f"{outlet}\0{text}".encode()).hexdigest()[:16]
    return Article(id=digest, outlet=outlet, event=event, title=title, text=text)


class FramingVectorizer(TransformerMixin, BaseEstimator):
    """Raw texts -> the framing feature matrix, usable inside a ``Pipeline``.

    Parameters
    ----------
    features : list of str, optional
        Feature names to keep (default: all features of the configured extractors).
    lexicons, exclude_lexicons, extractors
        As in :func:`framing.analyze`.
    min_words : int
        Texts of fewer words than this get NaN readability scores (0: scored on any text);
        every other feature is computed on any text.

    Examples
    --------
    >>> v = FramingVectorizer(features=["loaded", "hedging"])
    >>> X = v.fit_transform(["It was a shameful betrayal.", "The vote is on May 5."])
    >>> X.shape, list(v.get_feature_names_out())
    ((2, 2), ['loaded', 'hedging'])
    >>> bool(X[0, 0] > X[1, 0])
    True
    """

    def __init__(self, *, features: Sequence[str] | None = None,
                 lexicons: Sequence[str] | None = None, exclude_lexicons: Sequence[str] = (),
                 extractors: Sequence[str] | None = None, min_words: int = 0) -> None:
        self.features = features
        self.lexicons = lexicons
        self.exclude_lexicons = exclude_lexicons
        self.extractors = extractors
        self.min_words = min_words

    def _pipeline(self) -> Pipeline:
        return Pipeline(PipelineConfig(
            lexicons=tuple(self.lexicons) if self.lexicons is not None else None,
            exclude_lexicons=tuple(self.exclude_lexicons),
            extractors=tuple(self.extractors) if self.extractors is not None else None,
            min_words=self.min_words,
        ))

    def fit(self, X: Iterable[str], y: Any = None) -> FramingVectorizer:
        self.pipeline_ = self._pipeline()
        names = [s.name for s in self.pipeline_.feature_specs()]
        if self.features is not None:
            unknown = [f for f in self.features if f not in names]
            if unknown:
                raise ValueError(f"unknown features {unknown}; available: {names}")
            names = list(self.features)
        self.feature_names_out_ = np.asarray(names, dtype=object)
        return self

    def transform(self, X: Iterable[str]) -> np.ndarray[Any, Any]:
        if not hasattr(self, "pipeline_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("call fit before transform")
        names = list(self.feature_names_out_)
        rows = []
        for text in X:
            res = self.pipeline_.run(text_article(str(text)))
            rows.append([res.features.get(n, np.nan) for n in names])
        return np.asarray(rows, dtype=float).reshape(len(rows), len(names))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray[Any, Any]:
        return np.asarray(self.feature_names_out_, dtype=object)
