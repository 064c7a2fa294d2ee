"""Saving and loading trained models, and the extractor-like :class:`LearnedScorer`.

A model file is gzip-compressed JSON in the one linear-model format
(:mod:`framing.models.linear_file`, task ``bias``): numbers and strings only, the
n-gram, lexicon and marked-word blocks as its ``features``
(:mod:`framing.models.model_file`), the final classifier's named weights, and ``meta``
(the fields are listed in docs/validation.md, "Model files"). Loading it never runs
code: there is no pickle in it, every field is checked before use, and a file that is
not such JSON (a pickle, a joblib file of an older framing, a model file of format 3) is
refused with a :class:`~framing.errors.ModelError` (exit code 7). ``meta`` records what the model
was trained on: the framing version, the feature definition
(:data:`~framing.models.bias_features.FEATURES_VERSION`) and column names, the
``(name, version)`` of every lexicon feeding the features,
the scikit-learn version, a sha256 of the training data and the cross-validated
figures. :func:`load_model` refuses a model whose features or lexicons differ from
the run's, with a :class:`~framing.errors.ModelError` that says what to do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ModelError
from ..types import ExtractorResult, Span
from .bias_features import (
    FEATURES_VERSION,
    TEXT_COLUMN,
    columns_problem,
    feature_frame,
    feature_row,
    text_features,
)
from .linear_file import (
    MAX_MODEL_BYTES,
    LinearFile,
    linear_document,
    read_linear_model,
    write_linear_model,
)
from .model_file import LinearModel, linear_model

if TYPE_CHECKING:
    from ..extractors.base import ArticleContext
    from ..lexicon.entries import Match

#: Evidence: this many highest-probability sentences, this many terms each.
TOP_SENTENCES = 3
TOP_TERMS = 3


class LearnedScorer:
    """A trained model, ready to score texts or the body sentences of an article.

    Parameters
    ----------
    model : LinearModel
        The fitted stacked model as data (:func:`framing.models.model_file.linear_model`):
        the n-gram model's logit, the ``lex`` and optionally ``marked`` blocks, and the
        final linear classifier (see :func:`framing.models.train_bias.build_estimator`).
    meta : dict
        What the model was trained on (see the module docstring).
    path : str
        Where it was loaded from (for messages).
    """

    feature = "loaded_learned"

    def __init__(self, model: LinearModel, meta: dict[str, Any], path: str = "", *,
                 data: dict[str, Any] | None = None) -> None:
        self.model = model
        self.data = data if data is not None else {}
        self.meta = meta
        self.path = path
        self.columns: list[str] = list(meta["feature_columns"])
        self.lexicon_names: set[str] = {name for name, _ in meta["lexicons"]}

    def __repr__(self) -> str:
        where = self.path or "(in memory)"
        return f"<LearnedScorer {where} trained on {self.meta['n_train']} texts>"

    # -- scoring ---------------------------------------------------------------------
    def predict_frame(self, frame: Any) -> np.ndarray[Any, Any]:
        """Positive-class probability of each row of a feature table."""
        if len(frame) == 0:
            return np.zeros(0)
        if self.meta.get("marked_words"):
            from .marked import MARKED_COLUMN

            if MARKED_COLUMN not in frame:  # marks are read in training only
                frame = frame.assign(**{MARKED_COLUMN: [[] for _ in range(len(frame))]})
        return np.asarray(self.model.predict_proba(frame)[:, 1], dtype=float)

    def predict_texts(self, texts: Sequence[str], *,
                      match: Callable[[str], tuple[list[Match], int]],
                      sentiment: Callable[[str], float]) -> np.ndarray[Any, Any]:
        """Probability of each text, scored as one unit.

        ``match(text)`` returns the run's lexicon matches of the text and its word
        count; ``sentiment(text)`` its VADER compound.
        """
        frame = text_features(texts, match=match, sentiment=sentiment, columns=self.columns,
                              lexicon_names=self.lexicon_names)
        return self.predict_frame(frame)

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        """``loaded_learned``: mean probability over body sentences, with evidence terms.

        Evidence: in each of the :data:`TOP_SENTENCES` most probable sentences, the
        :data:`TOP_TERMS` word n-grams (:meth:`top_terms`) or lexicon matches
        (:meth:`lexicon_terms`) that add most to the classifier's logit.
        """
        body = ctx.body
        sentences = body.sentences
        by_sentence: list[list[Match]] = [[] for _ in sentences]
        for m in ctx.matches.get("body", []):
            if 0 <= m.sentence < len(sentences):
                by_sentence[m.sentence].append(m)
        words = body.sentence_words()
        rows = [feature_row(by_sentence[s.index], columns=self.columns,
                            compound=ctx.sentiment(s.text), n_words=words[s.index],
                            lexicon_names=self.lexicon_names) for s in sentences]
        texts = [s.text for s in sentences]
        probs = self.predict_frame(feature_frame(texts, rows, self.columns))
        res = ExtractorResult()
        res.per_sentence[self.feature] = [float(p) for p in probs]
        res.features[self.feature] = float(np.mean(probs)) if len(probs) else float("nan")
        order = sorted(range(len(probs)), key=lambda i: (-probs[i], i))[:TOP_SENTENCES]
        for i in order:
            s = sentences[i]
            found: list[tuple[float, str, int, int, str]] = []
            for term, weight in self.top_terms(s.text, TOP_TERMS):
                hit = _find_ngram(s.text, term)
                if hit is not None:
                    found.append((weight, term, s.start + hit[0], s.start + hit[1], "model"))
            for m, weight in self.lexicon_terms(by_sentence[s.index]):
                found.append((weight, m.term, m.start, m.end, m.lexicon))
            found.sort(key=lambda f: (-f[0], f[2]))
            seen: set[tuple[int, int]] = set()
            for weight, term, start, end, source in found:
                if (start, end) in seen or len(seen) >= TOP_TERMS:
                    continue
                seen.add((start, end))
                attributed, speaker = ctx.is_attributed(start, end)
                res.evidence.append(Span(
                    feature=self.feature, category="model_term", term=term, start=start,
                    end=end, sentence=i, part="body", attributed=attributed, weight=weight,
                    source=source, speaker=speaker))
        return res

    def lexicon_terms(self, matches: Sequence[Match]) -> list[tuple[Match, float]]:
        """The lexicon matches that push a sentence's probability up, with their weights.

        A match adds its lexicon weight to the ``lex:<kind>`` (and
        ``lex:<kind>:<category>``) features; its weight here is what that adds to
        the classifier's logit (coefficient / standard deviation x weight), the
        same scale as :meth:`top_terms`.
        """
        coef = self.model.lex_coef
        scale = self.model.lex_scale
        per_unit = dict(zip(self.model.columns, coef / scale, strict=True))
        out = []
        for m in matches:
            if m.negated or (self.lexicon_names and m.lexicon not in self.lexicon_names):
                continue
            w = m.weight * (per_unit.get(f"lex:{m.kind}", 0.0)
                            + per_unit.get(f"lex:{m.kind}:{m.category}", 0.0))
            if w > 0:
                out.append((m, float(w)))
        return out

    def _word_weights(self) -> tuple[Any, np.ndarray[Any, Any]]:
        """The fitted word vectoriser and each word n-gram's weight in the final logit.

        An n-gram adds ``a * x`` to the n-gram model's logit (``a`` its coefficient,
        ``x`` its tf-idf value), and the logit enters the final classifier with
        coefficient ``b``: its weight in the final logit is ``b * a``.
        """
        word = self.model.word
        a = self.model.ngram_coef[:len(word.vocabulary_)]
        b = self.model.text_weight
        return word, b * a

    def top_terms(self, text: str, k: int = TOP_TERMS) -> list[tuple[str, float]]:
        """The word n-grams of ``text`` that push its probability up most.

        Each weight is the n-gram's coefficient in the final logit (see
        :meth:`_word_weights`) times its tf-idf value;
        n-grams made only of stop words ("the", "what") are not shown as evidence.
        """
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        word, coef = self._word_weights()
        x = word.transform([text]).tocsr()
        contrib = x.data * coef[x.indices]
        names = word.get_feature_names_out()
        pairs = [(str(names[j]), float(c))
                 for j, c in zip(x.indices, contrib, strict=True)
                 if c > 0 and not set(str(names[j]).split()) <= ENGLISH_STOP_WORDS]
        pairs.sort(key=lambda p: (-p[1], p[0]))
        return pairs[:k]


def _find_ngram(text: str, term: str) -> tuple[int, int] | None:
    """Character span of a word n-gram in ``text`` (one-letter words may sit between)."""
    words = term.split()
    gap = r"\W+(?:\w\W+)*"
    pattern = r"(?<!\w)" + gap.join(re.escape(w) for w in words) + r"(?!\w)"
    m = re.search(pattern, text, flags=re.IGNORECASE)
    return (m.start(), m.end()) if m else None


# -- saving and loading ----------------------------------------------------------------

def _final_names(data: dict[str, Any]) -> list[str]:
    """The names of the final classifier's inputs: the n-gram logit, the lexicon and tone
    columns, then the marked-word rates (when the model has them)."""
    from .marked import MARKED_FEATURES

    names = ["ngram", *[str(c) for c in data["lex"]["columns"]]]
    if data.get("marked") is not None:
        names += [f"marked_{n}" for n in MARKED_FEATURES]
    return names


def model_document(scorer: LearnedScorer) -> dict[str, Any]:
    """The scorer as a :mod:`~framing.models.linear_file` document (task ``bias``): the
    final classifier's weights named, the n-gram, lexicon and marked-word blocks as the
    task's ``features``."""
    data = scorer.data
    coef = data["clf"]["coef"]
    names = _final_names(data)
    if len(names) != len(coef):  # pragma: no cover - estimator_data keeps them in step
        raise ModelError("the model's coefficients do not match its columns")
    return linear_document(
        "bias", [0, 1], [data["clf"]["intercept"]],
        {"ngram": data["ngram"], "lex": data["lex"], "marked": data["marked"]},
        {"final": [[n, c] for n, c in zip(names, coef, strict=True)]}, scorer.meta)


