"""``framing.analyze``: run the pipeline over sources and build the tables.

See ``docs/architecture.md`` for the columns of each table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from os import PathLike
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..types import Article, FeatureSpec
from .pipeline import SENTENCE_BASE, ArticleResult, Pipeline, PipelineConfig

if TYPE_CHECKING:
    from ..corpus import Corpus

Source = str | PathLike[str]

ARTICLE_META = ["id", "outlet", "event", "title", "published", "url", "source", "language",
                "n_words", "n_sentences", "status"]
EVIDENCE_COLUMNS = ["article_id", "outlet", "event", "feature", "category", "term", "surface",
                    "start", "end", "sentence", "part", "attributed", "negated", "weight",
                    "source", "speaker", "sentence_text"]
LABEL_COLUMNS = ["dominant_frame", "lead_frame", "rest_frame", "dominant_policy", "lead_policy",
                 "top_moral"]


@dataclass
class Analysis:
    """The result of :func:`analyze`: one table per grain (articles, evidence, sentences)."""

    articles: pd.DataFrame
    evidence: pd.DataFrame
    sentences: pd.DataFrame
    feature_info: pd.DataFrame
    corpus: Corpus | None = None
    lexicons: list[tuple[str, str]] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)
    details: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def features(self) -> list[str]:
        """Feature column names, in order."""
        return list(self.feature_info.index)

    def article(self, article_id: str) -> Article | None:
        """The Article record with this id, when the corpus is attached."""
        if self.corpus is None:
            return None
        return next((a for a in self.corpus.articles if a.id == article_id), None)


def feature_table(specs: Sequence[FeatureSpec]) -> pd.DataFrame:
    rows = [{"feature": s.name, "unit": s.unit, "aggregation": s.aggregation,
             "family": s.family, "description": s.description} for s in specs]
    table: pd.DataFrame = pd.DataFrame(rows, columns=["feature", "unit", "aggregation", "family",
                                                      "description"]).set_index("feature")
    return table


def evidence_rows(res: ArticleResult) -> list[dict[str, Any]]:
    a = res.article
    body_sents = res.sentence_texts()
    out = []
    for s in res.evidence:
        text = a.title if s.part == "headline" else a.text
        sentence_text = a.title if s.part == "headline" else body_sents.get(s.sentence, "")
        out.append({
            "article_id": a.id, "outlet": a.outlet, "event": a.event, "feature": s.feature,
            "category": s.category, "term": s.term, "surface": text[s.start:s.end],
            "start": s.start, "end": s.end, "sentence": s.sentence, "part": s.part,
            "attributed": s.attributed, "negated": s.negated, "weight": s.weight,
            "source": s.source, "speaker": s.speaker, "sentence_text": sentence_text,
        })
    return out


def article_row(res: ArticleResult) -> dict[str, Any]:
    a = res.article
    row: dict[str, Any] = {
        "id": a.id, "outlet": a.outlet, "event": a.event, "title": a.title,
        "published": a.published, "url": a.url, "source": a.source, "language": a.language,
        "n_words": res.n_words, "n_sentences": res.n_sentences, "status": res.status,
    }
    row.update(res.features)
    for key in LABEL_COLUMNS:
        row[key] = res.details.get(key)
    return row


def build_analysis(results: Iterable[ArticleResult], pipeline: Pipeline,
                   corpus: Corpus | None = None) -> Analysis:
    """Assemble the tables from per-article results (in the order given)."""
    specs = pipeline.feature_specs()
    art_rows: list[dict[str, Any]] = []
    ev_rows: list[dict[str, Any]] = []
    sent_cols = ["article_id", "outlet", "event", *SENTENCE_BASE]
    decomposable = [s.name for s in specs if s.aggregation != "article"]
    sent_data: dict[str, list[Any]] = {c: [] for c in sent_cols + decomposable}
    details: dict[str, dict[str, Any]] = {}
    for res in results:
        art_rows.append(article_row(res))
        ev_rows.extend(evidence_rows(res))
        a = res.article
        cols = res.sentence_columns
        n = len(cols.get("sentence", ()))
        for name, values in (("article_id", a.id), ("outlet", a.outlet), ("event", a.event)):
            sent_data[name].extend([values] * n)
        for name in sent_cols[3:] + decomposable:  # a feature not scored here is 0.0
            sent_data[name].extend(cols.get(name, [0.0] * n))
        details[a.id] = res.details
    names = [s.name for s in specs]
    articles = pd.DataFrame(art_rows, columns=ARTICLE_META + names + LABEL_COLUMNS)
    evidence = pd.DataFrame(ev_rows, columns=EVIDENCE_COLUMNS)
    sentences = pd.DataFrame(sent_data, columns=sent_cols + decomposable)
    sentences[decomposable] = sentences[decomposable].fillna(0.0)
    return Analysis(
        articles=articles, evidence=evidence, sentences=sentences,
        feature_info=feature_table(specs), corpus=corpus, lexicons=pipeline.lexicons,
        params={"extractors": [e.name for e in pipeline.extractors],
                "min_words": pipeline.config.min_words},
        details=details,
    )


def analyze(
    sources: Source | Sequence[Source] | Corpus,
    *,
    lexicons: Sequence[str] | None = None,
    exclude_lexicons: Sequence[str] = (),
    extra_lexicons: Sequence[Source] = (),
    weights: dict[str, float] | None = None,
    extractors: Sequence[str] | None = None,
    exclude_extractors: Sequence[str] = (),
    clean: bool = True,
    strict: bool = False,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    model: Source | None = None,
    progress: bool = False,
    isolate: bool = False,
) -> Analysis:
    """Analyse the articles of one or more sources.

    Parameters
    ----------
    sources : path, list of paths, or Corpus
        Directories, ``.jsonl``/``.csv`` files, or an already loaded corpus.
    lexicons, exclude_lexicons, extra_lexicons, weights
        Which lexicons are active (default: all built-ins and installed
        plugins), which built-ins to disable, extra lexicon files, and weight
        overrides (``{"loaded": 0.5}`` scales a lexicon, ``{"loaded:betrayal": 2}``
        one term).
    extractors : list of str, optional
        Versioned extractor names (default: all registered).
    exclude_extractors : list of str, optional
        Versioned extractor names to leave out (``["framing.actor_tone.v1"]``: no tone
        toward actors, the dearest extractor).
    jobs, engine, scheduler
        ``engine="local"`` with ``jobs`` worker processes, or ``engine="dask"``
        on the cluster at ``scheduler`` (a LocalCluster when None).
    isolate : bool
        With the local engine, run even one job in a worker process: the lexicons, models
        and dictionaries the analysis loads (some 200 MB) are freed when it ends, before
        what comes next (``framing report`` compares and writes in the memory they held).

    Returns
    -------
    Analysis

    Examples
    --------
    >>> import framing
    >>> a = framing.analyze("corpus/muse-spark")          # doctest: +SKIP
    >>> a.articles[["outlet", "loaded", "hedging"]]        # doctest: +SKIP
    """
    from ..corpus import Corpus, load_corpus

    if isinstance(sources, Corpus):
        corpus = sources
    else:
        srcs = [sources] if isinstance(sources, (str, PathLike)) else list(sources)
        corpus = load_corpus(*srcs, clean=clean, strict=strict)
    config = PipelineConfig(
        lexicons=tuple(lexicons) if lexicons is not None else None,
        exclude_lexicons=tuple(exclude_lexicons),
        extra_lexicon_files=tuple(str(p) for p in extra_lexicons),
        weights=tuple(sorted((weights or {}).items())),
        extractors=tuple(extractors) if extractors is not None else None,
        exclude_extractors=tuple(exclude_extractors),
        model_path=str(model) if model is not None else None,
    )
    pipeline = Pipeline(config)
    from . import run_pipeline

    results = run_pipeline(pipeline, corpus.articles, jobs=jobs, engine=engine,
                           scheduler=scheduler, progress=progress, isolate=isolate)
    return build_analysis(results, pipeline, corpus)
