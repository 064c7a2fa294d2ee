"""Frames on the controlled corpus (tests/data/controlled): the hostile outlet condemns the
library closure as a betrayal in its own voice, the promotional outlet sells its economic
benefits, the quote-only outlet leaves the condemnation to the residents it quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from framing.compare import Comparison, compare
from framing.compare.frames import frames_summary

EVENT = "eastside-library"


@pytest.fixture(scope="module")
def comp(controlled_analysis: Any) -> Comparison:
    return compare(controlled_analysis, n_boot=0, seed=0)


@pytest.fixture(scope="module")
def frames(comp: Comparison) -> pd.DataFrame:
    return comp.frames.set_index("outlet")


def _ranks(comp: Comparison, feature: str) -> dict[str, float]:
    r = comp.rankings.xs(EVENT, level="event")[feature]
    return {str(k): float(v) for k, v in r.items()}


def test_hostile_leads_on_morality_and_betrayal(comp: Comparison, frames: pd.DataFrame) -> None:
    assert _ranks(comp, "frame_morality")["hostile"] == 1
    assert _ranks(comp, "moral_loyalty_vice")["hostile"] == 1
    h = frames.loc["hostile"]
    assert h["dominant_frame"] == "morality"
    assert h["lead_frame"] == "morality"  # "Council's Reckless Betrayal Guts Eastside Library"
    assert h["top_moral"] == "loyalty_vice"
    assert h["frame_morality_quoted"] == 0  # all in its own voice
    # all three betrayals count since loaded 3.0.0 (no floor; issue 33): "The betrayal is
    # staggering." holds 'betrayal' alone and is loaded evidence
    assert h["loaded_moral"].startswith("loyalty_vice: betrayal (3)")


def test_promotional_does_not(comp: Comparison, frames: pd.DataFrame) -> None:
    p = frames.loc["promotional"]
    assert p["dominant_frame"] == "economic"
    assert p["frame_morality"] == 0 and p["moral_loyalty_vice"] == 0
    assert p["lead_frame"] != "morality" and p["top_moral"] != "loyalty_vice"
    assert _ranks(comp, "frame_morality")["promotional"] > 1
    assert _ranks(comp, "frame_economic")["promotional"] == 1
    assert p["loaded_moral"] == ""


def test_quote_only_morality_is_all_quoted(frames: pd.DataFrame) -> None:
    q = frames.loc["quote_only"]
    assert q["frame_morality"] > 0 and q["frame_morality_quoted"] == q["frame_morality"]
    assert q["moral_loyalty_vice"] == 0 and q["moral_loyalty_vice_attributed"] > 0
    assert q["top_moral_attributed"] == "loyalty_vice"
    # its quoted "betrayal" alone is below the sentence floor (see above); the quoted
    # abandonment and "turned their back" still carry loyalty_vice
    assert q["loaded_moral"] == "" and "loyalty_vice" in q["loaded_moral_attributed"]


def test_summary_evidence(comp: Comparison, controlled_analysis: Any) -> None:
    s = frames_summary(comp.frames, controlled_analysis.evidence).set_index("outlet")
    assert "betrayal" in " ".join(s.loc["hostile", "top_moral_evidence"]).lower()
    ev = s.loc["promotional", "dominant_evidence"]
    assert "invest" in ev and "businesses" in ev


def test_article_level_labels(controlled_analysis: Any) -> None:
    arts = controlled_analysis.articles.set_index("outlet")
    assert arts.loc["hostile", "dominant_frame"] == "morality"
    assert arts.loc["hostile", "top_moral"] == "loyalty_vice"
    assert arts.loc["promotional", "dominant_frame"] == "economic"


USER_LEXICON = """
[lexicon]
name = "civic_frames"
version = "0.1.0"
language = "en"
kind = "frame_generic"
description = "A user's own frame: loss of a public service."
license = "CC0-1.0"
provenance = "Written for this test."

[categories.public_service_loss]
description = "Losing a public service"

[[entries]]
term = "closure"
category = "public_service_loss"
mode = "inflected"

[[entries]]
term = "close"
category = "public_service_loss"
mode = "inflected"

[[examples]]
text = "The closure takes effect on June 30."
terms = ["closure"]

[[counterexamples]]
text = "The council voted on Tuesday."
"""


def test_user_frame_lexicon_swaps_in(controlled_dir: Path, tmp_path: Path) -> None:
    import framing
    from framing.lexicon.check import check_lexicon
    from framing.lexicon.load import load_lexicon_file

    path = tmp_path / "civic_frames.toml"
    path.write_text(USER_LEXICON, encoding="utf-8")
    report = check_lexicon(load_lexicon_file(path))
    assert report.ok, report.problems
    a = framing.analyze(controlled_dir, exclude_lexicons=["frames_generic"],
                        extra_lexicons=[path])
    feats = set(a.feature_info.index)
    assert "frame_public_service_loss" in feats and "frame_public_service_loss_quoted" in feats
    assert "frame_morality" not in feats
    assert (a.articles["dominant_frame"] == "public_service_loss").any()


def test_morality_cues_checked_for_sense_and_cover_motives() -> None:
    """Issue 21, item 7: 'generous' (a generous offer) is no morality cue; own-voice motive
    and conduct words (cynical, ploy, reckless) are, and 'opportunity' is not 'opportunism'."""
    from framing.models.vectorizer import FramingVectorizer

    v = FramingVectorizer(features=["frame_morality"]).fit([])
    x = v.transform(["The company made a generous offer to buy the startup.",
                     "It was a cynical ploy to win votes.",
                     "The council's reckless scheme will cost millions.",
                     "The plan is an economic opportunity for the city."])
    assert list(x[:, 0] > 0) == [False, True, True, False]
