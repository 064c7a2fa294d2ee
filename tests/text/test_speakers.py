"""Speakers of quotations and reported speech on sentences written for these tests."""

from __future__ import annotations

from framing.text.doc import parse_text


def _speakers(text: str) -> list[tuple[str, str | None, str]]:
    d = parse_text(text)
    return [(q.kind, q.speaker, q.speaker_kind) for q in d.quotes]


def test_a_described_source_opening_a_sentence_is_not_a_name() -> None:
    text = ("The council voted to close the library. Local reading advocates called it a "
            "loss for the town. Others argued the building was too costly to keep. "
            "Critics said the vote was rushed.")
    got = _speakers(text)
    assert ("reported", "local reading advocates", "described") in got
    assert ("reported", "others", "described") in got
    assert ("reported", "critics", "described") in got
    assert not any(sp and sp[0].isupper() for _, sp, _ in got)


def test_a_named_speaker_opening_a_sentence_keeps_its_capital() -> None:
    got = _speakers("Maria Alvarez said the plan would cut costs.")
    assert got == [("reported", "Maria Alvarez", "actor")]


def test_a_quote_led_in_by_someone_else_does_not_carry_the_speaker_over() -> None:
    text = ('"The message is plain," wrote Dana Kessler. "It was never about the '
            'readers." The Harbor Gazette ran an editorial titled "A Town Without Books."')
    quotes = [q for q in parse_text(text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Dana Kessler", "Dana Kessler", None]


def test_a_quote_led_in_by_the_same_speaker_carries_over() -> None:
    text = ('Northwind describes the tool as "simple by design" for small teams. It is, '
            'by Northwind\'s own account, "ready for any office."')
    quotes = [q for q in parse_text(text).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Northwind", "Northwind"]


def _direct(text: str) -> list[str | None]:
    return [q.speaker for q in parse_text(text).quotes if q.kind == "direct"]


def test_a_participle_after_a_comma_speaks_for_the_sentence_subject() -> None:
    text = ('Maria Alvarez compared her budget with Tom Reyes\'s, saying "mine adds '
            'nothing to the debt."')
    assert _direct(text) == ["Maria Alvarez"]


def test_a_quote_ending_its_sentence_takes_no_attribution_from_the_next_one() -> None:
    text = ('"The plan is sound," Maria Alvarez said. "It pays for itself." '
            'Tom Reyes said the numbers did not add up.')
    assert _direct(text) == ["Maria Alvarez", "Maria Alvarez"]


def test_a_pronoun_finds_the_person_named_a_few_sentences_back() -> None:
    text = ("Governor Maria Alvarez toured the flooded district on Monday. The water had "
            "reached the second floor of the school. Crews worked through the night. "
            "The road was closed. \"We will rebuild it,\" she said.")
    assert _direct(text) == ["Maria Alvarez"]


def test_a_long_apposition_between_the_name_and_the_verb() -> None:
    text = ('"They are rushing it," Rep. Ann Lee, D-Ore., the former chair of the House '
            'subcommittee on water, energy, forests and public lands in the western states, '
            'told reporters.')
    assert _direct(text) == ["Ann Lee"]


def test_a_participle_speaks_for_the_subject_after_an_opening_clause() -> None:
    text = ('Asked whether he blamed Tom Reyes for the delay, Mr. Lee did not back down, '
            'saying, "The council had a year to act."')
    assert _direct(text) == ["Lee"]


def test_a_pronoun_takes_the_person_the_sentence_is_about_not_one_it_mentions() -> None:
    text = ("Maria Alvarez met the press on Sunday, urging Tom Reyes to release the "
            "budget. \"We cannot wait another month,\" she said.")
    assert _direct(text) == ["Maria Alvarez"]


def test_a_name_inside_an_earlier_quotation_is_no_antecedent() -> None:
    text = ('The mayor was blunt: "Tom Reyes has had a whole year." '
            '"Nothing changed," she said.')
    assert _direct(text) == [None, None]


def test_the_attribution_span_of_a_pronoun_starts_at_the_pronoun() -> None:
    text = 'Maria Alvarez spoke on Sunday. "Nothing changed," she said.'
    d = parse_text(text)
    q = next(q for q in d.quotes if q.kind == "direct")
    assert q.speaker == "Maria Alvarez" and q.attribution is not None
    assert text[q.attribution[0]:q.attribution[1]] == "she said"


def test_she_does_not_stand_for_a_man_the_text_calls_mr() -> None:
    text = ('"It is too early," Mr. Reyes said. Ms. Alvarez disagreed with Mr. Reyes. '
            '"We cannot wait another month," she said.')
    assert _direct(text) == ["Reyes", "Alvarez"]


def test_the_he_of_a_relative_clause_is_not_the_person_it_describes() -> None:
    text = ('At the town hall meeting on Sunday night, Maria Alvarez took aim at Tom Reyes, '
            'whom she called "a man of no plans."')
    assert _direct(text) == ["Maria Alvarez"]
