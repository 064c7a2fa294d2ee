"""Every bad input and every exit code through the installed ``framing`` command.

One table (:data:`CASES`) drives the test: every row of docs/errors.md's "what
the user sees" table and every code of the README's exit-code table. Each case
builds its inputs in a fresh directory, runs the installed console script (the
``framing`` beside ``sys.executable``) there in a subprocess, as a user does,
and checks

* the exit code (docs/errors.md),
* that stderr (or the account in ``inputs.csv``) names the file, and the line
  where there is one, and the reason the row names,
* exactly which files were written.

Run ``python -m cli.test_error_table`` in ``tests/`` to print the cases as a Markdown
table (the one in docs/errors.md) from actual runs.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import FRAMING, framing_script

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


def csv_unclosed_quote(root: Path) -> list[str]:
    (root / "feed.csv").write_text(f'id,outlet,text\na,A,"{BODY}\nb,B,"{OTHER}"\n',
                                   encoding="utf-8")
    return ["feed.csv"]


def csv_unquoted_commas(root: Path) -> list[str]:
    """Issue 32 item 3: a value with commas, unquoted, would shift every value after it."""
    (root / "feed.csv").write_text(
        "id,text,outlet\n"
        "r1,The council, which met on Tuesday, approved the budget,Daily\n"
        f'r2,"{OTHER}",Herald\n', encoding="utf-8")
    return ["feed.csv"]


def unread_entries(root: Path) -> list[str]:
    """Issue 32 item 4: a subfolder, a named pipe and a file whose name starts with "readme"
    (only the folder's README itself is not an input)."""
    import os

    d = good_dir(root)
    (d / "sub").mkdir()
    (d / "sub" / "a.txt").write_text(article("Storm Closes Highway", OTHER), encoding="utf-8")
    os.mkfifo(d / "pipe.txt")
    (d / "readme_vote_coverage.txt").write_text(article("Storm Closes Highway", OTHER),
                                                encoding="utf-8")
    (d / "README.md").write_text("# What this folder holds\n", encoding="utf-8")
    return ["news"]


def check_unread_entries(root: Path) -> None:
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    assert sorted(rows) == ["news/daily.txt", "news/pipe.txt", "news/readme_vote_coverage.txt",
                            "news/sub"]
    assert rows["news/readme_vote_coverage.txt"]["status"] == "analysed"
    assert "named pipe (FIFO)" in rows["news/pipe.txt"]["reason"]
    assert "pass news/sub as a source of its own" in rows["news/sub"]["reason"]


def manifest_naming(rows: str, name: str = "manifest.csv") -> Callable[[Path], list[str]]:
    """A good folder, README.md and extra.txt, and a manifest holding ``rows``."""
    def build(root: Path) -> list[str]:
        d = good_dir(root)
        (d / "extra.txt").write_text(article("Storm Closes Highway", OTHER), encoding="utf-8")
        (d / "README.md").write_text(article("Storm Closes Highway Again",
                                             OTHER.replace("Storms", "Gales")), encoding="utf-8")
        (d / name).write_text(rows, encoding="utf-8")
        return ["news"]
    build.__name__ = f"manifest_{name}"
    return build


def check_manifest_names_readme(root: Path) -> None:
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    assert rows["news/README.md"]["status"] == "analysed", rows  # the manifest says so
    assert rows["news/README.md"]["outlet"] == "Readers"
    assert rows["news/manifest.csv:4"]["status"] == "skipped"
    assert "the manifest itself" in rows["news/manifest.csv:4"]["reason"]
    assert rows["news/extra.txt"]["status"] == "skipped"  # not named


def structured_metadata(root: Path) -> list[str]:
    """Issue 32 item 5: metadata that is not text (a JSON object, YAML true, a YAML set)."""
    (root / "feed.jsonl").write_text("\n".join([
        json.dumps({"text": BODY, "outlet": {"name": "Obj Outlet"}}),
        json.dumps({"text": OTHER, "event": True}),
        json.dumps({"text": BODY.replace("council", "board"), "outlet": "Fine", "id": 7}),
    ]) + "\n", encoding="utf-8")
    d = root / "news"
    d.mkdir()
    (d / "a.md").write_text(f"---\ntitle: A\noutlet: !!set {{a, b}}\n---\n{article()}",
                            encoding="utf-8")
    return ["feed.jsonl", "news"]


def check_structured_metadata(root: Path) -> None:
    rows = {r["source"]: r for r in inputs_rows(root / "out/out.inputs.csv")}
    assert rows["feed.jsonl:2"]["status"] == "skipped"
    assert "'event' is true/false" in rows["feed.jsonl:2"]["reason"]
    assert rows["news/a.md"]["reason"].startswith("news/a.md:3: front matter 'outlet' is a set")
    assert rows["feed.jsonl:3"]["status"] == "analysed" and rows["feed.jsonl:3"]["id"] == "7"
    assert "Obj Outlet" not in (root / "out/out.jsonl").read_text(encoding="utf-8")


def cr_only_csv(root: Path) -> list[str]:
    """Issue 32 item 5: a CSV whose lines end in a lone CR (classic Mac OS)."""
    (root / "feed.csv").write_bytes(
        f'id,text,outlet\rr1,"{BODY}",Daily\rr2,"{OTHER}",Herald\r'.encode())
    return ["feed.csv"]


def fifo_manifest(root: Path) -> list[str]:
    import os

    d = good_dir(root)
    os.mkfifo(d / "manifest.csv")
    return ["news"]


def manifest_unclosed_quote(root: Path) -> list[str]:
    d = good_dir(root)
    (d / "extra.txt").write_text(article("Storm Closes Highway", OTHER), encoding="utf-8")
    (d / "manifest.csv").write_text('file,outlet\ndaily.txt,"Daily\nextra.txt,Extra\n',
                                    encoding="utf-8")
    return ["news"]


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


# -- lexicons: one valid file, and copies with exactly one defect each ----------------------

LEXICON = """\
[lexicon]
name = "mine"
version = "1.0.0"
kind = "loaded"
description = "A lexicon of the tests."
license = "CC0-1.0"
provenance = "Written for the tests."

[categories.moral]
description = "Moral condemnation."

[[entries]]
term = "evil"
category = "moral"
weight = 2

[[entries]]
term = "wicked"
category = "moral"

[[examples]]
text = "A wicked plan."
terms = ["wicked"]
"""


def lexicon_with(old: str, new: str, name: str = "mine.toml") -> Callable[[Path], list[str]]:
    """A good directory plus ``mine.toml``: the valid lexicon with ``old`` replaced once."""
    assert old in LEXICON, old

    def build(root: Path) -> list[str]:
        good_dir(root)
        (root / name).write_text(LEXICON.replace(old, new, 1), encoding="utf-8")
        return ["news", "--lexicon", name]
    build.__name__ = f"lexicon_with_{new[:10]}"
    return build


def lexicon_and_bad_manifest(root: Path) -> list[str]:
    """A bad lexicon and a manifest naming a missing file: the lexicon is read first."""
    sources = lexicon_with('weight = 2', 'weight = "heavy"')(root)
    manifest_missing_file_only(root)
    return sources


def manifest_missing_file_only(root: Path) -> None:
    (root / "news" / "manifest.csv").write_text("file,outlet\ndaily.txt,Daily\ngone.txt,Gone\n",
                                               encoding="utf-8")


def lexicon_failing_example(root: Path) -> list[str]:
    """``lexicon check`` on a valid lexicon whose example does not match."""
    (root / "mine.toml").write_text(LEXICON.replace("A wicked plan.", "A fine plan."),
                                    encoding="utf-8")
    return ["check", "mine.toml"]


def fake_dist(site: Path, dist: str, entry_point: str) -> None:
    """Make ``dist`` look installed on ``site``: a dist-info with one lexicon entry point."""
    info = site / f"{dist.replace('-', '_')}-1.0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0.0\n")
    (info / "entry_points.txt").write_text(f"[framing.lexicons]\n{entry_point}\n")