def save_model(scorer: LearnedScorer, path: str | Path) -> Path:
    """Write a model file (gzip-compressed JSON, atomically) and return its path."""
    return write_linear_model(model_document(scorer), path, compress=True)


def _model_data(lf: LinearFile) -> dict[str, Any]:
    """The bias model's data (as :func:`~framing.models.model_file.linear_model` reads
    it) from a checked document; :class:`ModelError` naming the field that does not fit."""
    feats = lf.features
    for key in ("ngram", "lex"):
        if not isinstance(feats.get(key), dict):
            raise ModelError(f"not a valid model file: field features.{key} is missing; "
                             "retrain with framing train")
    if lf.classes != (0, 1):
        raise ModelError("not a valid model file: field classes is not [0, 1]; retrain with "
                         "framing train")
    rows = lf.weights.get("final")
    data = {"ngram": feats["ngram"], "lex": feats["lex"], "marked": feats.get("marked")}
    lex = data["lex"]
    if not (isinstance(lex.get("columns"), list)
            and all(isinstance(c, str) for c in lex["columns"])):
        raise ModelError("not a valid model file: field features.lex.columns is not a list "
                         "of strings; retrain with framing train")
    if rows is None or [n for n, _ in rows] != _final_names(data):
        raise ModelError("not a valid model file: field weights.final does not name the "
                         "n-gram logit, features.lex.columns and the marked-word rates in "
                         "order; retrain with framing train")
    data["clf"] = {"coef": [w[0] for _, w in rows], "intercept": lf.intercept[0]}
    return data


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def check_lexicons(meta: dict[str, Any], lexicons: Sequence[tuple[str, str]]) -> None:
    """Raise :class:`ModelError` unless every lexicon of the model is active, same version."""
    have = dict(lexicons)
    for name, version in meta["lexicons"]:
        if name not in have:
            raise ModelError(f"model trained with lexicon {name} {version}, this run does not "
                             f"use {name}; enable it (drop --no-lexicon {name}) or retrain with "
                             "framing train")
        if have[name] != version:
            raise ModelError(f"model trained with lexicon {name} {version}, this run has "
                             f"{name} {have[name]}; retrain with framing train or pass the "
                             "matching lexicons")


