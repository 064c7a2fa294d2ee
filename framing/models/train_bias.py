"""``framing.models.train_bias``: fit a bias classifier on labelled sentences, cross-validated.

The model is two-stage (stacked, see :mod:`framing.models.stacking`):

1. an **n-gram model** — logistic regression (balanced class weights, ``C``) over
   word 1–2-gram and ``char_wb`` 2–5-gram tf-idf (sublinear tf) — reduced to one
   feature, its logit, *cross-fitted* on the training texts;
2. a **final** logistic regression (balanced class weights, ``C`` = :data:`FINAL_C`)
   over that logit, the lexicon and tone features of :mod:`framing.models.bias_features`
   (standardised) and, when the label file says which words annotators marked
   (``words_column``, e.g. BABE's ``biased_words``), the cross-fitted marked-word
   rates of :mod:`framing.models.marked` (standardised).

``C`` (of the n-gram model) is fixed (default 1) or chosen from several by an
inner cross-validation on each training part (nested). Everything — vectorisers,
both regressions, the scaler, the marked-word rates, ``C`` — is fitted inside each
outer fold (one scikit-learn ``Pipeline``), and the cross-fitting of stage 1 and of
the marked-word rates splits only that fold's training part, so no test fold leaks
into its model. Only the text is used: no outlet, topic or other column of the
label file.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..errors import InputError
from .bias_features import (
    FEATURES_VERSION,
    TEXT_COLUMN,
    feature_columns,
    text_features,
    used_lexicons,
)
from .bias_model import LearnedScorer, save_model
from .labels import LabelledData, read_labels
from .model_file import estimator_data, linear_model
from .scores import SentenceScorer

#: The default inverse regularisation strength of the n-gram model: one value, so no
#: inner search (fast; chosen on BABE, see docs/validation.md). Pass several to
#: search them by nested CV.
C_GRID: tuple[float, ...] = (1.0,)
#: The inverse regularisation strength of the final regression (a few dozen dense
#: features: the penalty matters little).
FINAL_C = 1.0
#: Cross-fitting folds of the n-gram model's logit (stage 1).
STACK_FOLDS = 5
#: The ``set_params`` name of the n-gram model's ``C`` in :func:`build_estimator`.
C_PARAM = "features__text__estimator__clf__C"


def build_estimator(columns: Sequence[str], *, C: float = 1.0, min_df: int = 2,
                    word_ngrams: tuple[int, int] = (1, 2),
                    char_ngrams: tuple[int, int] = (2, 5), marked: bool = False,
                    seed: int = 0) -> Any:
    """The untrained model: features (``text``, ``lex``, with ``marked`` also
    ``marked``) then the final classifier ``clf``.

    ``text`` is a :class:`~framing.models.stacking.CrossFitScore` around the n-gram
    model (a ``Pipeline`` of ``ngrams``, a ``FeatureUnion`` of the ``word`` and
    ``char`` tf-idf, and ``clf``, its logistic regression with ``C``).

    Examples
    --------
    >>> est = build_estimator(["lex:loaded"])
    >>> list(est.named_steps)
    ['features', 'clf']
    >>> est.get_params()[C_PARAM]
    1.0
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.preprocessing import StandardScaler

    from .stacking import CrossFitScore

    ngrams = FeatureUnion([
        ("word", TfidfVectorizer(ngram_range=word_ngrams, sublinear_tf=True, min_df=min_df,
                                 strip_accents="unicode")),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=char_ngrams, sublinear_tf=True,
                                 min_df=min_df, strip_accents="unicode")),
    ])
    # liblinear: fast on these sparse columns (the intercept is penalised too: harmless here)
    text_clf = LogisticRegression(C=C, class_weight="balanced", solver="liblinear")
    text = CrossFitScore(Pipeline([("ngrams", ngrams), ("clf", text_clf)]), folds=STACK_FOLDS,
                         seed=seed)
    blocks: list[tuple[str, Any, Any]] = [
        ("text", text, TEXT_COLUMN),
        ("lex", StandardScaler(), list(columns)),
    ]
    if marked:
        from .marked import MARKED_COLUMN, MarkedWords

        blocks.append(("marked", Pipeline([("rates", MarkedWords(TEXT_COLUMN, seed=seed)),
                                           ("scale", StandardScaler())]),
                       [TEXT_COLUMN, MARKED_COLUMN]))
    clf = LogisticRegression(C=FINAL_C, class_weight="balanced", max_iter=1000)
    return Pipeline([("features", ColumnTransformer(blocks)), ("clf", clf)])


