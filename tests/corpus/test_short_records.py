"""A record's text is analysed whatever its length: a single line is body (not a headline
without body), and only readability, which needs length, is left empty on short text, with the
reason in inputs.csv."""

from __future__ import annotations

import csv
import json
import math
import os
from pathlib import Path

import pytest

from framing.cli.commands import main
from framing.corpus import Accounting, iter_articles

#: 13 words, one line, no title: a sentence as a data set gives it
SENTENCE = ("Officials reportedly unveiled a disgraceful sham plan on Monday that would "
            "devastate families.")
#: the shared data beside the repository (FRAMING_SHARED names it elsewhere, e.g. from a worktree)
SHARED = Path(os.environ.get("FRAMING_SHARED") or Path(__file__).resolve().parents[3] / "shared")
BABE = SHARED / "eval" / "babe" / "final_labels_SG2.csv"


def test_a_one_line_13_word_jsonl_record_is_analysed(tmp_path: Path) -> None:
    assert len(SENTENCE.split()) == 13
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": "b1", "outlet": "Wire", "text": SENTENCE}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "-j", "1"]) == 0
    rec = json.loads(out.read_text().splitlines()[0])
    assert rec["status"] == "ok" and rec["title"] == "" and rec["n_words"] == 13
    feats = rec["features"]
    assert feats["readability"] is None and feats["fk_grade"] is None
    # tone, loaded language, hedging are computed, and from this sentence's words
    assert feats["sentiment"] < 0 and feats["loaded"] > 0 and feats["hedging"] > 0
    terms = {(e["feature"], e["term"]) for e in rec["evidence"]}
    assert ("loaded", "sham") in terms and ("loaded", "disgraceful") in terms
    assert any(f == "hedging" and t.startswith("reportedly") for f, t in terms)
    with (tmp_path / "out.inputs.csv").open(newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["id"] == "b1" and row["status"] == "analysed"
    assert "readability scores left empty: the body has 13 words" in row["reason"]


def test_only_text_with_a_headline_line_and_body_has_a_headline(tmp_path: Path) -> None:
    body = SENTENCE + " " + SENTENCE.replace("Monday", "Tuesday")
    (tmp_path / "a.txt").write_text(f"Plan Under Fire\n\n{body}\n")
    (tmp_path / "b.txt").write_text(f"{SENTENCE}\n")
    (tmp_path / "c.txt").write_text("Budget Passes\n")
    arts = {a.source.rsplit("/", 1)[-1]: a for a in iter_articles(tmp_path)}
    assert (arts["a.txt"].title, arts["a.txt"].text) == ("Plan Under Fire", body)
    assert (arts["b.txt"].title, arts["b.txt"].text) == ("", SENTENCE)
    assert (arts["c.txt"].title, arts["c.txt"].text) == ("", "Budget Passes")


def test_readability_is_scored_from_the_minimum_on(tmp_path: Path) -> None:
    import framing

    long = " ".join([SENTENCE] * 2)  # 26 words
    analysis = framing.analyze([str(_records(tmp_path, [SENTENCE, long]))])
    rows = analysis.articles.set_index("id")
    assert math.isnan(rows.loc["r0", "readability"]) and not math.isnan(rows.loc["r1",
                                                                                  "readability"])
    assert list(rows["status"]) == ["ok", "ok"]
    assert rows.loc["r0", "sentiment"] == pytest.approx(rows.loc["r1", "sentiment"])


def _records(tmp_path: Path, texts: list[str]) -> Path:
    src = tmp_path / "recs.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "outlet": f"O{i}", "text": t}) + "\n"
                           for i, t in enumerate(texts)))
    return src


@pytest.mark.skipif(not BABE.is_file(), reason=f"BABE not found at {BABE}: it is evaluation "
                    "data kept outside the repository (AGPL-3.0, never copied in); set "
                    "FRAMING_SHARED to the shared data directory")
def test_no_babe_sentence_given_as_a_record_is_skipped(tmp_path: Path) -> None:
    """BABE's sentences as one-line records: none is skipped (229 were, as a headline without
    body); the sentences are read from the shared file, never copied into the repository."""
    with BABE.open(encoding="utf-8-sig", newline="") as fh:
        texts = [r["text"] for r in csv.DictReader(fh, delimiter=";") if r["text"].strip()]
    acc = Accounting()
    n = sum(1 for _ in iter_articles(_records(tmp_path, texts), accounting=acc))
    counts = acc.counts()
    assert counts["skipped"] == 0, [r.reason for r in acc.skipped][:5]
    assert n == counts["analysed"] and n + counts["duplicate"] == len(texts)
