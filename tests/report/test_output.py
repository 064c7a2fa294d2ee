"""check_report_dir refusals, --force replacement, atomic swap, deterministic output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.errors import OutputError
from framing.report import check_report_dir, write_report
from framing.report.output import foreign_files
from report_real import real_comparison

DETERMINISTIC = ["comparison.json", "articles.csv", "evidence.csv", "inputs.csv", "index.html"]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("rel", [".", "sub", "sub/deeper"])
def test_refuses_report_inside_an_input(corpus_dir: Path, rel: str) -> None:
    with pytest.raises(OutputError, match="inside the input"):
        check_report_dir(corpus_dir / rel, [corpus_dir], force=True)


def test_refuses_report_inside_an_input_file_dir(corpus_dir: Path) -> None:
    with pytest.raises(OutputError, match="inside the input"):
        check_report_dir(corpus_dir / "a.txt", [corpus_dir / "a.txt"], force=True)


def test_refuses_report_containing_an_input(corpus_dir: Path) -> None:
    with pytest.raises(OutputError, match="contains the input"):
        check_report_dir(corpus_dir.parent, [corpus_dir], force=True)
    with pytest.raises(OutputError, match="contains the input"):
        check_report_dir(corpus_dir.parent, [corpus_dir / "a.txt"], force=True)


def test_refuses_a_file(tmp_path: Path) -> None:
    f = tmp_path / "x"
    f.write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        check_report_dir(f, [], force=True)


def test_new_or_empty_dir_is_fine(tmp_path: Path, corpus_dir: Path) -> None:
    assert check_report_dir(tmp_path / "new", [corpus_dir], force=False) is None
    (tmp_path / "empty").mkdir()
    assert check_report_dir(tmp_path / "empty", [corpus_dir], force=False) is None
    # a check only: nothing is created or written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "empty"]
    assert list((tmp_path / "empty").iterdir()) == []


def test_existing_report_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_report(real_comparison(), out)
    with pytest.raises(OutputError, match="--force"):
        check_report_dir(out, [], force=False)
    with pytest.raises(OutputError, match="--force"):
        write_report(real_comparison(), out)
    check_report_dir(out, [], force=True)


def test_force_replaces_the_old_report_whole(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_report(real_comparison(["Old Outlet", "Other"]), out)
    assert (out / "sources" / "old-outlet.html").exists()
    written = write_report(real_comparison(["New Outlet", "Other"]), out, force=True)
    assert not (out / "sources" / "old-outlet.html").exists()
    assert (out / "sources" / "new-outlet.html").exists()
    assert sorted(p.relative_to(out.resolve()).as_posix() for p in written) == sorted(
        p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert [p.name for p in tmp_path.iterdir()] == ["r"], "no temp or backup dirs left"


def test_force_never_deletes_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_report(real_comparison(), out)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert foreign_files(out) == ["notes.txt"]
    with pytest.raises(OutputError, match=r"notes\.txt"):
        write_report(real_comparison(), out, force=True)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    other = tmp_path / "docs"
    other.mkdir()
    (other / "thesis.docx").write_bytes(b"x")
    with pytest.raises(OutputError, match="does not write"):
        check_report_dir(other, [], force=True)


def test_failed_write_keeps_the_old_report(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r"
    write_report(real_comparison(), out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def boom(*args: object, **kwargs: object) -> str:
        raise RuntimeError("interrupted")

    monkeypatch.setattr("framing.report.writer.render_source_md", boom)
    with pytest.raises(RuntimeError, match="interrupted"):
        write_report(real_comparison(["Someone Else"]), out, force=True)
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == ["r"]


def test_output_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_report(real_comparison(), a)
    write_report(real_comparison(), b)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert set(DETERMINISTIC) <= {str(f) for f in files}


def test_comparison_json_has_only_the_generated_timestamp(tmp_path: Path) -> None:
    out = tmp_path / "r"
    write_report(real_comparison(), out)
    doc = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert doc["generated"] is None
    assert sorted(doc["events"]) == ["council-budget", "muse-spark"]  # the corpus's two events
    write_report(real_comparison(), out, force=True, generated="2026-04-09T10:00:00Z")
    doc = json.loads((out / "comparison.json").read_text(encoding="utf-8"))
    assert doc["generated"] == "2026-04-09T10:00:00Z"
    assert "2026-04-09T10:00:00Z" in (out / "index.html").read_text(encoding="utf-8")


def test_csv_ordering_and_inputs(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "r"
    write_report(real_comparison(), out)
    arts = pd.read_csv(out / "articles.csv")
    assert list(arts["id"]) == sorted(arts["id"])
    ev = pd.read_csv(out / "evidence.csv", keep_default_na=False)
    keys = list(zip(ev["article_id"], ev["part"], ev["start"], ev["feature"], ev["term"],
                    strict=True))
    assert keys == sorted(keys)
    inputs = pd.read_csv(out / "inputs.csv", keep_default_na=False)
    assert list(inputs.columns[:6]) == ["source", "id", "outlet", "status", "reason",
                                        "duplicate_of"]
    assert "\r" not in (out / "evidence.csv").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    # the corpus: five distinct articles and one repeated record
    assert "5 analysed, 0 skipped, 1 duplicates" in index
    assert sorted(inputs["status"]) == ["analysed"] * 5 + ["duplicate"]
