"""The one matcher: modes, phrases, exclusions, case, negation, offsets, overlaps, pickling."""

from __future__ import annotations

import pickle

import pytest

from framing.errors import LexiconError
from framing.lexicon import Lexicon, Match, compile_lexicons, parse_lexicon
from framing.lexicon.matcher import Matcher
from framing.text.doc import parse_text

META = """\
[lexicon]
name = "{name}"
version = "1.0.0"
kind = "{kind}"
description = "Test lexicon."
license = "CC0-1.0"
provenance = "Written for the tests."
"""

LOADED = META.format(name="t_loaded", kind="loaded") + """
[categories.violence_metaphor]
description = "Violence as metaphor."
[categories.betrayal]
description = "Betrayal."
[categories.idiom]
description = "Idioms."

[[entries]]
term = "kill"
category = "violence_metaphor"
mode = "inflected"
exclude = ["#num people were killed", "killed in"]

[[entries]]
term = "gut"
category = "violence_metaphor"
mode = "inflected"

[[entries]]
term = "betrayal"
category = "betrayal"
mode = "inflected"
weight = 2.0
moral = "loyalty_vice"

[[entries]]
term = "caught red-handed"
category = "idiom"

[[entries]]
term = "red-handed"
category = "idiom"

[[entries]]
term = "slap in the face"
category = "idiom"
weight = 1.5
"""

HEDGE = META.format(name="t_hedge", kind="hedge") + """
[categories.modal]
description = "Epistemic modals."

[[entries]]
term = "may"
category = "modal"
case_sensitive = true

[[entries]]
term = "it remains to be seen"
category = "modal"

[[entries]]
term = "red-handed"
category = "modal"
"""


@pytest.fixture(scope="module")
def loaded() -> Lexicon:
    return parse_lexicon(LOADED, path="t_loaded.toml")


@pytest.fixture(scope="module")
def hedge() -> Lexicon:
    return parse_lexicon(HEDGE, path="t_hedge.toml")


@pytest.fixture(scope="module")
def matcher(loaded: Lexicon, hedge: Lexicon) -> Matcher:
    return compile_lexicons([loaded, hedge])


def run(matcher: Matcher, text: str) -> list[Match]:
    return matcher.match(parse_text(text))


def terms(matcher: Matcher, text: str) -> list[tuple[str, str]]:
    return [(m.term, m.surface) for m in run(matcher, text)]


@pytest.mark.parametrize(
    ("text", "term", "surface"),
    [
        ("The senator's vote was seen as betrayed trust.", "betrayal", "betrayed"),
        ("Voters called it a betrayal.", "betrayal", "betrayal"),
        ("The new rule kills innovation.", "kill", "kills"),
        ("The agency was gutted by the cuts.", "gut", "gutted"),
        ("They were caught red-handed.", "caught red-handed", "caught red-handed"),
        ("It was a slap in the face for staff.", "slap in the face", "slap in the face"),
        ("A SLAP IN THE FACE, critics said.", "slap in the face", "SLAP IN THE FACE"),
    ],
)
def test_inflections_and_phrases(matcher: Matcher, text: str, term: str, surface: str) -> None:
    assert (term, surface) in terms(matcher, text)


def test_exact_does_not_inflect(matcher: Matcher) -> None:
    # "slap in the face" is a phrase: "slapped in the face" is not the same tokens
    assert terms(matcher, "He slapped in the face.") == []


def test_exclusions(matcher: Matcher) -> None:
    assert terms(matcher, "Two people were killed in the crash.") == []
    assert terms(matcher, "In all, 12 people were killed.") == []
    assert ("kill", "killed") in terms(matcher, "The bill killed the startup scene.")
    # an exclusion in another sentence does not cancel the match
    assert ("kill", "kills") in terms(matcher, "Regulation kills. Those killed in the war.")[:1]


def test_case_sensitive(matcher: Matcher) -> None:
    assert terms(matcher, "The meeting is on May 5.") == []
    assert ("may", "may") in terms(matcher, "The model may be delayed.")


def test_negation(matcher: Matcher) -> None:
    first, second = run(matcher, "They did not betray anyone. Then came the betrayal.")
    assert first.negated and first.sentence == 0
    assert not second.negated and second.sentence == 1
    (m,) = run(matcher, "Nobody said it wasn't really a betrayal.")
    assert m.negated
    (m,) = run(matcher, "No one said anything, and in the end it was a betrayal.")
    assert not m.negated  # the negator is more than three tokens away


