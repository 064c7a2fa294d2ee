"""framing.extractors.sourcing on news-like text: each quotation of the parse becomes one span
(direct quotes weigh 1, reported speech 0), the share of attributed sentences, named
speakers, loaded reporting verbs and unnamed sources, with exact offsets and rates.

Who the parse finds as a speaker is framing.text.quotes' business (tests/text/); here the
spans and figures are checked against the quotations the parse gives."""

from __future__ import annotations

import math
from typing import Any

import pytest

from framing.engines.pipeline import Pipeline
from framing.extractors import get_extractor
from framing.extractors.base import ArticleContext
from framing.text.doc import parse_article
from framing.types import Article

PIPE = Pipeline()
TEXT = ("The council approved the budget on Wednesday. “This budget keeps libraries open,” said "
        "Maria Alvarez, the council president. James Okafor said the vote was rushed. “We will "
        "be back,” a spokeswoman said. Critics say the plan borrows from the future. "
        "Officials claimed the deal was fair. The vote was 7-4.")
ARTICLE = Article(id="p", outlet="o", event="e", title="Council Approves Budget", text=TEXT)
QUOTE_FEATURES = ("quote", "reported_speech")


def extract(article: Article) -> tuple[Any, Any]:
    """The sourcing extractor's result and the parsed body it read."""
    parsed = parse_article(article)
    ctx = ArticleContext(parsed=parsed, matches={"body": PIPE.matcher.match(parsed.body),
                                                 "headline": PIPE.matcher.match(parsed.headline)},
                         sentiment=PIPE.sentiment, lexicon_categories=PIPE.lexicon_categories)
    return get_extractor("framing.sourcing.v1").extract(ctx), parsed.body


def test_the_probe_holds_direct_and_reported_speech() -> None:
    _, body = extract(ARTICLE)
    assert [(q.kind, q.speaker, TEXT[q.start:q.end]) for q in body.quotes] == [
        ("direct", "Maria Alvarez", "“This budget keeps libraries open,”"),
        ("reported", "James Okafor", " the vote was rushed."),
        ("direct", "a spokeswoman", "“We will be back,”"),
        ("reported", "critics", " the plan borrows from the future."),
        ("reported", "officials", " the deal was fair."),
    ]
    assert (len(body.sentences), body.n_words) == (7, 49)


def test_each_quotation_is_one_span() -> None:
    res, body = extract(ARTICLE)
    spans = [s for s in res.evidence if s.feature in QUOTE_FEATURES]
    assert len(spans) == len(body.quotes)
    for s, q in zip(spans, body.quotes, strict=True):
        direct = q.kind == "direct"
        assert (s.feature, s.category, s.term) == (
            "quote" if direct else "reported_speech", q.kind, q.speaker or "(unnamed)")
        assert (s.start, s.end, s.sentence) == (q.start, q.end, body.sentence_at(q.start))
        assert (s.part, s.attributed, s.negated, s.source, s.speaker) == (
            "body", True, False, "quotes", q.speaker)
        assert s.weight == (1.0 if direct else 0.0)
    alvarez = next(s for s in spans if s.speaker == "Maria Alvarez")
    assert TEXT[alvarez.start:alvarez.end] == "“This budget keeps libraries open,”"
    assert alvarez.sentence == 1


