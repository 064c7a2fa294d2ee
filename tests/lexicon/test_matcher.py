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


# -- boundaries and exact values (issue 37: what the mutation check found unpinned) -----------

@pytest.mark.parametrize(("token", "expected"), [
    ("not", True), ("never", True), ("didn't", True), ("didn’t", True), ("won’t", True),
    ("amn't", True), ("amn’t", True),  # not listed: a negator by its n't
    ("now", False), ("knot", False), ("note", False), ("an't", True), ("ant", False),
])
def test_is_negator(token: str, expected: bool) -> None:
    from framing.lexicon.matcher import is_negator

    assert is_negator(token) is expected


def test_repr_and_categories(matcher: Matcher, loaded: Lexicon) -> None:
    assert repr(matcher) == "<Matcher 9 entries: t_loaded 1.0.0, t_hedge 1.0.0>"
    assert matcher.categories() == {
        "loaded": {
            "violence_metaphor": {"description": "Violence as metaphor.", "lexicon": "t_loaded"},
            "betrayal": {"description": "Betrayal.", "lexicon": "t_loaded"},
            "idiom": {"description": "Idioms.", "lexicon": "t_loaded"},
        },
        "hedge": {"modal": {"description": "Epistemic modals.", "lexicon": "t_hedge"}},
    }
    other = parse_lexicon(META.format(name="t_other", kind="loaded") + """
[categories.idiom]
description = "Other idioms."
[[entries]]
term = "moat"
category = "idiom"
""", path="t_other.toml")
    # two lexicons of one kind share a category name: the first wins
    cats = compile_lexicons([loaded, other]).categories()["loaded"]
    assert cats["idiom"] == {"description": "Idioms.", "lexicon": "t_loaded"}
    cats = compile_lexicons([other, loaded]).categories()["loaded"]
    assert cats["idiom"] == {"description": "Other idioms.", "lexicon": "t_other"}


def test_term_weights_alone_keep_the_other_entries(loaded: Lexicon, hedge: Lexicon) -> None:
    from framing.lexicon.matcher import apply_weights

    (out,) = apply_weights([loaded], {"t_loaded:Betrayal": 3.0})  # terms match in any case
    assert [(e.term, e.weight) for e in out.entries] == [
        ("kill", 1.0), ("gut", 1.0), ("betrayal", 3.0), ("caught red-handed", 1.0),
        ("red-handed", 1.0), ("slap in the face", 1.5)]
    # the weighted lexicon's digest is that of its new entries, not of the file
    assert out.content_digest() != loaded.content_digest()
    assert out.content_digest() == loaded.with_entries(out.entries).content_digest()
    # 0 disables a term; a lexicon without overrides is passed on as it came
    zero, untouched = apply_weights([loaded, hedge], {"t_loaded:gut": 0})
    assert [e.weight for e in zero.entries if e.term == "gut"] == [0.0]
    assert untouched is hedge and untouched.content_digest() == hedge.content_digest()
    (half,) = apply_weights([loaded], {"t_loaded": 0.5})
    assert [e.weight for e in half.entries] == [0.5, 0.5, 1.0, 0.5, 0.5, 0.75]
    (betrayal,) = run(compile_lexicons([loaded], weights={"t_loaded:betrayal": 3.0}),
                      "It was a betrayal.")
    assert betrayal.weight == 3.0


@pytest.mark.parametrize("value", [-1, -0.5, float("inf"), float("nan"), True, "2"])
def test_bad_weights_are_named(loaded: Lexicon, value: object) -> None:
    from framing.lexicon.matcher import apply_weights

    with pytest.raises(LexiconError) as err:
        apply_weights([loaded], {"t_loaded": value})  # type: ignore[dict-item]
    assert str(err.value) == f"weight override 't_loaded' = {value!r}: use a number >= 0"


def test_a_weight_for_no_lexicon_lists_the_active_ones(loaded: Lexicon, hedge: Lexicon) -> None:
    from framing.lexicon.matcher import apply_weights

    with pytest.raises(LexiconError) as err:
        apply_weights([hedge, loaded], {"t_lodaed": 2.0})
    assert str(err.value) == ("weight override 't_lodaed' names no active lexicon; active: "
                              "t_hedge, t_loaded")
    with pytest.raises(LexiconError) as err:
        apply_weights([], {"t_loaded": 2.0})
    assert str(err.value).endswith("active: (none)")


def test_the_matcher_cache_keeps_the_last_eight(loaded: Lexicon) -> None:
    made = [compile_lexicons([loaded], weights={"t_loaded": 1.0 + i / 100}) for i in range(9)]
    # the ninth configuration pushed out the first; the second to ninth are still cached
    assert compile_lexicons([loaded], weights={"t_loaded": 1.08}) is made[8]
    assert compile_lexicons([loaded], weights={"t_loaded": 1.01}) is made[1]
    assert compile_lexicons([loaded], weights={"t_loaded": 1.00}) is not made[0]
    # compiling the first again pushes out the oldest asked for, 1.02; 1.03 stays
    assert compile_lexicons([loaded], weights={"t_loaded": 1.03}) is made[3]
    assert compile_lexicons([loaded], weights={"t_loaded": 1.02}) is not made[2]


