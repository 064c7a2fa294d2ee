"""Word tokens with character offsets, and the sentence splitter (NLTK Punkt, offline).

Punkt is used with parameters we ship (an abbreviation list) instead of the
downloadable ``punkt_tab`` model, so nothing is ever fetched at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .._nltk import load as _load_nltk

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: A token: a run of word characters with internal hyphens, apostrophes or
#: decimal points kept ("red-handed", "don't", "GPT-5.4", "14.3"), or one
#: non-space punctuation character.
TOKEN_RE = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")
_HAS_ALPHA = re.compile(r"[^\W\d_]")
_IS_NUM = re.compile(r"^\d[\d.,]*$")

#: Abbreviations that end with a period but not a sentence (lowercase, no final dot).
ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "supt",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "bros",
        "dept",
        "univ",
        "assn",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "approx",
        "est",
        "no",
        "nos",
        "vol",
        "fig",
        "p.m",
        "a.m",
        "ph.d",
        "m.d",
        "b.a",
        "m.a",
        "d.c",
    ]
)


@lru_cache(maxsize=1)
def sentence_splitter() -> PunktSentenceTokenizer:
    """Return the shared Punkt splitter (built once per process).

    NLTK's Punkt module is loaded without ``import nltk`` (see :mod:`framing._nltk`).
    """
    punkt = _load_nltk("nltk.tokenize.punkt")
    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    splitter: PunktSentenceTokenizer = punkt.PunktSentenceTokenizer(params)
    return splitter


#: The longest sentence: a longer run without sentence punctuation (a scraped list, a
#: record of one 200,000-character line) is cut into pieces of at most this many
#: characters, at the last space before the limit. Evidence quotes its sentence, so an
#: unbounded sentence made memory and output grow with the square of its length.
MAX_SENTENCE_CHARS = 2000


def _bounded(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """``(s, e)`` cut into pieces of at most :data:`MAX_SENTENCE_CHARS` characters."""
    while e - s > MAX_SENTENCE_CHARS:
        limit = s + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", s + MAX_SENTENCE_CHARS // 2, limit),
                  text.rfind("\t", s + MAX_SENTENCE_CHARS // 2, limit))
        if cut <= s:  # no space in the second half: cut inside the run
            cut = limit
        piece_end = cut
        while piece_end > s and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > s:
            yield s, piece_end
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if s < e:
        yield s, e


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences; offsets refer to ``text``.

    A sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into bounded pieces.

    Examples
    --------
    >>> split_sentences("Dr. Wang spoke. Meta listened.")
    [(0, 15), (16, 30)]
    >>> [e - s for s, e in split_sentences("word " * 1000)]
    [1999, 1999, 999]
    """
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    spans: list[tuple[int, int]] = []
    for s, e in sentence_splitter().span_tokenize(chunk):
        piece = chunk[s:e]
        # Punkt keeps a closing quote after the period with the sentence; fine.
        if piece.strip():
            spans.extend(_bounded(text, start + s, start + e))
    return spans


def tokenize(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the tokens of ``text``.

    Examples
    --------
    >>> t = "Meta got caught red-handed."
    >>> [t[s:e] for s, e in tokenize(t)]
    ['Meta', 'got', 'caught', 'red-handed', '.']
    """
    return [m.span() for m in TOKEN_RE.finditer(text)]


def is_word(token: str) -> bool:
    """True when the token contains a letter."""
    return token.isalpha() or _HAS_ALPHA.search(token) is not None


def is_number(token: str) -> bool:
    """True for a numeric token such as ``27``, ``14.3`` or ``1,000``."""
    return _IS_NUM.match(token) is not None