def broken_plugin(root: Path) -> list[str]:
    """An installed plugin whose module does not import (found through PYTHONPATH=site)."""
    fake_dist(root / "site", "framing-lexicon-broken", "broken = broken_no_such_module_xyz")
    return ["check", "--all"]


def plugin_with_bad_file(root: Path) -> list[str]:
    """An installed plugin that imports but ships a lexicon with a bad version."""
    pkg = root / "site" / "broken_badfile"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "bad.toml").write_text(LEXICON.replace('"1.0.0"', '"one"'), encoding="utf-8")
    fake_dist(root / "site", "framing-lexicon-badfile", "badfile = broken_badfile")
    return ["check", "--all"]


def not_a_model(root: Path) -> list[str]:
    good_dir(root)
    (root / "model.json.gz").write_text("not a model\n", encoding="utf-8")
    return ["news", "--model", "model.json.gz"]


def many_articles(root: Path) -> list[str]:
    """30 articles: enough that an interrupt arrives while they are analysed."""
    d = root / "news"
    d.mkdir()
    for i in range(30):
        (d / f"a{i:02d}.txt").write_text(article(body=BODY.replace("fourteen", f"{i + 2} long")),
                                         encoding="utf-8")
    return ["news"]


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
    env: dict[str, str] = field(default_factory=dict)  # "{root}" is the case's directory
    interrupt: bool = False          # send SIGINT once the run shows progress
    error_line: bool = True          # stderr starts with "error: " (not for usage/check)


