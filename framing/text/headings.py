"""Headings are not prose: section titles, FAQ questions, list labels and bylines.

A scraped or converted article keeps its headings as lines of their own: *What
happened?*, *Frequently Asked Questions*, *The Builder*, *By Jane Doe*. Scored as body
sentences they speak in the outlet's voice: a question heading reads as a rhetorical
question put to the reader, a label as a sentence without a verb. They are recognised
from the text's structure alone (a line is a paragraph, as in
:meth:`framing.text.tokens.Tokens.from_text`):

* **markup**: a Markdown heading (``## Why it matters``) or an HTML heading element
  (``<h2>Why it matters</h2>``) left in the text;
* **a short line without closing punctuation between paragraphs**: at most
  :data:`MAX_HEADING_WORDS` words in one sentence, not ending with ``.``, ``!``, ``,``
  or ``;`` (a label of at most :data:`MAX_LABEL_COLON_WORDS` words may end with ``:``),
  with another paragraph after it;
* **a short question between paragraphs**: a one-sentence question of at most
  :data:`MAX_HEADING_WORDS` words followed by a paragraph that is not itself a question
  (*Who should care?* and its answer, or its first sub-heading);
* **FAQ blocks**: after a line that names a list of frequently asked questions, every
  question line (at most :data:`MAX_FAQ_WORDS` words).

A text of one paragraph has no headings (a sentence scored on its own is prose).
:func:`framing.text.doc.parse_article` leaves the headings out of the body it scores.

Examples
--------
>>> text = "What happened?\\nMeta launched a model. It is closed.\\nPanel Takes\\nA quote."
>>> [text[a:b] for a, b in heading_spans(text)]
['What happened?', 'Panel Takes']
>>> heading_spans("Who should care?")
[]
"""

from __future__ import annotations

import re

from .tokens import split_sentences

#: The longest line (in words) read as a heading from its shape alone.
MAX_HEADING_WORDS = 12
#: The longest line ending with a colon read as a label.
MAX_LABEL_COLON_WORDS = 4
#: The longest question line read as a heading inside an FAQ block.
MAX_FAQ_WORDS = 30
_MARKDOWN = re.compile(r"^#{1,6}\s+\S")
_HTML = re.compile(r"^<h[1-6]\b[^>]*>.*</h[1-6]\s*>$", re.I | re.S)
_FAQ = re.compile(r"\b(frequently asked questions|faqs?)\b", re.I)
#: what a line may end with after its last word: closing quotes, brackets, marks, emoji
_TRAILING = " \t\"'”’»)]*_✦•·→"
#: a list number or bullet that opens a line (1. / 2) / a. / •)
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z])[.)]\s+|^\s*[•\-–*]\s+")


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of ``text`` as ``(start, end)``, surrounding spaces left out."""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            out.append((s + len(line) - len(line.lstrip()), e - (len(line) - len(line.rstrip()))))
    return out


def _words(line: str) -> int:
    return len(line.split())


def _one_sentence(line: str) -> bool:
    """The line is one sentence (a list number that opens it is not a sentence)."""
    return len(split_sentences(_ENUMERATOR.sub("", line))) <= 1


def _is_question(line: str) -> bool:
    """One sentence ending with a question mark."""
    return line.rstrip(_TRAILING).endswith("?") and _one_sentence(line)


def _is_label(line: str) -> bool:
    """A short line that does not end a sentence (a title, a label, a byline); one that
    ends with a colon is a label only when it is very short (*Key takeaways:*), not a
    sentence that opens a list (*The model offers three modes:*)."""
    core = line.rstrip(_TRAILING)
    if not core or core[-1] in ".!?,;…" or _words(line) > MAX_HEADING_WORDS:
        return False
    if not _one_sentence(line):
        return False
    return core[-1] != ":" or _words(line) <= MAX_LABEL_COLON_WORDS


def heading_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every heading line of ``text`` (see the module docstring)."""
    lines = _lines(text)
    if len(lines) < 2:
        return []
    content = [text[a:b] for a, b in lines]
    heading = [False] * len(lines)
    in_faq = False
    for i, line in enumerate(content):
        has_next = i + 1 < len(lines)
        heading[i] = bool(
            _MARKDOWN.match(line) or _HTML.match(line)
            or (has_next and _is_label(line))
            # a question is a heading when the paragraph after it is not a question
            or (has_next and _is_question(line) and _words(line) <= MAX_HEADING_WORDS
                and not _is_question(content[i + 1])))
    for i, line in enumerate(content):  # forwards: FAQ blocks
        if _FAQ.search(line) and (heading[i] or _words(line) <= MAX_HEADING_WORDS):
            in_faq = True
            continue
        if in_faq and _is_question(line) and _words(line) <= MAX_FAQ_WORDS:
            heading[i] = True
    return [span for span, h in zip(lines, heading, strict=True) if h]


def blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces (offsets unchanged).

    Examples
    --------
    >>> blank_out("Title\\nBody.", [(0, 5)])
    '     \\nBody.'
    """
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


__all__ = ["MAX_FAQ_WORDS", "MAX_HEADING_WORDS", "MAX_LABEL_COLON_WORDS", "blank_out",
           "heading_spans"]
