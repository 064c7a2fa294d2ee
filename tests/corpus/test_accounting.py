"""``inputs.csv`` keeps, for kept and skipped records alike, the record's id, outlet, event,
source file and line, and the reason for each skip: a user finds a dropped record by its id."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from framing.cli.commands import main
from framing.corpus import Accounting, iter_articles

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")

OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")


def feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "k1", "outlet": "Daily", "event": "budget", "text": BODY},
        {"id": "s2", "outlet": "Herald", "event": "budget", "title": "Budget passes"},
        "{not json",
        {"id": "k1", "outlet": "Post", "event": "budget", "text": OTHER},
        {"id": "s5", "outlet": "Times", "text": "x" * 1_000_001},
    ]
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_skipped_records_keep_id_outlet_event_file_and_line(tmp_path: Path) -> None:
    acc = Accounting()
    kept = list(iter_articles(feed(tmp_path), accounting=acc))
    assert [a.id for a in kept] == ["k1"]
    by_line = {r.line: r for r in acc}
    src = str(tmp_path / "feed.jsonl")
    no_text = by_line[2]
    assert (no_text.id, no_text.outlet, no_text.event, no_text.status) == (
        "s2", "Herald", "budget", "skipped")
    assert no_text.file == src and no_text.source == f"{src}:2"
    assert "record without 'text'" in no_text.reason
    assert (by_line[3].status, by_line[3].id, by_line[3].file) == ("skipped", "", src)
    assert "Expecting property name" in by_line[3].reason
    reused = by_line[4]
    assert (reused.id, reused.outlet, reused.status) == ("k1", "Post", "skipped")
    assert "already used" in reused.reason
    big = by_line[5]
    assert (big.id, big.outlet, big.event, big.status) == ("s5", "Times", "feed", "skipped")
    assert "too large" in big.reason
    assert by_line[1].status == "analysed" and by_line[1].event == "budget"


def test_analyze_inputs_csv_finds_a_skipped_record_by_its_id(tmp_path: Path) -> None:
    src = feed(tmp_path)
    out = tmp_path / "out" / "a.jsonl"
    assert main(["analyze", str(src), "-o", str(out), "-j", "1"]) == 0
    table = rows(out.with_name("a.inputs.csv"))
    assert list(table[0]) == ["source", "id", "outlet", "status", "reason", "duplicate_of",
                              "event", "file", "line"]
    row = next(r for r in table if r["id"] == "s2")
    assert row == {"source": f"{src}:2", "id": "s2", "outlet": "Herald", "status": "skipped",
                   "reason": row["reason"], "duplicate_of": "", "event": "budget",
                   "file": str(src), "line": "2"}
    assert "record without 'text'" in row["reason"]


def test_report_inputs_csv_keeps_the_same_columns(tmp_path: Path) -> None:
    src = feed(tmp_path)
    out = tmp_path / "rep"
    assert main(["report", str(src), "--out", str(out), "--bootstrap", "10", "-j", "1"]) == 0
    table = {r["line"]: r for r in rows(out / "inputs.csv")}
    assert table["2"]["id"] == "s2" and table["2"]["event"] == "budget"
    assert table["2"]["file"] == str(src) and table["2"]["status"] == "skipped"
    assert table["1"]["status"] == "analysed"  # a line number, never "1.0"
