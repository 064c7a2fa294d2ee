"""Fingerprint of every output the sample corpus produces (`framing analyze` and `report`).

Restructuring must leave these bytes alone; a change that alters outputs on purpose updates the
fingerprint in a commit of its own that says why. ``tests/test_sample_snapshot.py`` compares.

Usage::

    python scripts/sample_snapshot.py            # print the fingerprint of the current code
    python scripts/sample_snapshot.py --update   # rewrite the fingerprint and the copies
    python scripts/sample_snapshot.py --keep DIR # also keep the outputs in DIR (to diff two runs)
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "muse-spark"
MANIFEST = ROOT / "tests" / "data" / "sample_outputs.sha256"
#: a copy of the recorded outputs, so that a failing check can say where a file changed
COPIES = ROOT / "tests" / "data" / "sample_outputs"


def produce(out: Path) -> None:
    """Run the installed command the way a user does: analyze (jsonl and csv) and report."""
    cmd = [sys.executable, "-m", "framing"]
    sample = SAMPLE.relative_to(ROOT).as_posix()  # as a user names it: no machine path in outputs
    runs = [
        ["analyze", sample, "--out", str(out / "analyze" / "sample.jsonl"), "--jobs", "1"],
        ["analyze", sample, "--out", str(out / "analyze-csv" / "sample.csv"), "--jobs", "1"],
        ["report", sample, "--out", str(out / "report"), "--jobs", "1"],
    ]
    for args in runs:
        subprocess.run([*cmd, *args], check=True, capture_output=True, cwd=ROOT)


#: suffix of the entries that fingerprint a page's inline charts, drawing coordinates included
CHARTS = "#charts"
_SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.S)
_SVG_WORDS = re.compile(r'aria-label="[^"]*"|<text\b[^>]*>.*?</text>', re.S)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _chart_words(match: re.Match[str]) -> str:
    """A chart reduced to its label and its texts (titles, ticks, values), without coordinates."""
    words = [re.sub(r"<[^>]*>", "", w) for w in _SVG_WORDS.findall(match.group(0))]
    return "<svg>" + "|".join(words) + "</svg>"


def fingerprint(out: Path) -> dict[str, str]:
    """sha256 of every file under ``out``, keyed by its relative path.

    A page with inline SVG charts gets two entries: the page with each chart reduced to its
    label and texts (what the charts say), and ``page#charts``, the charts as drawn. Where
    matplotlib lays a chart out a fraction of a point differently (3.10 against 3.11, say),
    only the second changes; :func:`compare` checks it only under the matplotlib version that
    recorded it.
    """
    prints = {}
    for p in sorted(out.rglob("*")):
        if not p.is_file():
            continue
        name = p.relative_to(out).as_posix()
        data = p.read_bytes()
        if p.suffix == ".html" and b"<svg" in data:
            text = data.decode("utf-8")
            prints[name] = _sha(_SVG.sub(_chart_words, text).encode("utf-8"))
            prints[name + CHARTS] = _sha("".join(_SVG.findall(text)).encode("utf-8"))
        else:
            prints[name] = _sha(data)
    return prints


def plotting_version() -> str:
    """The matplotlib that draws the charts (the one this Python runs)."""
    return f"matplotlib {importlib.metadata.version('matplotlib')}"


def render(prints: dict[str, str]) -> str:
    head = f"# {CHARTS} entries recorded under {plotting_version()}\n"
    return head + "".join(f"{digest}  {name}\n" for name, digest in sorted(prints.items()))


def compare(now: dict[str, str], recorded: dict[str, str], recorded_under: str) -> list[str]:
    """The entries that differ; chart drawings only when the matplotlib version is the same."""
    same_plotting = recorded_under == plotting_version()
    return sorted(
        name for name in now.keys() | recorded.keys()
        if now.get(name) != recorded.get(name) and (same_plotting or not name.endswith(CHARTS))
    )


def current(keep: Path | None = None) -> dict[str, str]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        produce(keep)
        return fingerprint(keep)
    with tempfile.TemporaryDirectory() as tmp:
        produce(Path(tmp))
        return fingerprint(Path(tmp))


def read_manifest(path: Path = MANIFEST) -> tuple[dict[str, str], str]:
    """The recorded fingerprint and the matplotlib version its chart entries were drawn with."""
    prints, under = {}, ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            under = line.partition(" recorded under ")[2].strip()
            continue
        digest, name = line.split("  ", 1)
        prints[name] = digest
    return prints, under


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help=f"rewrite {MANIFEST.name}")
    parser.add_argument("--keep", type=Path, help="keep the outputs in this directory")
    args = parser.parse_args()
    if args.update and args.keep is None:
        args.keep = Path(tempfile.mkdtemp())
    prints = current(args.keep)
    if args.update:
        MANIFEST.write_text(render(prints), encoding="utf-8")
        shutil.rmtree(COPIES, ignore_errors=True)
        shutil.copytree(args.keep, COPIES)
        print(f"wrote {MANIFEST.relative_to(ROOT)} ({len(prints)} files)")
        return 0
    old, under = read_manifest() if MANIFEST.exists() else ({}, "")
    changed = compare(prints, old, under)
    sys.stdout.write(render(prints))
    print(f"{len(changed)} file(s) differ from {MANIFEST.relative_to(ROOT)}: {changed}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
