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


def fingerprint(out: Path) -> dict[str, str]:
    """sha256 of every file under ``out``, keyed by its relative path."""
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def render(prints: dict[str, str]) -> str:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(prints.items()))


def current(keep: Path | None = None) -> dict[str, str]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        produce(keep)
        return fingerprint(keep)
    with tempfile.TemporaryDirectory() as tmp:
        produce(Path(tmp))
        return fingerprint(Path(tmp))


def read_manifest(path: Path = MANIFEST) -> dict[str, str]:
    prints = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        prints[name] = digest
    return prints


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
    old = read_manifest() if MANIFEST.exists() else {}
    changed = sorted(n for n in prints.keys() | old.keys() if prints.get(n) != old.get(n))
    sys.stdout.write(render(prints))
    print(f"{len(changed)} file(s) differ from {MANIFEST.relative_to(ROOT)}: {changed}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
