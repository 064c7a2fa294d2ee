"""Build every built-in lexicon from its data, through the package (or ``--check`` them).

Runs build_loaded.py (loaded, opinion_style), build_stance.py (hedges, boosters, reporting, intensifiers)
and build_frames.py (frames_generic, frames_policy, moral_foundations); each builds through
framing.lexicon's loader, checker and writer (see lexgen.py).

Run:  python lexicons/tools/build_all.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_frames
import build_loaded
import build_stance
from lexgen import write_or_check


def build() -> dict[str, str]:
    """The text of every built-in lexicon file, by name."""
    return {"loaded": build_loaded.build(), "opinion_style": build_loaded.build_opinion_style(),
            **build_stance.build(), **build_frames.build()}


if __name__ == "__main__":
    sys.exit(write_or_check(sys.argv[1:], build(), build_stance.OUT))
