"""Mark evidence spans inside a sentence, escaping everything around the marks.

Offsets are relative to the sentence. Overlapping spans keep the earlier (then
longer) one; spans outside the text are dropped, so bad offsets never corrupt
the page.

>>> str(highlight_html('He said <b> "betrayal"', [Mark(13, 21, "loaded own", "loaded")]))
'He said &lt;b&gt; &#34;<mark class="loaded own" title="loaded">betrayal</mark>&#34;'
>>> highlight_markdown("a *betrayal*", [Mark(3, 11, "loaded own", "own")])
'a \\\\***betrayal** \\\\[own\\\\]\\\\*'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup, escape

#: CSS classes and Markdown tags per evidence feature.
KINDS: dict[str, tuple[str, str]] = {
    "loaded": ("loaded own", "own"),
    "loaded_attributed": ("loaded attributed", "attributed"),
    "headline_loaded": ("loaded own", "headline"),
    "hedging": ("hedge", "hedge"),
    "certainty": ("booster", "booster"),
    # a negated booster ("no confirmed timeline"): shown, marked, not counted
    "certainty_negated": ("booster negated", "booster, negated"),
    "loaded_reporting": ("verb", "verb"),
    "opinion_style": ("opinion", "opinion"),
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
#: What GitHub-flavoured Markdown turns into a link without brackets: a scheme's colon
#: (``http:``, ``javascript:``, ``data:``), ``www.`` and ``@`` (e-mail addresses); each is
#: backslash-escaped (it still shows, and stays text).
_MD_AUTOLINK = re.compile(r"(?<![\w+.\-\\])([A-Za-z][A-Za-z0-9+.\-]*)(:)(?=\S)"
                          r"|(?<![\w.\-\\])(www)(\.)|()(@)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Mark:
    """A span to mark: ``text[start:end]`` gets CSS ``classes`` and a ``label``."""

    start: int
    end: int
    classes: str
    label: str


def clean_marks(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Marks inside ``text``, sorted, without overlaps."""
    out: list[Mark] = []
    last_end = 0
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start), m.classes)):
        if m.start < last_end or m.start < 0 or m.end > len(text) or m.end <= m.start:
            continue
        out.append(m)
        last_end = m.end
    return out


def highlight_html(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as escaped HTML with ``<mark class=...>`` around each span."""
    parts: list[str] = []
    pos = 0
    for m in clean_marks(text, marks):
        parts.append(str(escape(text[pos:m.start])))
        title = f' title="{escape(m.label)}"' if m.label else ""  # no label: no title
        parts.append(f'<mark class="{escape(m.classes)}"{title}>'
                     f"{escape(text[m.start:m.end])}</mark>")
        pos = m.end
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def md_escape(text: str) -> str:
    """Backslash-escape the characters Markdown (GFM tables included) would act on, and
    those that would make a link of text (``javascript:``, ``http:``, ``www.``, ``@``).

    >>> md_escape("<script> a|b")
    '\\\\<script\\\\> a\\\\|b'
    >>> md_escape("see javascript:alert(1) or www.x.org at 10:30")
    'see javascript\\\\:alert(1) or www\\\\.x.org at 10:30'
    """
    return _md_escape(str(text))


@lru_cache(maxsize=1 << 16)
def _md_escape(text: str) -> str:  # the pages repeat many cells ("–", numbers, names)
    escaped = _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text))
    return _MD_AUTOLINK.sub(_defuse, escaped)


def _defuse(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(3) or m.group(5) or ""
    mark = m.group(2) or m.group(4) or m.group(6) or ""
    return f"{word}\\{mark}"


def highlight_markdown(text: str, marks: Iterable[Mark]) -> str:
    """``text`` escaped for Markdown, each span as ``**span** \\[label\\]`` (the label's
    brackets escaped, so that no text after them makes a link of them)."""
    parts: list[str] = []
    pos = 0
    for m in clean_marks(text, marks):
        parts.append(md_escape(text[pos:m.start]))
        # the label's brackets escaped: "[hedge](javascript:...)" must not become a link
        label = f" \\[{md_escape(m.label)}\\]" if m.label else ""  # no label: bold only
        parts.append(f"**{md_escape(text[m.start:m.end])}**{label}")
        pos = m.end
    parts.append(md_escape(text[pos:]))
    return "".join(parts)


def locate(sentence: str, surface: str, rel_start: int, rel_end: int) -> tuple[int, int] | None:
    """Where ``surface`` sits in ``sentence``: at the given offsets, else its nearest occurrence.

    >>> locate("the big bad wolf", "bad", 8, 11)
    (8, 11)
    >>> locate("the big bad wolf", "bad", 2, 5)
    (8, 11)
    >>> locate("the big bad wolf", "cat", 2, 5) is None
    True
    """
    if 0 <= rel_start < rel_end <= len(sentence) and (
            not surface or sentence[rel_start:rel_end] == surface):
        return rel_start, rel_end
    if not surface:
        return None
    hits = [m.start() for m in re.finditer(re.escape(surface), sentence)]
    if not hits:
        return None
    best = min(hits, key=lambda h: (abs(h - rel_start), h))
    return best, best + len(surface)


def marks_for(sentence: str, sentence_start: int,
              rows: Sequence[tuple[str, str, int, int, str]]) -> list[Mark]:
    """Marks from evidence rows ``(feature, term, start, end, surface)`` of one sentence."""
    out: list[Mark] = []
    for feature, term, start, end, surface in rows:
        kind = KINDS.get(feature)
        if kind is None:
            continue
        where = locate(sentence, surface, start - sentence_start, end - sentence_start)
        if where is not None:
            label = kind[1] if term in ("", surface) else f"{kind[1]}: {term}"
            out.append(Mark(where[0], where[1], kind[0], label))
    return out
