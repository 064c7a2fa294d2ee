"""framing.lexicon.evidence: when a match is evidence, its precision, and the sentence score
as a noisy OR over token spans, by hand on small cases and on matches of the built-in loaded
lexicon in real sentences."""

from __future__ import annotations

import math
from typing import Any

import pytest

from framing.lexicon import compile_lexicons, get_lexicon
from framing.lexicon.entries import Match
from framing.lexicon.evidence import (
    UNCALIBRATED_BASE_RATE,
    UNCALIBRATED_PRECISION,
    combine,
    is_evidence,
    match_precision,
    sentence_probabilities,
    span_precisions,
)
from framing.text.doc import parse_text
from framing.types import filled


def match(**kw: Any) -> Match:
    base: dict[str, Any] = dict(
        lexicon="loaded", kind="loaded", category="c", term="sham", surface="sham", start=0,
        end=4, tok_start=0, tok_end=1, sentence=0, weight=1.0, negated=False, moral=None,
        precision=0.4, base_rate=0.03)
    return filled(Match, **{**base, **kw})


def test_the_uncalibrated_defaults() -> None:
    assert (UNCALIBRATED_PRECISION, UNCALIBRATED_BASE_RATE) == (0.4, 0.0)
    assert match_precision(match(precision=None)) == 0.4
    # no base rate: any precision above 0 is evidence
    assert match_precision(match(precision=0.01, base_rate=None)) == 0.01
    assert match_precision(match(precision=None, base_rate=None)) == 0.4


@pytest.mark.parametrize("kw, expected", [
    ({}, 0.4),
    ({"negated": True}, 0.0),
    ({"weight": 0.0}, 0.0),
    ({"weight": -1.0}, 0.0),
    ({"precision": 0.03}, 0.0),  # no better than the base rate: not evidence
    ({"precision": 0.031}, 0.031),
    ({"precision": 0.02}, 0.0),  # below it: counter-evidence, left out
    ({"weight": 2.0}, 1 - 0.6 ** 2),  # two independent chances
    ({"weight": 0.5}, 1 - 0.6 ** 0.5),
    ({"weight": 3.0, "precision": 0.5}, 1 - 0.5 ** 3),
])
def test_match_precision(kw: dict[str, Any], expected: float) -> None:
    got = match_precision(match(**kw))
    assert got == pytest.approx(expected)
    assert is_evidence(match(**kw)) is (expected > 0)


def test_combine_is_a_noisy_or() -> None:
    assert combine([]) == 0.0
    assert combine([0.4]) == pytest.approx(0.4)
    assert combine([0.4, 0.5]) == pytest.approx(1 - 0.6 * 0.5)
    assert combine(iter([0.2, 0.2, 0.2])) == pytest.approx(1 - 0.8 ** 3)
    assert combine([1.0, 0.3]) == 1.0


def test_a_span_counts_once_with_its_most_precise_entry() -> None:
    a = match(category="c", precision=0.3)
    b = match(category="d", precision=0.6)
    c = match(tok_start=4, tok_end=6, precision=0.5)
    neg = match(tok_start=8, tok_end=9, negated=True)
    assert span_precisions([a, b, c, neg]) == {(0, 1): 0.6, (4, 6): 0.5}
    assert span_precisions([b, a]) == {(0, 1): 0.6}
    assert span_precisions([neg]) == {}


def test_sentence_probabilities_combine_the_spans_of_each_sentence() -> None:
    ev = [match(sentence=1, precision=0.4), match(sentence=1, tok_start=3, tok_end=4,
                                                  precision=0.5),
          match(sentence=1, category="other", precision=0.2),  # same span: counted once
          match(sentence=2, precision=0.25),
          match(sentence=3, precision=0.9), match(sentence=-1, precision=0.9)]  # no such
    assert sentence_probabilities(3, ev) == pytest.approx([0.0, 1 - 0.6 * 0.5, 0.25])
    assert sentence_probabilities(0, ev) == []
    assert sentence_probabilities(2, []) == [0.0, 0.0]


def test_loaded_matches_in_real_sentences() -> None:
    loaded = get_lexicon("loaded")
    matcher = compile_lexicons([loaded])
    doc = parse_text("Critics called the plan a disgraceful sham. The council did not betray "
                     "anyone, officials said. The vote was held on Tuesday.")
    matches = matcher.match(doc)
    by_surface = {m.surface: m for m in matches}
    assert {"disgraceful", "sham", "betray"} <= set(by_surface)
    assert by_surface["betray"].negated and not is_evidence(by_surface["betray"])
    probs = sentence_probabilities(len(doc.sentences), matches)
    first = [match_precision(by_surface[w]) for w in ("disgraceful", "sham")]
    assert all(0 < p < 1 for p in first)
    assert probs[0] == pytest.approx(1 - math.prod(1 - p for p in first))
    assert probs[1:] == [0.0, 0.0]  # the negated betrayal and a plain sentence


def test_a_negated_match_before_the_evidence_of_its_sentence() -> None:
    """The negated *betray* comes first in the sentence; the two loaded words after it
    still count, each span with its own precision (0.385 and 0.304 in the built-in
    lexicon)."""
    matcher = compile_lexicons([get_lexicon("loaded")])
    doc = parse_text("Officials said the council would not betray the voters, and critics "
                     "called the plan a disgraceful sham.")
    matches = matcher.match(doc)
    assert [(m.surface, m.negated, m.tok_start) for m in matches] == [
        ("betray", True, 6), ("disgraceful", False, 16), ("sham", False, 17)]
    assert span_precisions(matches) == pytest.approx({(16, 17): 0.385, (17, 18): 0.304})
    assert sentence_probabilities(1, matches) == pytest.approx([1 - 0.615 * 0.696])
    # by hand: a non-evidence match first does not end the count
    neg = match(tok_start=8, tok_end=9, negated=True)
    assert span_precisions([neg, match(precision=0.3)]) == {(0, 1): 0.3}
