"""Frames on the sample corpus (corpus/muse-spark): what a careful reader of the five
articles sees, and what the frames table (scripts/frames_table.py, docs/frames.md) says.

* Four outlets are built around money: the $14.3 billion Scale AI investment, the $115-135
  billion capex, the stock jump, monetization. Their dominant generic frame is economic
  consequences, and the evidence sentence is about money.
* The panel site (Panel analysis site) stages a debate: "The reaction was swift and
  divided", advocates against "others", three panelists. Its dominant frame is conflict.
  Its morality frame exists only in quotes: it is the advocates who call the move "a
  betrayal", not the outlet.
* The two long explainers moralise in their own voice about the Llama 4 benchmark
  episode: "it was the cheating", "caught red-handed manipulating benchmarks" (Explainer
  site), "bench-maxxing", "benchmark-gaming" (remio). Their top moral foundation is the
  fairness vice (cheating).
* The three shorter pieces make no moral charge of their own; "developer community" and
  "family of apps" are not loyalty, so the table says "none" rather than a spurious
  loyalty virtue.
* remio's headline ("It Breaks Every Promise Zuckerberg Made About Open AI") leads with
  morality; the rest of the article is economic.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from framing.compare import Comparison, compare
from framing.compare.frames import frames_summary

ROOT = Path(__file__).resolve().parents[2]
EVENT = "muse-spark"
AINEWS, AICC, EXPLAINER, PANEL, REMIO = (
    "AI News (guides site)", "AICC", "Explainer site", "Panel analysis site", "remio")
MONEY = ("$", "billion", "capex", "investment", "stock", "monetiz", "revenue", "cost",
         "economic", "commercial")


@pytest.fixture(scope="module")
def comp(sample_analysis: Any) -> Comparison:
    return compare(sample_analysis, n_boot=0, seed=0)


@pytest.fixture(scope="module")
def frames(comp: Comparison) -> pd.DataFrame:
    return comp.frames.set_index("outlet")


@pytest.fixture(scope="module")
def summary(comp: Comparison, sample_analysis: Any) -> pd.DataFrame:
    return frames_summary(comp.frames, sample_analysis.evidence, EVENT).set_index("outlet")


def test_economic_frame_in_pieces_built_around_the_investment(summary: pd.DataFrame) -> None:
    for outlet in (AINEWS, AICC, EXPLAINER, REMIO):
        row = summary.loc[outlet]
        assert row["dominant_frame"] == "economic", outlet
        ev = row["dominant_evidence"].lower()
        assert any(m in ev for m in MONEY), (outlet, ev)
        # the economic frame is the outlet's own, not borrowed from quotes
        assert row["dominant_quoted"] <= row["dominant_share"] / 4
    assert "capex" in summary.loc[EXPLAINER, "dominant_evidence"]
    assert "$14.3 billion" in summary.loc[AICC, "dominant_evidence"]
    assert "stock price" in summary.loc[AICC, "dominant_evidence"]


def test_panel_site_is_a_debate_and_its_morality_is_quoted(frames: pd.DataFrame,
                                                           summary: pd.DataFrame) -> None:
    assert summary.loc[PANEL, "dominant_frame"] == "conflict"
    assert summary.loc[PANEL, "dominant_evidence"] == "The reaction was swift and divided."
    assert frames.loc[PANEL, "frame_morality"] > 0
    assert frames.loc[PANEL, "frame_morality_quoted"] == frames.loc[PANEL, "frame_morality"]
    # the advocates' "betrayal" is theirs, not the outlet's
    assert frames.loc[PANEL, "moral_loyalty_vice"] == 0
    assert frames.loc[PANEL, "moral_loyalty_vice_attributed"] > 0
    assert summary.loc[PANEL, "top_moral_attributed"] == "loyalty_vice"
    assert "called it a betrayal" in summary.loc[PANEL, "top_moral_attributed_evidence"][0]


def test_explainers_charge_cheating_in_their_own_voice(summary: pd.DataFrame) -> None:
    exp, rem = summary.loc[EXPLAINER], summary.loc[REMIO]
    assert exp["top_moral"] == "fairness_vice"
    assert rem["top_moral"] == "fairness_vice"
    exp_ev = " ".join(exp["top_moral_evidence"])
    assert "caught red-handed manipulating benchmarks" in exp_ev
    assert "it was the cheating" in exp_ev
    assert "Bench-maxxing destroyed that value proposition" in " ".join(rem["top_moral_evidence"])
    # the Explainer's own-voice betrayal is there too, second to cheating (its "felt
    # betrayed" is the loaded entry 'betray' since loaded 2.0.0 lists word forms)
    assert "loyalty_vice: " in exp["loaded_moral"] and "betray" in exp["loaded_moral"]
    assert exp["loaded_moral"].startswith("fairness_vice: ")
    assert "cheat" in exp["loaded_moral"]


def test_no_spurious_moral_charge_in_the_shorter_pieces(frames: pd.DataFrame,
                                                       summary: pd.DataFrame) -> None:
    for outlet in (AINEWS, AICC, PANEL):
        assert pd.isna(summary.loc[outlet, "top_moral"]), outlet
    # "developer community", "family of apps", "dedicated nine months" are not loyalty,
    # "collaborated with 1,000 physicians" is not betrayal, FAIR is a lab, not fairness
    for outlet in frames.index:
        assert frames.loc[outlet, "moral_loyalty_virtue"] < 1.0, outlet
    assert frames.loc[AICC, "moral_loyalty_vice"] == 0
    assert frames.loc[AINEWS, "frame_morality"] == 0


def test_remio_leads_with_the_broken_promise(frames: pd.DataFrame) -> None:
    assert frames.loc[REMIO, "lead_frame"] == "morality"
    assert frames.loc[REMIO, "rest_frame"] == "economic"
    assert bool(frames.loc[REMIO, "lead_differs"])


def test_policy_frames_cover_the_codebook(comp: Comparison, frames: pd.DataFrame) -> None:
    feats = set(comp.profiles["feature"])
    dims = {f[len("policy_"):] for f in feats
            if f.startswith("policy_") and not f.endswith("_quoted")}
    assert len(dims) == 15 and {"other", "policy_prescription", "economic"} <= dims
    for outlet in (AINEWS, AICC, EXPLAINER, REMIO):
        assert frames.loc[outlet, "dominant_policy"] == "economic", outlet


def test_quoted_part_never_exceeds_the_frame(frames: pd.DataFrame) -> None:
    for col in [c for c in frames.columns if c.startswith("frame_") and c.endswith("_quoted")]:
        base = col[: -len("_quoted")]
        assert (frames[col] <= frames[base] + 1e-12).all(), col


def test_report_frame_section_shows_quoted_part_and_moral_links(comp: Comparison) -> None:
    from framing.report.index_page import frame_section

    outlets = comp.outlets(EVENT)
    sec = frame_section(comp, EVENT, outlets)
    assert sec["chart"].lstrip().startswith("<svg") and len(sec["rows"]) == 5
    rows = {r["outlet"]: r for r in sec["rows"]}
    assert rows[PANEL]["dominant"] == "conflict"
    assert rows[AINEWS]["dominant_quoted"] == "0%"
    # the panel's quoted "betrayal" is attributed loaded evidence since loaded 3.0.0 (no
    # floor; issue 33) and links its moral category
    assert rows[PANEL]["loaded_moral_attributed"] == "loyalty_vice: betrayal (1)"
    assert "fairness_vice: " in rows[REMIO]["loaded_moral"]


def test_frames_table_script_prints_the_table(summary: pd.DataFrame) -> None:
    spec = importlib.util.spec_from_file_location("frames_table", ROOT / "scripts" /
                                                  "frames_table.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    md = mod.markdown(summary.reset_index())
    lines = md.splitlines()
    assert lines[0].startswith("| outlet | dominant generic frame") and len(lines) == 7
    panel = next(line for line in lines if line.startswith(f"| {PANEL} |"))
    assert "| conflict (" in panel and "loyalty vice" in panel and "| none |" in panel
    explainer = next(line for line in lines if line.startswith(f"| {EXPLAINER} |"))
    assert "| economic (" in explainer and "fairness vice (" in explainer
