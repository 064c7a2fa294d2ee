"""A name in quotes is not a scare quote (issue 33 item 5): 'a "Contemplating" mode' names a
product mode; 'the "reform"' keeps a word at a distance."""

from __future__ import annotations

import pytest

from conftest import SAMPLE
from framing.extractors.opinion_style import scare_quotes
from framing.text.doc import parse_text


def _sample(file_prefix: str) -> str:
    return next(SAMPLE.glob(f"{file_prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(("file_prefix", "name"), [
    ("004", '"Contemplating"'),  # 'A "Contemplating" mode', 'whether "Contemplating" mode'
    ("003", "“contemplation”"),  # 'a “contemplation” mode', 'The “contemplation” mode'
    ("003", "“thinking”"),  # 'like Claude and GPT do with their “thinking” modes'
])
def test_sample_mode_names_are_not_scare_quotes(file_prefix: str, name: str) -> None:
    text = _sample(file_prefix)
    assert name in text
    assert name not in [m.surface for m in scare_quotes(parse_text(text))]


@pytest.mark.parametrize(("text", "scare"), [
    ('The "reform" passed on Tuesday.', ['"reform"']),
    ('The "temporary" pause in open releases is now a year old.', ['"temporary"']),
    ('The "Pro" tier costs more.', []),
    ('Meta shipped a reasoning mode named "Contemplating" last week.', []),
    ('Switch to the "Deep" model for long tasks.', []),
])
def test_names_and_scare_quotes(text: str, scare: list[str]) -> None:
    assert [m.surface for m in scare_quotes(parse_text(text))] == scare
