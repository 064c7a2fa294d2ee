"""framing.extractors.style on news-like text: rhetorical questions and exclamations in the
outlet's own voice, a question headline, intensifiers and superlatives, with their exact
evidence (offsets, sentence, voice) and rates per 1,000 words."""

from __future__ import annotations

from typing import Any

import pytest

from framing.engines.pipeline import Pipeline
from framing.types import Article

PIPE = Pipeline()
STYLE = ("questions", "exclamations", "intensifiers", "superlatives")
TEXT = ("Why would anyone trust Meta now? The company said it had “the best model we have ever "
        "built.” What a launch! “Will they open the weights again?” Nobody at the company "
        "would say. So what comes next? The bank passed its stress-test. Critics were "
        "extremely angry, and the crest of the protest was the largest in years.")


def run(text: str, title: str = "Meta changes course") -> Any:
    res = PIPE.run(Article(id="p", outlet="o", event="e", title=title, text=text))
    assert res.status == "ok"
    return res


def evidence(res: Any) -> list[tuple[Any, ...]]:
    text = res.article.text
    return [(s.feature, s.category, s.term, text[s.start:s.end], s.sentence, s.part,
             s.attributed, s.weight) for s in res.evidence if s.feature in STYLE]


def test_each_signal_with_its_span_sentence_and_voice() -> None:
    res = run(TEXT)
    assert evidence(res) == [
        ("questions", "question", "?", "Why would anyone trust Meta now?", 0, "body", False,
         1.0),
        # the quoted question (sentence 3) is the developers', not the outlet's
        ("questions", "question", "?", "So what comes next?", 5, "body", False, 1.0),
        ("exclamations", "exclamation", "!", "What a launch!", 2, "body", False, 1.0),
        ("intensifiers", "intensifier", "extremely", "extremely", 7, "body", False, 1.0),
        # inside the company's quotation: attributed
        ("superlatives", "superlative", "best", "best", 1, "body", True, 1.0),
        # "crest", "protest" and "stress-test" end in -est but are no superlatives
        ("superlatives", "superlative", "largest", "largest", 7, "body", False, 1.0),
    ]
    where = [(s.start, s.end) for s in res.evidence if s.feature in STYLE]
    starts = [TEXT.index(t) for t in ("Why would", "So what", "What a", "extremely", "best",
                                      "largest")]
    assert [a for a, _ in where] == starts


def test_rates_are_per_thousand_body_words_and_per_sentence() -> None:
    res = run(TEXT)
    words = res.n_words
    assert words == len(TEXT.replace("“", "").replace("”", "").split())
    counts = {"questions": 2, "exclamations": 1, "intensifiers": 1, "superlatives": 2}
    for feature, n in counts.items():
        assert res.features[feature] == pytest.approx(1000 * n / words), feature
    cols = res.sentence_columns
    assert cols["questions"] == [1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    assert cols["exclamations"] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert cols["superlatives"] == [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    assert cols["intensifiers"] == [0.0] * 7 + [1.0]


@pytest.mark.parametrize("title, expected", [
    ("Is open source over?", 1.0),
    ("Is open source over? ", 1.0),  # trailing space
    ("Why? Meta explains its closed model", 0.0),  # a question mark inside, not at the end
    ("Meta closes its model!", 0.0),
    ("Meta changes course", 0.0),
])
def test_headline_question(title: str, expected: float) -> None:
    assert run(TEXT, title).features["headline_question"] == expected


def test_a_text_without_style_signals_rates_zero_and_has_no_evidence() -> None:
    res = run("The council approved the budget on Wednesday after a long session. Officials "
              "said the plan would take effect in July, and the vote was seven to four.")
    assert evidence(res) == []
    assert all(res.features[f] == 0.0 for f in STYLE)
    assert res.features["headline_question"] == 0.0


@pytest.mark.parametrize("word, superlative", [
    ("finest", True),  # six letters: the shortest -est form counted
    ("most", True), ("least", True), ("best", True),  # listed
    ("crest", False),  # five letters
    ("honest", False), ("latest", False), ("interest", False), ("harvest", False),  # listed
    ("stress-test", False),  # not a word of letters only
])
def test_superlative_word_forms(word: str, superlative: bool) -> None:
    res = run(f"Analysts called it the {word} thing they had seen from the company in a "
              "decade of covering its products and its many public promises.")
    found = [t for f, _, t, *_ in evidence(res) if f == "superlatives"]
    assert found == ([word] if superlative else [])
