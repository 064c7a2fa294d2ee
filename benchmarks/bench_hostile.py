"""Hostile inputs of issue 32 (items 12, 14 and 15): peak RSS and wall time of the installed
``framing`` command, measured with ``/usr/bin/time -v`` as a user's run is::

    python benchmarks/bench_hostile.py             # every case
    python benchmarks/bench_hostile.py yaml-bomb   # one case

Cases (inputs are built in a temporary folder, removed afterwards):

* ``baseline``: one short article (the command's own start and analysis);
* ``yaml-bomb``: a 409-byte Markdown file whose front matter nests aliases (9**9 strings);
* ``jsonl-200mb-line``: one 200 MB JSONL line between two short records;
* ``manifest-117mb``: a 117 MB manifest (refused: over 16 MiB);
* ``csv-189mb-unclosed-quote``: a 189 MB CSV whose third row opens a quote never closed;
* ``html-110k-paragraphs``: 110,000 tiny paragraphs (1.5 MB; over the 100,000-tag limit);
* ``html-49k-paragraphs``: 49,000 paragraphs (98,004 tags), just under it: extracted, analysed;
* ``model-gzip-bomb``: a 763 KB gzip model that expands to 500 MiB of numbers.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless.")
FRAMING = Path(sys.executable).with_name("framing")


def _folder(root: Path, name: str) -> Path:
    d = root / name
    d.mkdir()
    (d / "daily.txt").write_text(f"Budget\n\n{BODY}\n", encoding="utf-8")
    return d


def _yaml_bomb(root: Path) -> list[str]:
    d = _folder(root, "news")
    bomb, prev = '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n', "a"
    for name in "bcdefghi":
        bomb += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
        prev = name
    (d / "bomb.md").write_text(bomb + "---\nStorm\n\nStorms closed the highway.\n")
    return ["analyze", str(d)]


def _long_line(root: Path) -> list[str]:
    path = root / "line.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"outlet": "A", "text": BODY}) + "\n")
        fh.write('{"outlet": "B", "text": "' + "word " * 40_000_000 + '"}\n')
        fh.write(json.dumps({"outlet": "C", "text": BODY.replace("council", "board")}) + "\n")
    return ["analyze", str(path)]


def _manifest(root: Path) -> list[str]:
    d = _folder(root, "news")
    with (d / "manifest.csv").open("w", encoding="utf-8") as fh:
        fh.write("file,outlet\ndaily.txt,A\n")
        fh.write(("gone.txt," + "x" * 100 + "\n") * 1_060_000)
    return ["analyze", str(d)]


def _unclosed_quote(root: Path) -> list[str]:
    path = root / "quote.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(f'id,outlet,text\na,A,"{BODY}"\nb,B,"')
        fh.write("unclosed quote runs on and on\n" * 6_300_000)
    return ["analyze", str(path)]


def _paragraphs(n: int, text: str) -> Callable[[Path], list[str]]:
    def build(root: Path) -> list[str]:
        d = _folder(root, "news")
        (d / "page.html").write_text("<html><body>" + "".join(
            f"<p>{text} {i}</p>" for i in range(n)) + "</body></html>", encoding="utf-8")
        return ["analyze", str(d)]
    return build


def _gzip_bomb(root: Path) -> list[str]:
    d = _folder(root, "news")
    with gzip.open(root / "bomb.json.gz", "wb", compresslevel=9) as fh:
        fh.write(b'{"framing_model": 3, "model": {"x": [')
        chunk = b"1.0, " * 200_000
        for _ in range(500 * 2**20 // len(chunk)):
            fh.write(chunk)
        fh.write(b"1.0]}}")
    return ["analyze", str(d), "--model", str(root / "bomb.json.gz")]


CASES: dict[str, Callable[[Path], list[str]]] = {
    "baseline": lambda root: ["analyze", str(_folder(root, "news"))],
    "yaml-bomb": _yaml_bomb,
    "jsonl-200mb-line": _long_line,
    "manifest-117mb": _manifest,
    "csv-189mb-unclosed-quote": _unclosed_quote,
    "html-110k-paragraphs": _paragraphs(110_000, "w"),
    "html-49k-paragraphs": _paragraphs(49_000, "Word here."),
    "model-gzip-bomb": _gzip_bomb,
}


def measure(name: str) -> dict[str, object]:
    """Build the case's inputs, run it under /usr/bin/time -v; exit code, peak RSS, seconds."""
    root = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    try:
        args = CASES[name](root)
        done = subprocess.run(["/usr/bin/time", "-v", str(FRAMING), *args, "-o",
                               str(root / "out" / "o.jsonl"), "-j", "1"],
                              capture_output=True, text=True)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)",
                         done.stderr)
        status = re.search(r"Exit status: (\d+)", done.stderr)
        said = [ln for ln in done.stderr.splitlines() if ln.startswith(("error:", "skipped:"))]
        return {"case": name, "exit": int(status.group(1)) if status else done.returncode,
                "peak_rss_mb": round(int(rss.group(1)) / 1024) if rss else None,
                "wall": wall.group(1) if wall else None, "says": said[:1]}
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    for case in sys.argv[1:] or list(CASES):
        print(json.dumps(measure(case)), flush=True)
