"""Saving and loading trained models, and the extractor-like :class:`LearnedScorer`.

A model file is a joblib pickle of ``{"framing_model": FORMAT, "estimator": ...,
"meta": {...}}``. ``meta`` records what the model was trained on: the framing
version, the feature definition (:data:`~framing.learn.features.FEATURES_VERSION`)
and column names, the ``(name, version)`` of every lexicon feeding the features,
the scikit-learn version, a sha256 of the training data and the cross-validated
figures. :func:`load_model` refuses a model whose features or lexicons differ from
the run's, with a :class:`~framing.errors.ModelError` that says what to do.

Like any pickle, a model file can run code when loaded: load only models you
trained or trust.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ModelError
from ..types import ExtractorResult, Span
from .features import FEATURES_VERSION, TEXT_COLUMN, feature_frame, feature_row, text_features

if TYPE_CHECKING:
    from ..extractors.base import ArticleContext
    from ..lexicon.model import Match

#: Version of the model file layout (2: the stacked estimator of framing.learn.train,
#: an n-gram model's cross-fitted logit beside the dense features; 1 had one regression).
FORMAT = 2
#: Evidence: this many highest-probability sentences, this many terms each.
TOP_SENTENCES = 3
TOP_TERMS = 3


class LearnedScorer:
    """A trained model, ready to score texts or the body sentences of an article.

    Parameters
    ----------
    estimator : sklearn Pipeline
        ``features``, a ``ColumnTransformer`` (``text``: the n-gram model's logit,
        ``lex``, optionally ``marked``), followed by ``clf``, a linear classifier (see
        :func:`framing.learn.train.build_estimator`).
    meta : dict
        What the model was trained on (see the module docstring).
    path : str
        Where it was loaded from (for messages).
    """

    feature = "loaded_learned"

    def __init__(self, estimator: Any, meta: dict[str, Any], path: str = "") -> None:
        self.estimator = estimator
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
        return np.asarray(self.estimator.predict_proba(frame)[:, 1], dtype=float)

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
        columns = self.estimator.named_steps["features"]
        if "lex" not in columns.named_transformers_:  # pragma: no cover - defensive
            return []
        clf = self.estimator.named_steps["clf"]
        scaler = columns.named_transformers_["lex"]
        coef = np.ravel(clf.coef_)[columns.output_indices_["lex"]]
        per_unit = dict(zip(self.columns, coef / scaler.scale_, strict=True))
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
        columns = self.estimator.named_steps["features"]
        b = float(np.ravel(self.estimator.named_steps["clf"].coef_)[
            columns.output_indices_["text"]][0])
        ngram_model = columns.named_transformers_["text"].estimator_
        word = ngram_model.named_steps["ngrams"].named_transformers["word"]  # the first block
        a = np.ravel(ngram_model.named_steps["clf"].coef_)[:len(word.vocabulary_)]
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

def save_model(scorer: LearnedScorer, path: str | Path) -> Path:
    """Write a model file (joblib, compressed) and return its path."""
    import joblib

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    joblib.dump({"framing_model": FORMAT, "estimator": scorer.estimator, "meta": scorer.meta},
                tmp, compress=3)
    tmp.replace(out)
    return out


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
    """Load a model saved by :func:`framing.learn.train` and check it fits this run.

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
    import joblib
    import sklearn

    p = Path(path)
    if not p.is_file():
        raise ModelError("no such model file; train one with framing train LABELS --out MODEL",
                         path=str(p))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # version warnings: checked below, with advice
            blob = joblib.load(p)
    except Exception as exc:
        raise ModelError(f"cannot read the model ({type(exc).__name__}: {exc}); "
                         "retrain with framing train", path=str(p)) from None
    if not isinstance(blob, dict) or "framing_model" not in blob:
        raise ModelError("not a model written by framing train", path=str(p))
    if blob["framing_model"] != FORMAT:
        raise ModelError(f"model file format {blob['framing_model']}, this framing reads "
                         f"format {FORMAT}; retrain with framing train", path=str(p))
    meta: dict[str, Any] = blob["meta"]
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
    return LearnedScorer(blob["estimator"], meta, str(p))


__all__ = ["FORMAT", "LearnedScorer", "check_lexicons", "load_model", "save_model"]
