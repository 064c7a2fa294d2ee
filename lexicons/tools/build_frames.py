"""Build frames_generic.toml, frames_policy.toml and moral_foundations.toml from data.

The content is data, one file per lexicon in ``lexicons/data/frames/``, each with a
``[source]`` table naming its authors, licence and references: cue words written by the
framing authors for the category schemes of Semetko & Valkenburg (2000) (generic news
frames), Boydstun, Card, Gross, Resnik & Smith (2014) Policy Frames Codebook as used in the
Media Frames Corpus (Card et al. 2015), and Moral Foundations (Graham, Haidt & Nosek 2009;
Frimer et al. 2019 MFD 2.0). See lexicons/builtin/PROVENANCE.md.

This script only replays the data through lexgen (:func:`lexgen.read_lexicon`), so a
rebuild is byte-identical: ``tests/test_lexicon_build.py`` rebuilds each lexicon and
compares it with the shipped file.

Run:  .venv/bin/python lexicons/tools/build_frames.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexgen import Lexicon, read_lexicon

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "frames"
OUT = HERE.parent / "builtin"
NAMES = ("frames_generic", "frames_policy", "moral_foundations")


def lexicons(data: Path = DATA) -> dict[str, Lexicon]:
    """Each lexicon, by name, replayed from its data file in ``data``."""
    return {name: read_lexicon(data / f"{name}.toml") for name in NAMES}


def build(data: Path = DATA) -> dict[str, str]:
    """The text of each lexicon file (``<name>.toml``), by name, built from ``data``."""
    return {name: lex.to_toml() for name, lex in lexicons(data).items()}


def main(argv: list[str]) -> int:
    built = lexicons()
    if "--check" in argv:
        stale = [
            n
            for n, lex in built.items()
            if (OUT / f"{n}.toml").read_text(encoding="utf-8") != lex.to_toml()
        ]
        print(f"differ from a rebuild: {', '.join(stale)}" if stale else "up to date")
        return 1 if stale else 0
    for name, lex in built.items():
        lex.write(str(OUT / f"{name}.toml"))
        counts: dict[str, int] = {}
        for e in lex.entries:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
        print(f"wrote {name}.toml: {len(lex.entries)} entries", counts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