ANALYZE_OUT = ("out/out.inputs.csv", "out/out.jsonl")
SITE = {"PYTHONPATH": "{root}/site"}
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
    Case("utf16-no-bom", "UTF-16 text without a byte-order mark",
         with_file("wide.txt", article("Storm Closes Highway", OTHER).encode("utf-16-le")), 0,
         "warning: news/wide.txt: has no byte-order mark but reads as UTF-16-LE",
         files=ANALYZE_OUT, says="2 analysed, 0 skipped"),
    Case("not-cp1252", "bytes that are neither UTF-8 nor cp1252", with_file("odd.txt", NOT_CP1252),
         0, "news/odd.txt: neither UTF-8 nor cp1252", files=ANALYZE_OUT),
    Case("jsonl", "malformed JSONL line", jsonl_with_bad_line, 0,
         "skipped: feed.jsonl:2: Expecting value (column 25); fix or remove the line",
         files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "feed.jsonl:2",
                          r"^feed\.jsonl:2: Expecting value \(column \d+\)")),
    Case("jsonl-strict", "malformed JSONL line, --strict", jsonl_with_bad_line, 6,
         "feed.jsonl:2: Expecting value", extra=("--strict",), files=("out/out.inputs.csv",)),
    Case("csv", "CSV without text column", csv_without_text, 2,
         "feed.csv:1: no 'text' column; columns found: 'outlet', 'body'"),
    Case("csv-unclosed-quote", "CSV row with an unclosed quote", csv_unclosed_quote, 9,
         "feed.csv:2: ',' expected after '\"' on line 3: a quote opened in the row on line 2 "
         "looks unclosed",
         files=("out/out.inputs.csv",),
         check=skipped_in("out/out.inputs.csv", "feed.csv:2", r"lines 2-3 .*close the quote")),
    Case("csv-extra-values", "CSV row with unquoted commas (more values than columns)",
         csv_unquoted_commas, 0,
         "skipped: feed.csv:2: 5 values for 3 columns, so the values cannot be matched to "
         "their columns", files=ANALYZE_OUT,
         check=skipped_in("out/out.inputs.csv", "feed.csv:2", r"quote the value")),
    Case("unread-entries", "a subfolder, a named pipe and a file named readme_*.txt in the "
         "folder", unread_entries, 0,
         "skipped: news/pipe.txt: a named pipe (FIFO), not a regular file", files=ANALYZE_OUT,
         check=check_unread_entries),
    Case("manifest-names-readme", "manifest rows naming README.md and manifest.csv",
         manifest_naming("file,outlet\ndaily.txt,Daily\nREADME.md,Readers\nmanifest.csv,M\n"),
         0, "skipped: news/manifest.csv:4: names 'manifest.csv', the manifest itself",
         files=ANALYZE_OUT, check=check_manifest_names_readme),
    Case("manifest-column-twice", "manifest header naming a column twice (`file,outlet,outlet`)",
         manifest_naming("file,outlet,outlet\ndaily.txt,A,B\n"), 3,
         "news/manifest.csv:1: the header names 'outlet' more than once"),
    Case("manifest-key-twice", "manifest.jsonl object giving a key twice",
         manifest_naming('{"file": "daily.txt", "outlet": "A", "outlet": "B"}\n',
                         "manifest.jsonl"), 3,
         "news/manifest.jsonl:1: the key 'outlet' is given twice in one object; keep one"),
    Case("structured-metadata", "metadata that is not text (a JSON object, YAML true, a YAML "
         "set)", structured_metadata, 0,
         "skipped: feed.jsonl:1: 'outlet' is a mapping of keys to values, not text; give it "
         "as a string, in quotes", files=ANALYZE_OUT, check=check_structured_metadata),
    Case("manifest-metadata-object", "manifest.jsonl row whose outlet is an object",
         manifest_naming('{"file": "daily.txt", "outlet": {"name": "A"}}\n', "manifest.jsonl"),
         3, "news/manifest.jsonl:1: 'outlet' is a mapping of keys to values, not text"),
    Case("cr-only-csv", "CSV whose lines end in a lone CR (classic Mac OS)", cr_only_csv, 0, "",
         files=ANALYZE_OUT, says="2 analysed, 0 skipped, 0 duplicates"),
    Case("manifest-fifo", "a named pipe called manifest.csv", fifo_manifest, 3,
         "news/manifest.csv: is not a regular file (a named pipe or device)"),
    Case("manifest-unclosed-quote", "manifest row with an unclosed quote",
         manifest_unclosed_quote, 3,
         "news/manifest.csv:2: unexpected end of data (line 3): a quote opened in the row on "
         "line 2 looks unclosed"),
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
         # two unrelated stories without an event field: two events, whose pages share
         # one stylesheet
         command="report", files=(*REPORT_OUT, "rep/style.css"), check=check_too_short_csv,
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
    Case("lexicon-weight", "lexicon with a bad weight (`--lexicon mine.toml`)",
         lexicon_with('weight = 2', 'weight = "heavy"'), 4,
         "mine.toml:15: entry 1 (term 'evil'): weight must be a number, got str 'heavy'"),
    Case("lexicon-category", "lexicon with an unknown category",
         lexicon_with('category = "moral"', 'category = "nope"'), 4,
         "mine.toml:14: entry 1 (term 'evil'): unknown category 'nope'"),
    Case("lexicon-empty-term", "lexicon with an empty term",
         lexicon_with('term = "evil"', 'term = ""'), 4,
         "mine.toml:13: entry 1 (term ''): term must not be empty"),
    Case("lexicon-metadata", "lexicon missing metadata",
         lexicon_with('description = "A lexicon of the tests."\n', ''), 4,
         "mine.toml:1: [lexicon]: missing required key 'description'"),
    Case("lexicon-syntax", "lexicon with a TOML syntax error",
         lexicon_with("[categories.moral]", "[categories.moral"), 4,
         "mine.toml:9: TOML syntax error"),
    Case("lexicon-before-manifest", "bad lexicon and a bad manifest (report)",
         lexicon_and_bad_manifest, 4, "mine.toml:15: entry 1 (term 'evil'): weight must be",
         command="report"),
    Case("lexicon-check-example", "`framing lexicon check` on a lexicon with a failing example",
         lexicon_failing_example, 4, "1 of 1 lexicon(s) failed", command="lexicon",
         says="example 1 (mine.toml:21) 'A fine plan.': entry 'wicked' did not match",
         error_line=False),
    Case("lexicon-check-plugin", "`framing lexicon check --all` with a plugin that fails to "
         "import", broken_plugin, 4, "lexicon(s) failed", command="lexicon", env=SITE,
         says="FAILED: lexicon plugin 'broken' (distribution 'framing-lexicon-broken', "
              "broken_no_such_module_xyz) is skipped: ModuleNotFoundError", error_line=False),
    Case("lexicon-check-plugin-file", "`framing lexicon check --all` with a plugin shipping an "
         "invalid lexicon", plugin_with_bad_file, 4, "lexicon(s) failed", command="lexicon",
         env=SITE, says="broken_badfile/bad.toml", error_line=False),
    Case("weight-unknown", "`--weight` naming no active lexicon", lambda r: [
        *good_dir_sources(r), "--weight", "nope=2"], 4,
         "weight override 'nope' names no active lexicon"),
    Case("unknown-lexicon", "`--no-lexicon` naming no lexicon (any other error of ours)",
         lambda r: [*good_dir_sources(r), "--no-lexicon", "nope"], 1,
         "unknown lexicon 'nope'; available: "),
    Case("usage", "usage error (`analyze` without `--out`)", good_dir_sources, 2,
         "Error: Missing option '--out'", command="raw-analyze", error_line=False),
    Case("model", "`--model` that is not a model of framing train", not_a_model, 7,
         "model.json.gz: not a model written by framing train"),
    Case("interrupt", "interrupted (Ctrl-C) during the analysis (report)", many_articles, 130,
         "interrupted; no partial output was left behind", command="report", interrupt=True,
         error_line=False),
]


