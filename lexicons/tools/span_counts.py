"""Count, per entry of the loaded lexicon, how often readers marked its matches as loaded.

Writes ``lexicons/data/loaded/span_counts.tsv``: for every entry (term, category) of the
uncalibrated lexicon built from ``lexicons/data/loaded/`` that matches at least once, its
matches and marked matches on two annotated corpora (our own measurements; no text, span
or word list of either corpus is written):

* **BABE, development part** (``../shared/eval/babe/final_labels_SG2.csv``, the sentences
  that :func:`framing.models.split.sentence_part` puts outside the test part), one sentence
  per document: a match is *marked* when one of its words is among the sentence's
  ``biased_words`` (a match in a Non-biased sentence is not);
* **BASIL, development half** (``../shared/eval/basil/data``, the even-numbered events),
  each article's body sentences joined by one space: a match is *marked* when its
  characters overlap a ``Lexical`` span.

Negated matches are not counted (they are not evidence). The header lines (``#``) give each
corpus's size and its share of marked words (the chance that any word is marked), which
:mod:`framing.lexicon.span_calibration` reads with the counts. BABE's test part and BASIL's
other half are never read.

Run:  python lexicons/tools/span_counts.py [--babe PATH] [--basil DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from framing.lexicon.span_calibration import CorpusCounts

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE.parent / "data" / "loaded" / "span_counts.tsv"
BABE = ROOT.parent / "shared" / "eval" / "babe" / "final_labels_SG2.csv"
BASIL = ROOT.parent / "shared" / "eval" / "basil" / "data"

Key = tuple[str, str]


def _words(text: str) -> list[str]:
    from framing.text.tokens import is_word, norm_token, tokenize

    return [norm_token(text[a:b]) for a, b in tokenize(text) if is_word(text[a:b])]


def _matcher():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(HERE))
    from build_loaded import uncalibrated

    from framing.lexicon.load import parse_lexicon
    from framing.lexicon.matcher import Matcher

    return Matcher([parse_lexicon(uncalibrated(), path="loaded (uncalibrated)")])


@dataclass
class Unit:
    """One labelled unit (a BABE sentence, a BASIL article): its counts per entry."""

    key: str  # the BABE sentence's text, the BASIL article's event number
    counts: dict[Key, list[int]] = field(default_factory=dict)
    words: int = 0
    marked_words: int = 0


def _count(unit: Unit, key: Key, marked: bool) -> None:
    c = unit.counts.setdefault(key, [0, 0])
    c[0] += 1
    c[1] += marked


def babe_units(path: Path) -> list[Unit]:
    """Per sentence of the development part: matches and marked matches per entry."""
    from framing.models.labels import read_labels
    from framing.text.doc import parse_text

    data = read_labels(path, label_column="label_bias", positive=["Biased"],
                       negative=["Non-biased"], words_column="biased_words", part="development")
    assert data.y is not None and data.marked is not None
    matcher = _matcher()
    out = []
    for text, label, marks in zip(data.texts, data.y, data.marked, strict=True):
        marked = {w for m in marks for w in _words(m)} if label else set()
        sentence_words = _words(text)
        unit = Unit(text, words=len(sentence_words),
                    marked_words=sum(w in marked for w in sentence_words))
        for m in matcher.match(parse_text(text)):
            if not m.negated:
                _count(unit, (m.term, m.category), any(w in marked for w in _words(m.surface)))
        out.append(unit)
    return out


def basil_units(folder: Path) -> list[Unit]:
    """Per article: matches and matches overlapping a Lexical span, per entry."""
    from framing.text.doc import parse_text

    matcher = _matcher()
    out = []
    for f in sorted(folder.glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        lexical: list[tuple[int, int]] = []
        offset = 0
        for s in doc["body"]:
            lexical += [(offset + a["start"], offset + a["end"]) for a in s["annotations"]
                        if a["bias"] == "Lexical"]
            offset += len(s["sentence"]) + 1
        parsed = parse_text(" ".join(s["sentence"] for s in doc["body"]))
        unit = Unit(f.stem.split("_", 1)[0])
        for i, is_w in enumerate(parsed.word_flags()):
            if is_w:
                a, b = parsed.tok_start[i], parsed.tok_end[i]
                unit.words += 1
                unit.marked_words += any(a < e and s < b for s, e in lexical)
        for m in matcher.match(parsed):
            if not m.negated:
                _count(unit, (m.term, m.category),
                       any(m.start < e and s < m.end for s, e in lexical))
        out.append(unit)
    return out


def corpus_counts(name: str, source: str, units: Sequence[Unit]) -> CorpusCounts:
    """The counts of ``units`` added up."""
    counts: dict[Key, tuple[int, int]] = {}
    for u in units:
        for k, (n, marked) in u.counts.items():
            old = counts.get(k, (0, 0))
            counts[k] = (old[0] + n, old[1] + marked)
    return CorpusCounts(name=name, source=source, units=len(units),
                        words=sum(u.words for u in units),
                        marked_words=sum(u.marked_words for u in units), counts=counts)


#: the names and descriptions of the two corpora, the reference (BABE) first
SOURCES = (("babe", "BABE development part (final_labels_SG2.csv, biased_words)"),
           ("basil", "BASIL development half (Lexical spans)"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--babe", default=str(BABE))
    parser.add_argument("--basil", default=str(BASIL))
    args = parser.parse_args(argv)
    babe = corpus_counts(*SOURCES[0], babe_units(Path(args.babe)))
    basil = corpus_counts(*SOURCES[1], basil_units(Path(args.basil)))
    keys = sorted(set(babe.counts) | set(basil.counts))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["term", "category", "babe_matches", "babe_marked", "basil_matches",
                      "basil_marked"])
        for c in (babe, basil):
            out.writerow(["#", c.name, c.source, c.units, c.words, c.marked_words])
        for k in keys:
            b, s = babe.counts.get(k, (0, 0)), basil.counts.get(k, (0, 0))
            out.writerow([k[0], k[1], b[0], b[1], s[0], s[1]])
    print(f"wrote {OUT}: {len(keys)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
