"""The controlled corpus (tests/data/controlled): five outlets written to frame one event
differently. The comparison must recover the design.

* ``hostile``: own-voice loaded language, moral condemnation (betrayal), negative tone;
* ``quote_only``: neutral own voice, the same loaded words only inside quotations;
* ``hedging``: may, might, reportedly, appears to, it remains to be seen;
* ``promotional``: boosters (clearly, undeniably, certainly), positive, economic benefits;
* ``neutral``: plain reporting.

The outlets disagree on one number (the yearly savings: "$1.2 million" everywhere but
``hostile``, which says "$2.1 million") and agree on another (the "$38 million" budget).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from framing.compare import Comparison, compare
from framing.compare.profiles import tied_names

OUTLETS = ["hedging", "hostile", "neutral", "promotional", "quote_only"]


@pytest.fixture(scope="module")
def comp(controlled_analysis: Any) -> Comparison:
    return compare(controlled_analysis, n_boot=300, seed=0)


def _ranks(comp: Comparison, feature: str) -> dict[str, float]:
    r = comp.rankings.xs("eastside-library", level="event")[feature]
    return {str(k): float(v) for k, v in r.items()}


def _values(comp: Comparison, feature: str) -> dict[str, float]:
    p = comp.profiles
    p = p[p["feature"] == feature]
    return dict(zip(p["outlet"], p["value"], strict=True))


def test_one_event_five_outlets(comp: Comparison) -> None:
    assert comp.events == ["eastside-library"]
    assert comp.outlets("eastside-library") == OUTLETS


def test_hostile_is_most_loaded_and_quote_only_is_not(comp: Comparison) -> None:
    ranks = _ranks(comp, "loaded")
    # the calibrated score counts puffery as loaded too (BABE's readers call it biased), so
    # the promotional piece and the hostile one are the two most loaded
    assert {ranks["hostile"], ranks["promotional"]} == {1, 2}
    assert ranks["quote_only"] >= 3
    v = _values(comp, "loaded")
    assert v["quote_only"] < v["hostile"] / 4


def test_quote_only_leads_on_attributed_loaded_language(comp: Comparison) -> None:
    assert _ranks(comp, "loaded_attributed")["quote_only"] == 1


def test_hedging_and_certainty(comp: Comparison) -> None:
    assert _ranks(comp, "hedging")["hedging"] == 1
    assert _ranks(comp, "certainty")["promotional"] == 1


def test_sentiment_order(comp: Comparison) -> None:
    ranks = _ranks(comp, "sentiment")
    assert ranks["promotional"] == 1
    assert ranks["hostile"] == 5


def test_clear_leaders_are_not_tied(comp: Comparison) -> None:
    p = comp.profiles.set_index(["feature", "outlet"])
    hedging = p.loc[("hedging", "hedging")]
    assert hedging["ci_low"] <= hedging["value"] <= hedging["ci_high"]
    assert hedging["rank_low"] == 1
    hostile = p.loc[("sentiment", "hostile")]
    scores = [(o, float(v)) for o, v in p.loc["sentiment"]["value"].items()]
    assert "hedging" not in tied_names(scores, hostile["tie_low"], hostile["tie_high"],
                                       "hostile")


def test_savings_discrepancy_found_and_budget_agrees(comp: Comparison) -> None:
    subjects = {d.subject: d for d in comp.discrepancies}
    assert list(subjects) == ["savings"]
    values = {(c.outlet, c.value) for c in subjects["savings"].claims}
    assert ("hostile", 2.1e6) in values and ("neutral", 1.2e6) in values
    budget = comp.coverage[comp.coverage["fact"] == "$38 million"].iloc[0]
    assert budget["outlets_with"] == OUTLETS


def test_frames_hostile_leads_on_morality_and_betrayal(comp: Comparison) -> None:
    assert _ranks(comp, "frame_morality")["hostile"] == 1
    assert _ranks(comp, "moral_loyalty_vice")["hostile"] == 1
    assert _values(comp, "moral_loyalty_vice")["promotional"] == 0
    frames = comp.frames.set_index("outlet")
    assert frames.loc["promotional", "dominant_frame"] != "morality"
    assert frames.loc["quote_only", "moral_loyalty_vice_attributed"] > 0
    assert frames.loc["quote_only", "moral_loyalty_vice"] == 0


def test_headline_flags(comp: Comparison) -> None:
    flags = comp.headline_flags.set_index("outlet")
    assert flags.loc["hostile", "headline_more_loaded"]
    assert not flags.loc["neutral", "headline_more_loaded"]
    assert not flags.loc["neutral", "headline_more_negative"]
    assert "Betrayal" in flags.loc["hostile", "headline_terms"]


def test_intensity_hostile_highest_neutral_low(comp: Comparison) -> None:
    i = comp.intensity.set_index("outlet")["intensity"]
    assert i.idxmax() == "hostile"
    assert i["neutral"] < 0


def test_distinctive_words_have_examples(comp: Comparison) -> None:
    d = comp.distinctive
    hostile = d[d["outlet"] == "hostile"]
    assert "betrayal" in hostile["term"].tolist()
    for r in hostile.itertuples():
        assert r.term.split()[0] in r.example_sentence.lower()


def test_omission_of_shared_fact(comp: Comparison) -> None:
    om = comp.omissions
    hostile = set(om[om["outlet"] == "hostile"]["fact"])
    assert "$1.2 million a year" in hostile  # the others' yearly savings figure


def test_json_is_deterministic_and_complete(controlled_analysis: Any, comp: Comparison) -> None:
    again = compare(controlled_analysis, n_boot=300, seed=0)
    a = json.dumps(comp.to_json_dict(), sort_keys=True, allow_nan=False)
    assert a == json.dumps(again.to_json_dict(), sort_keys=True, allow_nan=False)
    doc = json.loads(a)
    event = doc["events"]["eastside-library"]
    assert sorted(event["outlets"]) == OUTLETS
    block = event["outlets"]["hostile"]
    for key in ("sentiment", "hedging", "certainty", "loaded", "loaded_attributed",
                "attribution", "readability"):
        assert len(block["profile"][key]) == len(doc["profile_fields"])
    rank = doc["profile_fields"].index("rank")
    assert block["profile"]["loaded"][rank] in (1, 2)  # with the promotional piece, see above
    assert event["discrepancies"][0]["subject"] == "savings"
    assert any(f["fact"] == "$38 million" for f in event["coverage"])
    assert "generated" not in doc


def test_json_schema_is_versioned_and_documented(comp: Comparison) -> None:
    """Every key comparison.json writes is described in docs/reports.md under its version."""
    from framing.compare.comparison import COMPARISON_SCHEMA

    doc = comp.to_json_dict()
    assert doc["schema"] == COMPARISON_SCHEMA
    text = (Path(__file__).resolve().parents[2] / "docs" / "reports.md").read_text("utf-8")
    assert f"schema `{COMPARISON_SCHEMA}`" in text
    block = text.split(f"schema `{COMPARISON_SCHEMA}`", 1)[1].split("```", 2)[1]
    documented = {line.split()[0] for line in block.splitlines() if line.strip()}
    event = next(iter(doc["events"].values()))
    outlet = next(iter(event["outlets"].values()))
    used = set(doc) | set(event) | set(outlet)
    assert used <= documented, used - documented
