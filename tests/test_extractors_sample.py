"""The extractors on the sample corpus (corpus/muse-spark), read by a person.

tests/test_extractors_contract.py checks the contract every extractor keeps (names,
types, offsets, pickling, determinism); this file checks that what they find in the
five real articles is what a reader finds there, and the known traps (the month
"May", literal killing, negated boosters, stems that over-reach).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
import pytest

from conftest import SAMPLE
from framing.engines.pipeline import Pipeline
from framing.extractors.readability import readability_scores
from framing.text.actors import actor_names
from framing.text.doc import parse_text
from framing.types import Article

PIPE = Pipeline()
# padding so that a one-sentence probe clears the 25-word minimum; it matches no lexicon
PAD = (
    " The company released the model to users in several countries on the same day, and "
    "the team published the documentation for developers."
)


def run(text: str, title: str = "") -> Any:
    """Pipeline result for one probe text (padded to the minimum length)."""
    res = PIPE.run(Article(id="p", outlet="o", event="e", title=title, text=text + PAD))
    assert res.status == "ok"
    return res


def found(res: Any, feature: str) -> list[tuple[str, float]]:
    """(surface, weight) of the evidence for ``feature`` in a probe result."""
    text = res.article.text
    return [(text[s.start : s.end], s.weight) for s in res.evidence if s.feature == feature]


def rows(analysis: Any, outlet: str, feature: str) -> pd.DataFrame:
    ev = analysis.evidence
    return ev[(ev.outlet == outlet) & (ev.feature == feature)]


# -- loaded language: who uses it in their own voice -------------------------------------


def test_explainer_uses_most_loaded_language_in_its_own_voice(sample_analysis: Any) -> None:
    # Reading the five articles: the explainer (003) tells the Llama 4 story in its own
    # words -- "it was the cheating", "Meta got caught red-handed manipulating
    # benchmarks", the community "felt betrayed", "discussions were brutal", "the irony
    # is almost comical". The others report the same events flatly (000, 001) or put the
    # strong words in other mouths: 002's "betrayal" is what "Open-source AI advocates
    # called it" and its sharpest lines are the quoted Panel Takes; 004 quotes "Meta
    # Kills the Llama" and "kill open-source AI" from other outlets.
    arts = sample_analysis.articles.set_index("outlet")
    assert arts["loaded"].idxmax() == "Explainer site"
    own = rows(sample_analysis, "Explainer site", "loaded")
    surfaces = set(own.surface.str.lower())
    # "brutal" is no longer loaded evidence: calibration on BABE's development part dropped
    # it (3 of its 5 sentences biased, not above the base rate by the margin)
    for term in ("cheating", "caught red-handed", "betrayed", "comical"):
        assert term in surfaces, term
    assert not own.attributed.any()
    sentence = own[own.surface == "caught red-handed"].sentence_text.iloc[0]
    assert sentence == "Meta got caught red-handed manipulating benchmarks."


def test_attributed_betrayal_counts_as_loaded_attributed(sample_analysis: Any) -> None:
    # 002: "Open-source AI advocates called it a betrayal" -- the outlet reports the word.
    # 'betrayal' alone (calibrated precision 0.569) leaves the sentence below the 0.6
    # floor, so it is no evidence in either voice; it is never counted as the outlet's own
    assert "betrayal" not in set(rows(sample_analysis, "Panel analysis site", "loaded").surface)
    att = rows(sample_analysis, "Panel analysis site", "loaded_attributed")
    assert len(att) >= 1 and att.attributed.all()
    # most of 002's charged words are in its quoted Panel Takes: it leads on attributed
    arts = sample_analysis.articles.set_index("outlet")
    assert arts["loaded_attributed"].idxmax() == "Panel analysis site"
    assert arts.loc["Panel analysis site", "loaded_attributed"] > arts.loc[
        "Panel analysis site", "loaded"]


# loaded 2.0.0 dropped 'kill' and 'brutal' on BABE's development part (precision not
# above the base rate by the margin), and remio's "debacle" sentence stays below the floor
# with its counter-evidence, so those rows of loaded 1.2.0 are gone
EXPECTED = [  # (outlet, surface as printed, own voice?)
    ("Explainer site", "betrayed", True),
    ("Explainer site", "dud", False),  # "widely panned as a dud," as Fortune put it
    ("Explainer site", "cheating", True),
    ("Explainer site", "caught red-handed", True),
    ("remio", "Bench-maxxing", True),
    ("Panel analysis site", "seismic", True),
    ("Explainer site", "comical", True),
]


@pytest.mark.parametrize(("outlet", "surface", "own"), EXPECTED)
def test_builtin_loaded_lexicon_finds_sample_terms(
    sample_analysis: Any, outlet: str, surface: str, own: bool
) -> None:
    ev = sample_analysis.evidence
    hit = ev[(ev.outlet == outlet) & (ev.surface == surface)
             & ev.feature.isin(["loaded", "loaded_attributed"])]
    assert len(hit) >= 1, (outlet, surface)
    # found by the built-in lexicon, not by the tech-hype plugin (which also lists
    # bench-maxxing): the built-in "loaded" set has every one of these terms itself
    assert set(hit.source) == {"loaded"}
    assert set(hit.feature) == {"loaded" if own else "loaded_attributed"}


def test_literal_killing_is_not_loaded() -> None:
    literal = run("Two people were killed in the crash.")
    assert found(literal, "loaded") == []
    assert literal.features["loaded"] == 0.0
    # loaded 2.0.0 has no 'kill' (dropped on BABE's development part: 15 of 34 biased);
    # the figurative attack verbs it has carry sense rules instead
    metaphor = run("Critics slammed the plan.")
    assert [s for s, w in found(metaphor, "loaded") if w > 0] == ["slammed"]
    assert metaphor.features["loaded"] > 0
    for literal_text in ("The vote was a slam dunk.", "A truck slammed into a wall."):
        assert run(literal_text).features["loaded"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The house was heating up slowly.",  # heated
        "The gender gap widened.",  # genderism
        "They are cutting costs.",  # cutting
        "A monument stands in the square.",  # monumental
        "The performance was good and the tool enabled it.",  # performative, enabler
        "Llama 3 dominated the open source space in 2024.",  # 003; domineering
        "Her appearance at the event was brief.",  # hedge "appear"
    ],
)
def test_stems_that_over_reach_do_not_match(text: str) -> None:
    res = run(text)
    assert found(res, "loaded") == []
    assert found(res, "hedging") == []


def test_exact_forms_still_match() -> None:
    # 'heated' was seen once on BABE's development part, in a neutral sentence: alone it
    # leaves its sentence below the floor, so only the second sentence is evidence now
    res = run("The debate grew heated. It was a monumental failure of genderism.")
    surfaces = {s for s, _ in found(res, "loaded")}
    assert {"monumental", "genderism"} <= surfaces


def test_lashed_out_is_one_phrase() -> None:
    res = run("She lashed out at the so-called experts.")
    # loaded evidence weighs its calibrated lift (log-odds over the base rate), not 2.0
    assert [s for s, w in found(res, "loaded") if w > 0].count("lashed out") == 1
    assert ("lashed out", 2.0) in found(res, "loaded_reporting")


# -- hedges and boosters -----------------------------------------------------------------


def test_month_may_is_not_a_hedge() -> None:
    assert found(run("The launch is set for May 5."), "hedging") == []
    assert found(run("Meta may open the weights later."), "hedging") == [("may", 1.0)]


@pytest.mark.parametrize(
    ("text", "feature", "term"),
    [
        # 004, own voice
        ("Whether that differentiation survives contact with clinical evaluation "
         "requirements remains to be seen.", "hedging", "remains to be seen"),
        # 003's closing paragraph
        ("The message is clear: in 2026, frontier AI is a business, not a public good.",
         "certainty", "The message is clear"),
        ("There is no doubt that Meta changed course.", "certainty", "There is no doubt"),
        ("Meta might possibly open it.", "hedging", "possibly"),
        ("Meta will certainly keep the weights.", "certainty", "certainly"),
    ],
)
def test_hedge_and_booster_words_and_phrases(text: str, feature: str, term: str) -> None:
    res = run(text)
    assert (term, 1.0) in found(res, feature)
    assert res.features[feature] > 0


def test_no_doubt_is_not_a_hedge() -> None:
    assert found(run("There is no doubt that Meta changed course."), "hedging") == []


@pytest.mark.parametrize(
    "text",
    ["It is not clear whether Meta will open the weights.",
     "It's not clear whether Meta will open the weights.",
     "It is not entirely clear what Meta wants."],
)
def test_negated_booster_is_not_certainty(text: str) -> None:
    res = run(text)
    certainty = [s for s in res.evidence if s.feature == "certainty"]
    assert certainty and all(s.negated and s.weight == 0.0 for s in certainty)
    assert res.features["certainty"] == 0.0


@pytest.mark.parametrize(
    "text",
    ["It is not clear whether Meta will open the weights.",  # "it is not clear"
     "Whether Meta will open them is far from clear."],
)
def test_denied_clarity_is_a_hedge(text: str) -> None:
    res = run(text)
    assert res.features["hedging"] > 0
    assert res.features["certainty"] == 0.0


def test_never_clear_is_not_certainty() -> None:
    res = run("It was never clear why Meta changed course.")
    assert [s.weight for s in res.evidence if s.feature == "certainty"] in ([], [0.0])
    assert res.features["certainty"] == 0.0


def test_sample_boosters_and_hedges(sample_analysis: Any) -> None:
    cert = rows(sample_analysis, "Explainer site", "certainty")
    assert "The message is clear" in set(cert.surface)
    assert "undisputed" in set(cert.surface)  # "the undisputed champion of open source AI"
    hedge = rows(sample_analysis, "remio", "hedging")
    assert "remains to be seen" in set(hedge.surface)


# -- tone toward actors --------------------------------------------------------------


def sample_analysis_text(prefix: str) -> str:
    path = next(SAMPLE.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def test_vader_scores_are_vaders_own() -> None:
    """framing's VADER (emoji pass skipped when there is no emoji) scores as VADER does."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.extractors.vader import Vader

    ours, stock = Vader(), SentimentIntensityAnalyzer()
    assert ours._fast, ("the installed vaderSentiment is not the release framing.extractors."
                        "vader follows: check the shortcuts against it, then update "
                        "MIRRORED_VERSION")
    texts = [s.text for i in range(5) for s in parse_text(sample_analysis_text(f"00{i}")).sentences]
    texts += ["I love it \U0001F600 so much", " kind of great ", "Not BAD at all!!", "", " "]
    assert len(texts) > 300
    for text in texts:
        assert ours.polarity_scores(text) == stock.polarity_scores(text), text


