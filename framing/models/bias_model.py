"""Saving and loading trained models, and the extractor-like :class:`LearnedScorer`.

A model file is gzip-compressed JSON, ``{"framing_model": FORMAT, "model": {...},
"meta": {...}}``: numbers and strings only (:mod:`framing.models.model_file`; the
fields are listed in docs/validation.md, "Model files"). Loading it never runs code:
there is no pickle in it, every field is checked before use, and a file that is not
such JSON (a pickle, a joblib file of an older framing) is refused with a
:class:`~framing.errors.ModelError` (exit code 7). ``meta`` records what the model
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
from .model_file import LinearModel, linear_model

if TYPE_CHECKING:
    from ..extractors.base import ArticleContext
    from ..lexicon.entries import Match

#: Version of the model file layout (3: the stacked model as JSON data; 2 and 1 were
#: joblib pickles, which are no longer read).
FORMAT = 3
#: The largest model file read, compressed and decompressed (bytes): the gzip stream is
#: decompressed only this far, so a small file that expands without end stops here. A
#: model trained on all of BABE is 3.3 MiB of JSON; 64 MiB leaves room for twenty times
#: that, and parsing it stays under about 300 MB.
MAX_MODEL_BYTES = 64 * 1024 * 1024
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

def save_model(scorer: LearnedScorer, path: str | Path) -> Path:
    """Write a model file (gzip-compressed JSON, atomically) and return its path."""
    import gzip
    import json

    from ..safe_output import atomic_path

    out = Path(path)
    doc = {"framing_model": FORMAT, "meta": scorer.meta, "model": scorer.data}
    payload = json.dumps(doc, ensure_ascii=False, allow_nan=False).encode("utf-8",
                                                                          "surrogatepass")
    with atomic_path(out) as tmp:
        tmp.write_bytes(gzip.compress(payload, compresslevel=6, mtime=0))
    return out


def _read_model_file(p: Path) -> Any:
    """The JSON document of a model file; never unpickles or runs anything."""
    import gzip
    import json
    import zlib

    try:
        with p.open("rb") as fh:
            head = fh.read(2)
            fh.seek(0)
            if head == b"\x1f\x8b":
                raw = gzip.GzipFile(fileobj=fh).read(MAX_MODEL_BYTES + 1)
            else:
                raw = fh.read(MAX_MODEL_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ModelError(f"cannot read the model ({type(exc).__name__}: {exc}); retrain with "
                         "framing train", path=str(p)) from None
    if len(raw) > MAX_MODEL_BYTES:
        raise ModelError(f"the model is over {MAX_MODEL_BYTES // 2**20} MiB; retrain with "
                         "framing train", path=str(p))
    if raw.lstrip()[:1] != b"{":
        pickled = raw[:1] == b"\x80" or head in (b"x\x01", b"x\x5e", b"x\x9c", b"x\xda")
        hint = (" (it looks like a Python pickle or joblib file, the format of older "
                "framing versions; framing never loads those, since loading one can run code)"
                if pickled else "")
        raise ModelError(f"not a model written by framing train{hint}; a model file is JSON: "
                         "retrain with framing train", path=str(p))
    try:
        return json.loads(raw.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ModelError(f"cannot read the model (not valid JSON: {exc}); retrain with "
                         "framing train", path=str(p)) from None


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
    if p.exists() and not p.is_file():  # a named pipe would block, a device not end
        from ..safe_output.special import file_kind

        raise ModelError(f"is {file_kind(p.stat().st_mode)}, not a model file; pass the file "
                         "framing train wrote", path=str(p))
    if not p.is_file():
        raise ModelError("no such model file; train one with framing train LABELS --out MODEL",
                         path=str(p))
    blob = _read_model_file(p)
    if not isinstance(blob, dict) or "framing_model" not in blob:
        raise ModelError("not a model written by framing train", path=str(p))
    if blob["framing_model"] != FORMAT:
        raise ModelError(f"model file format {blob['framing_model']!r}, this framing reads "
                         f"format {FORMAT}; retrain with framing train", path=str(p))
    meta = blob.get("meta")
    if not isinstance(meta, dict) or not _meta_ok(meta):
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
        model = linear_model(blob.get("model"))
        if model.columns != list(meta["feature_columns"]):
            raise ModelError("not a valid model file: its columns differ from its meta; "
                             "retrain with framing train")
    except ModelError as exc:
        raise ModelError(str(exc), path=str(p)) from None
    return LearnedScorer(model, meta, str(p), data=blob["model"])


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


__all__ = ["FORMAT", "MAX_MODEL_BYTES", "LearnedScorer", "check_lexicons", "load_model",
           "save_model"]
