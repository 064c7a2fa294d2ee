"""Headings are not prose (issue 33, item 4): section titles, FAQ questions, list labels
and bylines are found from the text's structure and kept out of every body score."""

from __future__ import annotations

from typing import Any

import pytest

from framing.engines.pipeline import Pipeline
from framing.text.doc import parse_article
from framing.text.headings import heading_spans
from framing.types import Article


def headings(text: str) -> list[str]:
    return [text[a:b] for a, b in heading_spans(text)]


def test_markup_headings() -> None:
    text = "## Why it matters\nThe model is closed. Developers lose access.\n" \
           "<h3>What comes next</h3>\nMeta plans an API."
    assert headings(text) == ["## Why it matters", "<h3>What comes next</h3>"]


def test_short_lines_without_closing_punctuation_are_labels() -> None:
    text = ("By Jane Doe\nThe council voted on Tuesday to close the branch.\n"
            "Key takeaways:\nThe branch closes in May.\n"
            "The model offers three distinct interaction modes:\nInstant and Thinking.")
    # a byline and a short label are headings; a sentence that opens a list is prose
    assert headings(text) == ["By Jane Doe", "Key takeaways:"]


def test_question_headings_and_faq_blocks() -> None:
    text = ("What happened?\nMeta launched a closed model on Tuesday.\n"
            "Frequently Asked Questions\n"
            "Is Muse Spark better than the models of its three largest rivals today?\n"
            "It scores lower on most published benchmarks.\n"
            "Will Meta keep releasing open weights for the smaller Llama models?\n"
            "It has not said.")
    assert headings(text) == [
        "What happened?", "Frequently Asked Questions",
        "Is Muse Spark better than the models of its three largest rivals today?",
        "Will Meta keep releasing open weights for the smaller Llama models?"]


@pytest.mark.parametrize("text", [
    "Who should care?",  # one paragraph: a sentence scored on its own is prose
    "Meta shipped a model. Is it any good? Nobody knows yet.",
    "The vote was a betrayal, residents said.\nThe council met again on Thursday.",
    # two questions in a row are prose asking questions, not a heading and its answer
    "Does the model deliver?\nCan Meta win developers back?\nThe answers are unclear.",
])
def test_prose_is_not_a_heading(text: str) -> None:
    assert headings(text)[:1] != [text.split("\n")[0]]


def test_headings_are_out_of_the_body() -> None:
    text = ("What happened?\nCritics slammed the closed model.\n"
            "Should you switch?\nYou should wait, and our advice is simple.")
    parsed = parse_article(Article(id="a", outlet="o", event="e", title="T", text=text))
    assert [s.text for s in parsed.body.sentences] == [
        "Critics slammed the closed model.", "You should wait, and our advice is simple."]
    res = Pipeline().run(Article(id="a", outlet="o", event="e", title="T", text=text))
    spans = [(text[s.start:s.end], s.feature) for s in res.evidence]
    # the question headings are no rhetorical questions of the body ...
    assert ("?", "opinion_style") not in spans
    # ... while the body's own address to the reader is opinion style, not loaded wording
    assert ("You should", "opinion_style") in spans and ("our", "opinion_style") in spans
    assert ("slammed", "loaded") in spans
    assert res.n_sentences == 2


def test_sample_headings_are_out_of_the_body_scores(sample_analysis: Any) -> None:
    a = sample_analysis
    for art in a.corpus.articles:
        spans = heading_spans(art.text)
        found = {art.text[x:y] for x, y in spans}
        sentences = set(a.sentences[a.sentences.article_id == art.id].text)
        assert not found & sentences, art.outlet
        ev = a.evidence[(a.evidence.article_id == art.id) & (a.evidence.part == "body")]
        for start in ev.start:
            assert not any(x <= start < y for x, y in spans), (art.outlet, start)
    texts = {art.outlet: {art.text[x:y] for x, y in heading_spans(art.text)}
             for art in a.corpus.articles}
    # what a reader sees as headings: section questions, panel labels, FAQ questions
    assert {"What happened?", "Who should care?"} <= texts["AI News (guides site)"]
    assert {"Panel Takes", "The Skeptic", "Reality Check"} <= texts["Panel analysis site"]
    assert {"Frequently Asked Questions", "What is Meta Muse Spark?"} <= texts["remio"]
    assert {"FAQ", "Will Meta continue developing Llama?",
            "1. The Llama 4 Failure Broke the Business Model"} <= texts["Explainer site"]
