"""Build hedges.toml, boosters.toml, reporting.toml and intensifiers.toml from data.

The content is data, one file per lexicon in ``lexicons/data/stance/``, each with a
``[source]`` table naming its authors, licence and references: entries written by the
framing authors, following the categories of Hyland (1998, 2005) for hedges and boosters,
Quirk et al. (1985) for intensifiers, and the reporting-verb studies of Thompson & Ye (1991),
Hyland (1999) and Bergler (1992); see lexicons/builtin/PROVENANCE.md.

This script only replays the data through lexgen (:func:`lexgen.read_lexicon`), so a
rebuild is byte-identical: ``tests/test_lexicon_build.py`` rebuilds each lexicon and
compares it with the shipped file.

Run:  .venv/bin/python lexicons/tools/build_stance.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexgen import Lexicon, read_lexicon

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "stance"
OUT = HERE.parent / "builtin"
NAMES = ("hedges", "boosters", "reporting", "intensifiers")


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
        print(f"wrote {name}.toml: {len(lex.entries)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
