"""Issue 32, the second adversarial probe: one fixed table of hostile runs of the installed
``framing`` command, every item of the issue that a run can show (item 13 belongs to the
report-memory work; items 1 and 2's race and kill are in
tests/safe_output/test_sweep_user_files.py, item 21's early Ctrl-C in
tests/safe_output/test_sweep.py).

Each case builds its inputs under ``in/`` (and, where it needs them, files of the user's
beside the output in ``out/``), runs the console script in a subprocess as a user does, and
asserts

* no traceback on stdout or stderr, and the exit code docs/errors.md gives;
* what the case says stderr shows (the file, and the line where there is one);
* nothing outside ``--out`` changed: ``in/`` (the inputs), ``sibling/`` (a folder beside the
  output) and the user's own files in ``out/`` hash the same before and after;
* every input in ``inputs.csv`` when the run wrote one: each entry of a source folder (but the
  manifest and the folder's README) and each record file;
* peak memory (the command's ``ru_maxrss``, read with ``os.wait4`` by its parent) under
  :data:`PEAK_MB`, and an end within :data:`TIMEOUT` seconds (a hang guard, not a speed target).
"""

from __future__ import annotations

import csv
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import FRAMING

#: The bound on any case's peak resident memory, in MiB (a run of the sample takes ~250).
PEAK_MB = 700
#: Seconds a case may run before it counts as a hang.
TIMEOUT = 300

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")
LABELS = "text,label\n" + "".join(
    f"{s},{y}\n" for s, y in [("The reckless plan will hurt families.", 1),
                              ("The council approved the budget.", 0),
                              ("Critics slammed the disastrous scheme.", 1),
                              ("Crews restored power to homes.", 0)] * 3)