def test_actor_tone_merges_full_name_and_surname() -> None:
    # 004 says "Mark Zuckerberg" once and "Zuckerberg" / "Zuckerberg's" elsewhere
    doc = parse_text(sample_analysis_text("004"))
    actors = actor_names(doc.actors)
    assert "Mark Zuckerberg" in actors
    assert "Zuckerberg" not in actors
    i = doc.text.index("Zuckerberg restructured the AI division")
    assert any(m.actor == "Mark Zuckerberg" and m.start == i for m in doc.actors)
    # names that only share a last word stay apart; sentence-initial words are dropped
    assert "Scale AI" in actors and "Meta" in actors
    assert not any(name.startswith(("Can ", "Is ", "Will ")) for name in actors)


def test_actor_tone_in_the_analysis(sample_analysis: Any) -> None:
    tone = sample_analysis.details[
        sample_analysis.articles.set_index("outlet").loc["remio", "id"]]["actor_tone"]
    assert "Mark Zuckerberg" in tone
    assert -1.0 <= tone["Mark Zuckerberg"]["own_score"] <= 1.0
    ev = sample_analysis.evidence
    assert set(ev[ev.feature == "actor_tone"].category) >= {"Meta", "Mark Zuckerberg"}


# -- sourcing ----------------------------------------------------------------------------


