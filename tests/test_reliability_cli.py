"""Every bad input through the real CLI: exit code, a message naming the file (and line), outputs.

One table (:data:`CASES`) drives the test. Each case builds its inputs in a
fresh directory, runs ``framing analyze`` or ``framing report`` in-process
through :func:`framing.cli.main` (the console-script entry point, which maps our
exceptions to exit codes), and checks

* the exit code (docs/errors.md),
* that stderr (or the account in ``inputs.csv``) names the file, and the line
  where there is one,
* exactly which files were written.

Run ``python tests/test_reliability_cli.py`` to print the cases as a Markdown
table (the one in docs/errors.md) from actual runs.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from framing.cli import main

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs "
        "and keeps the libraries open.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")
GERMAN = ("Der Bundestag hat am Dienstag nach einer langen Debatte ein neues Gesetz beschlossen, "
          "das die Mieten in den großen Städten für die nächsten fünf Jahre begrenzen soll. Die "
          "Opposition kritisierte den Entwurf scharf und kündigte eine Klage an.")

SUMMARY = re.compile(r"^\d+ analysed, \d+ skipped, \d+ duplicates$", re.MULTILINE)


def article(title: str = "Council Approves Budget", body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def good_dir(root: Path, name: str = "news") -> Path:
    d = root / name
    d.mkdir()
    (d / "daily.txt").write_text(article(), encoding="utf-8")
    return d


# -- inputs: each returns the CLI sources (relative to the working directory) -------------

def missing(root: Path) -> list[str]:
    return ["nope"]


def empty_dir(root: Path) -> list[str]:
    (root / "news").mkdir()
    return ["news"]


def only_empty_file(root: Path) -> list[str]:
    (root / "empty.txt").write_bytes(b"")
    return ["empty.txt"]


def with_file(name: str, data: bytes) -> Callable[[Path], list[str]]:
    def build(root: Path) -> list[str]:
        d = good_dir(root)
        (d / name).write_bytes(data)
        return ["news"]
    build.__name__ = f"with_{name}"
    return build


def jsonl_with_bad_line(root: Path) -> list[str]:
    (root / "feed.jsonl").write_text(
        json.dumps({"outlet": "A", "text": BODY}) + "\n" + '{"outlet": "B", "text": \n'
        + json.dumps({"outlet": "C", "text": OTHER}) + "\n", encoding="utf-8")
    return ["feed.jsonl"]


def csv_without_text(root: Path) -> list[str]:
    (root / "feed.csv").write_text("outlet,body\nA,hello\n", encoding="utf-8")
    return ["feed.csv"]


def manifest_missing_file(root: Path) -> list[str]:
    d = good_dir(root)
    (d / "manifest.csv").write_text("file,outlet\ndaily.txt,Daily\ngone.txt,Gone\n",
                                    encoding="utf-8")
    return ["news"]


def file_not_in_manifest(root: Path) -> list[str]:
    d = good_dir(root)
    (d / "extra.txt").write_text(article("Storm Closes Highway", OTHER), encoding="utf-8")
    (d / "manifest.csv").write_text("file,outlet\ndaily.txt,Daily\n", encoding="utf-8")
    return ["news"]


def conflicting_metadata(root: Path) -> list[str]:
    d = root / "news"
    d.mkdir()
    (d / "post.md").write_text(f"---\noutlet: The Post\n---\n{article()}", encoding="utf-8")
    (d / "manifest.csv").write_text("file,outlet\npost.md,The Times\n", encoding="utf-8")
    return ["news"]


def duplicate(root: Path) -> list[str]:
    d = good_dir(root)
    (d / "copy.txt").write_text(article(), encoding="utf-8")
    return ["news"]


def good_dir_sources(root: Path) -> list[str]:
    return [good_dir(root).name]


def unsupported_source(root: Path) -> list[str]:
    (root / "paper.pdf").write_bytes(b"%PDF-1.4")
    return ["paper.pdf"]


# -- what was written ------------------------------------------------------------------------

def written(root: Path) -> list[str]:
    """Files under ``out/`` (analyze) and ``rep/`` (report), relative to the root."""
    found = []
    for top in ("out", "rep"):
        if (root / top).exists():
            found += [p.relative_to(root).as_posix() for p in (root / top).rglob("*")
                      if p.is_file()]
    return sorted(found)


def inputs_rows(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@dataclass
class Case:
    id: str
    label: str                       # the "bad input" column of the table
    build: Callable[[Path], list[str]]
    code: int
    names: str                       # must appear in stderr (file, and line where there is one)
    command: str = "analyze"
    extra: tuple[str, ...] = ()
    files: tuple[str, ...] = ()      # exactly what is written
    check: Callable[[Path], None] | None = None
    setup: Callable[[Path], None] | None = None
    says: str = ""                   # must appear on stdout


ANALYZE_OUT = ("out/out.inputs.csv", "out/out.jsonl")
REPORT_OUT = ("rep/articles.csv", "rep/comparison.json", "rep/evidence.csv", "rep/index.html",
              "rep/inputs.csv", "rep/report-files.json")


def skipped_in(csv_path: str, source: str, reason: str) -> Callable[[Path], None]:
    def check(root: Path) -> None:
        rows = {r["source"]: r for r in inputs_rows(root / csv_path)}
        assert rows[source]["status"] == "skipped", rows
        assert re.search(reason, rows[source]["reason"]), rows[source]
    return check


def check_non_english(root: Path) -> None:
    recs = {r["source"]: r for r in records(root / "out/out.jsonl")}
    de = recs["news/german.txt"]
    assert de["status"] == "not_english"
    feats = de["features"]
    assert isinstance(feats, dict) and feats and all(v is None for v in feats.values())
    assert recs["news/daily.txt"]["status"] == "ok"
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    assert rows["news/german.txt"]["status"] == "analysed"
    assert "not English" in rows["news/german.txt"]["reason"]


def check_too_short(root: Path) -> None:
    """A short body is scored; only readability, which needs length, is left empty, and
    inputs.csv says why."""
    recs = {r["source"]: r for r in records(root / "out/out.jsonl")}
    short = recs["news/brief.txt"]
    assert short["status"] == "ok"
    feats = short["features"]
    assert isinstance(feats, dict) and feats["readability"] is None
    assert feats["sentiment"] is not None and feats["hedging"] is not None
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    assert rows["news/brief.txt"]["status"] == "analysed"
    assert "readability scores left empty: the body has 3 words" in rows["news/brief.txt"][
        "reason"]


def check_too_short_csv(root: Path) -> None:
    import pandas as pd

    arts = pd.read_csv(root / "rep/articles.csv").set_index("source")
    row = arts.loc["news/brief.txt"]
    assert row["status"] == "ok"
    assert math.isnan(float(row["readability"])) and not math.isnan(float(row["sentiment"]))


def check_duplicate(root: Path) -> None:
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    kept = rows["news/copy.txt"]["id"] if rows["news/copy.txt"]["status"] == "analysed" else \
        rows["news/daily.txt"]["id"]
    dup = [r for r in rows.values() if r["status"] == "duplicate"]
    assert len(dup) == 1 and dup[0]["duplicate_of"] == kept and dup[0]["reason"]


def existing_out(root: Path) -> None:
    (root / "out").mkdir()
    (root / "out" / "out.jsonl").write_text("old\n", encoding="utf-8")


def existing_report(root: Path) -> None:
    (root / "rep").mkdir()
    (root / "rep" / "index.html").write_text("old report\n", encoding="utf-8")


NUL = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
BROKEN_UTF16 = codecs.BOM_UTF16_LE + "Title\n\nBody".encode("utf-16-le") + b"\x00\xd8"
NOT_CP1252 = ("Storm Closes Highway\n\n" + OTHER).encode("utf-8").replace(
    b"Officials", b"\x81\x8dOfficials")  # 0x81, 0x8D: undefined in cp1252

CASES: list[Case] = [
    Case("missing", "missing path", missing, 2, "nope: no such file or directory"),
    Case("missing-report", "missing path (report)", missing, 2, "nope: no such file",
         command="report"),
    Case("empty-dir", "empty directory", empty_dir, 2, "news: no article files"),
    Case("unsupported", "unsupported source file (.pdf)", unsupported_source, 2,
         "paper.pdf: cannot read '.pdf'"),
    Case("only-empty", "empty file as the only source", only_empty_file, 9,
         "empty.txt: empty file (0 bytes)", files=("out/out.inputs.csv",),
         check=skipped_in("out/out.inputs.csv", "empty.txt", r"empty file \(0 bytes\)")),
    Case("empty-file", "empty file among articles", with_file("empty.txt", b""), 0,
         "", files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/empty.txt", r"empty file \(0 bytes\)")),
    Case("empty-file-strict", "empty file, --strict", with_file("empty.txt", b""), 6,
         "news/empty.txt: empty file (0 bytes)", extra=("--strict",),
         files=("out/out.inputs.csv",)),
    Case("whitespace", "whitespace-only file", with_file("blank.txt", b"  \n\t\n  \n"), 0, "",
         files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/blank.txt", "only whitespace")),
    Case("binary", "binary file (NUL bytes)", with_file("image.txt", NUL), 0, "",
         files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/image.txt", "NUL bytes")),
    Case("binary-strict", "binary file, --strict", with_file("image.txt", NUL), 6,
         "news/image.txt: holds NUL bytes", extra=("--strict",), files=("out/out.inputs.csv",)),
    Case("undecodable", "undecodable bytes (broken UTF-16)", with_file("broken.txt", BROKEN_UTF16),
         0, "", files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/broken.txt", "cannot be decoded")),
    Case("not-cp1252", "bytes that are neither UTF-8 nor cp1252", with_file("odd.txt", NOT_CP1252),
         0, "news/odd.txt: neither UTF-8 nor cp1252", files=ANALYZE_OUT),
    Case("jsonl", "malformed JSONL line", jsonl_with_bad_line, 0, "", files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "feed.jsonl:2",
                          r"^feed\.jsonl:2: Expecting value \(column \d+\)")),
    Case("jsonl-strict", "malformed JSONL line, --strict", jsonl_with_bad_line, 6,
         "feed.jsonl:2: Expecting value", extra=("--strict",), files=("out/out.inputs.csv",)),
    Case("csv", "CSV without text column", csv_without_text, 2,
         "feed.csv:1: no 'text' column; columns found: 'outlet', 'body'"),
    Case("manifest-missing", "manifest naming a missing file", manifest_missing_file, 3,
         "news/manifest.csv:3: names 'gone.txt', which does not exist"),
    Case("manifest-missing-report", "manifest naming a missing file (report)",
         manifest_missing_file, 3, "news/manifest.csv:3: names 'gone.txt'", command="report"),
    Case("not-in-manifest", "file the manifest does not name", file_not_in_manifest, 0, "",
         files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/extra.txt", "not named in manifest.csv")),
    Case("not-in-manifest-strict", "file the manifest does not name, --strict",
         file_not_in_manifest, 6, "news/extra.txt: not named in manifest.csv",
         extra=("--strict",), files=("out/out.inputs.csv",)),
    Case("not-in-manifest-report", "file the manifest does not name, report --strict",
         file_not_in_manifest, 6, "news/extra.txt: not named in manifest.csv",
         command="report", extra=("--strict",)),
    Case("conflict", "conflicting metadata (front matter vs manifest)", conflicting_metadata, 3,
         "news/manifest.csv:2: outlet is 'The Times' here but 'The Post' in the front matter "
         "of news/post.md"),
    Case("non-english", "non-English article",
         with_file("german.txt", article("Mietpreisbremse", GERMAN).encode()), 0,
         "warning: news/german.txt: body looks like language 'de'", files=ANALYZE_OUT,
         check=check_non_english, says="not scored (1 not english)"),
    Case("too-short", "article too short for readability",
         with_file("brief.txt", b"Brief\n\nThe council met.\n"), 0, "",
         files=ANALYZE_OUT, check=check_too_short, says="wrote 2 records"),
    Case("too-short-report", "article too short for readability (report)",
         with_file("brief.txt", b"Brief\n\nThe council met.\n"), 0, "",
         command="report", files=REPORT_OUT, check=check_too_short_csv,
         says="report for 2 outlets"),
    Case("too-large", "article file over 10 MiB", with_file("huge.txt", b"word " * 2_200_000), 0,
         "", files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "news/huge.txt", "too large to be one article")),
    Case("duplicate", "duplicate article", duplicate, 0, "", files=ANALYZE_OUT,
         check=check_duplicate),
    Case("out-in-input", "--out inside the input directory", good_dir_sources, 5,
         "would be written inside the input"),
    Case("report-in-input", "report --out inside the input directory", good_dir_sources, 5,
         "the report directory news/rep is inside the input news", command="report"),
    Case("out-exists", "existing output, no --force", good_dir_sources, 5,
         "out/out.jsonl exists; pass --force", files=("out/out.jsonl",), setup=existing_out),
    Case("report-exists", "existing report directory, no --force", good_dir_sources, 5,
         "rep exists and is not empty; pass --force", command="report",
         files=("rep/index.html",), setup=existing_report),
]


@contextlib.contextmanager
def chdir(path: Path) -> Iterator[None]:
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def run_case(case: Case, root: Path) -> tuple[int, str, str]:
    """Build the inputs under ``root`` and run the CLI there; (exit code, stdout, stderr)."""
    with chdir(root):
        sources = case.build(root)
        if case.setup is not None:
            case.setup(root)
        if case.command == "analyze":
            out = "news/out.jsonl" if case.id == "out-in-input" else "out/out.jsonl"
            args = ["analyze", *sources, "-o", out, "-j", "1", *case.extra]
        else:
            out = "news/rep" if case.id == "report-in-input" else "rep"
            args = ["report", *sources, "-o", out, "-j", "1", "--bootstrap", "20",
                    "--no-progress", *case.extra]
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = main(args)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_through_the_cli(case: Case, tmp_path: Path) -> None:
    code, out, err = run_case(case, tmp_path)
    assert code == case.code, (out, err)
    if case.code != 0:
        assert err.startswith("error: "), err
        assert "Traceback" not in err
    assert case.names in err, err
    assert case.says in out, out
    if case.code in (0, 6):  # a run that read everything says where every input went
        assert SUMMARY.search(out), out
    files = written(tmp_path)
    if "rep/index.html" in case.files and case.code == 0:  # one page per outlet
        assert "rep/sources/daily.html" in files and "rep/sources/daily.md" in files
        files = [f for f in files if not f.startswith("rep/sources/")]
    assert files == sorted(case.files)
    if case.check is not None:
        case.check(tmp_path)
    for leftover in tmp_path.rglob(".*"):  # no temporary file or staging directory left
        pytest.fail(f"left behind: {leftover}")


def test_summary_counts_every_input_and_inputs_csv_accounts_for_each(tmp_path: Path) -> None:
    """One run mixing all three outcomes: the summary line, and one inputs.csv row per input."""
    d = good_dir(tmp_path)
    (d / "copy.txt").write_text(article(), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "other.txt").write_text(article("Storm Closes Highway", OTHER), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"outlet": "F", "text": OTHER.replace("Storms", "Gales")}) + "\n{oops\n",
        encoding="utf-8")
    for command in ("analyze", "report"):
        case = Case(command, command, lambda r: ["news", "feed.jsonl"], 0, "", command=command)
        code, out, err = run_case(case, tmp_path)
        assert code == 0, err
        assert "2 analysed, 2 skipped, 2 duplicates" in out.splitlines()
        csv_path = tmp_path / ("out/out.inputs.csv" if command == "analyze" else "rep/inputs.csv")
        rows = inputs_rows(csv_path)
        assert sorted(r["source"] for r in rows) == [
            "feed.jsonl:1", "feed.jsonl:2", "news/copy.txt", "news/daily.txt", "news/empty.txt",
            "news/other.txt"]
        for r in rows:
            assert r["status"] in ("analysed", "skipped", "duplicate")
            if r["status"] != "analysed":
                assert r["reason"], r
            if r["status"] == "duplicate":
                assert r["duplicate_of"] in {x["id"] for x in rows if x["status"] == "analysed"}


def test_help_points_at_the_error_table() -> None:
    stdout = io.StringIO()
    with contextlib.redirect_stdout(stdout):
        assert main(["--help"]) == 0
    assert "docs/errors.md" in stdout.getvalue()


def _table() -> str:  # pragma: no cover - used to write docs/errors.md
    import tempfile

    lines = ["| bad input | what the user sees (message) | exit code | what was written |",
             "|---|---|---|---|"]
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            code, out, err = run_case(case, Path(tmp))
            shown = [ln for ln in err.splitlines() if ln.startswith(("error:", "warning:",
                                                                       "  "))]
            if not shown:
                shown = [ln for ln in out.splitlines()
                         if SUMMARY.match(ln) or ln.startswith("not scored")]
                acc = [p for p in Path(tmp).rglob("*inputs.csv")]
                if acc:
                    flagged = [r for r in inputs_rows(acc[0])
                               if r["status"] != "analysed" or r["reason"]]
                    shown += [f"inputs.csv: {r['source']} {r['status']}: "
                              f"{r['reason']}" for r in flagged]
            msg = "<br>".join(f"`{s.strip()}`" for s in shown).replace("|", "\\|")
            files = ", ".join(written(Path(tmp))) or "nothing"
            lines.append(f"| {case.label} | {msg} | {code} | {files} |")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(_table() + "\n")
