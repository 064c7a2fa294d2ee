"""Bad inputs: each gives the right exception or skip, naming the file (and line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.corpus import (
    Accounting,
    EmptySourceError,
    MissingColumnError,
    MissingSourceError,
    SkippedInputsError,
    iter_articles,
    load_corpus,
)
from framing.errors import InputError, ManifestError, StrictModeError

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight.")


def article(title: str = "Council Approves Budget", body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(MissingSourceError, match=r"nope: no such file or directory") as info:
        iter_articles(missing)  # raised at call time, before streaming
    assert info.value.exit_code == 2


def test_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(EmptySourceError, match=str(tmp_path) + r".*no article files"):
        load_corpus(tmp_path)


def test_directory_of_unknown_files_lists_them(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "sub").mkdir()
    with pytest.raises(EmptySourceError, match=r"found: notes\.docx, sub/"):
        load_corpus(tmp_path)


def test_unsupported_source_file(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"a\.pdf.*pass a directory"):
        load_corpus(path)


def test_empty_whitespace_and_binary_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "e.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "README.md").write_text("# about", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus) == 1
    reasons = {Path(r.source).name: r.reason for r in corpus.skipped}
    # a hidden file is not read, but it is accounted for (README.md is not an article)
    assert set(reasons) == {"b.txt", "c.txt", "d.txt", "e.docx", ".hidden.txt"}
    assert "hidden file" in reasons[".hidden.txt"]
    assert "empty file" in reasons["b.txt"]
    assert "whitespace" in reasons["c.txt"]
    assert "NUL bytes" in reasons["d.txt"] and "binary" in reasons["d.txt"]
    assert "unsupported file type '.docx'" in reasons["e.docx"]
    assert corpus.summary() == "1 analysed, 5 skipped, 0 duplicates"
    with pytest.raises(SkippedInputsError) as info:
        load_corpus(tmp_path, strict=True)
    message = str(info.value)
    for name in ("b.txt", "c.txt", "d.txt", "e.docx"):
        assert name in message
    assert isinstance(info.value, StrictModeError) and isinstance(info.value, InputError)
    assert info.value.exit_code == 6


def test_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("\n\n", encoding="utf-8")
    with pytest.raises(EmptySourceError, match=r"no readable articles in .*b\.txt: empty file"):
        load_corpus(tmp_path)


def test_only_boilerplate_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "b.txt").write_text("top of page\nHeadline only\nbottom of page\n",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert "no body text left after cleaning" in corpus.skipped[0].reason


def test_malformed_jsonl_line_is_skipped_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    good = json.dumps({"outlet": "A", "text": article()})
    path.write_text(good + "\n{\"outlet\": \"B\", \"text\": \n" + "\n" + "[1, 2]\n"
                    + json.dumps({"outlet": "C"}) + "\n", encoding="utf-8")
    acc = Accounting()
    arts = list(iter_articles(path, accounting=acc))
    assert len(arts) == 1
    reasons = [r.reason for r in acc.skipped]
    assert reasons[0].startswith(f"{path}:2: Expecting value")
    assert reasons[1].startswith(f"{path}:4: expected a JSON object")
    assert reasons[2].startswith(f"{path}:5: record without 'text'")
    assert [r.source for r in acc.skipped] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    with pytest.raises(InputError, match=rf"{path}:2: Expecting value"):
        load_corpus(path, strict=True)


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("outlet,body\nA,hello\n", encoding="utf-8")
    with pytest.raises(MissingColumnError, match=r"news\.csv:1: no 'text' column; columns "
                                                 r"found: 'outlet', 'body'"):
        load_corpus(path)


def test_invalid_json_file_in_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "b.json").write_text('{"text": "x",\n "outlet": }', encoding="utf-8")
    (tmp_path / "c.json").write_text('{"outlet": "C"}', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    reasons = {Path(r.source).name: r.reason for r in corpus.skipped}
    assert reasons["b.json"].startswith(f"{tmp_path / 'b.json'}:2: Expecting value")
    assert "no 'text' string" in reasons["c.json"] and "outlet" in reasons["c.json"]


def test_manifest_naming_a_missing_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\nb.txt,B\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.csv:3: names 'b\.txt', which does not "
                                            r"exist") as info:
        load_corpus(tmp_path)
    assert info.value.exit_code == 3


def test_manifest_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,colour\na.txt,A,red\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.csv:2: unknown column\(s\) colour"):
        load_corpus(tmp_path)
    manifest.write_text("name,outlet\na.txt,A\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.csv:1: no 'file' column"):
        load_corpus(tmp_path)
    manifest.write_text("file,outlet\na.txt,A\na.txt,B\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.csv:3: 'a\.txt' is already named on "
                                            r"line 2"):
        load_corpus(tmp_path)
    manifest.unlink()
    (tmp_path / "manifest.jsonl").write_text('{"file": "a.txt"}\n{"file": \n', encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.jsonl:2: not valid JSON"):
        load_corpus(tmp_path)


def test_file_not_named_by_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article("Other", BODY.replace("council", "board")),
                                    encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.txt,A\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [a.outlet for a in corpus] == ["A"]
    assert corpus.skipped[0].source.endswith("b.txt")
    assert "not named in manifest.csv" in corpus.skipped[0].reason
    with pytest.raises(StrictModeError, match=r"b\.txt: not named in manifest\.csv"):
        load_corpus(tmp_path, strict=True)


def test_front_matter_conflicting_with_manifest(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\noutlet: The Ledger\n---\n" + article(),
                                   encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet\na.md,The Courier\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.csv:2: outlet is 'The Courier' here "
                                            r"but 'The Ledger' in the front matter of .*a\.md"):
        load_corpus(tmp_path)


def test_bad_front_matter_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\noutlet: [unclosed\n---\n" + article(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert "front matter is not valid YAML" in corpus.skipped[0].reason


def test_no_sources() -> None:
    with pytest.raises(InputError, match="no sources given"):
        load_corpus()
