"""The actor finder on sentences written for these tests."""

from __future__ import annotations

from framing.text.doc import parse_text


def _actors(text: str) -> set[str]:
    return {m.actor for m in parse_text(text).actors}


def test_a_phrase_with_a_preposition_opening_a_line_is_no_actor() -> None:
    text = ("Checklist for the quarter.\n\n"
            "  • Plan for Growth as a standing item, not an afterthought\n"
            "  • Ask the vendor for a roadmap\n\n"
            "Acme Corp. said it would publish its roadmap.")
    found = _actors(text)
    assert "Plan for Growth" not in found
    assert "Acme Corp." in found


def test_a_preposition_phrase_that_shows_an_organisation_stays_an_actor() -> None:
    found = _actors("Department of Energy officials met on Monday. "
                    "Bank of Avalon announced a new fund.")
    assert "Department of Energy officials" in found or "Department of Energy" in found
    assert "Bank of Avalon" in found


def test_a_title_case_headline_verb_is_no_part_of_the_name() -> None:
    text = ('The Daily Ledger ran the headline "Northwind Buys the Harbor." '
            "Northwind declined to comment.")
    found = _actors(text)
    assert "Northwind Buys" not in found
    assert "Northwind" in found


def test_a_navigation_line_names_no_actor() -> None:
    text = ("← Tech News\nApril 8, 2026\n\nNorthwind Labs released a new tool on Monday. "
            "Northwind Labs said it would be free.")
    found = _actors(text)
    assert "News" not in found and "Tech News" not in found
    assert "Northwind Labs" in found
