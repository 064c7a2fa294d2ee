"""Duplicates (exact and near) and non-English articles."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from framing.corpus import CorpusWarning, Deduplicator, detect_language, load_corpus

BODY = ("The city council approved a $2.1 billion budget early on Wednesday, ending a 14-hour "
        "session that stretched past midnight. Council President Maria Alvarez called the "
        "compromise imperfect but necessary, while opponents warned that property taxes would "
        "rise by 3.5% next year and promised to keep fighting the plan in the courts.")
GERMAN = ("Der Stadtrat hat am Mittwoch nach einer vierzehnstündigen Sitzung einen Haushalt von "
          "2,1 Milliarden Euro beschlossen. Die Opposition warnte, dass die Grundsteuer im "
          "nächsten Jahr steigen werde, und kündigte an, weiter gegen den Plan zu kämpfen.")


def test_exact_and_near_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Budget Passes\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("BUDGET PASSES!\n\n" + BODY.upper().replace(" ", "  "),
                                    encoding="utf-8")
    near = BODY.replace("early on Wednesday", "early Wednesday")
    (tmp_path / "c.txt").write_text("Syndicated: Budget Passes\n\n" + near, encoding="utf-8")
    (tmp_path / "d.txt").write_text("Strike Looms\n\n" + " ".join(reversed(BODY.split())),
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [a.outlet for a in corpus] == ["a", "d"]
    assert corpus.summary() == "2 analysed, 0 skipped, 2 duplicates"
    frame = corpus.inputs_frame().set_index("outlet")
    first = corpus.articles[0].id
    assert frame.loc["b", "status"] == "duplicate" and frame.loc["b", "duplicate_of"] == first
    assert frame.loc["b", "reason"] == f"same text as {first}"
    assert frame.loc["c", "duplicate_of"] == first
    assert frame.loc["c", "reason"].startswith(f"near-duplicate of {first}")
    assert frame.loc["d", "status"] == "analysed"


def test_dissimilar_texts_are_not_duplicates() -> None:
    d = Deduplicator()
    rng = random.Random(1)
    words = [f"w{i}" for i in range(3000)]
    texts = [" ".join(rng.choices(words, k=80)) for _ in range(500)]
    assert all(d.check(str(i), t) is None for i, t in enumerate(texts))
    # dropping one of 80 words (5-gram Jaccard 71/81 = 0.88) is still found, against text 7
    edited = texts[7].split()
    del edited[40]
    match = d.check("x", " ".join(edited))
    assert match is not None and match.of == "7" and match.kind == "near"
    # dropping every fifth word (Jaccard near 0) is not
    assert d.check("y", " ".join(texts[8].split()[::5])) is None


def test_dedup_of_many_tiny_random_articles() -> None:
    """20,000 random 10-word texts: (almost) none is a duplicate, a repeat is found.

    The time for 100,000 is measured by benchmarks/bench_compare_dedup.py.
    """
    rng = random.Random(0)
    words = [f"w{i}" for i in range(5000)]
    d = Deduplicator()
    dups = 0
    for i in range(20_000):
        text = " ".join(rng.choices(words, k=10))
        dups += d.check(str(i), text) is not None
    assert dups < 5
    again = random.Random(0)
    assert d.check("again", " ".join(again.choices(words, k=10))) is not None


def test_non_english_is_kept_but_flagged(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text("Haushalt beschlossen\n\n" + GERMAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text("Budget Passes\n\n" + BODY, encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"de\.txt.*'de'"):
        corpus = load_corpus(tmp_path)
    de, en = corpus.articles
    assert de.language == "de" and any("not English" in w for w in de.warnings)
    assert en.language == "en" and en.warnings == ()


def test_short_texts_are_assumed_english() -> None:
    assert detect_language("Der Stadtrat hat entschieden.") == ("en", 0.0)