def _summary(values: Sequence[float]) -> dict[str, Any]:
    arr = np.asarray(values, dtype=float)
    return {"mean": round(float(np.mean(arr)), 6),
            "sd": round(float(np.std(arr, ddof=1)) if len(arr) > 1 else 0.0, 6),
            "folds": [round(float(v), 6) for v in arr]}


@dataclass
class TrainResult:
    """A trained model and its cross-validated figures.

    ``cv`` maps ``macro_f1``, ``accuracy`` and ``roc_auc`` to
    ``{"mean", "sd", "folds"}`` (threshold 0.5 for F1 and accuracy).
    """

    scorer: LearnedScorer
    cv: dict[str, dict[str, Any]]
    n_texts: int
    n_positive: int
    folds: int
    excluded: dict[str, int] = field(default_factory=dict)
    path: Path | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"n_texts": self.n_texts, "n_positive": self.n_positive, "folds": self.folds,
                "excluded": self.excluded, "cv": self.cv, "params": self.params,
                "model": str(self.path) if self.path else None,
                "lexicons": [list(x) for x in self.scorer.meta["lexicons"]]}

    def table(self) -> str:
        """The cross-validated figures as text."""
        lines = [f"trained on {self.n_texts} texts ({self.n_positive} positive); "
                 f"{self.folds}-fold stratified cross-validation (seed "
                 f"{self.params.get('seed', 0)}), mean ± sd over folds:"]
        for key, label in (("macro_f1", "macro-F1"), ("accuracy", "accuracy"),
                           ("roc_auc", "ROC-AUC")):
            c = self.cv[key]
            lines.append(f"  {label:<9} {c['mean']:.3f} ± {c['sd']:.3f}   folds: "
                         + " ".join(f"{v:.3f}" for v in c["folds"]))
        for reason, n in sorted(self.excluded.items()):
            lines.append(f"  excluded {n} row{'s' if n != 1 else ''} with {reason}")
        if self.path is not None:
            lines.append(f"model written to {self.path}")
        return "\n".join(lines)


