"""Every subcommand through the installed ``framing`` console script: its success and each of
its failures end with the status of README's exit-code table, and the message names the file
(and the line, where the failure has one).

The console script (not :func:`framing.cli.commands.main` in-process) is run, because a status the
entry point drops never reaches the shell: ``lexicon check`` used to print FAILED and exit 0.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
LABELS = Path(__file__).resolve().parents[1] / "data" / "learn" / "sentences.csv"

GOOD_LEXICON = """\
[lexicon]
name = "mine"
version = "1.0.0"
kind = "loaded"
description = "Test lexicon."
language = "en"
license = "CC0-1.0"
provenance = "Written for this test."

[categories.c]
description = "C."

[[entries]]
term = "reckless"
category = "c"

[[examples]]
text = "A reckless plan."
terms = ["reckless"]

[[counterexamples]]
text = "A careful plan."
"""


def script() -> str:
    found = shutil.which("framing", path=str(Path(sys.executable).parent))
    assert found is not None, "the framing console script is not installed beside this Python"
    return found


def run(*args: str, cwd: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([script(), *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=600)


def said(res: subprocess.CompletedProcess[str]) -> str:
    return res.stdout + res.stderr


@pytest.fixture
def news(tmp_path: Path) -> Path:
    """Two outlets on one event, and a JSONL file whose records are all bad."""
    d = tmp_path / "news"
    d.mkdir()
    (d / "daily.txt").write_text(f"Council Approves Budget\n\n{BODY}\n", encoding="utf-8")
    (d / "herald.txt").write_text(
        "Budget Passes\n\n" + BODY.replace("reckless", "risky") + " It was a long night.\n",
        encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "a1", "outlet": "Daily"}\nnot json\n',
                                        encoding="utf-8")
    return tmp_path


def test_analyze_statuses(news: Path) -> None:
    ok = run("analyze", "news", "-o", "out/a.jsonl", "-j", "1", cwd=news)
    assert ok.returncode == 0, said(ok)
    again = run("analyze", "news", "-o", "out/a.jsonl", "-j", "1", cwd=news)
    assert again.returncode == 5 and "out/a.jsonl exists" in again.stderr, said(again)
    missing = run("analyze", "nope", "-o", "out/b.jsonl", cwd=news)
    assert missing.returncode == 2 and "nope: no such file" in missing.stderr, said(missing)
    (news / "bad.toml").write_text(GOOD_LEXICON.replace('kind = "loaded"', "kind = loaded"))
    lex = run("analyze", "news", "-o", "out/c.jsonl", "--lexicon", "bad.toml", cwd=news)
    assert lex.returncode == 4 and "bad.toml:4: TOML syntax error" in lex.stderr, said(lex)
    (news / "news" / "manifest.csv").write_text("file,outlet\ndaily.txt,Daily\nherald.txt,H\n"
                                                "gone.txt,G\n")
    manifest = run("analyze", "news", "-o", "out/d.jsonl", cwd=news)
    assert manifest.returncode == 3 and "news/manifest.csv:4" in manifest.stderr, said(manifest)


def test_every_record_skipped_is_status_9_with_the_account_written(news: Path) -> None:
    res = run("analyze", "bad.jsonl", "-o", "out/e.jsonl", cwd=news)
    assert res.returncode == 9, said(res)
    assert "bad.jsonl:1: record without 'text'" in res.stderr
    assert "bad.jsonl:2: Expecting value" in res.stderr
    assert not (news / "out" / "e.jsonl").exists()
    rows = (news / "out" / "e.inputs.csv").read_text(encoding="utf-8")
    assert "bad.jsonl:1,a1,Daily,skipped" in rows and "bad.jsonl:2,,,skipped" in rows
    strict = run("analyze", "news", "bad.jsonl", "-o", "out/f.jsonl", "--strict", cwd=news)
    assert strict.returncode == 6 and "bad.jsonl:2: Expecting value" in strict.stderr, \
        said(strict)
    report = run("report", "bad.jsonl", "--out", "rep9", cwd=news)
    assert report.returncode == 9 and "bad.jsonl:2" in report.stderr, said(report)
    assert not (news / "rep9").exists()


def test_report_statuses(news: Path) -> None:
    ok = run("report", "news", "--out", "rep", "--bootstrap", "20", "-j", "1", cwd=news)
    assert ok.returncode == 0, said(ok)
    assert (news / "rep" / "index.html").is_file()
    again = run("report", "news", "--out", "rep", cwd=news)
    assert again.returncode == 5 and "rep exists" in again.stderr, said(again)
    strict = run("report", "news", "bad.jsonl", "--out", "rep2", "--strict", cwd=news)
    assert strict.returncode == 6 and "bad.jsonl:2" in strict.stderr, said(strict)
    assert not (news / "rep2").exists()


def test_lexicon_check_statuses(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD_LEXICON)
    assert run("lexicon", "check", str(good), cwd=tmp_path).returncode == 0
    syntax = tmp_path / "syntax.toml"
    syntax.write_text(GOOD_LEXICON.replace('kind = "loaded"', "kind = loaded"))
    res = run("lexicon", "check", str(syntax), cwd=tmp_path)
    assert res.returncode == 4 and f"{syntax}:4" in said(res), said(res)
    example = tmp_path / "example.toml"
    example.write_text(GOOD_LEXICON.replace('text = "A reckless plan."', 'text = "A calm plan."'))
    res = run("lexicon", "check", str(example), cwd=tmp_path)
    assert res.returncode == 4 and f"{example}:17" in said(res), said(res)
    counter = tmp_path / "counter.toml"
    counter.write_text(GOOD_LEXICON.replace('text = "A careful plan."',
                                            'text = "A reckless idea."'))
    res = run("lexicon", "check", str(counter), cwd=tmp_path)
    assert res.returncode == 4 and f"{counter}:21" in said(res) and "must not" in said(res)
    shown = run("lexicon", "show", "no-such-lexicon", cwd=tmp_path)
    assert shown.returncode == 1 and "no-such-lexicon" in shown.stderr, said(shown)


def test_lexicon_check_all_fails_on_one_broken_plugin(tmp_path: Path) -> None:
    """A plugin whose entry point cannot be imported: --all reports it and exits 4 (the other
    lexicons still checked), where a plain run only warns about it."""
    site = tmp_path / "site"
    info = site / "framing_lexicon_broken-1.0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: framing-lexicon-broken\n"
                                   "Version: 1.0.0\n")
    (info / "entry_points.txt").write_text("[framing.lexicons]\nbroken = no_such_module_xyz\n")
    env = {**_env(), "PYTHONPATH": str(site)}
    res = run("lexicon", "check", "--all", cwd=tmp_path, env=env)
    assert res.returncode == 4, said(res)
    assert "FAILED: lexicon plugin 'broken'" in res.stdout
    assert "no_such_module_xyz" in res.stdout and "ok: loaded" in res.stdout
    listed = run("lexicon", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0 and "warning:" in listed.stderr, said(listed)


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_lexicon_new_statuses(tmp_path: Path) -> None:
    assert run("lexicon", "new", "topic", cwd=tmp_path).returncode == 0
    res = run("lexicon", "new", "topic", cwd=tmp_path)
    assert res.returncode == 5 and "framing-lexicon-topic" in res.stderr, said(res)


def test_evaluate_statuses_and_the_minimum(tmp_path: Path) -> None:
    res = run("evaluate", str(LABELS), "--score", "loaded", "--bootstrap", "0", "--format",
              "json", cwd=tmp_path)
    assert res.returncode == 0, said(res)
    auc = json.loads(res.stdout)["scores"][0]["auc"]["value"]
    below = run("evaluate", str(LABELS), "--score", "loaded", "--bootstrap", "0", "--min",
                f"loaded:auc={auc + 0.01:.6f}", cwd=tmp_path)
    assert below.returncode == 8, said(below)
    assert f"{LABELS}: 1 figure(s) below the minimum" in below.stderr
    assert "ROC-AUC" in below.stdout  # the figures are printed before the status
    met = run("evaluate", str(LABELS), "--score", "loaded", "--bootstrap", "0", "--min",
              f"auc={auc - 0.01:.6f}", cwd=tmp_path)
    assert met.returncode == 0, said(met)
    unknown = run("evaluate", str(LABELS), "--bootstrap", "0", "--min", "accuracy=0.5",
                  cwd=tmp_path)
    # a usage error, checked before the work (issue 32 item 19: was exit 1 after it)
    assert unknown.returncode == 2 and "unknown metric 'accuracy'" in unknown.stderr, \
        said(unknown)
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"text": "A calm day.", "label": "Non-biased"}\n{oops\n')
    res = run("evaluate", str(bad), cwd=tmp_path)
    assert res.returncode == 2 and f"{bad}:2" in res.stderr, said(res)


def test_train_statuses(tmp_path: Path) -> None:
    (tmp_path / "model.joblib").write_text("old")
    res = run("train", str(LABELS), "--out", "model.joblib", cwd=tmp_path)
    assert res.returncode == 5 and "model.joblib exists" in res.stderr, said(res)
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"text": "A calm day.", "label": "Non-biased"}\n[1]\n')
    res = run("train", str(bad), "--out", "m.joblib", cwd=tmp_path)
    assert res.returncode == 2 and f"{bad}:2" in res.stderr, said(res)
    ok = run("train", str(LABELS), "--out", "m.joblib", "--folds", "2", "-q", cwd=tmp_path)
    assert ok.returncode == 0, said(ok)
    assert (tmp_path / "m.joblib").is_file()