def test_unnamed_sources() -> None:
    res = run("Critics say the move betrays developers. "
              "People familiar with the matter said the weights stay closed.")
    assert {s for s, _ in found(res, "unnamed_sources")} == {
        "Critics say", "People familiar with the matter"}
    assert res.features["unnamed_sources"] > 0


def test_loaded_reporting_verbs_vs_said() -> None:
    res = run("Meta claimed the model was ready. Wang slammed the rivals. "
              "Wang said it was ready.")
    verbs = dict(found(res, "loaded_reporting"))
    assert verbs == {"claimed": 1.0, "slammed": 2.0}
    assert res.details["reporting_verbs"]["said"] == 1


def test_sample_reporting_verbs(sample_analysis: Any) -> None:
    # 003: "Meta eventually admitted it publicly." -- admitted is a loaded reporting verb
    rep = rows(sample_analysis, "Explainer site", "loaded_reporting")
    assert ("admitted", 1.5) in set(zip(rep.surface, rep.weight, strict=True))
    # 002: Meta said it "hopes to open-source future versions" -- said is neutral
    panel = rows(sample_analysis, "Panel analysis site", "loaded_reporting")
    assert "said" not in set(panel.surface)
    quotes = rows(sample_analysis, "Panel analysis site", "quote")
    assert {"The Builder", "The Skeptic", "The Futurist"} <= set(quotes.speaker.dropna())
    arts = sample_analysis.articles.set_index("outlet")
    assert arts.loc["Panel analysis site", "named_share"] == 1.0
    # 000 quotes nobody: no attribution to count
    assert math.isnan(arts.loc["AI News (guides site)", "named_share"])


# -- style -------------------------------------------------------------------------------


def test_question_headline(sample_analysis: Any) -> None:
    # only 003's headline is a question: "Meta Muse Spark: The End of Open Source AI at Meta?"
    arts = sample_analysis.articles.set_index("outlet")
    assert arts["headline_question"].to_dict() == {
        "AI News (guides site)": 0.0, "AICC": 0.0, "Panel analysis site": 0.0,
        "Explainer site": 1.0, "remio": 0.0}
    q = rows(sample_analysis, "Explainer site", "questions")
    assert "What changed?" in set(q.surface)


