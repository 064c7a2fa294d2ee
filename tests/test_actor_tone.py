"""Tone toward actors from the tone model (framing.actor_tone.v1), on the sample corpus:
own voice apart from quotations, one evidence row per mention read."""

from __future__ import annotations

from typing import Any

import pandas as pd


def _mentions(analysis: Any, outlet: str, sentence_part: str) -> pd.DataFrame:
    ev = analysis.evidence
    art = analysis.articles.set_index("outlet").loc[outlet, "id"]
    sents = analysis.sentences
    row = sents[(sents.article_id == art) & sents.text.str.contains(sentence_part,
                                                                   regex=False)]
    assert len(row) == 1, f"the sample sentence {sentence_part!r} is not found once"
    k = int(row.sentence.iloc[0])
    return ev[(ev.article_id == art) & (ev.feature == "actor_tone") & (ev.sentence == k)]


def test_criticised_person_negative_neutral_mention_not(sample_analysis: Any) -> None:
    # the explainer site points at Zuckerberg's reversal; OpenAI is only named in passing
    rows = _mentions(sample_analysis, "Explainer site",
                     "exactly the business model Zuckerberg was criticizing")
    by = rows.set_index("category")
    assert not by.loc["Mark Zuckerberg", "attributed"]
    assert by.loc["Mark Zuckerberg", "term"] == "negative"
    assert by.loc["Mark Zuckerberg", "weight"] < -0.3
    assert by.loc["OpenAI", "term"] != "negative"


def test_own_voice_apart_from_quotes(sample_analysis: Any) -> None:
    tone = sample_analysis.details
    for details in tone.values():
        for row in details.get("actor_tone", {}).values():
            assert row["own_n"] + row["quoted_n"] >= 1
            assert row["own_negative"] + row["own_neutral"] + row["own_positive"] == \
                row["own_n"]
            if row["own_n"]:
                assert -1.0 <= row["own_score"] <= 1.0


def test_sample_actor_table_holds_no_product_model_or_acronym(sample_analysis: Any) -> None:
    ev = sample_analysis.evidence
    actors = set(ev[ev.feature == "actor_tone"].category)
    assert {"Meta", "Mark Zuckerberg", "Alexandr Wang", "OpenAI", "Anthropic"} <= actors
    for thing in ("Llama", "Muse Spark", "Scout", "Maverick", "API", "AI", "COVID", "U.S",
                  "Meta AI", "Llama 4", "GPT", "Claude", "Gemini", "MSL"):
        assert thing not in actors
    assert not any(a.isupper() and len(a) <= 6 for a in actors), sorted(actors)
