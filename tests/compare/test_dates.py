"""Dates, deadlines, durations and money with its period among the facts compared across
outlets: normalised with python-dateutil, tied to what they are the date of, and reported as
discrepancies with both sentences (through the real report)."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from framing.cli.commands import main
from framing.compare.dates import find_dates, find_durations
from framing.compare.discrepancies import Sent, find_discrepancies

SHARED = Path(os.environ.get("FRAMING_SHARED") or Path(__file__).resolve().parents[3] / "shared")
BABE = SHARED / "eval" / "babe" / "final_labels_SG2.csv"
CORPUS = SHARED / "corpus" / "muse-spark"


def test_june_30_june_30th_and_30_june_are_one_date() -> None:
    text = ("It shuts June 30. Others say June 30th, or 30 June, or the 30th of June, "
            "or 2026-06-30.")
    found = find_dates(text, "2026-05-04")
    assert [m.surface for m in found] == ["June 30", "June 30th", "30 June", "30th of June",
                                          "2026-06-30"]
    assert {(m.low, m.high) for m in found} == {(found[0].low, found[0].low)}
    assert {m.shown for m in found} == {"30 June 2026"}
    assert [m.start for m in found] == [text.index(m.surface) for m in found]


def test_month_names_without_a_day_or_year_are_no_dates() -> None:
    for text in ("Theresa May said the vote may slip.", "Protesters march 30 miles to the capital.",
                 "March on, they said in May.", "Officials may decide by March."):
        assert find_dates(text, "2026-05-04") == [], text


def test_relative_dates_are_read_against_the_article_day() -> None:
    found = find_dates("The vote is tomorrow; the count ended yesterday and the report comes "
                       "next Friday.", "2026-03-09")  # a Monday
    assert [m.shown for m in found] == ["10 March 2026", "8 March 2026", "13 March 2026"]
    assert find_dates("The vote is tomorrow.") == []  # no article date: nothing to anchor it


def test_relative_periods_are_calendar_periods_of_the_article_day() -> None:
    text = ("It opened last year, the vote is next month, talks end this week and the plan "
            "starts by next year.")
    found = find_dates(text, "2026-03-11")  # a Wednesday
    assert [m.shown for m in found] == ["2025", "April 2026", "the week of 9 March 2026", "2027"]
    assert [m.surface for m in found] == ["last year", "next month", "this week", "next year"]
    assert [m.deadline for m in found] == [False, False, False, True]
    last_year, next_month, this_week, _ = found
    assert (last_year.high - last_year.low, this_week.high - this_week.low) == (364, 6)
    assert next_month.high - next_month.low == 29  # April has 30 days
    # lengths of time, not calendar periods
    assert find_dates("Prices rose over the last year and will in the next month.",
                      "2026-03-11") == []
    assert find_dates("It opened last year.") == []  # no article date: nothing to anchor it


def test_last_year_and_the_year_it_names_agree_across_outlets() -> None:
    same = find_discrepancies("e", sents(
        ("Daily", "a1", "The Riverside library opened last year."),
        ("Herald", "a2", "The Riverside library opened in 2025.")))
    assert same == []  # "last year" from 2026-05-04 is 2025
    (differ,) = find_discrepancies("e", sents(
        ("Daily", "a1", "The Riverside library opened last year."),
        ("Herald", "a2", "The Riverside library opened in 2023.")))
    assert differ.subject == "date the library opens"
    assert [(c.outlet, c.surface, c.shown) for c in differ.claims] == [
        ("Daily", "last year", "2025"), ("Herald", "in 2023", "2023")]


def test_deadlines_and_durations() -> None:
    (by,) = find_dates("The city must cut emissions to zero by 2030.")
    assert by.deadline and by.shown == "2030"
    assert [(d.shown, d.noun) for d in find_durations(
        "It stays shut for three years under a 10-year lease, a 20-year high.")] == [
        ("3 years", ""), ("10 years", "lease")]


def sents(*rows: tuple[str, str, str]) -> list[Sent]:
    return [Sent(o, a, i, t, "2026-05-04") for i, (o, a, t) in enumerate(rows)]


def test_discrepancies_on_dates_durations_and_money_periods() -> None:
    found = {d.subject: d for d in find_discrepancies("e", sents(
        ("Daily", "a", "The Elm Street branch will close on June 30, the council said."),
        ("Herald", "b", "The branch closes its doors on June 1 after budget cuts."),
        ("Daily", "a", "Running the library will cost $2 million a year."),
        ("Herald", "b", "Running the library will cost $2 million."),
        ("Daily", "a", "The council signed a 10-year lease for the site."),
        ("Herald", "b", "The council signed a five-year lease for the site."),
        ("Daily", "a", "The pool will stay closed for three years."),
        ("Herald", "b", "The pool will close for three years."),
    ))}
    closing = found["date the branch closes"]
    assert [(c.outlet, c.shown, c.surface) for c in closing.claims] == [
        ("Daily", "30 June 2026", "June 30"), ("Herald", "1 June 2026", "June 1")]
    assert all(c.sentence[c.start:c.end] == c.surface for c in closing.claims)
    assert [c.unit for c in found["cost"].claims] == ["USD per year", "USD"]
    assert [c.shown for c in found["length of the lease"].claims] == ["10 years", "5 years"]
    assert "how long the pool stays closed" not in found  # both say three years


def test_a_date_the_same_outlets_agree_on_is_no_discrepancy() -> None:
    assert find_discrepancies("e", sents(
        ("Daily", "a", "The branch will close on June 30."),
        ("Herald", "b", "The branch closes 30th June, officials said."),
        ("Post", "c", "The branch closes by July 1."),  # a deadline: June 30 is before it
    )) == []


def test_the_report_names_both_closing_dates_with_their_sentences(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    daily = ("Library Branch To Close\n\nThe Elm Street branch will close on June 30, the "
             "council said on Monday. Staff will move to the central library, and the council "
             "promised that no jobs would be lost. Residents said they would miss the reading "
             "room and the children's hour.\n")
    herald = ("Council Shuts Elm Street Library\n\nThe branch closes its doors on June 1 after "
              "budget cuts, the council said. Residents gathered outside to protest the "
              "decision, which they called rushed. The council said the building would be "
              "sold next year.\n")
    (news / "daily.txt").write_text(daily, encoding="utf-8")
    (news / "herald.txt").write_text(herald, encoding="utf-8")
    (news / "manifest.csv").write_text("file,outlet,published\ndaily.txt,Daily,2026-05-04\n"
                                       "herald.txt,Herald,2026-05-05\n", encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(news), "--out", str(out), "--bootstrap", "20", "-j", "1"]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    section = index[index.index("Facts the outlets disagree on</h3>"):]
    section = section[:section.index("<h3", 10)] if "<h3" in section[10:] else section
    for text in ("date the branch closes", "30 June 2026", "1 June 2026",
                 "The Elm Street branch will close on", "The branch closes its doors on"):
        assert text in section, text
    for page, own, other in (("daily", "30 June 2026", "1 June 2026"),
                             ("herald", "1 June 2026", "30 June 2026")):
        html = (out / "sources" / f"{page}.html").read_text(encoding="utf-8")
        part = html[html.index('id="discrepancies"'):]
        assert own in part and other in part and "date the branch closes" in part
        md = (out / "sources" / f"{page}.md").read_text(encoding="utf-8")
        assert "30 June 2026" in md and "1 June 2026" in md


@pytest.mark.skipif(not BABE.is_file(), reason=f"BABE not found at {BABE}: evaluation data "
                    "kept outside the repository (AGPL-3.0, never copied in); set FRAMING_SHARED")
def test_dates_on_babe_news_sentences_are_real_dates() -> None:
    """On 3,674 real news sentences: every date found is read as the month its words name,
    and "May"/"March" as a name, modal or verb gives none."""
    with BABE.open(encoding="utf-8-sig", newline="") as fh:
        texts = [r["text"] for r in csv.DictReader(fh, delimiter=";")]
    n = 0
    for text in texts:
        for m in find_dates(text, "2020-06-15"):
            n += 1
            month = re.search(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", m.surface)
            if month:  # read as the month it names: "30 June 2020", "November 2020"
                assert month.group(0) in m.shown, (m, text)
        for name in re.finditer(r"Theresa May|\bMay\b(?!\s+\d)(?<!\d\s)", text):
            assert not any(d.start <= name.start() < d.end and not re.search(r"\d", d.surface)
                           for d in find_dates(text)), text
    assert n > 100  # the file holds many dates: the check above ran


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}; "
                    "set FRAMING_SHARED")
def test_dates_in_the_shared_corpus_hold_a_day_or_year() -> None:
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".txt", ".md", ".html"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in find_dates(text):
            assert re.search(r"\d", m.surface), (path.name, m)
