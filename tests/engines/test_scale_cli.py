"""Engines, formats and defaults through the installed ``framing`` command, on inputs that span
several local chunks (16 articles) and Dask partitions (64): order and equality across
``--jobs``, ``--engine dask --scheduler``, ``--format parquet``; ``--no-clean``; the default
``reports/<name>/`` folder; and the peak RSS of a streaming run, measured from outside."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FRAMING, framing_script
from engines.test_scale import NO_PORT_8787, write_generated

N = 150  # 10 local chunks of 16, 3 Dask partitions of 64


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "gen.jsonl"
    write_generated(path, N, seed=3, sentences=3)
    return path


def test_order_and_equality_across_jobs_engines_and_formats(generated: Path,
                                                            tmp_path: Path) -> None:
    import pyarrow.parquet as pq
    from distributed import LocalCluster

    one = tmp_path / "one.jsonl"
    res = framing_script("analyze", str(generated), "-o", str(one), "--jobs", "1")
    assert res.returncode == 0, res.stderr
    base = records(one)
    assert [r["id"] for r in base] == [f"gen-{i}" for i in range(N)]  # input order

    two = tmp_path / "two.jsonl"
    res = framing_script("analyze", str(generated), "-o", str(two), "--jobs", "2")
    assert res.returncode == 0, res.stderr
    assert two.read_bytes() == one.read_bytes()

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                      **NO_PORT_8787) as cluster:
        dask = tmp_path / "dask.jsonl"
        res = framing_script("analyze", str(generated), "-o", str(dask), "--engine", "dask",
                             "--scheduler", cluster.scheduler_address)
        assert res.returncode == 0, res.stderr
        assert dask.read_bytes() == one.read_bytes()

    parquet = tmp_path / "out.data"  # no .parquet suffix: --format decides
    res = framing_script("analyze", str(generated), "-o", str(parquet), "--format", "parquet",
                         "--jobs", "2")
    assert res.returncode == 0, res.stderr
    table = pq.read_table(parquet).to_pylist()
    assert [r["id"] for r in table] == [r["id"] for r in base]
    for row, rec in zip(table, base, strict=True):
        assert row["n_evidence"] == len(rec["evidence"])  # type: ignore[arg-type]
        feats = rec["features"]
        assert isinstance(feats, dict)
        for name, value in feats.items():
            if value is None:  # missing: null in JSONL, null or NaN in Parquet
                assert row[name] is None or row[name] != row[name], (rec["id"], name)
                continue
            # JSONL rounds to 6 decimals, Parquet keeps the float
            assert row[name] == pytest.approx(value, abs=1e-6), (rec["id"], name)
    assert sum(r["n_evidence"] for r in table) > N  # evidence found, not zeros


BOILERPLATE = "Subscribe to our newsletter for the latest news.\n\nShare this article\n"
BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")


def test_no_clean_keeps_boilerplate_and_report_defaults_to_reports_name(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, title, body in (("a.txt", "Council Approves Budget", BODY),
                              ("b.txt", "Storm Closes Highway", OTHER)):
        (news / name).write_text(f"{title}\n\n{body}\n\n{BOILERPLATE}", encoding="utf-8")
    for flag, out in (("", "clean.jsonl"), ("--no-clean", "raw.jsonl")):
        res = framing_script("analyze", "news", "-o", out, *([flag] if flag else []),
                             cwd=tmp_path)
        assert res.returncode == 0, res.stderr
    clean = {r["source"]: r for r in records(tmp_path / "clean.jsonl")}
    raw = {r["source"]: r for r in records(tmp_path / "raw.jsonl")}
    assert sorted(raw) == sorted(clean) == ["news/a.txt", "news/b.txt"]
    for source, rec in raw.items():  # the navigation line's three words stay without cleaning
        assert rec["n_words"] == clean[source]["n_words"] + 3, source  # type: ignore[operator]

    res = framing_script("report", "news", "--bootstrap", "10", "--no-progress", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "reports" / "news" / "index.html").is_file()
    assert "reports/news/index.html" in res.stdout


PEAK_RSS = """\
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True)
assert done.returncode == 0, done.stderr
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_kib(*args: str) -> int:
    """Peak resident memory (KiB) of the console script run with ``args``, read by a parent
    process from the kernel's account of its child (pyarrow's buffers included)."""
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, str(FRAMING), *args],
                          capture_output=True, text=True, timeout=600, check=True)
    return int(done.stdout.strip())


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
def test_streaming_peak_rss_stays_flat(tmp_path: Path) -> None:
    """Four times the articles, streamed to Parquet: the process's peak RSS hardly grows."""
    import pyarrow.parquet as pq

    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    n_small, n_big = 100, 400
    write_generated(small, n_small, seed=1, sentences=3)
    write_generated(big, n_big, seed=2, sentences=3)
    peaks = {}
    for src, n in ((small, n_small), (big, n_big)):
        out = tmp_path / f"{src.stem}.parquet"
        peaks[n] = peak_rss_kib("analyze", str(src), "-o", str(out), "--jobs", "1")
        assert pq.ParquetFile(out).metadata.num_rows == n
    # per article only the duplicate index and the account are kept (about 1 KiB each,
    # docs/errors.md); results kept in memory, or unflushed Arrow buffers, would add far more
    allowance_kib = 16 * (n_big - n_small)
    assert peaks[n_big] <= peaks[n_small] * 1.1 + allowance_kib, peaks