def article(title: str = "Council Approves Budget", body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def news(root: Path, **files: str | bytes) -> Path:
    """``in/news`` with one good article and ``files`` (name -> text or bytes)."""
    d = root / "in" / "news"
    d.mkdir(parents=True)
    (d / "daily.txt").write_text(article(), encoding="utf-8")
    for name, data in files.items():
        path = d / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return d


@dataclass
class Probe:
    """One hostile run: ``build`` makes the inputs and returns the command line (paths
    relative to the case's folder; ``out/o.jsonl``, ``out/rep`` are the outputs)."""

    id: str
    item: int
    build: Callable[[Path], list[str]]
    code: int
    says: str = ""                              # must appear on stderr
    check: Callable[[Path, str], None] | None = None   # (root, stderr)
    peak_mb: int = PEAK_MB
    #: when set, the peak may pass that of one plain article's run (:func:`plain_peak`) by at most
    #: this much: a hostile input costs no more than this over what any run costs
    over_plain_mb: int | None = None
    env: dict[str, str] = field(default_factory=dict)
    during: Callable[[Path, int], None] | None = None  # (root, pid), once, while it runs


def hashes(top: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    if not top.exists():
        return found
    for p in sorted(top.rglob("*")):
        rel = p.relative_to(top).as_posix()
        if p.is_symlink():
            found[rel] = "link:" + os.readlink(p)
        elif p.is_file():
            found[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
        elif p.is_dir():
            found[rel] = "dir"
        else:
            found[rel] = "special"
    return found


def user_files(out: Path) -> dict[str, str]:
    """The files in ``out/`` that framing did not write (named ``user-*`` or ``.o.*``/``.rep.*``
    look-alikes the cases put there)."""
    return {k: v for k, v in hashes(out).items()
            if k.split("/")[0].startswith(("user-", ".o.", ".rep."))}


#: Runs the command as its child and writes the child's wait status and ``ru_maxrss``: read
#: by the test process itself, a child's ``ru_maxrss`` would include the RSS of the test
#: process it was forked from (Linux keeps the high-water mark across fork and exec), so a
#: peak measured late in a run (or in a pytest-xdist worker) would be the test process's.
MEASURE = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C to the group is the command's
pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as fh:
    fh.write(f"{status} {usage.ru_maxrss}")
"""


_PLAIN: list[float] = []


def plain_peak(factory: pytest.TempPathFactory) -> float:
    """The peak RSS (MiB) of ``framing analyze`` on one plain article, measured once: what every
    run costs on this machine (the interpreter, the libraries, the workers that score)."""
    if not _PLAIN:
        root = factory.mktemp("plain")
        (root / "in").mkdir()
        (root / "in" / "a.txt").write_text(BODY)
        code, _, err, peak, _ = run(root, ["analyze", "in", "-o", "out/o.jsonl", "-j", "1"], {})
        assert code == 0, err
        _PLAIN.append(peak)
    return _PLAIN[0]


def run(root: Path, args: list[str], env: dict[str, str],
        during: Callable[[Path, int], None] | None = None
        ) -> tuple[int, str, str, float, float]:
    """Run the console script in a session of its own (a terminal's Ctrl-C reaches its whole
    process group); (exit code, stdout, stderr, peak RSS in MiB, seconds)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        measured = Path(scratch) / "status"
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", MEASURE, str(measured), str(FRAMING),
                                 *args], cwd=root, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL, start_new_session=True,
                                env={**os.environ, "MPLBACKEND": "Agg",
                                     **{k: v.replace("{root}", str(root))
                                        for k, v in env.items()}})
        if during is not None:
            during(root, proc.pid)  # the process group's leader: killpg reaches the command
        try:
            proc.wait(timeout=max(1.0, start + TIMEOUT - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            pytest.fail(f"framing {' '.join(args)} still ran after {TIMEOUT} s")
        seconds = time.monotonic() - start
        assert proc.returncode == 0, f"the measuring parent failed: {proc.returncode}"
        status, maxrss = (int(v) for v in measured.read_text().split())
        out.seek(0)
        err.seek(0)
        return (os.waitstatus_to_exitcode(status), out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"), maxrss / 1024, seconds)


def inputs_csv(root: Path) -> Path | None:
    found = [p for p in (root / "out").rglob("*inputs.csv")] if (root / "out").exists() else []
    return found[0] if found else None


def check_every_input(root: Path, args: list[str]) -> None:
    """Each entry of a source folder and each record file has a row in inputs.csv."""
    account = inputs_csv(root)
    if account is None:
        return
    with account.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    files = {r["file"] for r in rows}
    for arg in args:
        src = root / arg
        if not arg.startswith("in/") or not os.path.lexists(src):
            continue
        if src.is_dir() and not src.is_symlink():
            expected = [f"{arg}/{e.name}" for e in sorted(src.iterdir())
                        if not e.name.startswith(("manifest.", "README"))]
        else:
            expected = [arg]
        for name in expected:  # a name that is not UTF-8 is written with \\x escapes
            shown = os.fsencode(name).decode("utf-8", "backslashreplace")
            assert shown in files, f"{shown} is not in {account}: {sorted(files)}"


# -- the cases, by item -----------------------------------------------------------------------


def look_alikes(root: Path) -> list[str]:
    """Item 2: the user's files beside the output whose names look like temporary outputs."""
    news(root)
    out = root / "out"
    out.mkdir()
    (out / ".o.jsonl.4000000.draft.tmp").write_text("a draft\n")
    (out / ".o.jsonl.4000001.old-backup").mkdir()
    (out / ".o.jsonl.4000001.old-backup" / "x.txt").write_text("backup\n")
    (out / ".rep.999999.old-mybackup").mkdir()
    (out / ".rep.999999.old-mybackup" / "notes.txt").write_text("notes\n")
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def wait_for(found: Callable[[], bool], what: str, limit: float = 240) -> None:
    deadline = time.monotonic() + limit
    while not found():
        assert time.monotonic() < deadline, f"no {what} within {limit} s"
        time.sleep(0.002)


def earlier_report(root: Path) -> list[str]:
    """Item 1: ``report --force`` over an earlier report (its list names its files) while
    the user saves notes into the folder (:func:`save_notes_while_staged`)."""
    d = root / "in" / "news"
    d.mkdir(parents=True)
    for i in range(40):  # 40 outlets: pages enough that the staging lasts a moment
        (d / f"outlet{i:02d}.txt").write_text(article(body=BODY.replace("fourteen", str(i + 3))))
    rep = root / "out" / "rep"
    rep.mkdir(parents=True)
    (rep / "index.html").write_text("the earlier report\n")
    (rep / "report-files.json").write_text(
        '{"schema": "framework.report-files/1", "files": ["index.html"]}\n'.replace(
            "framework", "framing"))
    return ["report", "in/news", "-o", "out/rep", "--force"]


def save_notes_while_staged(root: Path, pid: int) -> None:
    wait_for(lambda: any(p.name.endswith(".new") for p in (root / "out").iterdir()),
             "staging folder")
    (root / "out" / "rep" / "my-notes.md").write_text("my notes\n")
    assert any(p.name.endswith(".new") for p in (root / "out").iterdir()), "saved too late"


def check_notes_kept(root: Path, err: str) -> None:
    assert (root / "out" / "rep" / "my-notes.md").read_text() == "my notes\n"
    assert "warning: out/rep: kept my-notes.md" in err, err
    assert "the earlier report" not in (root / "out" / "rep" / "index.html").read_text()


def dask_feed(root: Path) -> list[str]:
    """Item 20: a LocalCluster run interrupted mid-run (:func:`ctrl_c_once_results_come`)."""
    import json

    (root / "in").mkdir()
    (root / "tmp").mkdir()
    with (root / "in" / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(3000):
            fh.write(json.dumps({"id": f"a{i}", "outlet": f"o{i % 3}",
                                 "text": BODY.replace("fourteen", str(i))}) + "\n")
    return ["analyze", "in/feed.jsonl", "-o", "out/o.jsonl", "--engine", "dask"]


def ctrl_c_once_results_come(root: Path, pid: int) -> None:
    import signal

    out = root / "out"
    wait_for(lambda: out.is_dir() and any(p.suffix == ".tmp" and p.stat().st_size > 0
                                          for p in out.iterdir()), "results")
    os.killpg(pid, signal.SIGINT)


def check_dask_interrupt(root: Path, err: str) -> None:
    assert "CommClosedError" not in err and "interrupted; no partial output" in err, err
    assert list((root / "out").iterdir()) == [] and list((root / "tmp").iterdir()) == []


def csv_commas(root: Path) -> list[str]:
    (root / "in").mkdir()
    (root / "in" / "feed.csv").write_text(
        "id,text,outlet\nr1,The council, which met on Tuesday, approved the budget,Daily\n"
        f'r2,"{OTHER}",Herald\n', encoding="utf-8")
    return ["analyze", "in/feed.csv", "-o", "out/o.jsonl"]


def folder_entries(root: Path) -> list[str]:
    d = news(root, **{"readme_vote_coverage.txt": article("Storm", OTHER),
                      "README.md": "# notes\n"})
    (d / "sub").mkdir()
    (d / "sub" / "a.txt").write_text(article("Storm", OTHER))
    os.mkfifo(d / "pipe.txt")
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def manifest_rows(text: str, name: str = "manifest.csv") -> Callable[[Path], list[str]]:
    def build(root: Path) -> list[str]:
        news(root, **{name: text, "README.md": article("Storm", OTHER)})
        return ["analyze", "in/news", "-o", "out/o.jsonl"]
    return build


def fifo_manifest(root: Path) -> list[str]:
    d = news(root)
    os.mkfifo(d / "manifest.csv")
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def nested_metadata(root: Path) -> list[str]:
    import json

    (root / "in").mkdir()
    (root / "in" / "feed.jsonl").write_text("\n".join([
        json.dumps({"text": BODY, "outlet": {"name": "Obj Outlet"}}),
        json.dumps({"text": OTHER, "event": True}),
        json.dumps({"text": BODY.replace("council", "board"), "id": 7, "outlet": "Fine"})]) + "\n")
    return ["analyze", "in/feed.jsonl", "-o", "out/o.jsonl"]


def yaml_set(root: Path) -> list[str]:
    news(root, **{"a.md": f"---\noutlet: !!set {{a, b, c}}\n---\n{article('Storm', OTHER)}"})
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def cr_csv(root: Path) -> list[str]:
    (root / "in").mkdir()
    (root / "in" / "feed.csv").write_bytes(
        f'id,text,outlet\rr1,"{BODY}",Daily\rr2,"{OTHER}",Herald\r'.encode())
    return ["analyze", "in/feed.csv", "-o", "out/o.jsonl"]


def labels(root: Path) -> None:
    (root / "in").mkdir(exist_ok=True)
    (root / "in" / "labels.csv").write_text(LABELS, encoding="utf-8")


def option(*args: str) -> Callable[[Path], list[str]]:
    """Item 10 and 19: an option value out of its documented range."""
    def build(root: Path) -> list[str]:
        news(root)
        labels(root)
        return [a.replace("{news}", "in/news").replace("{labels}", "in/labels.csv")
                for a in args]
    return build


def special_source(kind: str) -> Callable[[Path], list[str]]:
    """Item 11: a source or lexicon that is no regular file (a pipe blocks, /dev/zero never
    ends)."""
    def build(root: Path) -> list[str]:
        d = news(root)
        if kind == "link-to-dev-zero":
            (root / "in" / "zero.txt").symlink_to("/dev/zero")
            return ["analyze", "in/zero.txt", "-o", "out/o.jsonl"]
        if kind == "fifo-source":
            os.mkfifo(root / "in" / "fifo.txt")
            return ["analyze", "in/fifo.txt", "-o", "out/o.jsonl"]
        if kind == "link-in-folder":
            (d / "zero.txt").symlink_to("/dev/zero")
            return ["analyze", "in/news", "-o", "out/o.jsonl"]
        if kind == "fifo-lexicon":
            os.mkfifo(root / "in" / "lex.toml")
            return ["analyze", "in/news", "-o", "out/o.jsonl", "--lexicon", "in/lex.toml"]
        if kind == "fifo-model":
            os.mkfifo(root / "in" / "m.json.gz")
            return ["analyze", "in/news", "-o", "out/o.jsonl", "--model", "in/m.json.gz"]
        assert kind == "dev-zero-lexicon", kind
        return ["report", "in/news", "-o", "out/rep", "--lexicon", "/dev/zero"]
    return build


MODEL_DOC: dict[str, object] = {}


def model_file(root: Path, change: Callable[[dict[str, object]], None]) -> str:
    """A model trained once (on LABELS) and changed by ``change``, as in/m.json.gz."""
    import copy
    import gzip
    import json

    if not MODEL_DOC:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "labels.csv").write_text(LABELS * 3, encoding="utf-8")
            done = subprocess.run([str(FRAMING), "train", "labels.csv", "-o", "m.json.gz",
                                   "--folds", "2", "-q"], cwd=tmp, capture_output=True,
                                  text=True, timeout=TIMEOUT)
            assert done.returncode == 0, done.stderr
            MODEL_DOC.update(json.loads(gzip.decompress((Path(tmp) / "m.json.gz").read_bytes())))
    doc = copy.deepcopy(MODEL_DOC)
    change(doc)
    (root / "in").mkdir(exist_ok=True)
    (root / "in" / "m.json.gz").write_bytes(gzip.compress(json.dumps(doc).encode()))
    return "in/m.json.gz"


def tampered(change: Callable[[dict[str, object]], None]) -> Callable[[Path], list[str]]:
    """Item 9: a model file whose fields are not what framing train writes."""
    def build(root: Path) -> list[str]:
        news(root)
        return ["analyze", "in/news", "-o", "out/o.jsonl", "--model", model_file(root, change)]
    return build


def token_pattern(pattern: str) -> Callable[[dict[str, object]], None]:
    def change(doc: dict[str, object]) -> None:
        doc["features"]["ngram"]["blocks"][0][1]["token_pattern"] = pattern  # type: ignore[index]
    return change


def renamed_column(doc: dict[str, object]) -> None:
    doc["meta"]["feature_columns"][0] = "renamed"  # type: ignore[index]
    doc["features"]["lex"]["columns"][0] = "renamed"  # type: ignore[index]
    doc["weights"]["final"][1][0] = "renamed"  # type: ignore[index]


def gzip_bomb(root: Path) -> list[str]:
    """Item 15: 750 KB of gzip that expands to 500 MiB of numbers."""
    import gzip

    news(root)
    with gzip.open(root / "in" / "bomb.json.gz", "wb", compresslevel=9) as fh:
        fh.write(b'{"format": "framing.linear-model", "version": 1, "weights": {"x": [')
        chunk = b"1.0, " * 200_000
        for _ in range(500 * 2**20 // len(chunk)):
            fh.write(chunk)
        fh.write(b"1.0]}}")
    return ["analyze", "in/news", "-o", "out/o.jsonl", "--model", "in/bomb.json.gz"]


def alias_bomb(root: Path) -> list[str]:
    """Item 12: 425 bytes of front matter whose nested aliases expand to 9**9 strings."""
    bomb = '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    prev = "a"
    for name in "bcdefghi":
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = name
    news(root, **{"bomb.md": bomb + "---\n" + article("Storm", OTHER),
                  "deep.md": "---\nx: " + "[" * 20_000 + "]" * 20_000 + "\n---\n" + article()})
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def long_line(root: Path) -> list[str]:
    """Item 14: one 60 MB JSONL line between two good records."""
    import json

    (root / "in").mkdir()
    with (root / "in" / "feed.jsonl").open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"outlet": "A", "text": BODY}) + "\n")
        fh.write('{"outlet": "B", "text": "' + "word " * 12_000_000 + '"}\n')
        fh.write(json.dumps({"outlet": "C", "text": OTHER}) + "\n")
    return ["analyze", "in/feed.jsonl", "-o", "out/o.jsonl"]


def unclosed_quote(root: Path) -> list[str]:
    """Item 14: a 48 MB CSV whose third row opens a quote that never closes."""
    (root / "in").mkdir()
    with (root / "in" / "feed.csv").open("w", encoding="utf-8") as fh:
        fh.write(f'id,outlet,text\na,A,"{BODY}"\nb,B,"')
        fh.write("an unclosed quote runs on\n" * 1_850_000)
    return ["analyze", "in/feed.csv", "-o", "out/o.jsonl"]


def big_manifest(root: Path) -> list[str]:
    """Item 14: a 20 MB manifest."""
    d = news(root)
    with (d / "manifest.csv").open("w", encoding="utf-8") as fh:
        fh.write("file,outlet\ndaily.txt,Daily\n")
        fh.write(("gone.txt," + "x" * 90 + "\n") * 210_000)
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def tiny_paragraphs(root: Path) -> list[str]:
    """Item 14: 110,000 tiny paragraphs (1.4 MB): under the text limit, over the tag limit."""
    page = "<html><body>" + "".join(f"<p>w{i}</p>" for i in range(110_000)) + "</body></html>"
    news(root, **{"many.html": page})
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def deep_json(where: str) -> Callable[[Path], list[str]]:
    """Item 16: 100,000 nested brackets in a JSONL line, a .json article, a manifest.jsonl or
    a lexicon."""
    deep = "[" * 100_000 + "]" * 100_000

    def build(root: Path) -> list[str]:
        import json

        if where == "jsonl":
            (root / "in").mkdir()
            (root / "in" / "feed.jsonl").write_text(
                json.dumps({"outlet": "A", "text": BODY}) + "\n" + '{"text": ' + deep + "}\n")
            return ["analyze", "in/feed.jsonl", "-o", "out/o.jsonl"]
        if where == "json":
            news(root, **{"a.json": '{"text": "x", "meta": ' + deep + "}"})
            return ["analyze", "in/news", "-o", "out/o.jsonl"]
        if where == "manifest":
            news(root, **{"manifest.jsonl": '{"file": "daily.txt", "x": ' + deep + "}\n"})
            return ["analyze", "in/news", "-o", "out/o.jsonl"]
        news(root)
        (root / "in" / "lex.toml").write_text("x = " + deep + "\n")
        return ["analyze", "in/news", "-o", "out/o.jsonl", "--lexicon", "in/lex.toml"]
    return build


def non_utf8_name(root: Path) -> list[str]:
    """Item 17: a file whose name holds a byte that is not UTF-8."""
    d = news(root)
    with open(os.fsencode(d) + b"/caf\xe9.txt", "w", encoding="utf-8") as fh:
        fh.write(article("Storm", OTHER))
    return ["report", "in/news", "-o", "out/rep"]


def truncated_utf16(root: Path) -> list[str]:
    """Item 18: a UTF-16 .jsonl cut in the middle of a character, beside a good article."""
    import codecs
    import json

    line = (json.dumps({"outlet": "U", "text": OTHER}) + "\n").encode("utf-16-le")
    news(root, **{"wide.jsonl": codecs.BOM_UTF16_LE + line + b"\x00\xd8"})
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


def corrupt_parquet(root: Path) -> list[str]:
    """Item 18: a Parquet file with a corrupt data page, beside a good article."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    d = news(root)
    n = 3000
    table = pa.table({"id": [f"r{i}" for i in range(n)], "outlet": ["A"] * n,
                      "text": [f"{OTHER} Number {i}." for i in range(n)]})
    pq.write_table(table, d / "feed.parquet", row_group_size=1000, compression="NONE")
    data = bytearray((d / "feed.parquet").read_bytes())
    mid = len(data) // 2
    data[mid:mid + 2000] = b"\xab" * 2000
    (d / "feed.parquet").write_bytes(bytes(data))
    return ["analyze", "in/news", "-o", "out/o.jsonl"]


HOSTILE = ("The plan may(javascript:alert(document.domain)) fail, critics said, and it "
           "might(http://evil.example/x) or could(data:text/html,<b>x</b>) cost more; see "
           "www.evil.example or write to boss@evil.example about the reckless scheme.")


def markdown_links(root: Path) -> list[str]:
    """Item 6: article text that would make links next to a highlight, or by itself."""
    news(root, **{"hostile.txt": article("Plan May Fail", f"{HOSTILE} {OTHER}")})
    return ["report", "in/news", "-o", "out/rep"]


def check_markdown_links(root: Path, err: str) -> None:
    import re

    page = (root / "out" / "rep" / "sources" / "hostile.md").read_text(encoding="utf-8")
    assert "**may** \\[hedge\\]\\(" not in page  # the label's brackets are escaped
    assert "\\[hedge\\](javascript\\:alert" in page
    for md in (root / "out" / "rep" / "sources").glob("*.md"):
        text = md.read_text(encoding="utf-8")
        # every link of a page is one of the report's own files (the index, or a section of it)
        targets = re.findall(r"(?<!\\)\]\(([^)]*)\)", text)
        assert all(re.fullmatch(r"\.\./index\.html(?:#[a-z0-9-]+)?|[a-z0-9-]+\.md", t)
                   for t in targets), targets
        # no scheme, www. or e-mail left for GitHub's autolinks
        assert not re.search(r"(?<!\\)\b(?:javascript|https?|data):|(?<![\\.])www\.|"
                             r"[\w.]+(?<!\\)@", text), md.name


FORMULAS = {"id": "=HYPERLINK(\"http://evil.example\",\"x\")", "outlet": "=cmd|' /C calc'!A0",
            "title": "@SUM(1+1)", "event": "-2+3"}


def formula_cells(command: str) -> Callable[[Path], list[str]]:
    """Item 7: ids, outlets, titles and events that a spreadsheet would run as formulas."""
    def build(root: Path) -> list[str]:
        import json

        (root / "in").mkdir()
        (root / "in" / "feed.jsonl").write_text("\n".join([
            json.dumps({**FORMULAS, "text": BODY}),
            json.dumps({"id": "+1", "outlet": "Plain", "text": OTHER}),
            '{"id": "@bad", "outlet": "=x", "text": ',  # skipped: still in inputs.csv
        ]) + "\n")
        if command == "report":
            return ["report", "in/feed.jsonl", "-o", "out/rep"]
        return ["analyze", "in/feed.jsonl", "-o", "out/o.csv"]
    return build


def check_formula_cells(root: Path, err: str) -> None:
    import csv as csv_module

    tables = sorted((root / "out").rglob("*.csv"))
    assert len(tables) in (2, 3), tables  # analyze: o.csv, o.inputs.csv; report: three
    seen: set[str] = set()
    for table in tables:
        with table.open(encoding="utf-8", newline="") as fh:
            for row in csv_module.reader(fh):
                for cell in row:
                    seen.add(cell)
                    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                        float(cell)  # only a number may start so; else a ValueError
    assert "'=cmd|' /C calc'!A0" in seen and "'@SUM(1+1)" in seen and "+1" in seen, seen
    assert "'=HYPERLINK(\"http://evil.example\",\"x\")" in seen and "'-2+3" in seen


def not_a_scheduler(kind: str) -> Callable[[Path], list[str]]:
    """Item 8: --scheduler at a port that accepts TCP but is no Dask scheduler (a silent
    listener, a web server), served by a thread of this test for the case's duration."""
    def build(root: Path) -> list[str]:
        import http.server
        import socket
        import threading

        news(root)
        if kind == "http":
            server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
            port = server.server_address[1]
            threading.Thread(target=server.serve_forever, daemon=True).start()
            LISTENERS.append(server.server_close)
        else:
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(8)  # accepts connections (the kernel does), never answers
            port = listener.getsockname()[1]
            LISTENERS.append(listener.close)
        return ["analyze", "in/news", "-o", "out/o.jsonl", "--engine", "dask", "--scheduler",
                f"tcp://127.0.0.1:{port}"]
    return build


#: What the cases' listeners need closed once the case is over.
LISTENERS: list[Callable[[], None]] = []


def bad_lines(root: Path) -> list[str]:
    import json

    (root / "in").mkdir()
    lines = [json.dumps({"outlet": "A", "text": BODY})]
    lines += [f'{{"outlet": "B{n}", "text": ' for n in range(23)]
    (root / "in" / "bad.jsonl").write_text("\n".join(lines) + "\n")
    return ["analyze", "in/bad.jsonl", "-o", "out/o.jsonl"]


def assert_pages(root: Path, pages: list[str]) -> None:
    found = sorted(p.name for p in (root / "out" / "rep" / "sources").glob("*.html"))
    assert found == pages, found


def says_also(text: str) -> Callable[[Path, str], None]:
    def check(root: Path, err: str) -> None:
        assert text in err, err
    return check


def says_lines(first: str, count: int) -> Callable[[Path, str], None]:
    def check(root: Path, err: str) -> None:
        shown = [ln for ln in err.splitlines() if ln.startswith("skipped: in/")]
        assert len(shown) == count and shown[0].startswith(first), err
    return check


PROBES: list[Probe] = [
    Probe("report-force-while-user-saves", 1, earlier_report, 0,
          "warning: out/rep: kept my-notes.md", during=save_notes_while_staged,
          check=check_notes_kept),
    Probe("look-alike-temp-names", 2, look_alikes, 0),
    Probe("csv-unquoted-commas", 3, csv_commas, 0,
          "skipped: in/feed.csv:2: 5 values for 3 columns"),
    Probe("folder-entries", 4, folder_entries, 0,
          "skipped: in/news/pipe.txt: a named pipe (FIFO)"),
    Probe("manifest-names-readme-and-itself", 4,
          manifest_rows("file,outlet\ndaily.txt,D\nREADME.md,R\nmanifest.csv,M\n"), 0,
          "skipped: in/news/manifest.csv:4: names 'manifest.csv', the manifest itself"),
    Probe("manifest-column-twice", 4, manifest_rows("file,outlet,outlet\ndaily.txt,A,B\n"), 3,
          "in/news/manifest.csv:1: the header names 'outlet' more than once"),
    Probe("manifest-key-twice", 4,
          manifest_rows('{"file": "daily.txt", "outlet": "A", "outlet": "B"}\n',
                        "manifest.jsonl"), 3, "the key 'outlet' is given twice"),
    Probe("manifest-fifo", 4, fifo_manifest, 3, "in/news/manifest.csv: is not a regular file"),
    Probe("nested-json-metadata", 5, nested_metadata, 0,
          "skipped: in/feed.jsonl:1: 'outlet' is a mapping of keys to values, not text"),
    Probe("yaml-set-metadata", 5, yaml_set, 0,
          "skipped: in/news/a.md:2: front matter 'outlet' is a set, not text"),
    Probe("cr-only-csv", 5, cr_csv, 0),
    Probe("scheduler-silent-listener", 8, not_a_scheduler("silent"), 1,
          "did not answer as a Dask scheduler within 5 s", over_plain_mb=230),
    # an HTTP reply either keeps the handshake waiting or reads as a frame of exabytes
    # (distributed's read on Python 3.10's resolution): both end as "not a scheduler", exit 1
    Probe("scheduler-http-server", 8, not_a_scheduler("http"), 1,
          "a Dask scheduler", over_plain_mb=230),
    Probe("model-redos-token-pattern", 9, tampered(token_pattern("(a|aa)+$")), 7,
          "in/m.json.gz: not a valid model file: features.ngram.word.token_pattern is not the one "
          "framing train writes"),
    Probe("model-unclosed-group", 9, tampered(token_pattern("(")), 7, "token_pattern"),
    Probe("model-two-groups", 9, tampered(token_pattern("(a)(b)")), 7, "token_pattern"),
    Probe("model-renamed-column", 9, tampered(renamed_column), 7,
          "in/m.json.gz: not a valid model file: the columns do not start with lex:loaded"),
    Probe("markdown-link-injection", 6, markdown_links, 0, check=check_markdown_links),
    Probe("csv-formulas-analyze", 7, formula_cells("analyze"), 0, check=check_formula_cells),
    Probe("csv-formulas-report", 7, formula_cells("report"), 0, check=check_formula_cells),
    Probe("train-c-tiny", 10, option("train", "{labels}", "-o", "out/m.json.gz", "--c",
                                     "1e-300"), 2, "'--c': 1e-300 is not in the range"),
    Probe("train-c-nan", 10, option("train", "{labels}", "-o", "out/m.json.gz", "--c", "nan"),
          2, "'nan' is not a finite number"),
    Probe("train-c-inf", 10, option("train", "{labels}", "-o", "out/m.json.gz", "--c", "inf"),
          2, "'inf' is not a finite number"),
    Probe("train-seed-negative", 10, option("train", "{labels}", "-o", "out/m.json.gz",
                                            "--seed", "-1"), 2, "'--seed': -1 is not in"),
    Probe("report-seed-huge", 10, option("report", "{news}", "-o", "out/rep", "--seed",
                                         str(2**70)), 2, "'--seed'"),
    Probe("jobs-huge", 10, option("analyze", "{news}", "-o", "out/o.jsonl", "--jobs",
                                  "99999999999999999999"), 2, "'--jobs' / '-j'"),
    Probe("scheduler-unclosed-bracket", 10, option("analyze", "{news}", "-o", "out/o.jsonl",
                                                   "--engine", "dask", "--scheduler",
                                                   "tcp://[::1"), 2,
          "'tcp://[::1' is not a scheduler address"),
    Probe("bootstrap-huge", 10, option("report", "{news}", "-o", "out/rep", "--bootstrap",
                                       "50000000"), 2, "'--bootstrap': 50000000 is not in"),
    Probe("source-link-to-dev-zero", 11, special_source("link-to-dev-zero"), 2,
          "in/zero.txt: is a device, not a regular file or a folder"),
    Probe("source-fifo", 11, special_source("fifo-source"), 2,
          "in/fifo.txt: is a named pipe (FIFO), not a regular file or a folder"),
    Probe("folder-link-to-dev-zero", 11, special_source("link-in-folder"), 0,
          "skipped: in/news/zero.txt: a symbolic link to a file outside the folder"),
    Probe("lexicon-fifo", 11, special_source("fifo-lexicon"), 4,
          "in/lex.toml: is a named pipe (FIFO), not a regular file, so not a lexicon file"),
    Probe("lexicon-dev-zero", 11, special_source("dev-zero-lexicon"), 4,
          "/dev/zero: is a device, not a regular file, so not a lexicon file"),
    Probe("model-fifo", 11, special_source("fifo-model"), 7,
          "in/m.json.gz: is a named pipe (FIFO), not a model file"),
    Probe("yaml-alias-bomb", 12, alias_bomb, 0,
          "skipped: in/news/bomb.md:3: front matter holds an alias (*name)", over_plain_mb=230,
          check=says_also("skipped: in/news/deep.md: front matter is nested too deeply")),
    Probe("model-gzip-bomb", 15, gzip_bomb, 7, "in/bomb.json.gz: the model is over 64 MiB",
          over_plain_mb=230),
    Probe("jsonl-60mb-line", 14, long_line, 0,
          "skipped: in/feed.jsonl:2: the line is too large to be one article (60,000,028 bytes",
          over_plain_mb=130),
    Probe("csv-48mb-unclosed-quote", 14, unclosed_quote, 0,
          "skipped: in/feed.csv:3: lines 3-1850002 read as one row of 48,100,005 characters",
          over_plain_mb=130),
    Probe("manifest-20mb", 14, big_manifest, 3,
          "in/news/manifest.csv: is over 16 MiB", over_plain_mb=130),
    Probe("html-110000-paragraphs", 14, tiny_paragraphs, 0,
          "skipped: in/news/many.html: too large to be one article (220,004 HTML tags"),
    Probe("deep-jsonl-line", 16, deep_json("jsonl"), 0,
          "skipped: in/feed.jsonl:2: arrays or objects nested too deeply to read"),
    Probe("deep-json-article", 16, deep_json("json"), 0,
          "skipped: in/news/a.json: arrays or objects nested too deeply to read"),
    Probe("deep-manifest-jsonl", 16, deep_json("manifest"), 3,
          "in/news/manifest.jsonl:1: arrays or objects nested too deeply to read"),
    Probe("deep-lexicon-toml", 16, deep_json("lexicon"), 4,
          "in/lex.toml: arrays or tables nested too deeply to read"),
    Probe("non-utf8-file-name", 17, non_utf8_name, 0,
          check=lambda root, err: assert_pages(root, ["caf-xe9.html", "daily.html"])),
    Probe("truncated-utf16-jsonl", 18, truncated_utf16, 0,
          "skipped: in/news/wide.jsonl:2: cannot decode as utf-16 (unexpected end of data)"),
    Probe("corrupt-parquet-page", 18, corrupt_parquet, 0,
          "skipped: in/news/feed.parquet:"),
    Probe("evaluate-min-unknown-metric", 19, option("evaluate", "{labels}", "--min", "nope=1"),
          2, "unknown metric 'nope'"),
    Probe("evaluate-score-unknown", 19, option("evaluate", "{labels}", "--score", "nope"), 2,
          "unknown score 'nope'"),
    Probe("evaluate-tone-on-csv", 19, option("evaluate", "{labels}", "--task", "tone"), 2,
          "in/labels.csv:1: not JSON; --task tone reads NewsMTSC jsonl"),
    Probe("evaluate-threshold-nan", 19, option("evaluate", "{labels}", "--threshold",
                                               "loaded=nan"), 2, "nan is not a finite number"),
    Probe("calibrate-margin-nan", 19, option("lexicon", "calibrate", "{labels}", "-o",
                                             "out/cal", "--margin", "nan"), 2,
          "'nan' is not a finite number"),
    Probe("calibrate-min-support-negative", 19, option("lexicon", "calibrate", "{labels}", "-o",
                                                       "out/cal", "--min-support", "-1"), 2,
          "'--min-support': -1 is not in the range"),
    Probe("dask-ctrl-c", 20, dask_feed, 130, "interrupted; no partial output was left behind",
          env={"TMPDIR": "{root}/tmp"}, during=ctrl_c_once_results_come,
          check=check_dask_interrupt),
    Probe("skips-on-stderr", 22, bad_lines, 0,
          "skipped: in/bad.jsonl:2: Expecting value (column 26); fix or remove the line",
          check=says_lines("skipped: in/bad.jsonl:2:", 20)),
]


def test_every_item_has_a_case() -> None:
    done = {p.item for p in PROBES}
    # 13 is another engineer's; 21 (Ctrl-C in the first milliseconds) is timed against the
    # command's own imports in tests/safe_output/test_sweep.py
    assert done >= {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22}, \
        sorted(done)
    assert len({p.id for p in PROBES}) == len(PROBES)


@pytest.mark.parametrize("probe", PROBES, ids=[p.id for p in PROBES])
def test_hostile_run(probe: Probe, tmp_path: Path,
                     tmp_path_factory: pytest.TempPathFactory) -> None:
    args = probe.build(tmp_path)
    if args[0] in ("analyze", "report") and "--jobs" not in args:
        args += ["-j", "1"]
    if args[0] == "report":
        args += ["--no-progress", *(["--bootstrap", "10"] if "--bootstrap" not in args else [])]
    sibling = tmp_path / "sibling"
    sibling.mkdir()
    (sibling / "keep.txt").write_text("the user's file beside the output\n")
    before = (hashes(tmp_path / "in"), hashes(sibling), user_files(tmp_path / "out"))
    try:
        code, out, err, peak, seconds = run(tmp_path, args, probe.env, probe.during)
    finally:
        while LISTENERS:
            LISTENERS.pop()()
    assert "Traceback" not in out + err, err
    assert code == probe.code, (out, err)
    assert probe.says in err, err
    assert (hashes(tmp_path / "in"), hashes(sibling), user_files(tmp_path / "out")) == before
    check_every_input(tmp_path, args)
    bound = probe.peak_mb if probe.over_plain_mb is None else \
        plain_peak(tmp_path_factory) + probe.over_plain_mb
    assert peak < bound, f"peak RSS {peak:.0f} MiB over {bound:.0f}"
    if probe.item == 8:  # docs/errors.md: a scheduler that does not answer fails within 5 s
        assert seconds < 5 + 10, seconds  # (plus the command's start on a loaded machine)
    if probe.check is not None:
        probe.check(tmp_path, err)
    if code != 0:  # nothing half-written
        assert not any(p.name.endswith((".tmp", ".new", ".framing"))
                       for p in tmp_path.rglob("*")), sorted(tmp_path.rglob("*"))
