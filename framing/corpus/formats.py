"""Read one article file of a directory: ``.txt``, ``.md``, ``.html``/``.htm``, ``.json``.

Each reader returns a :class:`RawItem` (text plus metadata, not yet cleaned)
or a :class:`Skip` (with the reason); only manifest disagreements raise.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..safe_output.special import FileTooLargeError, NotRegularFileError, read_regular
from .encoding import (
    SURROGATE_WARNING,
    JSONShapeError,
    decode_bytes,
    json_loads,
    json_problem,
    json_type,
    normalise_newlines,
)
from .manifest import (
    FIELDS,
    Manifest,
    ManifestEntry,
    MetadataTypeError,
    merge_metadata,
    meta_value,
    metadata_problem,
)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSON_SUFFIXES = frozenset({".json"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".parquet"})

#: a single article file larger than this is skipped unread (memory stays bounded)
MAX_FILE_BYTES = 10 * 2**20
#: an article text longer than this (in characters, before cleaning) is skipped: about
#: 150,000 words, far beyond any news article, and analysis time and memory grow with it
MAX_ARTICLE_CHARS = 1_000_000


def too_large(size: int, unit: str, limit: int) -> str:
    """The reason for skipping an input over a size limit."""
    return (f"too large to be one article ({size:,} {unit}; the limit is {limit:,}); "
            "split it into articles, or check that it is not a whole site or book")

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class RawItem:
    """An article as read, before cleaning.

    ``meta`` holds the explicit metadata (manifest, front matter, JSON keys);
    ``title_hint`` a headline found by the reader (an HTML page title);
    ``first_line`` the line of ``text``'s first line in the file.
    """

    source: str
    text: str
    meta: dict[str, str]
    default_outlet: str
    default_event: str
    title_hint: str | None = None
    first_line: int = 1
    warnings: tuple[str, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Skip:
    """An input that is not read, and why.

    ``id``, ``outlet`` and ``event`` are what was read of it (empty when
    nothing was); ``line`` is the record's line in a record file.
    """

    source: str
    reason: str
    id: str = ""
    outlet: str = ""
    event: str = ""
    line: int | None = None


def own_metadata(obj: dict[str, Any]) -> dict[str, str]:
    """The known metadata keys of a mapping (front matter, JSON object), as text.

    Raises
    ------
    MetadataFieldError
        When a known key holds a mapping, a list, a set or true/false
        (:func:`~framing.corpus.manifest.meta_value`).
    """
    out: dict[str, str] = {}
    for key in FIELDS:
        if key not in obj:
            continue
        try:
            value = meta_value(obj[key])
        except MetadataTypeError as exc:
            raise MetadataFieldError(key, metadata_problem(key, exc)) from None
        if value:
            out[key] = value
    return out


class MetadataFieldError(ValueError):
    """A known metadata key whose value is not text (``key`` and the reason)."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(reason)
        self.key = key
        self.reason = reason


def line_of_key(text: str, key: str, first: int = 1) -> int:
    """The line of ``text`` (counted from ``first``) where ``key`` is first given as a YAML
    or JSON key, else ``first``.

    Examples
    --------
    >>> line_of_key("---\\ntitle: A\\noutlet:\\n  name: B\\n---\\n", "outlet")
    3
    """
    m = re.search(r"^[ \t]*[\"']?" + re.escape(key) + r"[\"']?[ \t]*:|[\"]" + re.escape(key)
                  + r"[\"][ \t]*:", text, re.MULTILINE)
    return first + text.count("\n", 0, m.start()) if m else first


def _front_matter(text: str, source: str) -> tuple[dict[str, str], str, int] | Skip:
    """(metadata, content, first line of content) of a Markdown text."""
    m = _FRONT_MATTER_RE.match(text)
    if m is None:
        return {}, text, 1
    from .front_matter import FrontMatterError, parse

    try:
        metadata, _ = parse(text)
    except FrontMatterError as exc:
        where = f"{source}:{exc.line}: " if exc.line else ""
        return Skip(source, f"{where}front matter {exc}")
    if not isinstance(metadata, dict):  # pragma: no cover - frontmatter always gives a dict
        return Skip(source, "front matter is not a mapping of keys to values")
    try:
        own = own_metadata(dict(metadata))
    except MetadataFieldError as exc:
        line = line_of_key(text[: m.end()], exc.key)
        return Skip(source, f"{source}:{line}: front matter {exc.reason}")
    return own, text[m.end():], text[: m.end()].count("\n") + 1


_TAG = re.compile(r"<[^>]*>")


def html_text_size(html: str) -> int:
    """The characters of ``html`` outside its tags: a linear-time upper bound of the text
    an extractor can find in it (checked against :data:`MAX_ARTICLE_CHARS` before
    extraction, which takes time growing faster than the page's paragraph count).

    Examples
    --------
    >>> html_text_size("<p>Hello <b>you</b></p>")
    9
    """
    return len(html) - sum(m.end() - m.start() for m in _TAG.finditer(html))


#: The most HTML tags (opening and closing) a page may have to be extracted: trafilatura's
#: time grows faster than the page's element count (40,000 tiny paragraphs: 3 s; 110,000:
#: 20 s and more), and a news page has a few thousand.
MAX_HTML_TAGS = 100_000