def test_offsets_and_fields(matcher: Matcher) -> None:
    text = "Intro line.\nCritics say the plan guts the agency. It is a betrayal."
    doc = parse_text(text)
    ms = matcher.match(doc)
    assert [m.term for m in ms] == ["gut", "betrayal"]
    for m in ms:
        assert doc.text[m.start : m.end] == m.surface
        assert doc.tok_start[m.tok_start] == m.start and doc.tok_end[m.tok_end - 1] == m.end
        assert m.sentence == doc.tok_sent[m.tok_start]
    gut, betrayal = ms
    assert (gut.sentence, betrayal.sentence) == (1, 2)
    assert gut.lexicon == "t_loaded" and gut.kind == "loaded"
    assert gut.category == "violence_metaphor" and gut.weight == 1.0 and gut.moral is None
    assert betrayal.weight == 2.0 and betrayal.moral == "loyalty_vice"


def test_longest_match_within_lexicon_but_all_lexicons_kept(matcher: Matcher) -> None:
    ms = run(matcher, "Meta got caught red-handed.")
    got = sorted((m.lexicon, m.term) for m in ms)
    # t_loaded keeps only the longer idiom; t_hedge's "red-handed" is another lexicon: kept
    assert got == [("t_hedge", "red-handed"), ("t_loaded", "caught red-handed")]


def test_possessive_and_curly_apostrophe(matcher: Matcher) -> None:
    assert ("betrayal", "betrayal’s") in terms(matcher, "The betrayal’s cost was high.")
    (m,) = run(matcher, "It didn’t seem a betrayal.")
    assert m.negated


def test_multiline_phrase_across_sentences_not_matched(matcher: Matcher) -> None:
    # the words of the phrase, in order, but split by a sentence end: no match
    assert terms(matcher, "Whether it remains. To be seen is another matter.") == []
    assert terms(matcher, "It remains to be. Seen from afar, it is fine.") == []
    # the same words inside one sentence do match (the entry is live)
    assert ("it remains to be seen", "it remains to be seen") in terms(
        matcher, "Whether it works, it remains to be seen."
    )


def test_empty_doc(matcher: Matcher) -> None:
    assert run(matcher, "") == []
    assert run(matcher, "Nothing to see here.") == []


def test_pickle_round_trip(matcher: Matcher) -> None:
    text = ("Meta got caught red-handed. The rule kills jobs; two people were killed in it. "
            "It may be a betrayal, it remains to be seen, and a slap in the face.")
    clone = pickle.loads(pickle.dumps(matcher))
    assert clone.match(parse_text(text)) == matcher.match(parse_text(text))
    assert clone.lexicons == matcher.lexicons == [("t_loaded", "1.0.0"), ("t_hedge", "1.0.0")]


def test_one_matcher_many_lexicons_and_cache(loaded: Lexicon, hedge: Lexicon) -> None:
    m1 = compile_lexicons([loaded, hedge])
    assert m1 is compile_lexicons([loaded, hedge])
    assert m1 is not compile_lexicons([loaded])
    assert m1.n_entries == loaded.n_entries + hedge.n_entries
    cats = m1.categories()
    assert set(cats) == {"loaded", "hedge"} and "idiom" in cats["loaded"]


def test_same_term_in_two_categories(loaded: Lexicon) -> None:
    other = parse_lexicon(
        META.format(name="t_two", kind="frame_generic") + """
[categories.a]
description = "A."
[categories.b]
description = "B."
[[entries]]
term = "pivot"
category = "a"
[[entries]]
term = "pivot"
category = "b"
""")
    ms = run(compile_lexicons([other, loaded]), "A pivot.")
    assert sorted(m.category for m in ms) == ["a", "b"]


def test_weight_overrides(loaded: Lexicon) -> None:
    m = compile_lexicons([loaded], weights={"t_loaded:betrayal": 3.0, "t_loaded": 0.5})
    (betrayal,) = run(m, "A betrayal.")
    (gut,) = run(m, "They gutted it.")
    assert (betrayal.weight, gut.weight) == (1.5, 0.5)
    with pytest.raises(LexiconError, match="no term"):
        compile_lexicons([loaded], weights={"t_loaded:nope": 1.0})
    with pytest.raises(LexiconError, match="names no active lexicon"):
        compile_lexicons([loaded], weights={"other": 1.0})


def test_duplicate_lexicon_names_rejected(loaded: Lexicon) -> None:
    with pytest.raises(LexiconError, match="unique"):
        Matcher([loaded, loaded])


def test_stemmer_keeps_neutral_words_apart_and_merges_inflections() -> None:
    """The Snowball stemmer (PyStemmer) merges inflections of a word but not the neutral
    words NLTK's port merged with them (``organization`` with ``organic``, ...)."""
    from framing.lexicon.terms import stem

    assert len({stem(w) for w in ("betrayal", "betrayed", "betraying", "betrays")}) == 1
    for a, b in [("organic", "organization"), ("universal", "university"),
                 ("internal", "international"), ("paste", "past"), ("evening", "even")]:
        assert stem(a) != stem(b), (a, b)
