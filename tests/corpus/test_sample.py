"""The sample corpus reads as five clean articles; every boilerplate line is named here."""

from __future__ import annotations

import re

import pytest

from conftest import SHARED, need_shared
from corpus_fixtures import SAMPLE, SAMPLE_BOILERPLATE, SAMPLE_TITLES
from framing.corpus import clean_text, load_corpus
from framing.types import Article


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    corpus = load_corpus(SAMPLE)
    return {a.source.rsplit("/", 1)[-1]: a for a in corpus}


def test_sample_reads_as_five_articles_of_five_outlets_one_event() -> None:
    corpus = load_corpus(SAMPLE)
    assert len(corpus) == 5
    assert corpus.name == "muse-spark"
    assert corpus.outlets == ["AI News (guides site)", "AICC", "Explainer site",
                              "Panel analysis site", "remio"]
    assert corpus.events == ["muse-spark"]
    assert corpus.summary() == "5 analysed, 0 skipped, 0 duplicates"
    frame = corpus.inputs_frame()
    assert list(frame.columns) == ["source", "id", "outlet", "status", "reason", "duplicate_of",
                                   "event", "file", "line"]
    assert set(frame["status"]) == {"analysed"}
    assert frame["id"].is_unique
    assert all(a.language == "en" and not a.warnings for a in corpus)


def test_sample_files_are_the_shared_originals() -> None:
    shared = need_shared(SHARED / "corpus" / "muse-spark", "the shared sample corpus")
    for name in SAMPLE_TITLES:
        assert (SAMPLE / name).read_bytes() == (shared / name).read_bytes()


def test_metadata_from_manifest_and_text(articles: dict[str, Article]) -> None:
    assert articles["000_0c28bc0b96d17de6.txt"].published == "2026-04-08"
    assert articles["001_527def5b500aae0d.txt"].published == "2026-04-13"
    assert articles["002_9adc690a433f877f.txt"].published is None
    for name, title in SAMPLE_TITLES.items():
        assert articles[name].title == title
        assert not articles[name].text.startswith(title)


@pytest.mark.parametrize("name", sorted(SAMPLE_BOILERPLATE))
def test_every_boilerplate_line_is_removed_and_recorded(
    name: str, articles: dict[str, Article]
) -> None:
    art = articles[name]
    paragraphs = art.text.split("\n\n")
    recorded = {(r.text, r.reason) for r in art.removed}
    raw_lines = (SAMPLE / name).read_text(encoding="utf-8").split("\n")
    for text, reason in SAMPLE_BOILERPLATE[name]:
        assert (text, reason) in recorded, f"{text!r} not recorded as {reason}"
        assert not any(p.startswith(text) for p in paragraphs), f"{text!r} still in the body"
        line = next(r.line for r in art.removed if r.text == text)
        assert text in raw_lines[line - 1], f"{text!r} recorded with the wrong line {line}"
    assert len(art.removed) == len(SAMPLE_BOILERPLATE[name]), "something else was removed"


def _expected_paragraphs(name: str) -> list[str]:
    """The raw file minus the named boilerplate and the headline, line by line."""
    boiler = [text for text, _ in SAMPLE_BOILERPLATE[name]]
    title = SAMPLE_TITLES[name]
    out: list[str] = []
    seen_title = False
    for line in (SAMPLE / name).read_text(encoding="utf-8").split("\n"):
        text = line.strip()
        if not text:
            continue
        if text == title and not seen_title:
            seen_title = True
            continue
        if text in boiler:
            continue
        for prefix in boiler:
            if text.startswith(prefix):
                text = text[len(prefix):]
        out.append(re.sub(r"^•\s*", "• ", text))
    return out


@pytest.mark.parametrize("name", sorted(SAMPLE_TITLES))
def test_every_body_paragraph_is_kept_verbatim(name: str, articles: dict[str, Article]) -> None:
    assert articles[name].text.split("\n\n") == _expected_paragraphs(name)


@pytest.mark.parametrize(("name", "first_words"), [
    ("000_0c28bc0b96d17de6.txt", ["On April 8, 2026, Meta quietly", "What happened?",
                                  "Developers", "Open-source community", "AI researchers"]),
    ("001_527def5b500aae0d.txt", ["The open-source AI movement", "• Gemini 3.1 Pro: 20.6",
                                  "Meta's stock price increased more than 9%"]),
    ("002_9adc690a433f877f.txt", ["Meta's Muse Spark, the first model", "For three years, Meta",
                                  "Panel Takes", "The Builder", "Developer Perspective"]),
    ("003_2d2451d633ec01fe.txt", ["Meta launches Muse Spark, its first proprietary",
                                  "$14.3 billion.", "Capabilities", "• Open source ❌",
                                  "Meta stock jumped 6.5%", "FAQ"]),
    ("004_416d7c02cae64a78.txt", ["In July 2024, Mark Zuckerberg", "What Happened",
                                  "Alexandr Wang, 29", "Frequently Asked Questions",
                                  "It currently doesn't"]),
])
def test_named_paragraphs_survive(name: str, first_words: list[str],
                                  articles: dict[str, Article]) -> None:
    text = articles[name].text
    for words in first_words:
        assert words in text


def test_standfirst_of_002_is_the_first_body_paragraph(articles: dict[str, Article]) -> None:
    body = articles["002_9adc690a433f877f.txt"].text
    assert body.startswith("Meta's Muse Spark, the first model from Meta Superintelligence Labs")
    assert body.split("\n\n")[1].startswith("For three years, Meta's Llama models")


def test_body_paragraphs_are_quotable_from_the_source(articles: dict[str, Article]) -> None:
    for name, art in articles.items():
        raw = (SAMPLE / name).read_text(encoding="utf-8")
        for para in art.text.split("\n\n"):
            plain = para.removeprefix("• ")
            assert plain in raw, f"{name}: {plain[:60]!r} is not a substring of the source"


def test_no_clean_keeps_everything() -> None:
    corpus = load_corpus(SAMPLE, clean=False)
    for art in corpus:
        raw = (SAMPLE / art.source.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        assert art.removed == ()
        assert art.title == raw.strip().split("\n", 1)[0].strip()
        assert art.text in raw
        assert len(art.text) + len(art.title) >= len(raw.strip()) - 2
    texts = " ".join(a.title + a.text for a in corpus)
    for lines in SAMPLE_BOILERPLATE.values():
        for text, _ in lines:
            assert text in texts


def test_clean_text_on_raw_sample_reports_line_numbers() -> None:
    raw = (SAMPLE / "004_416d7c02cae64a78.txt").read_text(encoding="utf-8")
    res = clean_text(raw)
    lines = raw.split("\n")
    assert res.removed[0].line == 1 and lines[0] == "top of page"
    assert res.removed[-1].line == len(lines) and lines[-1] == "bottom of page"
