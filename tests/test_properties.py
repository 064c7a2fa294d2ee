"""Property tests: any Unicode title and body go through the pipeline and the tables.

For every input: no exception; every feature is a finite float, or NaN only where the
article's status says it was not scored (too short / not English) or where the feature
is undefined by construction (a rate with no words, a share of nothing); every evidence
span lies inside its part and slices out what was matched.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import framing
from conftest import examples
from framing.corpus import Corpus
from framing.engines.analysis import build_analysis
from framing.engines.pipeline import Pipeline, PipelineConfig
from framing.lexicon.terms import norm_token, stem_key, term_key
from framing.types import Article

#: min_words=0 so that short random texts are scored and every extractor runs
PIPE = Pipeline(PipelineConfig(min_words=0))
LEXICONS = {name for name, _ in PIPE.lexicons}


@lru_cache(maxsize=1)
def matchable() -> dict[tuple[str, str], set[str]]:
    """Per lexicon and term, the keys a match may have: the term and its listed forms (format
    2), or its stems (a format-1 ``inflected`` entry)."""
    out: dict[tuple[str, str], set[str]] = {}
    for lex in PIPE.matcher.lexicon_objects:
        for e in lex.entries:
            keys = out.setdefault((lex.name, e.term), set())
            keys |= {term_key(e.term), *map(term_key, e.forms)}
            if e.mode == "inflected":
                keys.add("stem:" + stem_key(e.term))
    return out


# features that are NaN by definition on some scored texts
NAN_WHEN = {
    "named_share": "no quotations or reported speech",
    "headline_sentiment": "empty headline",
    "actor_tone_own": "no actor named in the outlet's own voice",
}

# words that the lexicons and extractors react to, mixed into random text so that the
# properties are exercised on matches and not only on noise
VOCAB = [
    "betrayal", "Betrayed", "kill", "killed", "were", "in", "the", "crash", "caught",
    "red-handed", "brutal", "comical", "bench-maxxing", "seismic", "dud", "debacle", "May",
    "may", "5", "it", "remains", "to", "be", "seen", "not", "clear", "The", "message", "is",
    "there", "no", "doubt", "Mark", "Zuckerberg", "Zuckerberg's", "critics", "say", "said",
    "claimed", "slammed", "people", "familiar", "with", "matter", "biggest", "most", "?",
    "!", ".", ",", '"', "“", "”", "'", "—", "\n", "\n\n", "Meta", "said:", "lashed", "out",
    "so-called", "extremely", "perhaps", "Ⅻ", "ǅ", "İ", "İdea", "ß", "ﬁ", "\u0301", "\u200b",
]
words = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), max_size=60).map(
    " ".join
)
texts = st.one_of(st.text(max_size=400), words)


#: left empty on a body under the pipeline's min_words (whitespace-separated words)
READABILITY = ("readability", "fk_grade", "gunning_fog")


def check_result(analysis: Any) -> None:
    arts = analysis.articles
    feats = analysis.features
    for _, row in arts.iterrows():
        for f in feats:
            v = row[f]
            assert isinstance(v, float), (f, v)
            assert not math.isinf(v), (f, v)
            if math.isnan(v) and row["status"] == "ok":
                art = analysis.article(row["id"])
                short = art is not None and len(art.text.split()) < analysis.params["min_words"]
                assert (f in NAN_WHEN or row["n_words"] == 0 or row["n_sentences"] == 0
                        or (short and f in READABILITY)), (f, row)
        if row["status"] == "ok" and math.isnan(row["actor_tone_own"]):
            # NaN exactly when the article's own voice names no actor
            ev = analysis.evidence
            own = ev[(ev.article_id == row["id"]) & (ev.feature == "actor_tone") & ~ev.attributed]
            assert own.empty, own
        if row["status"] != "ok":
            assert row["status"] == "not_english"
    for _, e in analysis.evidence.iterrows():
        article = analysis.article(e.article_id)
        assert article is not None
        text = article.title if e.part == "headline" else article.text
        assert 0 <= e.start <= e.end <= len(text)
        surface = text[e.start : e.end]
        assert e.surface == surface
        if e.source in LEXICONS:
            # the matcher compares normalised tokens with the term or one of its listed forms
            # (format 2), or their stems (a format-1 inflected entry)
            keys = matchable()[(e.source, e.term)]
            assert term_key(surface) in keys or "stem:" + stem_key(surface) in keys, \
                (e.term, surface)
        elif e.feature == "superlatives":
            assert norm_token(surface) == e.term
        elif e.feature in ("questions", "exclamations"):
            assert e.term in surface
    for w in analysis.sentences.n_words:
        assert w >= 0


def one(title: str, body: str) -> Corpus:
    return Corpus([Article(id="a", outlet="o", event="e", title=title, text=body),
                   Article(id="b", outlet="p", event="e", title=body[:80], text=title)])


@settings(max_examples=examples(), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts)
@example(title="Meta Kills the Llama?", body="Critics say Zuckerberg's move was a “betrayal”. "
         "It is not clear. Two people were killed in the crash! Meta may be the biggest.")
@example(title="", body="")
def test_pipeline_tables_on_any_text(title: str, body: str) -> None:
    corpus = one(title, body)
    results = [PIPE.run(a) for a in corpus.articles]
    analysis = build_analysis(results, PIPE, corpus)
    assert list(analysis.articles.status) == ["ok", "ok"]
    check_result(analysis)


@settings(max_examples=examples(0.4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts)
def test_analyze_on_any_text(title: str, body: str) -> None:
    # the public entry point with its default 25-word minimum: short texts are scored,
    # but get NaN readability
    analysis = framing.analyze(one(title, body))
    check_result(analysis)
    for _, row in analysis.articles.iterrows():
        art = analysis.article(row["id"])
        assert art is not None
        if row["status"] == "ok" and len(art.text.split()) < 25:
            assert math.isnan(row["readability"])


@settings(max_examples=examples(), deadline=None)
@given(text=texts)
def test_readability_equals_textstat_on_any_text(text: str) -> None:
    """framing's readability is textstat's value, whatever the text."""
    import textstat as ts

    from framing.extractors.readability import readability_scores

    got = readability_scores(text)
    if not text.strip():
        assert all(math.isnan(v) for v in got.values())
        return
    assert got == {"readability": ts.flesch_reading_ease(text),
                   "fk_grade": ts.flesch_kincaid_grade(text),
                   "gunning_fog": ts.gunning_fog(text)}


def test_properties_hold_on_the_sample(sample_analysis: Any) -> None:
    # the same checks over the real evidence of the five sample articles
    assert len(sample_analysis.evidence) > 500
    check_result(sample_analysis)
