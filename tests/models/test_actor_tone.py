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


def test_criticised_actor_negative_neutral_mention_not(sample_analysis: Any) -> None:
    # the explainer site sets Meta "locking down its model" against Zhipu AI publishing
    # its model under the MIT licence: Meta, the one criticised, reads negative in the
    # outlet's own voice; Zhipu AI, named in the same sentence, does not
    rows = _mentions(sample_analysis, "Explainer site", "While Meta was locking down its model")
    by = rows.set_index("category")
    assert not by.loc["Meta", "attributed"]
    assert by.loc["Meta", "term"] == "negative"
    assert by.loc["Meta", "weight"] < -0.3
    assert by.loc["Zhipu AI", "term"] != "negative"
    assert by.loc["Zhipu AI", "weight"] > by.loc["Meta", "weight"] + 0.2


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


def test_no_extractor_leaves_actor_tone_out(tmp_path: Any,
                                            capsys: Any) -> None:
    """``--no-extractor framing.actor_tone.v1``: the run has no actor tone (the cost
    benchmark's baseline); an unknown name is an error naming the available ones."""
    import json
    from pathlib import Path

    from framing.cli.commands import main

    sample = Path(__file__).resolve().parents[2] / "corpus" / "muse-spark"
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(sample), "--out", str(out), "--jobs", "1",
                 "--no-extractor", "framing.actor_tone.v1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all("actor_tone_own" not in r.get("features", r) for r in records)
    assert not any(e.get("feature") == "actor_tone" for r in records
                   for e in r.get("evidence", []))
    capsys.readouterr()
    assert main(["analyze", str(sample), "--out", str(tmp_path / "x.jsonl"),
                 "--no-extractor", "framing.actor_tone.v9"]) == 1
    err = capsys.readouterr().err
    assert "unknown extractor 'framing.actor_tone.v9'" in err and "framing.actor_tone.v1" in err
    assert not (tmp_path / "x.jsonl").exists()
