"""The one parse of an article, shared by every extractor.

A :class:`Doc` holds paragraphs, sentences, tokens (:class:`framing.text.tokens.Tokens`)
and quotation spans for one part of an article: the body or the headline.
:func:`parse_article` builds both parts once. Parsing runs one way: the cut into
tokens, then the quotations found on it (:mod:`framing.text.quotes`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..types import Article, Part, Quote
from .actors import ActorMention, find_actors
from .headings import blank_out, heading_spans
from .quotes import find_quotes
from .tokens import Tokens


@dataclass
class Doc(Tokens):
    """Parsed text of one part (body or headline) of an article: its
    :class:`~framing.text.tokens.Tokens` (paragraphs, sentences, tokens) and quotations.

    Attributes
    ----------
    part : str
        ``"body"`` or ``"headline"``.
    quotes : list of Quote
        Direct quotations and attributed (reported) speech, with their speakers.
    actors : list of ActorMention
        The people and organisations named, in text order (:mod:`framing.text.actors`).
    """

    part: Part = "body"
    quotes: list[Quote] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    _quote_starts: list[int] = field(default_factory=list, repr=False)

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
    """Parse ``text`` into a :class:`Doc`: cut it (:meth:`Tokens.from_text
    <framing.text.tokens.Tokens.from_text>`), then find its quotations.

    Examples
    --------
    >>> d = parse_text('Critics called it "a betrayal." Meta shipped it.')
    >>> [s.text for s in d.sentences]
    ['Critics called it "a betrayal."', 'Meta shipped it.']
    >>> [(q.kind, d.text[q.start:q.end]) for q in d.quotes]
    [('reported', ' it "a betrayal."'), ('direct', '"a betrayal."')]
    """
    doc = Doc.from_text(text, part=part)
    doc.actors = find_actors(text, [(s.start, s.end) for s in doc.sentences])
    doc.quotes = find_quotes(doc, reporting_verbs=reporting_verbs, actors=doc.actors)
    doc._quote_starts = [q.start for q in doc.quotes]
    return doc


@dataclass
class ParsedArticle:
    """An article with its headline and body parsed once.

    ``headings`` are the ``(start, end)`` of the body's heading lines (section titles,
    FAQ questions, list labels, bylines: :mod:`framing.text.headings`). They are not
    prose: the body Doc holds them as blank space (offsets unchanged), so no body
    sentence, token or score comes from them.
    """

    article: Article
    body: Doc
    headline: Doc
    headings: list[tuple[int, int]] = field(default_factory=list)

    def part(self, name: Part) -> Doc:
        return self.headline if name == "headline" else self.body


def parse_article(
    article: Article, *, reporting_verbs: frozenset[str] | None = None
) -> ParsedArticle:
    """Parse an article's headline and body; the body's headings are left out of it.

    Examples
    --------
    >>> from framing.types import Article
    >>> a = Article(id="a", outlet="o", event="e", title="T",
    ...             text="What happened?\\nMeta shipped a model.\\nWho cares?\\nDevelopers do.")
    >>> p = parse_article(a)
    >>> [s.text for s in p.body.sentences], [a.text[x:y] for x, y in p.headings]
    (['Meta shipped a model.', 'Developers do.'], ['What happened?', 'Who cares?'])
    """
    headings = heading_spans(article.text)
    body = parse_text(blank_out(article.text, headings), "body",
                      reporting_verbs=reporting_verbs)
    if headings:
        # quotations are found in the whole text: a label line names the speaker of the
        # quotation under it ("The Skeptic" / "Reality Check" / "...")
        full = parse_text(article.text, "body", reporting_verbs=reporting_verbs)
        body.quotes = [q for q in full.quotes
                       if not any(a <= q.start and q.end <= b for a, b in headings)]
        body._quote_starts = [q.start for q in body.quotes]
    return ParsedArticle(
        article=article,
        body=body,
        headline=parse_text(article.title, "headline", reporting_verbs=reporting_verbs),
        headings=headings,
    )