def train(
    labels: str | Path | LabelledData,
    *,
    out: str | Path | None = None,
    folds: int = 5,
    seed: int = 0,
    c_grid: Sequence[float] = C_GRID,
    inner_folds: int = 3,
    text_column: str = "text",
    label_column: str | None = None,
    positive: Sequence[str] | None = None,
    negative: Sequence[str] | None = None,
    words_column: str | None = None,
    lexicons: Sequence[str] | None = None,
    exclude_lexicons: Sequence[str] = (),
    extra_lexicon_files: Sequence[str | Path] = (),
    weights: Mapping[str, float] | None = None,
    log: Callable[[str], None] | None = None,
) -> TrainResult:
    """Cross-validate the model on labelled texts, fit it on all of them, and save it.

    Parameters
    ----------
    labels : path or LabelledData
        A label file (see :func:`framing.models.labels.read_labels`).
    out : path, optional
        Where to save the model (gzip-compressed JSON, see :mod:`framing.models.bias_model`); not
        saved when None.
    folds : int
        Outer stratified folds (seeded).
    c_grid : sequence of float
        ``C`` of the n-gram model (see :func:`build_estimator`). With more than one
        value it is searched by ``inner_folds``-fold CV inside each training part, and
        again on all texts for the final model; a single value is used as it is.
    words_column : str, optional
        A column of the words annotators marked in each text (BABE: ``biased_words``):
        the model also learns how often each word stem is marked (see
        :mod:`framing.models.marked`). Ignored when ``labels`` is already read.
    lexicons, exclude_lexicons, extra_lexicon_files, weights
        The lexicons whose matches become features (as in :func:`framing.analyze`);
        the model records their versions and refuses to run with others.

    Returns
    -------
    TrainResult
    """
    from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
    from sklearn.model_selection import GridSearchCV, StratifiedKFold

    data = labels if isinstance(labels, LabelledData) else read_labels(
        labels, text_column=text_column, label_column=label_column, positive=positive,
        negative=negative, words_column=words_column)
    if data.y is None:
        raise InputError("training needs a label column (not a ranking)", path=data.source)
    y = data.y
    smallest = int(min(y.sum(), len(y) - y.sum()))
    if smallest < folds or smallest < inner_folds:
        raise InputError(f"{folds}-fold cross-validation needs at least {max(folds, inner_folds)} "
                         f"texts of each class; the smaller class has {smallest}",
                         path=data.source)
    say = log or (lambda _msg: None)
    scorer = SentenceScorer(lexicons=lexicons, exclude_lexicons=exclude_lexicons,
                            extra_lexicon_files=extra_lexicon_files, weights=weights)
    lex_objects = used_lexicons(scorer.pipeline.matcher.lexicon_objects)
    columns = feature_columns(lex_objects)
    names = {lex.name for lex in lex_objects}
    t0 = time.perf_counter()
    frame = text_features(data.texts, match=scorer.match, sentiment=scorer.pipeline.sentiment,
                          columns=columns, lexicon_names=names)
    marked = data.marked is not None
    if marked:
        from .marked import MARKED_COLUMN

        frame[MARKED_COLUMN] = data.marked
    say(f"features of {len(frame)} texts in {time.perf_counter() - t0:.1f}s")
    grid = {C_PARAM: list(c_grid)}
    scores: dict[str, list[float]] = {"macro_f1": [], "accuracy": [], "roc_auc": []}
    chosen: list[float] = []
    outer = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)

    def fit(rows: np.ndarray[Any, Any]) -> Any:
        if len(grid[C_PARAM]) == 1:  # nothing to search
            model = build_estimator(columns, C=grid[C_PARAM][0], marked=marked, seed=seed)
            model.fit(frame.iloc[rows], y[rows])
            chosen.append(float(grid[C_PARAM][0]))
            return model
        inner = StratifiedKFold(n_splits=inner_folds, shuffle=True, random_state=seed)
        search = GridSearchCV(build_estimator(columns, marked=marked, seed=seed), grid,
                              cv=inner, scoring="f1_macro", refit=True)
        search.fit(frame.iloc[rows], y[rows])
        chosen.append(float(search.best_params_[C_PARAM]))
        return search.best_estimator_

    for k, (tr, te) in enumerate(outer.split(frame, y), 1):
        model = fit(tr)
        prob = model.predict_proba(frame.iloc[te])[:, 1]
        pred = (prob >= 0.5).astype(int)
        scores["macro_f1"].append(f1_score(y[te], pred, average="macro"))
        scores["accuracy"].append(accuracy_score(y[te], pred))
        scores["roc_auc"].append(roc_auc_score(y[te], prob))
        say(f"fold {k}/{folds}: macro-F1 {scores['macro_f1'][-1]:.3f}, C={chosen[-1]:g} "
            f"({time.perf_counter() - t0:.0f}s)")
    final = fit(np.arange(len(y)))
    import sklearn

    cv = {k: _summary(v) for k, v in scores.items()}
    params = {"seed": seed, "folds": folds, "inner_folds": inner_folds, "c_grid": list(c_grid),
              "words_column": words_column if marked else None,
              "c_per_fold": chosen[:-1], "c_final": chosen[-1]}
    meta: dict[str, Any] = {
        "framing_version": __version__,
        "features_version": FEATURES_VERSION,
        "feature_columns": columns,
        "text_column": TEXT_COLUMN,
        "lexicons": [[lex.name, lex.version] for lex in lex_objects],
        "sklearn_version": sklearn.__version__,
        "data_sha256": data.digest(),
        "data_source": Path(data.source).name if data.source else "",
        "n_train": len(y),
        "marked_words": marked,
        "n_positive": int(y.sum()),
        "positive_labels": data.positive,
        "negative_labels": data.negative,
        "cv": cv,
        "params": params,
        "estimator": "logistic regression over the cross-fitted logit of a logistic regression "
                     "over word 1-2-gram + char_wb 2-5-gram tf-idf, and lexicon/tone features"
                     + (" and marked-word rates" if marked else ""),
    }
    # the scorer is rebuilt from the model's data, as load_model does: the same numbers
    model_data = estimator_data(final, columns)
    scorer_model = LearnedScorer(linear_model(model_data), meta, data=model_data)
    path = None
    if out is not None:
        path = save_model(scorer_model, out)
        scorer_model.path = str(path)
    return TrainResult(scorer=scorer_model, cv=cv, n_texts=len(y), n_positive=int(y.sum()),
                       folds=folds, excluded=data.excluded, path=path, params=params)


__all__ = ["C_GRID", "C_PARAM", "FINAL_C", "STACK_FOLDS", "TrainResult", "build_estimator",
           "train"]
