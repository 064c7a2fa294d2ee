"""Issue 27 points 9, 11 and 12: Ctrl-C and SIGTERM, through the installed console script.

The command runs in its own session; Ctrl-C is sent to its whole process group (as a
terminal does, workers included), SIGTERM to the main process (as ``timeout`` and
``kill`` do). Each case asserts: it ends within a bound (no hang), with 130/143, prints no
traceback, and leaves no file in the output folder; and a killed run's leftovers are
removed by the next run.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

FRAMING = Path(sys.executable).with_name("framing")
WORDS = ["council", "budget", "vote", "plan", "critics", "reckless", "families", "jobs", "storm",
         "highway", "crews", "power", "officials", "rain", "roads", "mayor", "schools", "tax",
         "housing", "court", "ruling", "police", "report"]


def records(path: Path, n: int) -> Path:
    import random

    rng = random.Random(0)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sents = [" ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."
                     for _ in range(12)]
            fh.write(json.dumps({"id": f"a{i}", "outlet": f"o{i % 3}",
                                 "text": " ".join(sents)}) + "\n")
    return path


def interrupt(args: list[str], sig: signal.Signals, cwd: Path,
              ready: Callable[[str], bool]) -> tuple[int, str]:
    """Run framing; once ``ready(output so far)`` holds (the run is under way), send ``sig``."""
    proc = subprocess.Popen([str(FRAMING), *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    chunks: list[bytes] = []

    def read_all() -> None:  # the pipe is drained all along, so the command never blocks on it
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    deadline = time.monotonic() + 120
    while not ready(b"".join(chunks).decode(errors="replace")) and time.monotonic() < deadline:
        if proc.poll() is not None:
            reader.join(timeout=60)
            pytest.fail(f"framing {args[0]} ended ({proc.returncode}) before it was under way: "
                        + b"".join(chunks).decode(errors="replace")[-2000:])
        time.sleep(0.05)
    if sig == signal.SIGINT:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:  # a hang: end it and fail
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"framing {args[0]} did not end within 60 s of {sig.name}")
    reader.join(timeout=60)
    return proc.returncode, b"".join(chunks).decode(errors="replace")


def writing(out: Path) -> Callable[[str], bool]:
    """Ready once the output's temporary file holds the first results (workers are running)."""
    def ready(_: str) -> bool:
        return any(p.suffix == ".tmp" and p.stat().st_size > 0 for p in out.glob(".*.tmp"))

    return ready


def analysing(text: str) -> bool:
    """Ready once the progress bar counts a first analysed article (workers are running)."""
    return re.search(r"\| *[1-9]\d*/\d+ \[", text) is not None


@pytest.mark.parametrize("command", ["analyze", "report"])
@pytest.mark.parametrize("sig, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupt_ends_cleanly(tmp_path: Path, command: str, sig: signal.Signals,
                                code: int) -> None:
    src = records(tmp_path / "feed.jsonl", 3000)
    out = tmp_path / "out"
    out.mkdir()
    target = ["-o", "out/o.jsonl"] if command == "analyze" else ["-o", "out/rep", "--progress"]
    # mid-run: once the output's temporary file holds results (analyze) or the progress bar
    # counts analysed articles (report, which writes nothing before the end)
    ready = writing(out) if command == "analyze" else analysing
    status, text = interrupt([command, src.name, *target, "-j", "2"], sig, tmp_path, ready)
    assert status == code, text
    assert "Traceback" not in text and "interrupted" in text
    assert list(out.iterdir()) == []


def test_leftovers_of_a_killed_run_are_removed_by_the_next(tmp_path: Path) -> None:
    """SIGKILL cannot be caught: its temporary file stays, and the next run removes it."""
    src = records(tmp_path / "feed.jsonl", 3000)
    out = tmp_path / "out"
    out.mkdir()
    status, _ = interrupt(["analyze", src.name, "-o", "out/o.jsonl", "-j", "1"],
                          signal.SIGKILL, tmp_path, lambda _: any(out.iterdir()))
    assert status == -signal.SIGKILL
    left = sorted(p.name for p in out.iterdir())  # the temporary file and the marker vouching
    assert all(n.startswith(".o.jsonl.") for n in left), left  # for it (or the marker alone)
    assert left[0].endswith(".framing") and all(n.endswith((".framing", ".tmp")) for n in left)
    small = records(tmp_path / "small.jsonl", 3)
    done = subprocess.run([str(FRAMING), "analyze", small.name, "-o", "out/o.jsonl", "-j", "1"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["o.inputs.csv", "o.jsonl"]


def test_ctrl_c_in_the_first_milliseconds_of_our_code_is_answered(tmp_path: Path) -> None:
    """Issue 32 item 21: a Ctrl-C from the moment the console script reaches framing's own
    code (the import of framing.cli.entry, seen on stderr with PYTHONPROFILEIMPORTTIME) is
    answered with exit 130 and one line, never Python's traceback nor exit 0. (Before that,
    while Python itself starts and imports ``re`` for the script, a Ctrl-C is Python's.)"""
    import random

    src = records(tmp_path / "feed.jsonl", 50)
    rng = random.Random(21)
    for n in range(10):
        out = tmp_path / f"out{n}"
        proc = subprocess.Popen([str(FRAMING), "analyze", src.name, "-o", f"out{n}/o.jsonl",
                                 "-j", "1"], cwd=tmp_path, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True,
                                env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
        assert proc.stderr is not None
        seen = b""
        while b"| framing.cli.entry\n" not in seen:
            line = proc.stderr.readline()
            assert line, seen.decode()[-2000:]
            seen += line
        time.sleep(rng.uniform(0, 0.08))  # the command's imports, or the first of the run
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        text = (seen + err).decode()
        assert "Traceback" not in text, text[-3000:]
        assert proc.returncode == 130, (proc.returncode, text[-3000:])
        assert "interrupted; no partial output was left behind" in text
        assert not out.exists() or list(out.iterdir()) == []


def test_ctrl_c_with_the_dask_engine_is_quiet_and_leaves_no_scratch(tmp_path: Path) -> None:
    """Issue 32 item 20: Ctrl-C mid-run with --engine dask (a LocalCluster): exit 130 within
    a bound, no worker's KeyboardInterrupt or CommClosedError traceback, nothing left in the
    output folder or TMPDIR (Dask's default dask-scratch-space/ included)."""
    src = records(tmp_path / "feed.jsonl", 3000)
    out = tmp_path / "out"
    out.mkdir()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    proc = subprocess.Popen([str(FRAMING), "analyze", src.name, "-o", "out/o.jsonl", "--engine",
                             "dask"], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True,
                            env={**os.environ, "TMPDIR": str(scratch)})
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and not any(  # the first results are written
            p.suffix == ".tmp" and p.stat().st_size > 0 for p in out.iterdir()):
        time.sleep(0.05)
    start = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    try:
        text, _ = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("framing --engine dask did not end within 60 s of Ctrl-C")
    assert proc.returncode == 130, text
    assert time.monotonic() - start < 20
    assert "Traceback" not in text and "CommClosedError" not in text, text
    assert "interrupted; no partial output was left behind" in text
    assert list(out.iterdir()) == []
    assert list(scratch.iterdir()) == []
