"""Remove site boilerplate from scraped article text, line by line, and say what went.

:func:`clean_text` keeps the headline apart (``title``) and returns the body as
paragraphs separated by one blank line (``"\\n\\n"``); every kept paragraph is
the source line with its surrounding whitespace stripped (and a leading bullet
normalised to ``"• "``), otherwise byte-identical, so evidence quoted from the
body can be found in the source file. Every removed line is kept as a
:class:`~framing.types.Removal` with its 1-based line number and a reason:

==================  ==========================================================
reason              what it is
==================  ==========================================================
marker              "top of page", "back to top", "skip to content"
navigation          "← AI News", "Related Stories", "Original source" prefix
promo               promotional lines and blocks, house ads addressed to you
byline              "2026-04-13 by AICC", "By Jane Doe"
dateline            a date line: "April 8, 2026", "Updated 3 March 2025"
tags                tag runs ("Featuredmetaopen-sourcellama"), tag lines under
                    a byline
table               flattened table rows whose cells ran together
duplicate-headline  the headline printed again
repeated            a paragraph repeated verbatim
==================  ==========================================================

The rules are heuristics about the *shape* of boilerplate (markers, phrases
such as "no credit card" or "Save 20%", words glued without spaces, short
non-sentences around a byline or after the last paragraph), not lists of
known lines; they are built to leave ordinary news paragraphs, headings,
quotes and short list items alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..types import Removal
from .rules import (
    BULLET_RE,
    LIST_RE,
    LONG_WORDS,
    TABLE_NEIGHBOUR_SCORE,
    byline_of,
    is_pitch,
    is_sentence,
    line_rule,
    norm,
    parse_date,
    table_score,
)


@dataclass(frozen=True)
class CleanResult:
    """The outcome of :func:`clean_text`.

    Attributes
    ----------
    title : str
        The headline (the given title, or the first line left after cleaning).
    body : str
        Kept paragraphs without the headline, separated by ``"\\n\\n"``.
    removed : tuple of Removal
        Every removed line (or line prefix), in line order.
    published : str or None
        ``YYYY-MM-DD`` from a removed byline or date line, if any.
    byline : str or None
        The name after "by" in a removed byline (an author or outlet hint).
    """

    title: str
    body: str
    removed: tuple[Removal, ...]
    published: str | None = None
    byline: str | None = None



class _Lines:
    """Working state: stripped lines and the reason each was removed (None = kept)."""

    def __init__(self, raw: str) -> None:
        self.text = [line.strip() for line in raw.split("\n")]
        self.reason: list[str | None] = [None] * len(self.text)
        self.prefix: list[int] = [0] * len(self.text)

    def kept(self) -> list[int]:
        return [i for i, t in enumerate(self.text) if t and self.reason[i] is None]

    def content(self, i: int) -> str:
        return self.text[i][self.prefix[i]:].lstrip()


def _propagate_tables(lines: _Lines) -> None:
    changed = True
    while changed:
        changed = False
        for i, text in enumerate(lines.text):
            if not text or lines.reason[i] is not None or is_sentence(text):
                continue
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(lines.text)]
            if any(lines.reason[j] == "table" for j in neighbours) and (
                table_score(text) >= TABLE_NEIGHBOUR_SCORE
            ):
                lines.reason[i] = "table"
                changed = True


def _promo_tail(lines: _Lines) -> None:
    """Remove the short lines after the last paragraph when a promo line is among them."""
    last = -1
    for i, text in enumerate(lines.text):
        if not text or lines.reason[i] is not None:
            continue
        if len(text.split()) >= LONG_WORDS or text.endswith((":", "?")):
            last = i
    tail = [i for i in range(last + 1, len(lines.text)) if lines.text[i]]
    if not any(lines.reason[i] == "promo" for i in tail):
        return
    for i in tail:
        if lines.reason[i] is None and not LIST_RE.match(lines.text[i]):
            lines.reason[i] = "promo"


def _first_long(lines: _Lines, start: int) -> int:
    for i in range(start, len(lines.text)):
        if lines.reason[i] is None and len(lines.text[i].split()) >= LONG_WORDS:
            return i
    return len(lines.text)


def _tags_after_byline(lines: _Lines, title_index: int) -> None:
    """Short labels right under a byline or date line (before the first paragraph) are tags."""
    stop = _first_long(lines, title_index + 1)
    previous: str | None = None
    for i in range(title_index + 1, stop):
        text = lines.text[i]
        if not text:
            continue
        if (lines.reason[i] is None and previous in ("byline", "dateline")
                and len(text.split()) <= 6 and not is_sentence(text)):
            lines.reason[i] = "tags"
        previous = lines.reason[i] or "kept"


def _repeats(lines: _Lines, title_index: int, title: str) -> None:
    seen: set[str] = set()
    norm_title = norm(title)
    for i in lines.kept():
        if i == title_index:
            continue
        key = norm(lines.content(i))
        if key == norm_title:
            lines.reason[i] = "duplicate-headline"
        elif len(key.split()) >= 8 and key in seen:
            lines.reason[i] = "repeated"
        seen.add(key)


def _paragraph(text: str) -> str:
    return BULLET_RE.sub("• ", text) if BULLET_RE.match(text) else text


def clean_text(raw: str, *, title: str | None = None, first_line: int = 1) -> CleanResult:
    """Split a scraped article into headline and body, removing site boilerplate.

    Parameters
    ----------
    raw : str
        The article as read (newlines already ``\\n``).
    title : str, optional
        A known headline (from a manifest or front matter). When the first kept
        line equals it, that line is not repeated in the body; otherwise the
        first kept line is taken as the headline.
    first_line : int
        Line number of ``raw``'s first line in its file (after front matter).

    Returns
    -------
    CleanResult

    Examples
    --------
    >>> r = clean_text("top of page\\nBig Vote Today\\nThe council voted.\\nbottom of page")
    >>> r.title, r.body
    ('Big Vote Today', 'The council voted.')
    >>> [(x.line, x.reason) for x in r.removed]
    [(1, 'marker'), (4, 'marker')]
    """
    lines = _Lines(raw)
    for i, text in enumerate(lines.text):
        if text:
            lines.reason[i], lines.prefix[i] = line_rule(text)
            if lines.prefix[i]:
                lines.reason[i] = None  # the line stays; only its prefix goes
    _propagate_tables(lines)
    for i in lines.kept():
        if len(lines.text[i].split()) >= LONG_WORDS and is_pitch(lines.text[i]):
            lines.reason[i] = "promo"
    _promo_tail(lines)

    kept = lines.kept()
    title_index = -1
    if kept and (title is None or norm(lines.content(kept[0])) == norm(title)):
        title_index = kept[0]
        title = title if title is not None else lines.content(title_index)
    title = title or ""
    if title_index >= 0:
        _tags_after_byline(lines, title_index)
    if title:
        _repeats(lines, title_index, title)

    removed: list[Removal] = []
    published: str | None = None
    byline: str | None = None
    for i, text in enumerate(lines.text):
        reason = lines.reason[i]
        if lines.prefix[i]:
            removed.append(Removal(first_line + i, text[: lines.prefix[i]].strip(), "navigation"))
        if reason is None:
            continue
        removed.append(Removal(first_line + i, text, reason))
        if reason == "byline":
            found = byline_of(text)
            if found is not None:
                byline = byline or found[0]
                published = published or found[1]
        elif reason in ("dateline", "tags"):
            published = published or parse_date(text)
    body = "\n\n".join(_paragraph(lines.content(i)) for i in lines.kept() if i != title_index)
    return CleanResult(title, body, tuple(removed), published, byline)


def split_raw(raw: str, *, title: str | None = None) -> CleanResult:
    """No cleaning: the headline is the first non-empty line, the body the rest as it is.

    With a given ``title`` the first line is only dropped when it equals it.

    Examples
    --------
    >>> split_raw("\\ntop of page\\nHeadline\\n\\nBody.").title
    'top of page'
    """
    lines = raw.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return CleanResult(title or "", "", ())
    head = lines[first].strip()
    if title is None or norm(head) == norm(title):
        return CleanResult(title or head, "\n".join(lines[first + 1:]).strip("\n"), ())
    return CleanResult(title, raw.strip("\n"), ())


__all__ = ["CleanResult", "clean_text", "parse_date", "split_raw", "table_score"]
