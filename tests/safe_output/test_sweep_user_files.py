"""Issue 32, items 1 and 2: nothing a user saved is lost to a report swap or a temp-file sweep.

Through the installed ``framing`` command, as a user runs it:

* item 1: a file saved into the report folder while ``report --force`` writes the new
  report is kept (moved into the new report), never deleted;
* item 2: a file or folder whose name only looks like framing's temporary outputs
  (``.o.jsonl.4000000.draft.tmp``, ``.o.jsonl.4000001.old-backup/``,
  ``.rep.999999.old-mybackup/``) is left alone; what a killed run left, vouched for by
  its marker, is removed by the next run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

from conftest import FRAMING, framing_script

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")


def many_outlets(root: Path, n: int) -> Path:
    """``n`` outlets with one article each: many pages, so the staging lasts a while."""
    d = root / "news"
    d.mkdir()
    for i in range(n):
        (d / f"outlet{i:03d}.txt").write_text(
            f"Council Approves Budget\n\n{BODY.replace('fourteen', f'{i + 3} long')}\n",
            encoding="utf-8")
    return d


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else b"<dir>"
            for p in sorted(root.rglob("*"))}


REPORT = ("-j", "1", "--bootstrap", "10", "--no-progress")


def test_1_a_file_saved_into_the_report_folder_during_the_swap_is_kept(tmp_path: Path) -> None:
    many_outlets(tmp_path, 40)
    first = framing_script("report", "news", "-o", "rep", *REPORT, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    proc = subprocess.Popen([str(FRAMING), "report", "news", "-o", "rep", "--force", *REPORT],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 240
    staged: list[Path] = []
    while not staged and proc.poll() is None and time.monotonic() < deadline:
        staged = list(tmp_path.glob(".rep.*new*"))
        time.sleep(0.002)
    (tmp_path / "rep" / "my-notes.md").write_text("my notes\n", encoding="utf-8")
    (tmp_path / "rep" / "sources" / "mine.md").write_text("mine\n", encoding="utf-8")
    saved_while_staged = bool(staged) and staged[0].exists()
    _, err = proc.communicate(timeout=240)
    assert saved_while_staged, "the notes were not saved while the report was staged"
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert (tmp_path / "rep" / "my-notes.md").read_text(encoding="utf-8") == "my notes\n"
    assert (tmp_path / "rep" / "sources" / "mine.md").read_text(encoding="utf-8") == "mine\n"
    assert "warning: rep: kept " in err and "my-notes.md" in err and "sources/mine.md" in err
    listed = json.loads((tmp_path / "rep" / "report-files.json").read_text())["files"]
    assert "my-notes.md" not in listed and "index.html" in listed
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    # the kept file is not the report's: the next --force refuses and deletes nothing
    again = framing_script("report", "news", "-o", "rep", "--force", *REPORT, cwd=tmp_path)
    assert again.returncode == 5 and "my-notes.md" in again.stderr, again.stderr
    assert (tmp_path / "rep" / "my-notes.md").exists()


def test_2_names_that_only_look_like_temporary_outputs_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "daily.txt").write_text(f"Budget\n\n{BODY}\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".o.jsonl.4000000.draft.tmp").write_text("a draft\n", encoding="utf-8")
    (out / ".o.jsonl.4000001.old-backup").mkdir()
    (out / ".o.jsonl.4000001.old-backup" / "x.txt").write_text("backup\n", encoding="utf-8")
    (out / ".o.inputs.csv.4000002.new-k3j1").mkdir()
    (out / ".o.jsonl.4000003.0123456789ab.tmp").write_text("no marker\n", encoding="utf-8")
    # a marker of another schema vouches for nothing
    (out / ".o.jsonl.4000004.0123456789ab.framing").write_text('{"pid": 4000004}\n')
    (out / ".o.jsonl.4000004.0123456789ab.tmp").write_text("not ours\n", encoding="utf-8")
    (tmp_path / ".rep.999999.old-mybackup").mkdir()
    (tmp_path / ".rep.999999.old-mybackup" / "notes.txt").write_text("n\n", encoding="utf-8")
    (tmp_path / ".rep.999998.new-mine").mkdir()
    before = {**{f"out/{k}": v for k, v in tree(out).items()},
              **{k: v for k, v in tree(tmp_path).items() if k.startswith(".rep.")}}
    res = framing_script("analyze", "news", "-o", "out/o.jsonl", "-j", "1", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    res = framing_script("report", "news", "-o", "rep", *REPORT, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    res = framing_script("report", "news", "-o", "rep", "--force", *REPORT, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    after = {**{f"out/{k}": v for k, v in tree(out).items()},
             **{k: v for k, v in tree(tmp_path).items() if k.startswith(".rep.")}}
    assert {k: v for k, v in after.items() if k in before} == before
    assert sorted(set(after) - set(before)) == ["out/o.inputs.csv", "out/o.jsonl"]
    assert not (out / "o.jsonl").is_dir()


def dead_pid() -> int:
    """The pid of a process that has ended (it ran and was reaped)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_2_what_a_killed_run_left_is_removed_by_its_marker(tmp_path: Path) -> None:
    """SIGKILL mid-write leaves the temporary file and its marker; the next run removes both."""
    d = tmp_path / "news"
    d.mkdir()
    with (tmp_path / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"a{i}", "outlet": f"o{i % 3}",
                                 "text": BODY.replace("fourteen", str(i))}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([str(FRAMING), "analyze", "feed.jsonl", "-o", "out/o.jsonl", "-j",
                             "1"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    left = sorted(p.name for p in out.iterdir())
    assert any(n.endswith(".tmp") for n in left) and any(n.endswith(".framing") for n in left)
    marker = json.loads(next(out.glob("*.framing")).read_text())
    assert marker["schema"] == "framing.temp-owner/1" and marker["pid"] == proc.pid
    # a marker naming a process that has ended, with its report staging folder and backup
    pid, token = dead_pid(), "00112233aabb"
    (tmp_path / f".rep.{pid}.{token}.framing").write_text(json.dumps(
        {"schema": "framing.temp-owner/1", "pid": pid, "token": token, "started": "",
         "boot": ""}))
    (tmp_path / f".rep.{pid}.{token}.new").mkdir()
    (tmp_path / f".rep.{pid}.{token}.new" / "index.html").write_text("half\n")
    old = tmp_path / f".rep.{pid}.{token}.old"  # cut between its two renames: put back
    old.mkdir()
    (old / "index.html").write_text("old report\n")
    (old / "report-files.json").write_text(json.dumps(
        {"schema": "framing.report-files/1", "files": ["index.html"]}))
    (tmp_path / "small.jsonl").write_text(json.dumps({"outlet": "A", "text": BODY}) + "\n")
    res = framing_script("analyze", "small.jsonl", "-o", "out/o.jsonl", "-j", "1", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in out.iterdir()) == ["o.inputs.csv", "o.jsonl"]
    res = framing_script("report", "small.jsonl", "-o", "rep", "--force", *REPORT,
                         cwd=tmp_path)
    # the old report was put back first, so --force replaced it (it lists its only file)
    assert res.returncode == 0, res.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert "old report" not in (tmp_path / "rep" / "index.html").read_text()
