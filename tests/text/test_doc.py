"""The one parse per article: sentences, tokens and quotations on real sample text."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SAMPLE
from framing.text.doc import parse_text
from framing.text.tokens import split_sentences, tokenize


def raw(name: str) -> str:
    path = next(SAMPLE.glob(f"{name}_*.txt"))
    return path.read_text(encoding="utf-8")


def test_panel_takes_are_one_quotation_each() -> None:
    # 002 ends with a "Panel Takes" section: three opinions, each a paragraph in curly
    # quotes that runs over several sentences. Each must be exactly one quotation,
    # spoken by the label printed above it.
    doc = parse_text(raw("002"))
    direct = [q for q in doc.quotes if q.kind == "direct" and doc.text[q.start] == "“"]
    assert [q.speaker for q in direct] == ["The Builder", "The Skeptic", "The Futurist"]
    for q in direct:
        text = doc.text[q.start : q.end]
        assert text.startswith("“") and text.endswith("”")
        assert q.closed
        # the whole paragraph, several sentences long
        first, last = doc.sentence_at(q.start), doc.sentence_at(q.end - 1)
        assert last - first >= 2
    assert (
        "Burning it for a proprietary play is a huge bet."
        in doc.text[direct[0].start : direct[0].end]
    )


def test_quote_with_reporting_verb_names_speaker() -> None:
    doc = parse_text(raw("002"))
    q = next(
        q for q in doc.quotes if q.kind == "direct" and "hopes to" in doc.text[q.start : q.end]
    )
    assert doc.text[q.start : q.end] == '"hopes to open-source future versions,"'
    assert (q.speaker, q.verb) == ("Meta", "said")


def test_betrayal_in_002_is_reported_speech_of_advocates() -> None:
    doc = parse_text(raw("002"))
    i = doc.text.index("betrayal")
    q = doc.quote_at(i, i + len("betrayal"))
    assert q is not None and q.kind == "reported"
    assert q.speaker == "Open-source AI advocates" and q.verb == "called"


def test_speaker_after_quote_and_as_x_put_it() -> None:
    doc = parse_text(raw("003"))
    i = doc.text.index("widely panned as a dud")
    q = doc.quote_at(i, i + 5)
    assert q is not None and q.kind == "direct" and q.speaker == "Fortune"
    j = doc.text.index("Over the past nine months")
    q2 = doc.quote_at(j, j + 5)
    assert q2 is not None and q2.speaker == "Meta" and q2.verb == "stated"


def test_sentences_on_real_paragraph() -> None:
    text = (
        "On April 8, 2026, Meta debuted Muse Spark — the first model from Meta "
        "Superintelligence Labs, led by former Scale AI CEO Alexandr Wang. The model is "
        "proprietary. There are no downloadable weights. There is no public API yet."
    )
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "On April 8, 2026, Meta debuted Muse Spark — the first model from Meta "
        "Superintelligence Labs, led by former Scale AI CEO Alexandr Wang.",
        "The model is proprietary.",
        "There are no downloadable weights.",
        "There is no public API yet.",
    ]


def test_abbreviations_do_not_split() -> None:
    text = "Dr. Wang met Mr. Zuckerberg in the U.S. on Monday. They spoke."
    assert len(split_sentences(text)) == 2


def test_unbalanced_quote_runs_to_paragraph_end() -> None:
    doc = parse_text('He said "this never closes. Next sentence.\nNew paragraph here.')
    q = next(q for q in doc.quotes if q.kind == "direct")
    assert not q.closed
    assert doc.text[q.start : q.end] == '"this never closes. Next sentence.'


def test_stray_closing_quote_is_ignored() -> None:
    doc = parse_text("Nothing opens here” at all.")
    assert [q for q in doc.quotes if q.kind == "direct"] == []


def test_tokens_keep_hyphens_and_offsets() -> None:
    text = "Meta got caught red-handed bench-maxxing; stock rose 6.5%."
    toks = [text[s:e] for s, e in tokenize(text)]
    assert "red-handed" in toks and "bench-maxxing" in toks and "6.5" in toks


def test_doc_pickles() -> None:
    doc = parse_text(raw("004"))
    again = pickle.loads(pickle.dumps(doc))
    assert again.sentences == doc.sentences and again.quotes == doc.quotes


@given(st.text(max_size=300))
def test_any_text_parses(text: str) -> None:
    doc = parse_text(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(text)
    assert len(doc.tok_sent) == len(doc.tok_start)


@pytest.mark.parametrize("text", ['"', '""', "“", "”“", '" a " b " c', "\n\n\n", "?!?"])
def test_degenerate_quotes(text: str) -> None:
    """Unpaired or empty quote marks: the parse covers the text and every quote lies in it."""
    doc = parse_text(text)
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert q.end - q.start >= 2  # a quote spans at least its opening and closing mark
    if text in ('"', "“", "\n\n\n", "?!?"):  # one mark, or none: nothing is quoted
        assert doc.quotes == []
