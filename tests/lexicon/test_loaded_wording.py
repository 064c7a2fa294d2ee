"""Loaded wording a reader would underline, apart from opinion style (issue 33).

The design card's examples hold in their loaded senses and not in their literal ones;
the marks of opinion writing are evidence of ``opinion_style``, never of ``loaded``; the
sentence score is the chance that a reader marks at least one loaded word. Sentences are
real sentences of the sample corpus (corpus/muse-spark) or written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from framing.engines.pipeline import Pipeline
from framing.lexicon import get_lexicon
from framing.lexicon.evidence import combine
from framing.types import Article

PIPE = Pipeline()


def run(text: str, title: str = "") -> Any:
    return PIPE.run(Article(id="p", outlet="o", event="e", title=title, text=text))


def loaded_terms(text: str) -> dict[str, str]:
    """Surface -> feature of the loaded evidence of one text."""
    res = run(text)
    return {text[s.start:s.end]: s.feature for s in res.evidence
            if s.feature in ("loaded", "loaded_attributed")}


@pytest.mark.parametrize(("text", "surface", "feature"), [
    # the design card's examples, in the sample corpus (003, 002, 004) ...
    ("The open source community, accustomed to trusting Meta’s promises, felt betrayed.",
     "betrayed", "loaded"),
    ("Open-source AI advocates called it a betrayal.", "betrayal", "loaded_attributed"),
    ('DEV Community ran a piece titled "Meta spent $14.3B to kill open-source AI."',
     "kill", "loaded_attributed"),
    ("The model was widely panned as a dud, as Fortune put it.", "dud", "loaded"),
    # ... and written for this test
    ("The vote was a betrayal of everyone who campaigned for the library.", "betrayal",
     "loaded"),
    ("Party leaders betray their own voters again and again.", "betray", "loaded"),
    ("Meta spent $14.3B to kill open-source AI.", "kill", "loaded"),
    ("Senate leaders vowed to kill the bill before the recess.", "kill", "loaded"),
    ("The new phone is a dud.", "dud", "loaded"),
    ("Critics slammed the plan as reckless.", "slammed", "loaded"),
    ("The council gutted the library budget.", "gutted", "loaded"),
])
def test_design_card_examples_are_loaded(text: str, surface: str, feature: str) -> None:
    assert loaded_terms(text).get(surface) == feature, loaded_terms(text)


@pytest.mark.parametrize("text", [
    "Two people were killed in a crash on the highway.",
    "The strike that killed the general angered Tehran.",
    "The virus has killed more than 200,000 people.",
    "A truck slammed into a wall.",
    "The old mill was gutted by fire in 1998.",
    "She had the guts to say it.",
    "The answer lies in the data.",
    "He was charged with lying to the FBI.",
    "He will not betray the voters who elected him.",  # negated: no evidence
    # sense rules of loaded 3.1.0 (lexicons/data/loaded/senses.toml, speech_verbs.toml)
    "Congress approved $15 billion in disaster relief after the hurricane.",
    "The county was declared a disaster area.",
    "He answered questions concerning the budget.",
    "Auditors found waste, fraud and abuse in the program.",
    "The hostages were freed after six days.",
    "Let that sink in.",
    "The Pentagon reviewed its military posture in Asia.",
    "Oil gushed from the broken pipe.",
    # a reporting verb that doubts the claim is counted by the reporting lexicon only:
    # BASIL's annotators marked none of 57 matches of "claimed" and "claims"
    "He claimed the plan would work.",
])
def test_literal_senses_are_not_loaded(text: str) -> None:
    assert loaded_terms(text) == {}


@pytest.mark.parametrize(("text", "surfaces"), [
    ("The senator shrugged off the report and complained about the press.",
     {"shrugged off", "complained"}),
    ("The mayor gushed about the stadium deal.", {"gushed"}),
    ("The president spewed insults at reporters.", {"spewed"}),
    ("The spokesman downplayed the losses.", {"downplayed"}),
    # the same words in their loaded senses, beside the literal ones above
    ("The plan is a disaster for the middle class.", {"disaster"}),
    ("The trend is deeply concerning.", {"concerning"}),
    ("The program is a waste of money.", {"waste"}),
    ("The candidates spent the evening posturing for the cameras.", {"posturing"}),
])
def test_the_writers_loaded_words_and_speech_verbs(text: str, surfaces: set[str]) -> None:
    # a speech verb the writer chooses over "said" is loaded wording in the writer's voice
    # (issue 33, round 2)
    terms = loaded_terms(text)
    assert set(terms) == surfaces and set(terms.values()) == {"loaded"}, terms


def test_a_betrayal_said_by_residents_scores() -> None:
    # scored 0 before issue 33 (the word alone was below a 0.6 floor, and 'said' and
    # 'Tuesday' counted against it); now the residents' word is attributed loaded wording
    res = run("The vote was a betrayal, residents said on Tuesday.")
    assert res.features["loaded"] + res.features["loaded_attributed"] > 0.3


def test_score_is_the_chance_a_reader_marks_a_word() -> None:
    lex = get_lexicon("loaded")
    precision = {e.term: e.precision for e in lex.entries}
    one = run("The plan is reckless.")
    two = run("The plan is reckless and shameful.")
    assert one.features["loaded"] == pytest.approx(precision["reckless"])
    assert two.features["loaded"] == pytest.approx(
        combine([precision["reckless"], precision["shameful"]]))
    assert two.features["loaded"] > one.features["loaded"]
    assert lex.calibration is not None and lex.calibration.unit == "span"


@pytest.mark.parametrize("text", [
    "Should you switch? Don't rush to use Muse Spark, we think.",
    "Frankly, it is the best model I have used!",
    'The "reform" passed on Tuesday.',
])
def test_opinion_style_is_not_loaded(text: str) -> None:
    res = run(text)
    assert res.features["loaded"] == 0.0 and res.features["loaded_attributed"] == 0.0
    assert res.features["opinion_style"] > 0


def test_quoted_first_person_is_not_the_writers_style() -> None:
    res = run('"We will ship it," Wang said.')
    assert res.features["opinion_style"] == 0.0


def test_a_named_mode_in_quotes_is_not_a_scare_quote() -> None:
    # 003 names the model's modes in quotes
    res = run('Muse Spark adds a "Contemplating" mode for long reasoning tasks.')
    assert [s for s in res.evidence if s.feature == "opinion_style"] == []


NO_LOADED = {"?", "!", "you", "your", "our", "i", "we", "best", "so"}


def test_sample_has_no_opinion_marks_as_loaded_evidence(sample_analysis: Any) -> None:
    ev = sample_analysis.evidence
    loaded = ev[ev.feature.isin(["loaded", "loaded_attributed", "headline_loaded"])]
    assert not set(loaded.surface.str.lower()) & NO_LOADED
    style = ev[ev.feature == "opinion_style"]
    assert {"question", "reader_address", "puffery", "scare_quote"} <= set(style.category)


def test_sample_headlines_in_the_right_order(sample_analysis: Any) -> None:
    arts = sample_analysis.articles.set_index("title")
    promise = ("Meta's First Closed-Source AI Model Arrives — and It Breaks Every Promise "
               "Zuckerberg Made About Open AI")
    question = "Meta Muse Spark: The End of Open Source AI at Meta?"
    assert arts.loc[promise, "headline_loaded"] > arts.loc[question, "headline_loaded"]
    assert arts.loc[question, "headline_loaded"] == 0.0  # a question mark is not loaded


def test_a_corpus_that_marked_an_entry_speaks_for_it() -> None:
    # an entry marked in both of its matches in one corpus and in none of three in a
    # corpus whose annotators mark about one match in ten is not dropped: the corpora do not
    # agree (loaded 3.1.0 kept *hypocrisy* and *cheat* this way); 3.0.0's rule let only an
    # expected marked match speak, so the unmarked matches of the second corpus dropped it
    from framing.lexicon.entries import Category, Entry, Lexicon
    from framing.lexicon.span_calibration import CorpusCounts, apply_span_counts

    lex = Lexicon("demo", "1.0.0", "loaded", {"c": Category("c", "")},
                  (Entry("hypocrisy", "c"), Entry("sham", "c"), Entry("plain", "c")))
    a = CorpusCounts("a", "a", 100, 2000, 60, {("hypocrisy", "c"): (2, 2),
                                                ("sham", "c"): (20, 8), ("plain", "c"): (20, 6)})
    b = CorpusCounts("b", "b", 100, 2000, 10, {("hypocrisy", "c"): (3, 0),
                                               ("sham", "c"): (40, 6), ("plain", "c"): (40, 2)})
    kept = {f.term: f.kept for f in apply_span_counts(lex, [a, b])[1]}
    assert kept["hypocrisy"]
    old = {f.term: f.kept for f in apply_span_counts(lex, [a, b], marked_speaks=False)[1]}
    assert not old["hypocrisy"]
