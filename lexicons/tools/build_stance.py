"""Build hedges.toml, boosters.toml, reporting.toml and intensifiers.toml from data.

The content is data, one file per lexicon in ``lexicons/data/stance/``, each with a
``[source]`` table naming its authors, licence and references: entries written by the
framing authors, following the categories of Hyland (1998, 2005) for hedges and boosters,
Quirk et al. (1985) for intensifiers, and the reporting-verb studies of Thompson & Ye (1991),
Hyland (1999) and Bergler (1992); see lexicons/builtin/PROVENANCE.md.

This script builds each lexicon through the package (:func:`lexgen.build_lexicon`: the
package's loader validates it, its checker runs the examples through the real matcher, its
writer writes it), so a rebuild is byte-identical: ``tests/lexicon/test_build.py`` rebuilds
each lexicon and compares it with the shipped file. Word forms are data: ``forms.py --fill``
lists, once, the inflections lemminflect gives for each entry marked ``inflect = true``.

Run:  python lexicons/tools/build_stance.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexgen import built, write_or_check

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "stance"
OUT = HERE.parent / "builtin"
NAMES = ("hedges", "boosters", "reporting", "intensifiers")


def build(data: Path = DATA) -> dict[str, str]:
    """The text of each lexicon file (``<name>.toml``), by name, built from ``data``."""
    return built("build_stance.py", NAMES, data)


if __name__ == "__main__":
    sys.exit(write_or_check(sys.argv[1:], build(), OUT))
