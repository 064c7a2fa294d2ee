"""Build frames_generic.toml, frames_policy.toml and moral_foundations.toml from data.

The content is data, one file per lexicon in ``lexicons/data/frames/``, each with a
``[source]`` table naming its authors, licence and references: cue words written by the
framing authors for the category schemes of Semetko & Valkenburg (2000) (generic news
frames), Boydstun, Card, Gross, Resnik & Smith (2014) Policy Frames Codebook as used in the
Media Frames Corpus (Card et al. 2015), and Moral Foundations (Graham, Haidt & Nosek 2009;
Frimer et al. 2019 MFD 2.0). See lexicons/builtin/PROVENANCE.md.

This script builds each lexicon through the package (:func:`lexgen.build_lexicon`: the
package's loader validates it, its checker runs the examples through the real matcher, its
writer writes it), so a rebuild is byte-identical: ``tests/lexicon/test_build.py`` rebuilds
each lexicon and compares it with the shipped file. Word forms are data: ``forms.py --fill``
lists, once, the inflections lemminflect gives for each entry marked ``inflect = true``.

Run:  python lexicons/tools/build_frames.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lexgen import built, write_or_check

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "frames"
OUT = HERE.parent / "builtin"
NAMES = ("frames_generic", "frames_policy", "moral_foundations")


def build(data: Path = DATA) -> dict[str, str]:
    """The text of each lexicon file (``<name>.toml``), by name, built from ``data``."""
    return built("build_frames.py", NAMES, data)


if __name__ == "__main__":
    sys.exit(write_or_check(sys.argv[1:], build(), OUT))
