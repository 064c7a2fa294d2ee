"""The per-article step: Article -> ArticleResult.

This is the only work the engines (local, process pool, Dask) distribute. A
:class:`Pipeline` is cheap to pickle: it carries its configuration only, and
builds the matcher, the extractors and VADER once per process on first use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..extractors.base import ArticleContext, Extractor
from ..extractors.registry import build_extractors, get_extractor
from ..text.doc import parse_article
from ..types import READABILITY_MIN_WORDS, Article, FeatureSpec, Span
from .heap import loading

if TYPE_CHECKING:
    from ..lexicon.matcher import Matcher

#: Articles with fewer body words (separated by white space) than this get no readability
#: scores (NaN; inputs.csv says why); every other feature is computed on any text.
MIN_WORDS = READABILITY_MIN_WORDS
#: the feature family left empty on a body under ``min_words`` words
SHORT_TEXT_FAMILIES = frozenset({"readability"})
#: The extractor a trained model runs as (``model_path``): framing.models registers it
#: under the entry-point group ``framing.extractors``, as plugins register theirs.
LEARNED_EXTRACTOR = "framing.learned.v1"


@dataclass(frozen=True)
class PipelineConfig:
    """What a run uses: lexicons, extractors, thresholds (all picklable)."""

    lexicons: tuple[str, ...] | None = None
    exclude_lexicons: tuple[str, ...] = ()
    extra_lexicon_files: tuple[str, ...] = ()
    weights: tuple[tuple[str, float], ...] = ()
    extractors: tuple[str, ...] | None = None
    #: extractors left out of the run by name (``--no-extractor``)
    exclude_extractors: tuple[str, ...] = ()
    #: fewer body words than this: readability scores are NaN (every other feature is computed)
    min_words: int = MIN_WORDS
    model_path: str | None = None


#: the columns every per-sentence table starts with, in order
SENTENCE_BASE = ("part", "sentence", "paragraph", "start", "end", "text", "n_words",
                 "attributed")


@dataclass
class ArticleResult:
    """Features, evidence and the per-sentence table of one article.

    ``sentence_columns`` holds the per-sentence table by column (one list per
    column, one value per body sentence: :data:`SENTENCE_BASE`, then every
    per-sentence feature); :attr:`sentences` gives the same table as rows.
    """

    article: Article
    status: str
    n_words: int
    n_sentences: int
    features: dict[str, float] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)
    sentence_columns: dict[str, list[Any]] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences(self) -> list[dict[str, Any]]:
        """The per-sentence table as one dict per body sentence (built on each access)."""
        names = list(self.sentence_columns)
        return [dict(zip(names, values, strict=True))
                for values in zip(*self.sentence_columns.values(), strict=True)]

    def sentence_texts(self) -> dict[int, str]:
        """Body sentence index -> its text."""
        cols = self.sentence_columns
        return dict(zip(cols.get("sentence", ()), cols.get("text", ()), strict=True))


class Pipeline:
    """Parse an article once, match all lexicons once, run every extractor.

    Parameters
    ----------
    config : PipelineConfig, optional
    """

    def __init__(self, config: PipelineConfig | None = None) -> None:
        self.config = config or PipelineConfig()
        self._state: dict[str, Any] | None = None

    # pickling carries the configuration only; each process rebuilds its state once
    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self._state = None

    # -- lazily built state --------------------------------------------------------
    def _build(self) -> dict[str, Any]:
        if self._state is not None:
            return self._state
        from ..lexicon import compile_lexicons, select_lexicons

        cfg = self.config
        lexicons = select_lexicons(
            include=list(cfg.lexicons) if cfg.lexicons is not None else None,
            exclude=list(cfg.exclude_lexicons),
            extra_files=[Path(p) for p in cfg.extra_lexicon_files],
            weights=dict(cfg.weights) or None,
        )
        # select_lexicons has applied the weight overrides; applying them again would square them
        matcher = compile_lexicons(lexicons)
        categories: dict[str, dict[str, dict[str, Any]]] = {}
        for lex in lexicons:
            kind_cats = categories.setdefault(lex.kind, {})
            for name, cat in lex.categories.items():
                kind_cats.setdefault(name, {"description": cat.description, **cat.extra})
        extractors = build_extractors(list(cfg.extractors) if cfg.extractors else None,
                                      exclude=cfg.exclude_extractors)
        if cfg.model_path:
            extractors.append(get_extractor(
                LEARNED_EXTRACTOR, model=cfg.model_path,
                lexicons=[(lx.name, lx.version) for lx in lexicons]))
        self._state = {
            "matcher": matcher,
            "lexicons": [(lx.name, lx.version) for lx in lexicons],
            "categories": categories,
            "extractors": extractors,
            "sentiment": None,
        }
        return self._state

    def prepare(self, *, freeze: bool = False) -> dict[str, Any]:
        """Build the state and load what the extractors and the sentence sentiment need
        (textstat and its dictionary, VADER, models): once per process, before the first
        article. The engines' workers call it once they are started, so the process that
        reads and writes (``framing analyze``) never loads them.

        Garbage collection pauses while they load; with ``freeze`` what they built is left
        out of later collections (:func:`framing.engines.heap.loading`), for a process or
        a run that ends by returning it (the local engine)."""
        st = self._build()
        if st["sentiment"] is None:
            from ..extractors.sentence_sentiment import SentenceSentiment

            with loading(freeze=freeze):
                for ex in st["extractors"]:
                    ex.prepare()
                st["sentiment"] = SentenceSentiment()
        return st

    @property
    def matcher(self) -> Matcher:
        matcher: Matcher = self._build()["matcher"]
        return matcher

    @property
    def lexicons(self) -> list[tuple[str, str]]:
        return list(self._build()["lexicons"])

    @property
    def extractors(self) -> list[Extractor]:
        return list(self._build()["extractors"])

    @property
    def lexicon_categories(self) -> dict[str, dict[str, dict[str, Any]]]:
        return dict(self._build()["categories"])

    def feature_specs(self) -> list[FeatureSpec]:
        """Every feature the configured extractors produce, in a stable order."""
        st = self._build()
        if st.get("specs") is None:
            st["specs"] = self._feature_specs()
        return list(st["specs"])

    def _feature_specs(self) -> list[FeatureSpec]:
        cats = self.lexicon_categories
        return [s for ex in self.extractors for s in ex.feature_specs(cats)]

    def sentiment(self, text: str) -> float:
        """VADER compound of one sentence, computed once per distinct text per process
        (:class:`~framing.extractors.sentence_sentiment.SentenceSentiment`)."""
        score: float = self.prepare()["sentiment"](text)
        return score

    # -- the per-article step ----------------------------------------------------------
    def run(self, article: Article) -> ArticleResult:
        """Analyse one article."""
        st = self._state if self._state is not None and self._state["sentiment"] else \
            self.prepare()
        # Quotation speakers are found with the text model's own verb list
        # (framing.text.quotes.REPORTING_VERBS, every inflection); the "reporting" lexicon
        # scores which verbs are loaded, it does not decide what counts as speech.
        parsed = parse_article(article)
        body = parsed.body
        n_words = body.n_words
        specs = st.get("specs") or self.feature_specs()
        result = ArticleResult(
            article=article, status="ok", n_words=n_words, n_sentences=len(body.sentences)
        )
        sent_words = body.sentence_words()
        attributed = body.attributed_sentences()
        index = [s.index for s in body.sentences]  # the sentence of each row
        columns: dict[str, list[Any]] = {
            "part": ["body"] * len(index),
            "sentence": index,
            "paragraph": [s.paragraph for s in body.sentences],
            "start": [s.start for s in body.sentences],
            "end": [s.end for s in body.sentences],
            "text": [s.text for s in body.sentences],
            "n_words": [sent_words[i] for i in index],
            "attributed": [i in attributed for i in index],
        }
        result.sentence_columns = columns
        if article.language not in ("en", "", None):
            result.status = "not_english"
        if result.status != "ok":
            result.features = {s.name: math.nan for s in specs}
            return result
        matches = {
            "body": st["matcher"].match(body),
            "headline": st["matcher"].match(parsed.headline),
        }
        ctx = ArticleContext(
            parsed=parsed,
            matches=matches,
            sentiment=st["sentiment"],
            lexicon_categories=st["categories"],
        )
        per_sentence: dict[str, list[float]] = {}
        for ex in st["extractors"]:
            out = ex.extract(ctx)
            result.features.update(out.features)
            result.evidence.extend(out.evidence)
            per_sentence.update(out.per_sentence)
            result.details.update(out.details)
        found = result.features  # every declared feature is present, in order
        result.features = {s.name: float(found.get(s.name, math.nan)) for s in specs}
        if len(body.text.split()) < self.config.min_words:  # as corpus.read notes it
            for s in specs:
                if s.family in SHORT_TEXT_FAMILIES:
                    result.features[s.name] = math.nan
        # one value per row; a short column is padded with 0.0
        n_rows = len(index)
        contiguous = index == list(range(n_rows))
        taken: set[int] = set()  # lists already used as a column (each column its own list)
        for name, values in per_sentence.items():
            n = len(values)
            if not contiguous:
                column = [values[i] if i < n else 0.0 for i in index]
            elif n == n_rows and type(values) is list and id(values) not in taken:
                column = values  # row i is sentence i: the extractor's own list
                taken.add(id(values))
            else:
                column = list(values[:n_rows]) if n > n_rows else [*values, *[0.0] * (n_rows - n)]
            columns[name] = column
        return result
