"""How any text is cut: paragraphs, sentences (NLTK Punkt, offline) and word tokens.

The one cut shared by articles (:func:`framing.text.doc.parse_text` adds quotations
to it) and by lexicons (terms are tokenised and matched on it), so that a term
matches exactly the token sequences it looks like. :class:`Tokens` is what the
lexicon matcher reads: character offsets, lowered forms and the sentence of each
token.

Punkt is used with parameters we ship (an abbreviation list) instead of the
downloadable ``punkt_tab`` model, so nothing is ever fetched at run time.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import Sentence
from .punkt import load as _load_nltk

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

    NLTK's Punkt module is loaded without ``import nltk`` (see :mod:`framing.text.punkt`).
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


@lru_cache(maxsize=20_000)
def norm_token(token: str) -> str:
    """A token's lowered form: lowercase, typographic apostrophe folded, possessive
    ``'s`` removed (the form the lexicon matcher compares).

    Examples
    --------
    >>> norm_token("Meta’s")
    'meta'
    """
    low = token.lower().replace("’", "'")
    if low.endswith("'s") and len(low) > 2:
        low = low[:-2]
    return low


#: small on purpose: common words stay cached, and one-off words do not hold memory
_is_word = lru_cache(maxsize=10_000)(is_word)
#: optional whitespace, then one token of TOKEN_RE
_SPACE_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")", TOKEN_RE.flags)
_second = itemgetter(1)
_T = TypeVar("_T", bound="Tokens")


@dataclass
class Tokens:
    """A text cut into paragraphs, sentences and tokens (parallel lists, cheap to
    build and to pickle).

    Attributes
    ----------
    text : str
        The text the offsets index into.
    paragraphs : list of (start, end)
    sentences : list of Sentence
    tok_start, tok_end : list of int
        Character offsets of each token.
    tok_lower : list of str
        Lowercased token with a possessive ``'s`` removed (the matcher's key).
    tok_sent : list of int
        Sentence index of each token.
    """

    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tok_start: list[int] = field(default_factory=list)
    tok_end: list[int] = field(default_factory=list)
    tok_lower: list[str] = field(default_factory=list)
    tok_sent: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _word_flags: list[bool] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def from_text(cls: type[_T], text: str, **fields: Any) -> _T:
        """Cut ``text``: paragraphs are the non-empty lines; sentences are found by
        Punkt within a paragraph; tokens are assigned to the sentence that contains
        them. ``fields`` are passed to the constructor (a subclass's own fields).

        Examples
        --------
        >>> t = Tokens.from_text("Dr. Wang spoke. Meta’s team listened.")
        >>> [s.text for s in t.sentences], t.tok_lower[5:7], t.tok_sent[5:7]
        (['Dr. Wang spoke.', 'Meta’s team listened.'], ['meta', 'team'], [1, 1])
        """
        doc = cls(text=text, **fields)
        pos = 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            stripped = line.strip()
            if not stripped:
                continue
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            doc.paragraphs.append((s + lead, e - trail))
        for p_index, (ps, pe) in enumerate(doc.paragraphs):
            for ss, se in split_sentences(text, ps, pe):
                doc.sentences.append(
                    Sentence(
                        index=len(doc.sentences), start=ss, end=se, paragraph=p_index,
                        text=text[ss:se]
                    )
                )
        doc._sent_starts = starts = [s.start for s in doc.sentences]
        # the tokens of tokenize(text): every non-space character starts a token, so the
        # text is (spaces, token) pairs and the offsets are running sums of their lengths
        pairs = _SPACE_TOKEN_RE.findall(text)
        offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=0))
        doc.tok_start = tok_start = offsets[1::2]
        doc.tok_end = offsets[2::2]
        doc.tok_lower = list(map(norm_token, map(_second, pairs)))
        # the sentence of each token (sentence_at): sentence k holds the tokens from the
        # first one at or after its start up to the next sentence's first token
        first = [0] + [bisect.bisect_left(tok_start, st) for st in starts[1:]] + [len(tok_start)]
        tok_sent: list[int] = []
        for k in range(len(first) - 1):
            tok_sent += [k] * (first[k + 1] - first[k])
        doc.tok_sent = tok_sent
        return doc

    # -- derived views -------------------------------------------------------
    @property
    def n_tokens(self) -> int:
        return len(self.tok_start)

    def word_flags(self) -> list[bool]:
        """For each token, whether it contains a letter (computed once per text)."""
        if len(self._word_flags) != len(self.tok_lower):
            self._word_flags = list(map(_is_word, self.tok_lower))
        return self._word_flags

    @property
    def n_words(self) -> int:
        """Number of tokens that contain a letter."""
        return sum(self.word_flags())

    def token_text(self, i: int) -> str:
        return self.text[self.tok_start[i] : self.tok_end[i]]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (or the nearest before it)."""
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        return max(i, 0)

    def sentence_words(self) -> list[int]:
        """Word counts per sentence."""
        counts = Counter(compress(self.tok_sent, self.word_flags()))
        return [counts[i] for i in range(len(self.sentences))]
