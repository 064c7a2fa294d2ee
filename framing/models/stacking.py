"""Stacking: a classifier's cross-fitted score as one feature of another model.

The trained model of :mod:`framing.models.train_bias` is two-stage. A logistic
regression over the text's word and character n-grams (tens of thousands of
sparse columns) is reduced to *one* number, its logit, and that number sits beside
the few dense features (lexicon, tone, marked-word rates) in a small final
logistic regression. Fitting everything in one regression lets the many n-gram
weights and the few dense weights share one penalty; the two-stage model lets the
final regression weigh the n-gram evidence against the dense features on their
own terms.

The n-gram logit of a *training* row must not come from a model that saw the
row's label, or the final regression learns to trust it more than it deserves
(in-sample logits are far more confident than logits of new text).
:meth:`CrossFitScore.fit_transform` therefore *cross-fits* — each training row is
scored by a model fitted on the other folds (``cross_val_predict``), as
scikit-learn's ``StackingClassifier`` does — while
:meth:`~CrossFitScore.transform` scores new rows with the model fitted on all
training rows. Inside :func:`framing.models.train_bias` this transformer sits in the
model pipeline, so it is refitted in every outer cross-validation fold, and the
inner folds see only that fold's training part.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin, clone

#: Name of the single feature :class:`CrossFitScore` outputs.
SCORE_FEATURE = "score"


class CrossFitScore(TransformerMixin, BaseEstimator):
    """A scikit-learn transformer: a binary classifier's decision function, as one column.

    Parameters
    ----------
    estimator : classifier
        A binary classifier with ``decision_function`` (e.g. a ``Pipeline`` of a
        vectoriser and a ``LogisticRegression``); cloned, never fitted in place.
    folds : int
        Cross-fitting folds of :meth:`fit_transform` (stratified, shuffled); fewer
        when the smaller class has fewer rows.
    seed : int
        Seed of the cross-fitting split.

    Attributes
    ----------
    estimator_ : classifier
        ``estimator`` fitted on all rows passed to :meth:`fit` or :meth:`fit_transform`.

    Examples
    --------
    >>> import numpy as np
    >>> from sklearn.linear_model import LogisticRegression
    >>> X = np.array([[0.0], [1.0], [2.0], [3.0], [10.0], [11.0], [12.0], [13.0]])
    >>> y = np.array([0, 0, 0, 0, 1, 1, 1, 1])
    >>> score = CrossFitScore(LogisticRegression(), folds=2)
    >>> score.fit_transform(X, y).shape
    (8, 1)
    >>> bool(score.transform(np.array([[20.0]]))[0, 0] > 0)
    True
    """

    def __init__(self, estimator: Any, folds: int = 5, seed: int = 0) -> None:
        self.estimator = estimator
        self.folds = folds
        self.seed = seed

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray[Any, Any]:
        """The one output column's name, :data:`SCORE_FEATURE`."""
        return np.asarray([SCORE_FEATURE], dtype=object)

    def fit(self, X: Any, y: Any) -> CrossFitScore:
        """Fit the classifier on all rows."""
        self.estimator_ = clone(self.estimator).fit(X, y)
        return self

    def transform(self, X: Any) -> np.ndarray[Any, Any]:
        """The fitted classifier's decision function of each row, as an ``(n, 1)`` array."""
        return np.asarray(self.estimator_.decision_function(X), dtype=float).reshape(-1, 1)

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> np.ndarray[Any, Any]:
        """Fit on all rows, but score each row with a model fitted on the *other* folds.

        With fewer than two rows in the smaller class there is nothing to
        cross-fit, and the rows get the in-sample scores of the model fitted on all.
        """
        from sklearn.model_selection import StratifiedKFold, cross_val_predict

        if y is None:
            raise ValueError("CrossFitScore needs the labels (y) to fit")
        labels = np.asarray(y)
        self.fit(X, labels)
        k = min(self.folds, int(np.bincount(labels.astype(int)).min()))
        if k < 2:
            return self.transform(X)
        split = StratifiedKFold(k, shuffle=True, random_state=self.seed)
        scores = cross_val_predict(clone(self.estimator), X, labels, cv=split,
                                   method="decision_function")
        return np.asarray(scores, dtype=float).reshape(-1, 1)


__all__ = ["SCORE_FEATURE", "CrossFitScore"]
