"""Same inputs, byte-identical outputs: across runs, job counts and engines (local vs Dask).

The report's ``comparison.json`` and ``articles.csv`` (and the other data
files) must not change with ``jobs`` or the engine; the only run-dependent
value allowed is the ``generated`` timestamp, kept in its own field and empty
unless asked for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SAMPLE

DATA_FILES = ("comparison.json", "articles.csv", "evidence.csv", "inputs.csv", "index.html")


def _report(out: Path, *, jobs: int = 1, engine: str = "local") -> dict[str, bytes]:
    import framing
    from framing.compare import compare
    from framing.report import write_report

    analysis = framing.analyze(SAMPLE, jobs=jobs, engine=engine)
    write_report(compare(analysis, n_boot=50, seed=0), out)
    return {name: (out / name).read_bytes() for name in DATA_FILES}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _report(tmp_path_factory.mktemp("det") / "base")


def _assert_same(a: dict[str, bytes], b: dict[str, bytes]) -> None:
    for name in DATA_FILES:
        assert a[name] == b[name], f"{name} differs"


def test_two_runs_are_byte_identical(baseline: dict[str, bytes], tmp_path: Path) -> None:
    _assert_same(baseline, _report(tmp_path / "again"))


def test_job_count_does_not_change_the_report(baseline: dict[str, bytes], tmp_path: Path) -> None:
    _assert_same(baseline, _report(tmp_path / "jobs2", jobs=2))


def test_dask_engine_gives_the_same_report(baseline: dict[str, bytes], tmp_path: Path) -> None:
    import distributed  # noqa: F401  (the test extra has it: missing is an error, not a skip)
    _assert_same(baseline, _report(tmp_path / "dask", engine="dask"))


def test_the_only_timestamp_is_the_generated_field(baseline: dict[str, bytes]) -> None:
    doc = json.loads(baseline["comparison.json"])
    assert doc["generated"] is None
    body = {k: v for k, v in doc.items() if k != "generated"}
    text = json.dumps(body)
    # no clock time anywhere else (dates of publication are plain YYYY-MM-DD)
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text) is None
    assert re.search(r"\d\d:\d\d:\d\d", text) is None


def test_analyze_output_is_identical_across_jobs(tmp_path: Path) -> None:
    """``framing analyze`` streams the same bytes with one worker or two."""
    import contextlib
    import io

    from framing.cli.commands import main

    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}" / "out.jsonl"
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["analyze", str(SAMPLE), "-o", str(out), "-j", jobs]) == 0
        outs.append((out.read_bytes(), out.with_name("out.inputs.csv").read_bytes()))
    assert outs[0] == outs[1]
