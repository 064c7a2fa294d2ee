"""``framing.analyze_to``: the streaming path the ``framing analyze`` command calls."""

from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.errors import StrictModeError

ROOT = Path(__file__).resolve().parents[2]
RECORDED = ROOT / "tests" / "data" / "sample_outputs" / "analyze"


def test_analyze_to_writes_what_the_command_writes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # sources are named as given, as the snapshot's command named them
    said: list[str] = []
    done = framing.analyze_to("corpus/muse-spark", tmp_path / "sample.jsonl", jobs=1,
                              say=said.append)
    assert done.written == 5
    assert done.summary == "5 analysed, 0 skipped, 0 duplicates"
    assert done.inputs_csv == tmp_path / "sample.inputs.csv"
    assert not done.not_scored and said == []
    # byte for byte the records and the account `framing analyze` wrote for the snapshot
    assert done.out.read_bytes() == (RECORDED / "sample.jsonl").read_bytes()
    assert done.inputs_csv.read_bytes() == (RECORDED / "sample.inputs.csv").read_bytes()


def test_analyze_to_strict_leaves_only_the_account(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("The council approved the budget on Tuesday after a long "
                               "debate about the new bridge and the school repairs. " * 3)
    (src / "b.docx").write_bytes(b"PK\x03\x04 not an article")
    out = tmp_path / "out" / "o.csv"
    out.parent.mkdir()
    said: list[str] = []
    with pytest.raises(StrictModeError, match=r"b\.docx"):
        framing.analyze_to(src, out, strict=True, say=said.append)
    assert not out.exists()
    assert "b.docx" in (out.parent / "o.inputs.csv").read_text()
    assert said == ["1 analysed, 1 skipped, 0 duplicates",
                    f"no records written (--strict); inputs: {out.parent / 'o.inputs.csv'}"]
