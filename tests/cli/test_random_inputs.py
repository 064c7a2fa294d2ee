"""Issue 27: random bytes, random Unicode (lone surrogates included) and random option values
thrown at ``analyze``, ``report``, ``evaluate`` and ``train``.

Each case runs ``framing.cli.commands.main`` as the console script does and asserts:

* no traceback (an uncaught exception fails the test; none is printed either);
* an exit status from the README's table;
* every input in ``inputs.csv`` (each file, each non-blank line of a record file, or the
  record file itself when it is skipped whole), when the command got that far;
* no file outside ``--out`` changed.

The number of cases follows the hypothesis profile (``ci`` in tox), capped at 16 so the
test stays near a minute per Python on two cores.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.cli.commands import main

pytestmark = pytest.mark.filterwarnings("ignore")

#: The exit codes of the README's table.
EXIT_CODES = {0, 1, 2, 3, 4, 5, 6, 7, 130, 143}
GOOD = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")

# any code point, lone surrogates included (they reach us through JSON escapes)
UNICODE = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                exclude_categories=()), max_size=300)
WORDS = st.lists(st.sampled_from([*GOOD.split(), "\ud83d", "\udc00", "Café", "\x00", "\n"]),
                 max_size=80).map(" ".join)
TEXT = st.one_of(UNICODE, WORDS, st.just(GOOD))
RECORD = st.fixed_dictionaries({"text": st.one_of(TEXT, st.integers(), st.none())},
                               optional={"id": UNICODE, "outlet": UNICODE, "title": UNICODE,
                                         "event": UNICODE})
LINE = st.one_of(RECORD.map(json.dumps),  # ensure_ascii: a surrogate becomes \udxxx
                 RECORD.map(lambda r: json.dumps(r, ensure_ascii=False)),
                 st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
                 st.sampled_from(["null", "[1, 2]", "{", ""]))
JOBS = st.sampled_from(["-1", "0", "1", "1", "1", "2"])
COUNTS = st.integers(min_value=-5, max_value=30).map(str)


def snapshot(root: Path, skip: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    for p in sorted(root.rglob("*")):
        if p == skip or skip in p.parents:
            continue
        found[p.relative_to(root).as_posix()] = p.read_bytes() if p.is_file() else b"<dir>"
    return found


def run(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue() + err.getvalue()


def write_corpus(root: Path, lines: list[str], raw: bytes, text: str) -> Path:
    news = root / "news"
    news.mkdir()
    (news / "good.txt").write_text(f"Budget\n\n{GOOD}\n", encoding="utf-8")
    (news / "raw.txt").write_bytes(raw)
    (news / "text.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    (news / "feed.jsonl").write_bytes("\n".join(lines).encode("utf-8", "surrogatepass")
                                      + b"\n")
    return news


def check_account(account: Path, news: Path) -> None:
    with account.open(encoding="utf-8", newline="") as fh:
        sources = {row["source"] for row in csv.DictReader(fh)}
    for name in ("good.txt", "raw.txt", "text.txt"):
        assert str(news / name) in sources, (name, sources)
    feed = news / "feed.jsonl"
    if str(feed) in sources:  # skipped whole (binary, undecodable)
        return
    lines = feed.read_bytes().split(b"\n")
    for n, line in enumerate(lines, 1):
        if line.strip() and n < len(lines):
            assert f"{feed}:{n}" in sources, (n, line, sorted(sources))


@settings(max_examples=min(settings().max_examples, 16), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(command=st.sampled_from(["analyze", "report", "evaluate", "train"]),
       lines=st.lists(LINE, min_size=1, max_size=4), raw=st.binary(max_size=200), text=TEXT,
       jobs=JOBS, count=COUNTS, folds=st.integers(min_value=-1, max_value=4).map(str),
       c=st.sampled_from(["-1", "0", "0.5", "1", "nan"]),
       fmt=st.sampled_from([None, "jsonl", "csv", "parquet"]),
       out_name=st.sampled_from(["o.jsonl", "o.csv", "o.parquet", "sub/o.jsonl"]),
       strict=st.booleans(), force=st.booleans())
def test_random_inputs_and_options(command: str, lines: list[str], raw: bytes, text: str,
                                   jobs: str, count: str, folds: str, c: str, fmt: str | None,
                                   out_name: str, strict: bool, force: bool) -> None:
    root = Path(tempfile.mkdtemp(prefix="framing-prop-"))
    try:
        news = write_corpus(root, lines, raw, text)
        out = root / "out"
        flags = (["--strict"] if strict else []) + (["--force"] if force else [])
        args: list[str]
        if command == "analyze":
            args = ["analyze", str(news), "-o", str(out / out_name), "-j", jobs, *flags]
            args += ["--format", fmt] if fmt else []
        elif command == "report":
            args = ["report", str(news), "-o", str(out), "-j", jobs, "--bootstrap", count,
                    "--no-progress", *flags]
        else:
            labels = root / "labels.csv"
            texts = [GOOD, "The vote is on Monday at noon in the hall.", text, *lines]
            with labels.open("w", encoding="utf-8", newline="", errors="surrogatepass") as fh:
                w = csv.writer(fh)
                w.writerow(["text", "label"])
                for i, t in enumerate(texts * 3):
                    w.writerow([t, "Biased" if i % 2 else "Non-biased"])
            if command == "evaluate":
                args = ["evaluate", str(labels), "--bootstrap", count, "--json",
                        str(out / "e.json"), *(["--force"] if force else [])]
            else:
                args = ["train", str(labels), "--out", str(out / "m.model"), "--folds", folds,
                        "--c", c, "-q", *(["--force"] if force else [])]
        before = snapshot(root, out)
        code, printed = run(args)
        assert code in EXIT_CODES, (code, printed)
        assert "Traceback" not in printed
        assert snapshot(root, out) == before, "a file outside --out changed"
        if command == "analyze" and code in (0, 6):
            name = Path(out_name)
            check_account(out / name.with_name(name.stem + ".inputs.csv"), news)
        if command == "report" and code == 0:
            check_account(out / "inputs.csv", news)
    finally:
        shutil.rmtree(root, ignore_errors=True)
