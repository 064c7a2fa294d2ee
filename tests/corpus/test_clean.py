"""Boilerplate rules: they catch the shapes of boilerplate and leave clean news alone."""

from __future__ import annotations

import pytest

from corpus_fixtures import CLEAN_NEWS
from framing.corpus import clean_text, split_raw
from framing.corpus.clean import parse_date, table_score


def test_clean_news_is_untouched() -> None:
    res = clean_text(CLEAN_NEWS)
    assert res.removed == ()
    assert res.title == "City Council Approves $2.1 Billion Budget After Marathon Session"
    expected = [line.strip() for line in CLEAN_NEWS.split("\n")[1:] if line.strip()]
    assert res.body.split("\n\n") == expected
    assert res.published is None


@pytest.mark.parametrize("paragraph", [p for p in CLEAN_NEWS.split("\n") if p.strip()])
def test_each_clean_paragraph_alone_is_kept(paragraph: str) -> None:
    res = clean_text("A Headline For The Story\n\n" + paragraph)
    assert res.removed == ()
    assert res.body == paragraph.strip()


def test_clean_news_with_blank_lines_collapsed_and_crlf() -> None:
    res = clean_text(CLEAN_NEWS.replace("\n\n", "\n\n\n"))
    assert res.removed == ()
    assert "\n\n\n" not in res.body


@pytest.mark.parametrize(("line", "reason"), [
    ("Back to top", "marker"),
    ("Skip to main content", "marker"),
    ("Read more →", "navigation"),
    ("« Previous post", "navigation"),
    ("You May Also Like", "navigation"),
    ("Share this article", "navigation"),
    ("Start your free trial today", "promo"),
    ("Sign up for our newsletter", "promo"),
    ("Save 15% with code NEWS15", "promo"),
    ("Advertisement", "promo"),
    ("By Jane Doe", "byline"),
    ("March 3, 2025", "dateline"),
    ("Updated 3 March 2025 10:42", "dateline"),
    ("politicsbudgetcitycouncillocalnews", "tags"),
])
def test_boilerplate_shapes(line: str, reason: str) -> None:
    raw = ("Council Approves Budget\n\n" + line + "\n\n"
           "The city council approved the budget on Wednesday after a session that ran "
           "for fourteen hours and ended past midnight.")
    res = clean_text(raw)
    assert [(r.line, r.text, r.reason) for r in res.removed] == [(3, line, reason)]
    assert line not in res.body


def test_byline_fills_published_and_byline_hint() -> None:
    res = clean_text("Big Vote\n2025-03-04 by The Ledger\n\nThe council voted on the plan "
                     "after a long debate that lasted well into the night on Tuesday.")
    assert res.published == "2025-03-04"
    assert res.byline == "The Ledger"


def test_headings_that_start_with_by_are_not_bylines() -> None:
    res = clean_text("Budget\n\nBy the numbers\n\nThe city will spend $2.1 billion.")
    assert res.removed == ()


def test_given_title_is_not_repeated_in_body() -> None:
    res = clean_text("Council Approves Budget\n\nThe council voted.",
                     title="Council approves budget")
    assert res.title == "Council approves budget"
    assert res.body == "The council voted."
    other = clean_text("Something Else\n\nThe council voted.", title="Council approves budget")
    assert other.body == "Something Else\n\nThe council voted."


def test_repeated_headline_and_paragraph() -> None:
    para = "The council voted on the plan after a long debate that lasted well into the night."
    res = clean_text(f"Big Vote\n\nBig Vote\n\n{para}\n\n{para}")
    assert [(r.line, r.reason) for r in res.removed] == [(3, "duplicate-headline"),
                                                         (7, "repeated")]
    assert res.body == para


def test_tables_are_removed_but_camel_case_headlines_are_not() -> None:
    assert table_score("OpenAI and DeepSeek race to ship WhatsApp bots") < 4
    raw = ("Chip Prices\n\nModelVendorPrice (USD)Release\nH100Nvidia25,000 (est.)2022\n"
           "MI300XAMD15,000 (est.)2023\n\nPrices fell sharply over the year as supply improved "
           "and buyers waited for new parts.")
    res = clean_text(raw)
    assert [r.reason for r in res.removed] == ["table", "table", "table"]
    assert res.body.startswith("Prices fell")


def test_promo_tail_keeps_the_list_before_it() -> None:
    raw = ("Budget Passes\n\nThe council passed the budget after a long debate that lasted "
           "well into the night on Tuesday.\n\nWho gains?\n\n• Parks\n• Libraries\n\n"
           "Get the app\n\nSave 30% today")
    res = clean_text(raw)
    assert [r.text for r in res.removed] == ["Get the app", "Save 30% today"]
    assert "• Parks\n\n• Libraries" in res.body


def test_glued_navigation_prefix_keeps_the_paragraph() -> None:
    raw = ("Budget Passes\nRead moreThe council passed the budget on Tuesday night after "
           "a long debate.")
    res = clean_text(raw)
    assert [(r.line, r.text, r.reason) for r in res.removed] == [(2, "Read more", "navigation")]
    assert res.body == "The council passed the budget on Tuesday night after a long debate."


def test_first_line_offsets_line_numbers() -> None:
    res = clean_text("top of page\nHeadline\nBody text.", first_line=5)
    assert res.removed[0].line == 5


def test_split_raw_keeps_everything() -> None:
    raw = "top of page\nHeadline\n\nBody.\nbottom of page"
    res = split_raw(raw)
    assert res.title == "top of page"
    assert res.body == "Headline\n\nBody.\nbottom of page"
    assert res.removed == ()


def test_bullets_are_normalised() -> None:
    res = clean_text("Headline\n\n  •   Parks: $48 million\n  • Police: flat")
    assert res.body == "• Parks: $48 million\n\n• Police: flat"


@pytest.mark.parametrize(("text", "iso"), [
    ("April 8, 2026", "2026-04-08"), ("8 Apr 2026", "2026-04-08"),
    ("Sept. 30, 2024", "2024-09-30"), ("2026-13-01", None), ("no date", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_empty_and_whitespace() -> None:
    assert clean_text("").body == ""
    assert clean_text("   \n\n ").title == ""
