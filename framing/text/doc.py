"""The one parse of an article, shared by every extractor.

A :class:`Doc` holds paragraphs, sentences, tokens (as parallel lists, cheap to
build and to pickle) and quotation spans for one part of an article: the body or
the headline. :func:`parse_article` builds both parts once.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import itemgetter

from ..types import Article, Part, Quote, Sentence
from .quotes import find_quotes
from .tokens import TOKEN_RE, is_word, split_sentences

#: optional whitespace, then one token of TOKEN_RE
_SPACE_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")", TOKEN_RE.flags)
_second = itemgetter(1)


@lru_cache(maxsize=20_000)
def _norm(token: str) -> str:
    low = token.lower().replace("’", "'")
    if low.endswith("'s") and len(low) > 2:
        low = low[:-2]
    return low


#: small on purpose: common words stay cached, and one-off words do not hold memory
_is_word = lru_cache(maxsize=10_000)(is_word)


@dataclass
class Doc:
    """Parsed text of one part (body or headline) of an article.

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
    quotes : list of Quote
        Direct quotations and attributed (reported) speech.
    """

    text: str
    part: Part = "body"
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tok_start: list[int] = field(default_factory=list)
    tok_end: list[int] = field(default_factory=list)
    tok_lower: list[str] = field(default_factory=list)
    tok_sent: list[int] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _quote_starts: list[int] = field(default_factory=list, repr=False)
    _word_flags: list[bool] = field(default_factory=list, repr=False, compare=False)

    # -- derived views -------------------------------------------------------
    @property
    def n_tokens(self) -> int:
        return len(self.tok_start)

    def word_flags(self) -> list[bool]:
        """For each token, whether it contains a letter (computed once per Doc)."""
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

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The quotation or attributed span that contains ``[start, end)``, if any."""
        i = bisect.bisect_right(self._quote_starts, start) - 1
        while i >= 0:
            q = self.quotes[i]
            if q.start <= start and end <= q.end:
                return q
            # quotes are sorted by start and do not nest deeply; look back a little
            if self._quote_starts[i] < start - 5000:
                break
            i -= 1
        return None

    def sentence_words(self) -> list[int]:
        """Word counts per sentence."""
        counts = Counter(compress(self.tok_sent, self.word_flags()))
        return [counts[i] for i in range(len(self.sentences))]

    def attributed_sentences(self) -> set[int]:
        """Indexes of sentences that contain quoted or reported speech."""
        out: set[int] = set()
        for q in self.quotes:
            a = self.sentence_at(q.start)
            b = self.sentence_at(max(q.end - 1, q.start))
            out.update(range(a, b + 1))
        return out


def parse_text(
    text: str, part: Part = "body", *, reporting_verbs: frozenset[str] | None = None
) -> Doc:
    """Parse ``text`` into a :class:`Doc`.

    Paragraphs are the non-empty lines; sentences are found by Punkt within a
    paragraph; tokens are assigned to the sentence that contains them.

    Examples
    --------
    >>> d = parse_text('Critics called it "a betrayal." Meta shipped it.')
    >>> [s.text for s in d.sentences]
    ['Critics called it "a betrayal."', 'Meta shipped it.']
    >>> [(q.kind, d.text[q.start:q.end]) for q in d.quotes]
    [('reported', ' it "a betrayal."'), ('direct', '"a betrayal."')]
    """
    doc = Doc(text=text, part=part)
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
                    index=len(doc.sentences), start=ss, end=se, paragraph=p_index, text=text[ss:se]
                )
            )
    doc._sent_starts = starts = [s.start for s in doc.sentences]
    # the tokens of tokenize(text): every non-space character starts a token, so the text
    # is (spaces, token) pairs and the offsets are running sums of their lengths
    pairs = _SPACE_TOKEN_RE.findall(text)
    offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=0))
    doc.tok_start = tok_start = offsets[1::2]
    doc.tok_end = offsets[2::2]
    doc.tok_lower = list(map(_norm, map(_second, pairs)))
    # the sentence of each token (sentence_at): sentence k holds the tokens from the
    # first one at or after its start up to the next sentence's first token
    first = [0] + [bisect.bisect_left(tok_start, st) for st in starts[1:]] + [len(tok_start)]
    tok_sent: list[int] = []
    for k in range(len(first) - 1):
        tok_sent += [k] * (first[k + 1] - first[k])
    doc.tok_sent = tok_sent
    doc.quotes = find_quotes(doc, reporting_verbs=reporting_verbs)
    doc._quote_starts = [q.start for q in doc.quotes]
    return doc


@dataclass
class ParsedArticle:
    """An article with its headline and body parsed once."""

    article: Article
    body: Doc
    headline: Doc

    def part(self, name: Part) -> Doc:
        return self.headline if name == "headline" else self.body


def parse_article(
    article: Article, *, reporting_verbs: frozenset[str] | None = None
) -> ParsedArticle:
    """Parse an article's headline and body."""
    return ParsedArticle(
        article=article,
        body=parse_text(article.text, "body", reporting_verbs=reporting_verbs),
        headline=parse_text(article.title, "headline", reporting_verbs=reporting_verbs),
    )
