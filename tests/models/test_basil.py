"""``framing evaluate --task basil``: BASIL's format read, speakers and actor tone counted as
issue 34 says, on articles written here and on the shared development half."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED, framing_script, need_shared
from framing.errors import FramingError
from framing.models.basil import evaluate_basil, names_match, read_basil

BASIL = SHARED / "eval" / "basil" / "data"


def _article(sentences: list[tuple[str, list[dict[str, str]]]], sentiment: dict[str, str],
             title: str = "A council votes") -> dict[str, object]:
    return {
        "source": "fox", "title": title, "main-entities": [k for k in sentiment],
        "article-level-annotations": {"author-sentiment": {"main-event": "Neutral",
                                                           **sentiment}},
        "body": [{"sentence": s, "sentence-index": i,
                  "annotations": [{"quote": "Yes", "speaker": sp["speaker"], "text": s,
                                   "start": 0, "end": len(s)} for sp in anns]}
                 for i, (s, anns) in enumerate(sentences)],
    }


def test_speakers_and_pairs_counted(tmp_path: Path) -> None:
    folder = tmp_path / "basil"
    folder.mkdir()
    art = _article([
        ("Governor Jane Alvarez vetoed the bill on Monday.", []),
        ('"This bill is a disaster for working families," Alvarez said.',
         [{"speaker": "Jane Alvarez"}]),
        ('"We will override it," said a spokesman for the legislature.',
         [{"speaker": "Other (Neutral)"}]),
    ], {"Jane Alvarez": "Negative", "State Legislature": "Neutral"})
    (folder / "2_fox.json").write_text(json.dumps(art), encoding="utf-8")
    arts = read_basil(folder)
    assert [a.event for a in arts] == ["2"]
    assert [q.speaker for q in arts[0].quoted] == ["Jane Alvarez"]  # "Other ..." left out
    ev = evaluate_basil(folder)
    assert (ev.quoted_spans, ev.speaker_named, ev.speaker_right) == (1, 1, 1)
    assert ev.pairs == 2  # the main event is not a pair


def test_names_match_either_way() -> None:
    assert names_match("Ryan", "Paul Ryan") and names_match("Obama campaign", "Obama")
    assert not names_match("Romney", "Paul Ryan") and not names_match("", "Paul Ryan")


def test_bad_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "4_nyt.json").write_text('{"body": 3}', encoding="utf-8")
    with pytest.raises(FramingError, match=r"4_nyt\.json"):
        read_basil(tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FramingError, match="no BASIL articles"):
        read_basil(tmp_path / "empty")


def test_cli_on_the_development_half(tmp_path: Path) -> None:
    folder = need_shared(BASIL, "BASIL's development half (eval/basil/data)")
    out = tmp_path / "basil.json"
    r = framing_script("evaluate", str(folder), "--json", str(out))
    assert r.returncode == 0, r.stderr
    assert "quoted spans whose speaker is a main entity: 229" in r.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 150
    assert figures["speakers"]["quoted_spans"] == 229
    assert figures["actor_tone"]["pairs"] == 330