def load_model(path: str | Path, lexicons: Sequence[tuple[str, str]] | None = None
               ) -> LearnedScorer:
    """Load a model saved by :func:`framing.models.train_bias` and check it fits this run.

    Parameters
    ----------
    path : str or Path
    lexicons : list of (name, version), optional
        The run's lexicons. Every lexicon the model's features were computed with
        must be among them with the same version. ``None`` skips this check (for
        inspecting a model, not for scoring).

    Raises
    ------
    ModelError
        The file is missing or not a framing model, or the model was trained with
        other features, lexicons or scikit-learn version.
    """
    import sklearn

    p = Path(path)
    lf = read_linear_model(p, "bias")
    meta = lf.meta
    if not _meta_ok(meta):
        raise ModelError("not a valid model file: its meta is incomplete; retrain with "
                         "framing train", path=str(p))
    if meta.get("features_version") != FEATURES_VERSION:
        raise ModelError(f"model trained with features {meta.get('features_version')}, this "
                         f"framing computes {FEATURES_VERSION}; retrain with framing train",
                         path=str(p))
    if _minor(meta.get("sklearn_version", "")) != _minor(sklearn.__version__):
        raise ModelError(f"model saved with scikit-learn {meta.get('sklearn_version')}, this "
                         f"environment has {sklearn.__version__}; retrain with framing train "
                         "or install the matching scikit-learn", path=str(p))
    if lexicons is not None:
        try:
            check_lexicons(meta, lexicons)
        except ModelError as exc:
            raise ModelError(str(exc), path=str(p)) from None
    if meta.get("text_column", TEXT_COLUMN) != TEXT_COLUMN:  # pragma: no cover - defensive
        raise ModelError("model expects another input layout; retrain", path=str(p))
    try:
        problem = columns_problem(meta["feature_columns"])
        if problem:
            raise ModelError(f"not a valid model file: {problem}; retrain with framing train")
        data = _model_data(lf)
        model = linear_model(data)
        if model.columns != list(meta["feature_columns"]):
            raise ModelError("not a valid model file: its columns differ from its meta; "
                             "retrain with framing train")
    except ModelError as exc:
        raise ModelError(str(exc), path=str(p)) from None
    return LearnedScorer(model, meta, str(p), data=data)


def _meta_ok(meta: dict[str, Any]) -> bool:
    """The meta fields scoring reads, with their types."""
    lex = meta.get("lexicons")
    return (isinstance(meta.get("feature_columns"), list)
            and all(isinstance(c, str) for c in meta["feature_columns"])
            and isinstance(lex, list)
            and all(isinstance(x, list) and len(x) == 2 and all(isinstance(v, str) for v in x)
                    for x in lex)
            and isinstance(meta.get("n_train"), int)
            and isinstance(meta.get("sklearn_version", ""), str)
            and isinstance(meta.get("marked_words", False), bool))


__all__ = ["MAX_MODEL_BYTES", "LearnedScorer", "check_lexicons", "load_model",
           "model_document", "save_model"]