def case_args(case: Case, sources: list[str]) -> list[str]:
    """The command line of a case."""
    if case.command == "analyze":
        out = "news/out.jsonl" if case.id == "out-in-input" else "out/out.jsonl"
        return ["analyze", *sources, "-o", out, "-j", "1", *case.extra]
    if case.command == "report":
        out = "news/rep" if case.id == "report-in-input" else "rep"
        progress = "--progress" if case.interrupt else "--no-progress"
        return ["report", *sources, "-o", out, "-j", "1", "--bootstrap", "20", progress,
                *case.extra]
    if case.command == "lexicon":
        return ["lexicon", *sources, *case.extra]
    assert case.command == "raw-analyze", case.command  # no --out: a usage error
    return ["analyze", *sources, *case.extra]


def interrupted(args: list[str], root: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """Run the console script, send SIGINT once it writes its first progress output."""
    import os

    proc = subprocess.Popen([str(FRAMING), *args], cwd=root, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env={**os.environ, "MPLBACKEND": "Agg", **env})
    assert proc.stderr is not None
    first = proc.stderr.read(1)  # the progress bar: the articles are being analysed
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out.decode(), (first + err).decode()


def run_case(case: Case, root: Path) -> tuple[int, str, str]:
    """Build the inputs under ``root`` and run the console script there; (code, stdout, stderr)."""
    sources = case.build(root)
    if case.setup is not None:
        case.setup(root)
    args = case_args(case, sources)
    env = {k: v.replace("{root}", str(root)) for k, v in case.env.items()}
    if case.interrupt:
        return interrupted(args, root, env)
    res = framing_script(*args, cwd=root, env=env)
    return res.returncode, res.stdout, res.stderr


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_through_the_cli(case: Case, tmp_path: Path) -> None:
    code, out, err = run_case(case, tmp_path)
    assert code == case.code, (out, err)
    assert "Traceback" not in err
    if case.code != 0 and case.error_line:
        assert err.startswith("error: "), err
    if case.code == 4 and case.command != "lexicon":  # one defect: one problem, no "also"
        assert err.count("\n") == 1 and "also" not in err, err
    assert case.names in err, err
    assert case.says in out, out
    if case.code in (0, 6) and case.command != "lexicon":  # where every input went
        assert SUMMARY.search(out), out
    files = written(tmp_path)
    if "rep/index.html" in case.files and case.code == 0:  # one page per outlet
        assert "rep/sources/daily.html" in files and "rep/sources/daily.md" in files
        # and one page per event when the articles came without one and fell into several
        files = [f for f in files if not f.startswith(("rep/sources/", "rep/events/"))]
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


def test_skips_are_named_on_stderr_the_first_20_then_a_count(tmp_path: Path) -> None:
    """Issue 32 item 22: a skip is not only in inputs.csv; stderr names it, with its line."""
    lines = [json.dumps({"outlet": "A", "text": BODY})]
    lines += [f'{{"outlet": "B{n}", "text": ' for n in range(25)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in ("analyze", "report"):
        case = Case(command, command, lambda r: ["feed.jsonl"], 0, "", command=command)
        code, out, err = run_case(case, tmp_path)
        assert code == 0, err
        assert "1 analysed, 25 skipped, 0 duplicates" in out
        shown = [ln for ln in err.splitlines() if ln.startswith("skipped: feed.jsonl:")]
        assert len(shown) == 20, err
        assert shown[0] == ("skipped: feed.jsonl:2: Expecting value (column 26); fix or "
                            "remove the line")
        assert shown[-1].startswith("skipped: feed.jsonl:21: ")
        assert "skipped: 5 more input(s)" in err.splitlines()
        account = "out/out.inputs.csv" if command == "analyze" else "rep/inputs.csv"
        assert f"skipped: every input and its reason is in {account}" in err


def test_help_points_at_the_error_table() -> None:
    res = framing_script("--help")
    assert res.returncode == 0
    assert "docs/errors.md" in res.stdout


def _table() -> str:  # pragma: no cover - used to write docs/errors.md
    import tempfile

    lines = ["| bad input | what the user sees (message) | exit code | what was written |",
             "|---|---|---|---|"]
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            code, out, err = run_case(case, Path(tmp))
            shown = [ln for ln in out.splitlines() if ln.startswith(("FAILED", "  lexicon"))]
            shown += [ln for ln in err.splitlines() if ln.startswith((
                "error:", "warning:", "  ", "Error:", "interrupted", "1 of "))]
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
