"""framing.models.stacking: the cross-fitted n-gram score, on real labelled sentences."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline

from framing.models import read_labels
from framing.models.stacking import CrossFitScore

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "learn" / "sentences.csv"


def _labelled() -> tuple[pd.Series, np.ndarray]:
    data = read_labels(SENTENCES)
    assert data.y is not None
    return pd.Series(data.texts), np.asarray(data.y)


def _ngram_model() -> Pipeline:
    return Pipeline([("tfidf", TfidfVectorizer()),
                     ("clf", LogisticRegression(C=10.0, class_weight="balanced"))])


def test_training_rows_get_out_of_fold_scores() -> None:
    """fit_transform scores each row with a model that did not see it; transform uses all."""
    texts, y = _labelled()
    score = CrossFitScore(_ngram_model(), folds=3, seed=1)
    crossed = score.fit_transform(texts, y)
    assert crossed.shape == (len(texts), 1)
    expected = cross_val_predict(_ngram_model(), texts, y, method="decision_function",
                                 cv=StratifiedKFold(3, shuffle=True, random_state=1))
    np.testing.assert_allclose(crossed[:, 0], expected)
    in_sample = score.transform(texts)[:, 0]
    # the model fitted on all rows has seen their labels: it separates them perfectly,
    # and is more confident about them than the out-of-fold scores are
    assert ((in_sample > 0) == (y == 1)).all()
    assert np.mean(np.abs(in_sample)) > np.mean(np.abs(crossed))
    assert not ((crossed[:, 0] > 0) == (y == 1)).all()  # 36 sentences: out of fold, it errs


def test_new_text_is_scored_by_the_model_fitted_on_all() -> None:
    texts, y = _labelled()
    score = CrossFitScore(_ngram_model(), folds=3).fit(texts, y)
    new = ["The reckless mayor rammed through a shameful plan.",
           "The council will meet again on Thursday."]
    got = score.transform(new)[:, 0]
    # the same as a model fitted, independently, on every row
    np.testing.assert_allclose(got, _ngram_model().fit(texts, y).decision_function(new))
    assert got[0] > got[1]
    assert list(score.get_feature_names_out()) == ["score"]


def test_too_few_rows_to_cross_fit_gives_in_sample_scores() -> None:
    texts = pd.Series(["A shameful sham.", "The vote.", "A cruel lie.", "The meeting."])
    y = np.array([1, 0, 0, 0])
    score = CrossFitScore(_ngram_model(), folds=5)
    np.testing.assert_allclose(score.fit_transform(texts, y), score.transform(texts))
    with pytest.raises(ValueError, match="needs the labels"):
        CrossFitScore(_ngram_model()).fit_transform(texts)


def test_estimator_is_cloned_not_fitted_in_place() -> None:
    texts, y = _labelled()
    model = _ngram_model()
    CrossFitScore(model, folds=3).fit_transform(texts, y)
    assert not hasattr(model.named_steps["clf"], "coef_")
