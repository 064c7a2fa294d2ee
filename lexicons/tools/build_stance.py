"""Build hedges.toml, boosters.toml, reporting.toml and intensifiers.toml from data.

The content is data, one file per lexicon in ``lexicons/data/stance/``, each with a
``[source]`` table naming its authors, licence and references: entries written by the
framing authors, following the categories of Hyland (1998, 2005) for hedges and boosters,
Quirk et al. (1985) for intensifiers, and the reporting-verb studies of Thompson & Ye (1991),
Hyland (1999) and Bergler (1992); see lexicons/builtin/PROVENANCE.md.

This script only replays the data through lexgen (:func:`lexgen.read_lexicon`), so a
rebuild is byte-identical: ``tests/lexicon/test_build.py`` rebuilds each lexicon and
compares it with the shipped file.

Run:  .venv/bin/python lexicons/tools/build_stance.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexgen import replay_main, replayed

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "stance"
OUT = HERE.parent / "builtin"
NAMES = ("hedges", "boosters", "reporting", "intensifiers")


def build(data: Path = DATA) -> dict[str, str]:
    """The text of each lexicon file (``<name>.toml``), by name, built from ``data``."""
    return {name: lex.to_toml() for name, lex in replayed(NAMES, data).items()}


if __name__ == "__main__":
    sys.exit(replay_main(sys.argv[1:], NAMES, DATA, OUT))
