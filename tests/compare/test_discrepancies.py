"""Factual discrepancies: the two real ones in the sample, and no false alarms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framing.compare.discrepancies import Sent, extract_claims, find_discrepancies
from framing.text.doc import parse_text

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "muse-spark"


def _sents(texts: dict[str, str]) -> list[Sent]:
    out = []
    for outlet, text in texts.items():
        for s in parse_text(text).sentences:
            out.append(Sent(outlet, f"{outlet}-1", s.index, s.text))
    return out


def _subjects(texts: dict[str, str]) -> list[str]:
    return [d.subject for d in find_discrepancies("e", _sents(texts))]


def _sample_sentences() -> list[Sent]:
    out = []
    for path in sorted(SAMPLE.glob("*.txt")):
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        outlet = path.name[:3]
        out.append(Sent(outlet, path.stem, -1, lines[0]))
        for s in parse_text("\n".join(lines[1:])).sentences:
            out.append(Sent(outlet, path.stem, s.index, s.text))
    return out


def _check_sample(discrepancies: list[Any], outlet_of: dict[str, str]) -> None:
    # A reader accepts exactly these two, and no others:
    # * Meta's stock: "more than 9%" (001) cannot be the same move as "6.5%" (003);
    # * Alexandr Wang's age: "27 when he was recruited" (003) against "29" (004).
    # Not flagged, rightly: $14.3 billion investment everywhere (and "$14 Billion" as its
    # rounding), "$13B AI data company" (a valuation, not the investment), "$115-135 billion"
    # capex, index scores 52 vs 57 (different models), "three billion users" vs "over 3
    # billion people" (agree), HealthBench 42.8 vs 40.1 (different models), Wang "at age 19"
    # (his age when he built Scale AI, another quantity).
    by_subject = {d.subject: d for d in discrepancies}
    assert sorted(by_subject) == ["age of Alexandr Wang", "stock change of Meta"]
    stock = by_subject["stock change of Meta"]
    assert {(outlet_of[c.outlet], c.value) for c in stock.claims} == {("001", 9.0), ("003", 6.5)}
    assert any("more than 9%" in c.sentence for c in stock.claims)
    assert any("jumped 6.5%" in c.sentence for c in stock.claims)
    age = by_subject["age of Alexandr Wang"]
    assert {(outlet_of[c.outlet], c.value) for c in age.claims} == {("003", 27.0), ("004", 29.0)}
    assert any("At 27 when he was recruited" in c.sentence for c in age.claims)
    assert any("Alexandr Wang, 29," in c.sentence for c in age.claims)


def test_sample_raw_text_has_exactly_the_two_real_discrepancies() -> None:
    found = find_discrepancies("muse-spark", _sample_sentences())
    _check_sample(found, {o: o for o in ("000", "001", "002", "003", "004")})


def test_sample_claims_that_agree_are_extracted_but_not_flagged() -> None:
    claims = extract_claims(_sample_sentences())
    inv = {c.outlet for c in claims if c.subject == "investment"}
    assert {"001", "003", "004"} <= inv  # all say $14.3 billion
    users = [c for c in claims if c.subject == "user count"]
    assert {c.outlet for c in users} >= {"001", "002", "004"}
    assert not any(c.subject == "investment" and c.value == 13e9 for c in claims)
    founding = [c for c in claims if c.subject.endswith("at founding")]
    assert [c.value for c in founding] == [19.0]


def test_sample_through_compare(sample_analysis: Any) -> None:
    from framing.compare import compare

    comp = compare(sample_analysis, n_boot=50)
    arts = sample_analysis.articles
    # map outlet names back to the file prefixes (the corpus reader names the outlets)
    outlet_of = {str(o): Path(str(s)).name[:3]
                 for o, s in zip(arts["outlet"], arts["source"], strict=True)}
    _check_sample(comp.discrepancies, outlet_of)


@pytest.mark.parametrize("a, b, conflict", [
    ("Meta's stock rose 9% on Monday.", "Meta's stock fell 2% on Monday.", True),
    ("Meta's stock price increased more than 9% on launch day.",
     "Meta shares jumped 9.3% on launch day.", False),
    ("Meta stock jumped 6.5% on the announcement day.",
     "Meta's stock price increased more than 9% on launch day.", True),
    ("The company has 3 billion users.", "Meta reaches over 3 billion people.", False),
    ("Meta made a $14.3 billion investment in Scale AI.", "It hired the CEO of a $13B company.",
     False),
    ("The company invested $14.3 billion in Scale AI.",
     "Meta invested $14 billion in Scale AI last year.", False),
    ("The company invested $14.3 billion in Scale AI.",
     "Meta invested $10 billion in Scale AI last year.", True),
    ("Alexandr Wang, 29, leads the lab.", "Alexandr Wang, 29, joined in June.", False),
    ("Alexandr Wang, 29, leads the lab.", "Alexandr Wang is 31 and leads the lab. At 27, he "
     "founded it.", False),
    ("Muse Spark scores 52 on the index.", "GPT-5.4 scores 57 on the index.", False),
    ("The closure would save $1.2 million a year.", "The shutdown will save $2.1 million a year.",
     True),
    ("The closure would save $1.2 million a year.", "It has a $38 million budget.", False),
])
def test_synthetic_pairs(a: str, b: str, conflict: bool) -> None:
    assert bool(_subjects({"x": a, "y": b})) is conflict


def test_disagreement_within_one_outlet_is_not_a_discrepancy() -> None:
    assert _subjects({"x": "Meta's stock rose 9%. Later Meta's stock rose 3%."}) == []


def test_age_needs_a_person() -> None:
    # "at 52" next to no person (and no pronoun) is not an age
    claims = extract_claims(_sents({"x": "Benchmarks place it at 52, below GPT-5.4 at 57."}))
    assert claims == []