def test_shares_and_rates() -> None:
    res, body = extract(ARTICLE)
    n = len(body.sentences)
    attributed = body.attributed_sentences()
    assert res.per_sentence["attribution"] == [1.0 if i in attributed else 0.0
                                               for i in range(n)]
    assert res.features["attribution"] == pytest.approx(len(attributed) / n)
    assert 0 < len(attributed) < n
    direct = [q for q in body.quotes if q.kind == "direct"]
    assert res.features["quotes"] == pytest.approx(1000 * len(direct) / body.n_words)
    assert res.per_sentence["quotes"] == [
        float(sum(body.sentence_at(q.start) == i for q in direct)) for i in range(n)]
    named = [q for q in body.quotes if q.speaker and q.speaker[:1].isupper()]
    assert 0 < len(named) < len(body.quotes)
    assert res.features["named_share"] == pytest.approx(len(named) / len(body.quotes))
    # the same figures as numbers: 5 of 7 sentences attributed, 2 direct quotations in 49
    # words, 2 of 5 speakers named (a spokeswoman, critics and officials are described
    # sources, kept in lower case even at the start of a sentence)
    assert res.per_sentence["attribution"] == [0.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0]
    assert res.per_sentence["quotes"] == [0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    assert res.features["attribution"] == pytest.approx(5 / 7)
    assert res.features["quotes"] == pytest.approx(2000 / 49)
    assert res.features["named_share"] == pytest.approx(0.4)
    spokeswoman = [s for s in res.evidence
                   if s.feature in QUOTE_FEATURES and s.speaker == "a spokeswoman"]
    assert [(s.feature, s.term, s.sentence, s.weight) for s in spokeswoman] == [
        ("quote", "a spokeswoman", 3, 1.0)]


def test_loaded_reporting_verbs_and_unnamed_sources() -> None:
    res, body = extract(ARTICLE)
    got = [(s.feature, s.category, s.term, TEXT[s.start:s.end], s.sentence, s.attributed,
            s.weight, s.source) for s in res.evidence if s.feature not in QUOTE_FEATURES]
    assert got == [
        ("loaded_reporting", "loaded", "claim", "claimed", 5, False, 1.0, "reporting"),
        ("unnamed_sources", "unnamed_source", "critics say", "Critics say", 4, False, 1.0,
         "reporting"),
    ]
    words = body.n_words
    assert res.features["loaded_reporting"] == pytest.approx(1000 / words)
    assert res.features["unnamed_sources"] == pytest.approx(1000 / words)
    assert res.per_sentence["loaded_reporting"] == [0.0] * 5 + [1.0, 0.0]
    assert res.per_sentence["unnamed_sources"] == [0.0] * 4 + [1.0, 0.0, 0.0]
    # the reporting verbs as written, but not the unnamed-source phrases
    assert res.details["reporting_verbs"] == {"said": 3, "claimed": 1}


def test_speakers_are_counted_most_quoted_first() -> None:
    text = ("“We will fight this,” said Maria Alvarez. “The plan is unfair,” Alvarez added. "
            "James Okafor said the vote was rushed. “It is a good plan,” said Ann Berg. "
            "“We will appeal,” said Maria Alvarez again.")
    res, body = extract(Article(id="s", outlet="o", event="e", title="Budget", text=text))
    counts: dict[str, int] = {}
    for q in body.quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    expected = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    assert list(res.details["speakers"].items()) == expected
    # "Alvarez added" is Maria Alvarez (the surname of a person the text named); ties of
    # one quote each in alphabetical order, after the most quoted
    assert res.details["speakers"] == {"Maria Alvarez": 3, "Ann Berg": 1, "James Okafor": 1}
    assert list(res.details["speakers"]) == ["Maria Alvarez", "Ann Berg", "James Okafor"]
    assert res.details["reporting_verbs"] == {"said": 4, "added": 1}
    assert res.features["named_share"] == 1.0 and res.features["attribution"] == 1.0


def test_a_text_without_speech() -> None:
    res, body = extract(Article(id="n", outlet="o", event="e", title="Budget", text=(
        "The council approved the budget on Wednesday. The vote was seven to four.")))
    assert list(body.quotes) == []
    assert res.features["attribution"] == 0.0 and res.features["quotes"] == 0.0
    assert math.isnan(res.features["named_share"])  # no quotation: no share
    assert [s for s in res.evidence] == []
    assert res.details["speakers"] == {} and res.details["reporting_verbs"] == {}


def test_an_empty_body_has_no_shares() -> None:
    res, _ = extract(Article(id="e", outlet="o", event="e", title="Budget", text=""))
    assert math.isnan(res.features["attribution"]) and math.isnan(res.features["named_share"])
    assert math.isnan(res.features["quotes"])  # no words
    assert res.per_sentence["attribution"] == []
