"""The people of an event side by side (issue 34 item 4): names merged across outlets, tone
toward each actor per outlet with intervals and verdicts, who speaks, and the report's
tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from framing.compare import compare
from framing.compare.people import merge_names


def test_names_merge_across_outlets_when_unambiguous() -> None:
    merged = merge_names(["Zuckerberg", "Mark Zuckerberg", "Meta CEO Mark Zuckerberg",
                          "Meta", "Meta's", "Alexandr Wang", "Jing Wang", "Wang"])
    assert merged["Zuckerberg"] == merged["Meta CEO Mark Zuckerberg"] == "Mark Zuckerberg"
    assert merged["Meta"] == merged["Meta's"] == "Meta"  # a possessive is the same name
    # "Wang" ends two different names: it stays its own row, and neither absorbs it
    assert merged["Wang"] == "Wang"
    assert merged["Alexandr Wang"] == "Alexandr Wang" and merged["Jing Wang"] == "Jing Wang"
    # an organisation is not merged into a longer one it begins
    assert merge_names(["Meta", "Meta Superintelligence Labs"])["Meta"] == "Meta"


_HARSH = [
    "Governor Jane Smith pushed through a disastrous and corrupt budget.",
    "Smith wasted millions on a failed plan.",
    "Smith was caught lying to the legislature about the deficit.",
    "Smith's reckless cuts were cruel and dishonest.",
    "Smith was widely ridiculed after the botched rollout.",
    "Smith mismanaged the fund and hid the losses.",
]
_KIND = [
    "Governor Smith delivered a brilliant, honest budget.",
    "Smith won wide praise for the careful and generous plan.",
    "Teachers thanked Smith for the welcome raise.",
    "Smith was hailed as a hero by the families the plan helps.",
    "Smith's sensible reforms were a great success.",
    "Smith earned applause for keeping every promise.",
]


def _write_corpus(path: Path) -> Path:
    records = [
        {"id": "harsh-1", "outlet": "Harsh Times", "event": "budget", "title": "Smith's budget",
         "text": " ".join(_HARSH) + ' "We will not back down," said Jane Smith. '
                 '"This budget is a scandal," said Senator Tom Reyes.'},
        {"id": "kind-1", "outlet": "Kind Courier", "event": "budget", "title": "Smith's budget",
         "text": " ".join(_KIND) + ' "We kept our word," Smith said.'},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def budget(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import framing

    src = _write_corpus(tmp_path_factory.mktemp("people") / "budget.jsonl")
    analysis = framing.analyze(src)
    return compare(analysis, n_boot=0)


def test_actor_x_outlet_tone_intervals_and_verdicts(budget: Any) -> None:
    rows = {(r.actor, r.outlet): r for r in budget.tables.actors.rows(event="budget")}
    harsh, kind = rows[("Jane Smith", "Harsh Times")], rows[("Jane Smith", "Kind Courier")]
    # "Smith" in one outlet and "Governor Jane Smith" in the other: one row
    assert "Smith" in kind.names or "Jane Smith" in kind.names
    assert harsh.n >= 5 and kind.n >= 5
    assert harsh.tone < 0 < kind.tone
    assert harsh.ci_low <= harsh.tone <= harsh.ci_high  # an interval from 5+ mentions
    assert harsh.verdict == "harder" and kind.verdict == "softer"
    assert harsh.negative > harsh.positive and kind.positive > kind.negative
    # the speaker of a direct quotation is not read as a tone toward them
    assert harsh.n == len(_HARSH)


def test_speaker_x_outlet_counts_quotes_words_and_voices_only_one_carries(budget: Any) -> None:
    rows = {(r.speaker, r.outlet): r for r in budget.tables.speakers.rows(event="budget")}
    reyes = rows[("Tom Reyes", "Harsh Times")]
    assert (reyes.quotes, reyes.words, reyes.only_here) == (1, 5, True)
    smith = [r for (s, _), r in rows.items() if s == "Jane Smith"]
    assert {r.outlet for r in smith} == {"Harsh Times", "Kind Courier"}
    assert not any(r.only_here for r in smith)  # both outlets let her speak


def test_comparison_json_and_report_carry_the_tables(budget: Any, tmp_path: Path) -> None:
    from framing import write_report

    block = budget.to_json_dict()["events"]["budget"]
    assert {"Jane Smith", "Tom Reyes"} <= {r["speaker"] for r in block["speakers"]}
    assert any(r["actor"] == "Jane Smith" and r["verdict"] == "harder"
               for r in block["actors"])
    write_report(budget, tmp_path / "rep")
    index = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
    assert "Tone toward the people and organisations" in index and "Who speaks" in index
    assert "<strong>harder</strong>" in index and "<strong>only here</strong>" in index
    harsh = next((tmp_path / "rep" / "sources").glob("harsh-times*.html"))
    page = harsh.read_text(encoding="utf-8")
    assert 'id="actor-jane-smith"' in page  # where the event table's cell links
    assert "harder on Jane Smith" in page and "Tom Reyes" in page


def test_sample_actors_merged_and_no_product(sample_analysis: Any) -> None:
    comp = compare(sample_analysis, n_boot=0)
    actors = {r.actor for r in comp.tables.actors.rows()}
    assert {"Meta", "Mark Zuckerberg", "Alexandr Wang", "OpenAI", "Anthropic"} <= actors
    for thing in ("Llama", "Llama 4", "Muse Spark", "API", "AI", "GPT", "MSL"):
        assert thing not in actors
    wang = [r for r in comp.tables.speakers.rows() if r.speaker == "Alexandr Wang"]
    assert [(r.outlet, r.quotes, r.only_here) for r in wang] == [("AICC", 1, True)]
