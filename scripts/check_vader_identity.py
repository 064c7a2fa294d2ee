"""Check that framing's VADER gives stock VADER's scores, text for text.

Usage::

    python scripts/check_vader_identity.py [--random N] [--babe PATH]

Compares :class:`framing.extractors.vader.Vader` with vaderSentiment's
``SentimentIntensityAnalyzer`` on every sentence of the sample corpus, on BABE's
sentences (``../shared/eval/babe/final_labels_SG2.csv`` by default, skipped when
absent; read, never copied) and on N random strings of VADER's booster, negation,
idiom and "but" words in every casing. Prints the count compared and each text
whose scores differ; the exit code is 1 if any does. The pass/fail suite runs the
same comparison on fewer texts (``tests/test_properties.py``).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BABE = ROOT.parent / "shared" / "eval" / "babe" / "final_labels_SG2.csv"

WORDS = ["kind", "of", "sort", "but", ":)", "great", "good", "bad", "hate", "lovely", "no",
         "not", "never", "so", "this", "without", "doubt", "isn't", "nor", "least", "at",
         "the", "bomb", "shit", "kiss", "death", "yeah", "right", "ass", "die", "to", "for",
         "beating", "heart", "very", "extremely", "betrayal", "kill", "dud", "\U0001F600",
         "!", "?", "."]
CASES = (str, str.lower, str.upper, str.title)


def sample_sentences() -> Iterator[str]:
    """The sentences of the sample corpus, as framing splits them."""
    from framing.corpus import load_corpus
    from framing.text.doc import parse_text

    for article in load_corpus(ROOT / "corpus" / "muse-spark").articles:
        for sentence in parse_text(article.text).sentences:
            yield sentence.text


def babe_sentences(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            yield row["text"]


def random_texts(n: int, seed: int = 1) -> Iterator[str]:
    rng = random.Random(seed)
    for _ in range(n):
        yield " ".join(rng.choice(CASES)(rng.choice(WORDS)) for _ in range(rng.randint(1, 25)))


def main(argv: list[str] | None = None) -> int:
    """Compare the two analyzers; return 1 if any text scores differently."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--random", type=int, default=20_000, metavar="N")
    parser.add_argument("--babe", type=Path, default=BABE, metavar="PATH")
    args = parser.parse_args(argv)

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from framing.extractors.vader import Vader

    ours, stock = Vader(), SentimentIntensityAnalyzer()
    sources: dict[str, Iterator[str]] = {"sample corpus": sample_sentences()}
    if args.babe.is_file():
        sources["BABE"] = babe_sentences(args.babe)
    else:
        print(f"{args.babe}: not found, BABE skipped")
    sources["random"] = random_texts(args.random)
    differ = 0
    for name, texts in sources.items():
        compared = 0
        for text in texts:
            compared += 1
            if ours.polarity_scores(text) != stock.polarity_scores(text):
                differ += 1
                print(f"differs ({name}): {text!r}")
        print(f"{name}: {compared:,} texts compared")
    print("identical" if not differ else f"{differ} texts differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
