"""Issue 27, points 1-4, 8, 9 and 18: nothing is lost, outputs are checked before the work.

Driven through ``framing.cli.commands.main`` exactly as the console script calls it.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from pathlib import Path

import pytest

from framing.cli.commands import main

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")
MANIFEST = "file,outlet,title,published,url\ndaily.txt,Daily,Budget,2024-01-02,http://d/1\n"


def corpus(root: Path) -> Path:
    d = root / "news"
    d.mkdir()
    (d / "daily.txt").write_text(f"Council Approves Budget\n\n{BODY}\n", encoding="utf-8")
    (d / "herald.txt").write_text(f"Storm Closes Highway\n\n{OTHER}\n", encoding="utf-8")
    return d


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue() + err.getvalue()


def snapshot(root: Path) -> dict[str, bytes | str]:
    found: dict[str, bytes | str] = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        found[rel] = p.read_bytes() if p.is_file() and not p.is_symlink() else "other"
    return found


REPORT = ("-j", "1", "--bootstrap", "10", "--no-progress")


def test_1_write_events_refuses_an_existing_file_and_the_corpus_manifest(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    (src / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    code, out = run("report", str(src), "-o", str(tmp_path / "r"), "--write-events",
                    str(src / "manifest.csv"), "--force", *REPORT)
    assert code == 5 and "inside the input" in out
    assert (src / "manifest.csv").read_text(encoding="utf-8") == MANIFEST
    assert not (tmp_path / "r").exists()  # refused before anything was written
    mine = tmp_path / "events.csv"
    mine.write_text("my notes\n", encoding="utf-8")
    code, out = run("report", str(src), "-o", str(tmp_path / "r"), "--write-events", str(mine),
                    *REPORT)
    assert code == 5 and "pass --force" in out
    assert mine.read_text(encoding="utf-8") == "my notes\n"
    code, out = run("report", str(src), "-o", str(tmp_path / "r"), "--write-events", str(mine),
                    "--force", *REPORT)
    assert code == 0, out
    assert mine.read_text(encoding="utf-8").startswith("file,id,outlet,title,event")


@pytest.mark.parametrize("added", ["sources/notes.md", "sources/notes.html", "notes.txt"])
def test_2_force_deletes_only_the_files_the_previous_report_wrote(tmp_path: Path,
                                                                 added: str) -> None:
    src = corpus(tmp_path)
    rep = tmp_path / "rep"
    assert run("report", str(src), "-o", str(rep), *REPORT)[0] == 0
    listed = (rep / "report-files.json").read_text(encoding="utf-8")
    assert '"index.html"' in listed and '"sources/' in listed
    (rep / added).write_text("mine", encoding="utf-8")
    code, out = run("report", str(src), "-o", str(rep), "--force", *REPORT)
    assert code == 5 and added in out
    assert (rep / added).read_text(encoding="utf-8") == "mine"
    (rep / added).unlink()
    code, out = run("report", str(src), "-o", str(rep), "--force", *REPORT)
    assert code == 0, out


def test_2_a_folder_without_the_list_is_not_replaced(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    rep = tmp_path / "rep"
    (rep / "sources").mkdir(parents=True)
    (rep / "index.html").write_text("<p>my page</p>", encoding="utf-8")
    (rep / "sources" / "x.md").write_text("mine", encoding="utf-8")
    code, out = run("report", str(src), "-o", str(rep), "--force", *REPORT)
    assert code == 5 and "report-files.json" in out
    assert (rep / "sources" / "x.md").read_text(encoding="utf-8") == "mine"


LABELS = "text,label\n" + "".join(
    f"{t} number {i}.,{lab}\n" for i in range(8)
    for t, lab in (("Critics called the reckless plan a disaster", "Biased"),
                   ("The council met on Tuesday to vote", "Non-biased")))


@pytest.mark.parametrize("args", [
    ("evaluate", "{labels}", "--json", "{labels}", "--force", "--bootstrap", "0"),
    ("train", "{labels}", "--out", "{labels}", "--force", "--folds", "2"),
    ("train", "{labels}", "--out", "{model}", "--json", "{labels}", "--force", "--folds", "2"),
])
def test_3_evaluate_and_train_never_overwrite_the_labels(tmp_path: Path,
                                                         args: tuple[str, ...]) -> None:
    labels = tmp_path / "labels.csv"
    labels.write_text(LABELS, encoding="utf-8")
    argv = [a.format(labels=labels, model=tmp_path / "m.json") for a in args]
    code, out = run(*argv)
    assert code == 5 and "never replaces an input" in out
    assert labels.read_text(encoding="utf-8") == LABELS
    assert not (tmp_path / "m.json").exists()


def test_4_a_fifo_or_a_device_is_never_replaced(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    code, out = run("analyze", str(src), "-o", str(fifo), "--force", "-j", "1")
    assert code == 5 and "named pipe" in out and "--force" not in out
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    for dev in ("/dev/stdout", "/dev/null"):
        code, out = run("analyze", str(src), "-o", dev, "--force", "-j", "1")
        assert code == 5 and "pass --force" not in out, out
    code, out = run("report", str(src), "-o", str(tmp_path / "r"), "--write-events",
                    str(fifo), "--force", *REPORT)
    assert code == 5 and "named pipe" in out and not (tmp_path / "r").exists()


def test_8_unwritable_outputs_fail_first_with_exit_5(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, out = run("analyze", str(src), "-o", str(tmp_path / "afile" / "o.jsonl"), "-j", "1")
    assert code == 5 and "is a file, not a folder" in out
    code, out = run("report", str(src), "-o", str(tmp_path / "afile" / "rep"), *REPORT)
    assert code == 5 and "is a file, not a folder" in out
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        code, out = run("analyze", str(src), "-o", str(locked / "o.jsonl"), "-j", "1")
        assert code == 5 and "not writable" in out


def test_8_a_full_disk_is_exit_5_without_traceback(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    from framing.errors import OutputError
    from framing.safe_output import atomic_open

    # the write itself fails
    with pytest.raises(OutputError, match="No space left"), atomic_open(tmp_path / "o.txt") as fh:
        fh.write("x")
        os.dup2(os.open("/dev/full", os.O_WRONLY), fh.fileno())
        fh.flush()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, hint", [
    (("train", "{labels}", "--out", "{model}", "--folds", "1"), "--folds"),
    (("train", "{labels}", "--out", "{model}", "--folds", "0"), "--folds"),
    (("train", "{labels}", "--out", "{model}", "--c", "-1"), "--c"),
    (("train", "{labels}", "--out", "{model}", "--c", "0"), "--c"),
    (("evaluate", "{labels}", "--bootstrap", "-5"), "--bootstrap"),
    (("report", "{src}", "--bootstrap", "-3"), "--bootstrap"),
    (("analyze", "{src}", "-o", "{out}", "--jobs", "0"), "--jobs"),
    (("analyze", "{src}", "-o", "{out}", "--jobs", "-1"), "--jobs"),
    (("analyze", "{src}", "-o", "{out}", "--scheduler", "tcp://127.0.0.1:1"), "--engine dask"),
    (("analyze", "{src}", "-o", "{csv}", "--format", "parquet"), "--format"),
    (("analyze", "{src}", "-o", "{out}", "--engine", "dask", "--scheduler", "nowhere"),
     "--scheduler"),
])
def test_9_18_option_values_are_checked_before_any_work(tmp_path: Path, args: tuple[str, ...],
                                                        hint: str) -> None:
    src = corpus(tmp_path)
    labels = tmp_path / "labels.csv"
    labels.write_text(LABELS, encoding="utf-8")
    before = snapshot(tmp_path)
    argv = [a.format(labels=labels, model=tmp_path / "m.json", src=src,
                     out=tmp_path / "o.jsonl", csv=tmp_path / "o.csv") for a in args]
    code, out = run(*argv)
    assert code == 2 and hint in out and "Traceback" not in out
    assert snapshot(tmp_path) == before


def test_9_an_unreachable_scheduler_fails_fast(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    code, out = run("analyze", str(src), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask",
                    "--scheduler", "tcp://127.0.0.1:1")
    assert code == 1 and "cannot reach the Dask scheduler" in out
    assert not (tmp_path / "o.jsonl").exists()


def test_9_a_long_lexicon_name_is_refused(tmp_path: Path) -> None:
    code, out = run("lexicon", "new", "a" * 301, "--dir", str(tmp_path))
    assert code == 5 and "at most 64" in out
    assert list(tmp_path.iterdir()) == []


def test_18_strict_force_leaves_no_old_output_beside_the_new_account(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    (src / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    out.write_text("old records\n", encoding="utf-8")
    code, text = run("analyze", str(src), "-o", str(out), "--strict", "--force", "-j", "1")
    assert code == 6, text
    assert not out.exists()
    assert "empty.txt" in (tmp_path / "o.inputs.csv").read_text(encoding="utf-8")