def test_exclamations_and_superlatives() -> None:
    res = run("It was the biggest launch of the year! Is it good? The latest interest "
              "rate is honest.")
    assert [s for s, _ in found(res, "exclamations")] == ["It was the biggest launch of the year!"]
    assert [s for s, _ in found(res, "superlatives")] == ["biggest"]


def test_sample_superlatives(sample_analysis: Any) -> None:
    # 002: "it needs to power the world's largest social AI surface" (own voice) and
    # "the most valuable asset in open-source AI" (inside the Builder's quote)
    sup = rows(sample_analysis, "Panel analysis site", "superlatives")
    pairs = set(zip(sup.surface, sup.attributed, strict=True))
    assert ("largest", False) in pairs
    assert ("most", True) in pairs


# -- readability -------------------------------------------------------------------------


def test_readability_is_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def no_download(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("readability tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", no_download)
    simple = readability_scores("The cat sat on the mat. It was happy.")
    dense = readability_scores(sample_analysis_text("001"))
    for scores in (simple, dense):
        assert all(math.isfinite(v) for v in scores.values())
    assert simple["readability"] > dense["readability"]
    assert simple["fk_grade"] < dense["fk_grade"]


def test_readability_is_textstats_own_value() -> None:
    """The one-pass computation gives exactly textstat's three public functions."""
    from framing.extractors.readability import _offline_textstat, _textstat

    assert _textstat().mirrored, (
        "the installed textstat is not the release framing.extractors.readability follows: "
        "check readability_scores against it, then update MIRRORED_VERSION")
    ts = _offline_textstat()
    texts = [sample_analysis_text(f"00{i}") for i in range(5)] + [
        "The cat sat on the mat. It was happy.",
        "İdea: İstanbul's rock'n'roll dogs' toys -- 2026, 3.5%! 'Tis y'all's ﬁne café.",
        "...", "Hello", "Zorblaxquint unimaginably incomprehensible. No.",
    ]
    for text in texts:
        assert readability_scores(text) == {
            "readability": ts.flesch_reading_ease(text),
            "fk_grade": ts.flesch_kincaid_grade(text),
            "gunning_fog": ts.gunning_fog(text),
        }, text[:60]


def test_readability_on_another_textstat_release_uses_its_functions(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With a textstat release the one-pass computation does not follow, the scores come
    from textstat's public functions, so they stay textstat's."""
    from framing.extractors import readability

    ts = readability._textstat()
    monkeypatch.setattr(readability, "_textstat", lambda: ts._replace(mirrored=False))
    seen: list[str] = []
    real = ts.module.gunning_fog
    monkeypatch.setattr(ts.module, "gunning_fog", lambda t: seen.append(t) or real(t))
    text = sample_analysis_text("002")
    assert readability.readability_scores(text) == {
        "readability": ts.module.flesch_reading_ease(text),
        "fk_grade": ts.module.flesch_kincaid_grade(text),
        "gunning_fog": real(text),
    }
    assert seen == [text]


def test_sample_readability(sample_analysis: Any) -> None:
    arts = sample_analysis.articles.set_index("outlet")
    # AICC's long nominal sentences ("a natively multimodal reasoning model featuring
    # integrated tool-use functionality") read hardest of the five
    assert arts["readability"].idxmin() == "AICC"
    assert arts["fk_grade"].idxmax() == "AICC"


# -- scikit-learn ------------------------------------------------------------------------


def test_framing_vectorizer_in_sklearn_pipeline() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    from framing.models.vectorizer import FramingVectorizer

    charged = [  # own-voice sentences from 003 and 004
        "Meta got caught red-handed manipulating benchmarks.",
        "The irony is almost comical.",  # 'brutal' left loaded 2.0.0 (calibration)
        "But the real issue wasn't performance — it was the cheating.",
        "Bench-maxxing destroyed that value proposition entirely.",
    ]
    plain = [
        "On April 8, 2026, Meta released Muse Spark.",
        "Muse Spark accepts voice, text, and image input and produces text-only output.",
        "Meta's Llama 4 weights remain publicly available.",
        "The model is available exclusively through the Meta AI app and meta.ai.",
    ]
    X, y = charged + plain, [1] * len(charged) + [0] * len(plain)
    features = ["loaded", "certainty", "hedging"]
    model = make_pipeline(FramingVectorizer(features=features), LogisticRegression())
    model.fit(X, y)
    vec = model.named_steps["framingvectorizer"]
    assert list(vec.get_feature_names_out()) == features
    Xt = vec.transform(X)
    assert Xt.shape == (len(X), len(features)) and np.isfinite(Xt).all()
    assert (Xt[: len(charged), 0] > 0).all() and (Xt[len(charged) :, 0] == 0).all()
    assert list(model.predict(X)) == y
    with pytest.raises(ValueError, match="unknown features"):
        FramingVectorizer(features=["no_such_feature"]).fit(X)