def html_tag_count(html: str) -> int:
    """The number of tags in ``html`` (a linear-time count, checked before extraction).

    >>> html_tag_count("<p>Hello <b>you</b></p>")
    4
    """
    return sum(1 for _ in _TAG.finditer(html))


def _html(text: str, source: str) -> tuple[dict[str, str], str, str | None] | Skip:
    """(metadata, main text, page title) of an HTML page, with trafilatura."""
    size = html_text_size(text)
    if size > MAX_ARTICLE_CHARS:  # before extraction, not after it
        return Skip(source, too_large(size, "characters of text outside its HTML tags",
                                      MAX_ARTICLE_CHARS))
    tags = html_tag_count(text)
    if tags > MAX_HTML_TAGS:
        return Skip(source, too_large(tags, "HTML tags", MAX_HTML_TAGS))
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not str(body).strip():
        return Skip(source, "trafilatura found no main text in this HTML page; check that it is "
                            "an article page")
    meta: dict[str, str] = {}
    if getattr(doc, "date", None):
        meta["published"] = meta_value(doc.date)
    if getattr(doc, "url", None):
        meta["url"] = meta_value(doc.url)
    title = meta_value(getattr(doc, "title", None)) or None
    return meta, normalise_newlines(str(body)), title


def _json(text: str, source: str) -> tuple[dict[str, str], str, int] | Skip:
    try:
        obj, replaced = json_loads(text)
    except json.JSONDecodeError as exc:
        where = source if isinstance(exc, JSONShapeError) else f"{source}:{exc.lineno}"
        return Skip(source, f"{where}: {json_problem(exc)}; fix the JSON")
    if not isinstance(obj, dict):
        return Skip(source, f"expected one JSON object with a 'text' key, found "
                            f"{json_type(obj)}; use .jsonl for several articles")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        keys = ", ".join(repr(k) for k in sorted(obj)) or "(none)"
        return Skip(source, f"no 'text' string in the JSON object (keys: {keys}); add the "
                            "article body as 'text'")
    try:
        own = own_metadata(obj)
    except MetadataFieldError as exc:
        return Skip(source, f"{source}:{line_of_key(text, exc.key)}: {exc.reason}")
    return own, normalise_newlines(body), replaced


def read_article_file(path: Path, *, default_event: str, manifest: Manifest | None = None,
                      entry: ManifestEntry | None = None) -> RawItem | Skip:
    """Read one article file.

    Parameters
    ----------
    path : Path
        The file (suffix in :data:`ARTICLE_SUFFIXES`).
    default_event : str
        Event when neither manifest nor file names one.
    manifest, entry : optional
        The directory's manifest and the file's row in it.

    Returns
    -------
    RawItem or Skip
        Empty, binary and undecodable files, malformed JSON and HTML without
        main text are skipped with a reason.

    Raises
    ------
    ManifestError
        When the manifest row contradicts the file's own metadata.
    """
    source = str(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        return Skip(source, too_large(path.stat().st_size, "bytes", MAX_FILE_BYTES))
    except NotRegularFileError as exc:
        return Skip(source, f"{exc}; framing reads only regular files: save the article as "
                            "a file")
    if not data:
        return Skip(source, "empty file (0 bytes); remove it or add the article text")
    try:
        decoded = decode_bytes(data, source=source)
    except InputError as exc:
        return Skip(source, str(exc).removeprefix(f"{source}: "))
    text = decoded.text
    if not text.strip():
        return Skip(source, "file holds only whitespace; remove it or add the article text")
    suffix = path.suffix.lower()
    own: dict[str, str] = {}
    first_line = 1
    title_hint: str | None = None
    extra: tuple[str, ...] = ()
    kind = "metadata"
    if suffix in MARKDOWN_SUFFIXES:
        got = _front_matter(text, source)
        if isinstance(got, Skip):
            return got
        own, text, first_line = got
        kind = "front matter"
    elif suffix in HTML_SUFFIXES:
        html = _html(text, source)
        if isinstance(html, Skip):
            return html
        own, text, title_hint = html
        kind = "HTML metadata"
    elif suffix in JSON_SUFFIXES:
        js = _json(text, source)
        if isinstance(js, Skip):
            return js
        own, text, replaced = js
        kind = "JSON keys"
        if replaced:
            extra = (f"{source}: " + SURROGATE_WARNING.format(n=replaced),)
    if not text.strip():
        return Skip(source, "no article text after the front matter; add the body below it")
    if suffix in HTML_SUFFIXES:  # page metadata is a guess: the manifest overrides it
        meta = {**own, **merge_metadata(manifest, entry, {}, source=source, own_kind=kind)}
    else:
        meta = merge_metadata(manifest, entry, own, source=source, own_kind=kind)
    return RawItem(source, text, meta, default_outlet=path.stem, default_event=default_event,
                   title_hint=title_hint, first_line=first_line,
                   warnings=(*decoded.warnings, *extra))


__all__ = ["ARTICLE_SUFFIXES", "MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "MAX_HTML_TAGS",
           "RECORD_SUFFIXES", "RawItem", "Skip", "read_article_file"]
