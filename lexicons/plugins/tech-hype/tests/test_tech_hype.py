"""The tech_hype lexicon is valid, passes its own examples, and is found as a plugin."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, distribution
from importlib.resources import files

import pytest

from framing.lexicon import available_lexicons, check_lexicon, load_lexicon_file
from framing.lexicon.entries import Lexicon
from framing.text.doc import parse_text


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon_file(files("framing_lexicon_tech_hype") / "tech_hype.toml",
                             package="framing-lexicon-tech-hype")


def test_passes_its_examples(lexicon: Lexicon) -> None:
    report = check_lexicon(lexicon)
    assert report.ok, "\n".join(report.problems)
    assert report.checked["examples"] >= 10 and report.checked["counterexamples"] >= 5


def test_metadata(lexicon: Lexicon) -> None:
    assert (lexicon.name, lexicon.kind) == ("tech_hype", "loaded")
    assert lexicon.license and lexicon.provenance
    assert set(lexicon.categories) == {
        "hype", "benchmark_spin", "benchmark_gaming", "euphemism", "vaporware"
    }
    assert 60 <= lexicon.n_entries <= 150


def test_matches_launch_copy(lexicon: Lexicon) -> None:
    from framing.lexicon import compile_lexicons

    doc = parse_text("Meta's state-of-the-art model will supercharge the Meta AI app, and an "
                     "API is coming soon. Critics suspect bench-maxxing.")
    got = {m.term for m in compile_lexicons([lexicon]).match(doc)}
    assert got == {"state-of-the-art", "supercharge", "coming soon", "bench-maxxing"}


def test_registered_when_installed() -> None:
    try:
        distribution("framing-lexicon-tech-hype")
    except PackageNotFoundError:
        pytest.skip("framing-lexicon-tech-hype is not installed")
    infos = {i.name: i for i in available_lexicons()}
    assert infos["tech_hype"].package == "framing-lexicon-tech-hype"
