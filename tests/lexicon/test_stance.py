"""Sense rules of the hedges and boosters lexicons (issue 33 item 5), on sentences of the sample
corpus and sentences written for these tests.

A hedge withholds commitment, a booster asserts certainty. Words that look like them but do
something else are not counted: past-ability "could", obligation "must", participial
"established", "thinking" as a noun, "rather than", "not yet", "Frequently Asked"; a negated
booster is evidence marked negated, and weighs nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SAMPLE
from framing.engines.pipeline import Pipeline
from framing.types import Article

PIPE = Pipeline()
# padding so that a one-sentence probe clears the 25-word minimum; it matches no lexicon
PAD = (" The company released the model to users in several countries on the same day, and "
       "the team published the documentation for developers.")


def _sample_sentence(start: str) -> str:
    """The sentence of the sample corpus that begins with ``start`` (so the test reads real
    text, not a copy that could drift from it)."""
    for path in sorted(SAMPLE.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        at = text.find(start)
        if at >= 0:
            end = min(i for i in (text.find(". ", at), text.find(".\n", at), len(text)) if i >= 0)
            return text[at:end + 1]
    raise AssertionError(f"no sentence of the sample corpus starts with {start!r}")


def _evidence(text: str, feature: str) -> list[tuple[str, float, bool]]:
    """(surface, weight, negated) of the hedging or certainty evidence in ``text``."""
    res = PIPE.run(Article(id="p", outlet="o", event="e", title="", text=text + PAD))
    assert res.status == "ok"
    body = res.article.text
    return [(body[s.start:s.end], s.weight, s.negated) for s in res.evidence
            if s.feature == feature]


def _surfaces(text: str, feature: str) -> list[str]:
    return [s.lower() for s, _, _ in _evidence(text, feature)]


@pytest.mark.parametrize(("start", "word"), [
    ("Researchers could download the weights", "could"),  # 004: past ability
    ("The version developers could actually download", "could"),  # 003
    ("Claude's extended thinking", "thinking"),  # 004: a noun
    ("Frequently Asked Questions", "frequently"),  # 004: a heading
    ("Monetization strategy: not yet disclosed", "not yet"),  # 004: a fact, not a hedge
])
def test_sample_words_that_do_not_hedge(start: str, word: str) -> None:
    sentence = _sample_sentence(start)
    assert word in sentence.lower()
    assert word not in _surfaces(sentence, "hedging")


def test_sample_rather_than_is_no_hedge() -> None:
    sentence = _sample_sentence("Zuckerberg's July 2024 manifesto stated")
    assert "rather than" in sentence
    assert "rather" not in _surfaces(sentence, "hedging")


@pytest.mark.parametrize(("start", "word"), [
    ("Muse Spark users must authenticate", "must"),  # 001: obligation
    ("This momentum set the stage", "established"),  # 001: "the newly established Labs"
])
def test_sample_words_that_do_not_boost(start: str, word: str) -> None:
    sentence = _sample_sentence(start)
    assert word in sentence
    assert word not in _surfaces(sentence, "certainty")


def test_sample_hedges_that_stay() -> None:
    # 003: "a strategic signal that could reshape the AI landscape" is a possibility
    assert "could" in _surfaces(_sample_sentence("It’s a strategic signal"), "hedging")
    # 004: "remains to be seen", "may be"
    assert "remains to be seen" in _surfaces(
        _sample_sentence("Whether that differentiation survives"), "hedging")


@pytest.mark.parametrize(("text", "feature", "word"), [
    ("If the weights leak, a rival could rebuild the model within a week.", "hedging", "could"),
    ("Analysts think the launch was rushed.", "hedging", "think"),
    ("Analysts thought the launch was rushed.", "hedging", "thought"),
    ("The audit established that the weights had been modified.", "certainty", "established"),
    ("Someone must have known about the benchmark results.", "certainty", "must"),
    ("It must be a deliberate choice.", "certainty", "must"),
])
def test_senses_that_count(text: str, feature: str, word: str) -> None:
    assert word in _surfaces(text, feature)


@pytest.mark.parametrize(("text", "feature", "word"), [
    ("Before the switch, users could run the model on their own servers.", "hedging", "could"),
    ("The thinking budget is set per request.", "hedging", "thinking"),
    ("It was a thought experiment about open weights.", "hedging", "thought"),
    ("She would rather pay for the API.", "hedging", "rather"),
    ("Developers must accept the license before they download anything.", "certainty", "must"),
    ("The lab was established in 2025 by Meta.", "certainty", "established"),
])
def test_senses_that_do_not_count(text: str, feature: str, word: str) -> None:
    assert word not in _surfaces(text, feature)


def test_negated_booster_is_marked_and_not_counted() -> None:
    sentence = _sample_sentence("The developer community that contributed")
    assert "no confirmed timeline" in sentence
    evidence = _evidence(sentence, "certainty")
    assert ("confirmed", 0.0, True) in evidence
    res: Any = PIPE.run(Article(id="p", outlet="o", event="e", title="", text=sentence + PAD))
    assert res.features["certainty"] == 0.0