def test_later_matches_survive_a_rejected_one(matcher: Matcher) -> None:
    # the capitalised May fails the case test; the modal after it still counts
    assert [(m.term, m.surface, m.tok_start) for m in run(
        matcher, "May 5: the model may be delayed.")] == [("may", "may", 5)]
    # an idiom inside a longer one is dropped; the idiom after both still counts
    ms = run(matcher, "Meta got caught red-handed, a slap in the face for users.")
    assert [(m.lexicon, m.term, m.tok_start, m.tok_end) for m in ms] == [
        ("t_loaded", "caught red-handed", 2, 4), ("t_hedge", "red-handed", 3, 4),
        ("t_loaded", "slap in the face", 6, 10)]
    kept = matcher.match(parse_text("Meta got caught red-handed, a slap in the face for users."),
                         resolve_overlaps=False)
    assert [(m.lexicon, m.term, m.tok_start, m.tok_end) for m in kept] == [
        ("t_loaded", "caught red-handed", 2, 4), ("t_hedge", "red-handed", 3, 4),
        ("t_loaded", "red-handed", 3, 4), ("t_loaded", "slap in the face", 6, 10)]


def test_a_match_on_the_first_token(matcher: Matcher) -> None:
    (m,) = run(matcher, "Betrayal, critics said.")
    assert (m.term, m.start, m.end, m.tok_start, m.tok_end, m.negated) == (
        "betrayal", 0, 8, 0, 1, False)


@pytest.fixture(scope="module")
def builtin_loaded() -> Matcher:
    from framing.lexicon import get_lexicon

    return compile_lexicons([get_lexicon("loaded")])


@pytest.mark.parametrize(("text", "expected"), [
    # reports of deaths are excluded ("killed in", "killed #cap"), figurative uses are not
    ("Killed in the raid were four soldiers.", []),  # the exclusion starts on token 0
    ("The raid ended at dawn. Killed in it were four soldiers.", []),  # at a sentence start
    ("The strike killed Hassan Nasrallah, and the senator killed the bill.", [("killed", 9)]),
    ("The senator killed the bill on Friday.", [("killed", 2)]),
    ("Dozens were killed in the fighting, and the new rules killed the ceasefire talks.",
     [("killed", 11)]),
    ("12 people were killed", []),  # the exclusion ends on the last token
    ("Budget cuts killed", [("killed", 2)]),  # an exclusion would run past the end
])
def test_exclusions_at_the_edges(builtin_loaded: Matcher, text: str,
                                 expected: list[tuple[str, int]]) -> None:
    got = [(m.surface, m.tok_start) for m in run(builtin_loaded, text) if m.term == "kill"]
    assert got == expected


def test_a_required_context_at_the_end_of_the_text(builtin_loaded: Matcher) -> None:
    # "trash" as an attack verb needs a token after it ("trashed *"); as derision it does not
    def cats(text: str) -> list[str]:
        return [m.category for m in run(builtin_loaded, text) if m.term == "trash"]

    assert cats("Critics trashed the plan.") == ["attack_verb", "derision"]
    assert cats("The plan was trashed.") == ["attack_verb", "derision"]
    assert cats("The plan was trashed") == ["derision"]


CASED = META.format(name="t_cased", kind="loaded").replace(
    'kind = "loaded"', 'format = 2\nkind = "loaded"') + """
[categories.names]
description = "Names written with capitals."

[[entries]]
term = "May"
category = "names"
case_sensitive = true

[[entries]]
term = "Brexiteer"
category = "names"
case_sensitive = true
forms = ["Brexiteers"]

[[entries]]
term = "Fed"
category = "names"
case_sensitive = true
forms = ["Federal Reserve"]

[[entries]]
term = "Federal Reserve"
category = "names"
weight = 2.0
"""


@pytest.fixture(scope="module")
def cased() -> Matcher:
    return compile_lexicons([parse_lexicon(CASED, path="t_cased.toml")])


@pytest.mark.parametrize(("text", "expected"), [
    # an exact entry: the same letters, a possessive 's (straight or curly) aside
    ("Theresa May said no.", [("May", "May", 1.0)]),
    ("Theresa May's deal failed.", [("May", "May's", 1.0)]),
    ("Theresa May’s deal failed.", [("May", "May’s", 1.0)]),
    ("The deal may fail.", []),
    # an entry with word forms: any form in the term's case pattern (title), not lower or upper
    ("Two Brexiteers resigned.", [("Brexiteer", "Brexiteers", 1.0)]),
    ("Two brexiteers resigned.", []),
    ("TWO BREXITEERS RESIGNED.", []),
    # a form of another length: its first word in the term's case pattern; the same
    # span in one category once, with the heavier entry, and the later match still counts
    ("The Federal Reserve met, and May spoke.",
     [("Federal Reserve", "Federal Reserve", 2.0), ("May", "May", 1.0)]),
    ("Voters were fed up.", []),
])
def test_case_sensitive_forms(cased: Matcher, text: str,
                              expected: list[tuple[str, str, float]]) -> None:
    assert [(m.term, m.surface, m.weight) for m in run(cased, text)] == expected


@pytest.mark.parametrize(("text", "negated"), [
    ("Not one of them gutted the agency.", False),  # four tokens back: outside the window
    ("Not one of us gutted the agency.", False),
    ("None of them gutted the agency.", True),  # three tokens back: inside
    ("Betrayal, whether they like it or not.", False),  # a negator after the match
])
def test_negation_window_edges(matcher: Matcher, text: str, negated: bool) -> None:
    (m,) = run(matcher, text)
    assert m.negated is negated


def test_exact_and_stemmed_matches_at_both_ends_of_a_text(matcher: Matcher) -> None:
    # an exact phrase on the first token; a stemmed entry on the last, with no full stop
    assert [(m.term, m.start) for m in run(matcher, "It remains to be seen whether it works.")
            ] == [("it remains to be seen", 0)]
    assert [(m.term, m.surface) for m in run(matcher, "Critics call it a betrayal")] == [
        ("betrayal", "betrayal")]


def test_a_matcher_without_entries_finds_nothing() -> None:
    assert compile_lexicons([]).match(parse_text("It was a betrayal.")) == []
