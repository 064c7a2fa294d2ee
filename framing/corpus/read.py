"""Stream articles from sources: directories, single article files, ``.jsonl``/``.csv`` files.

:func:`iter_articles` checks that every source exists, then yields one
:class:`~framing.types.Article` at a time: read, cleaned, language checked,
duplicates dropped. An :class:`~framing.corpus.accounting.Accounting` passed
in receives one record per input file or record.
"""

from __future__ import annotations

import hashlib
import unicodedata
import warnings
from collections.abc import Container, Iterator
from dataclasses import replace
from os import PathLike
from pathlib import Path

from ..errors import InputError
from ..safe_output.special import file_kind
from ..types import READABILITY_MIN_WORDS, Article
from .accounting import Accounting
from .clean import clean_text, parse_date, split_raw
from .dedup import Deduplicator
from .encoding import printable
from .exceptions import (
    CorpusWarning,
    EmptySourceError,
    MissingSourceError,
    NoArticlesError,
)
from .formats import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_CHARS,
    RECORD_SUFFIXES,
    RawItem,
    Skip,
    read_article_file,
    too_large,
)
from .language import detect_language, language_warning
from .manifest import MANIFEST_NAMES, Manifest, find_manifest, read_manifest
from .records import iter_records
from .rules import LONG_WORDS

Source = str | PathLike[str]


def stable_id(outlet: str, text: str) -> str:
    """First 16 hex digits of ``sha1(outlet + "\\0" + text)``.

    Examples
    --------
    >>> stable_id("AICC", "Body.")
    'c31eedfca283ba83'
    """
    return hashlib.sha1(f"{outlet}\0{text}".encode()).hexdigest()[:16]


def build_article(item: RawItem, *, clean: bool = True) -> Article | Skip:
    """Clean a read item and turn it into an :class:`Article` (or a :class:`Skip`).

    Parameters
    ----------
    item : RawItem
        Text and metadata as read.
    clean : bool
        Remove boilerplate (:func:`~framing.corpus.clean.clean_text`); when
        False the first non-empty line is the headline and the rest the body.
    """
    meta = item.meta

    def skip(reason: str) -> Skip:  # with what was read of the item
        return Skip(item.source, reason, id=meta.get("id", ""),
                    outlet=meta.get("outlet") or item.default_outlet,
                    event=meta.get("event") or item.default_event, line=item.line)

    if len(item.text) > MAX_ARTICLE_CHARS:
        return skip(too_large(len(item.text), "characters", MAX_ARTICLE_CHARS))
    title_hint = meta.get("title") or item.title_hint
    if clean:
        res = clean_text(item.text, title=title_hint, first_line=item.first_line)
    else:
        res = split_raw(item.text, title=title_hint)
    if (not res.body.strip() and not meta.get("title")
            and (not res.removed or len(res.title.split()) >= LONG_WORDS)):
        # one line with nothing below it (a .jsonl/.csv record, a sentence, a tweet-length
        # item) is the body, not a headline without body; a short line left alone by
        # cleaning a page of boilerplate is still no article
        res = replace(res, title="", body=res.title)
    if not res.body.strip():
        if clean and res.removed:
            why = (f"no body text left after cleaning ({len(res.removed)} line(s) removed as "
                   "boilerplate); check the file, or read it without cleaning (--no-clean)")
        else:
            why = "no body text below the headline; add the article body"
        return skip(why)
    # one spelling per outlet: "Café" typed (NFC) and "Café" from a macOS file name (NFD)
    outlet = unicodedata.normalize("NFC", meta.get("outlet") or item.default_outlet)
    published = meta.get("published") or res.published
    if published:
        published = parse_date(published) or published
    lang, confidence = detect_language(res.body)
    notes = list(item.warnings)
    lang_note = language_warning(lang, confidence, source=item.source)
    if lang_note:
        notes.append(lang_note)

    return Article(
        id=meta.get("id") or stable_id(outlet, res.body),
        outlet=outlet,
        event=meta.get("event") or item.default_event,
        event_given=bool(meta.get("event")),
        title=res.title,
        text=res.body,
        published=published or None,
        url=meta.get("url") or None,
        source=item.source,
        removed=res.removed,
        language=lang,
        warnings=tuple(notes),
    )


def short_text_note(body: str) -> list[str]:
    """The note an analysed article gets in ``inputs.csv`` when its body is too short for
    readability scores (see :data:`framing.types.READABILITY_MIN_WORDS`).

    Examples
    --------
    >>> short_text_note("Critics called the plan reckless.")[0][:50]
    'readability scores left empty: the body has 5 word'
    """
    n_words = len(body.split())
    if n_words >= READABILITY_MIN_WORDS:
        return []
    return [f"readability scores left empty: the body has {n_words} words, fewer than the "
            f"{READABILITY_MIN_WORDS} they need; every other feature is computed"]


def is_readme(name: str) -> bool:
    """Whether a file is the folder's README (``README``, ``README.md``, ``readme.txt``...),
    which is not read as an article unless the manifest names it.

    Examples
    --------
    >>> is_readme("README.md"), is_readme("readme"), is_readme("readme_vote_coverage.txt")
    (True, True, False)
    """
    return name.split(".", 1)[0].upper() == "README"


def _is_ignored(path: Path, named: Container[str]) -> bool:
    name = path.name
    return (name.startswith(".") or name in MANIFEST_NAMES
            or (is_readme(name) and name not in named))


def _kind(path: Path) -> str:
    """What a directory entry that is neither a regular file nor a folder is."""
    try:
        return file_kind(path.lstat().st_mode)
    except OSError:
        return "not a regular file"


def iter_directory(directory: Path) -> Iterator[RawItem | Skip]:
    """The files of one directory, in sorted order, as read items or skips.

    The manifest and the folder's README (:func:`is_readme`, unless the manifest
    names it) are not inputs; every other entry is read or skipped with a reason
    (hidden files, subfolders, links leaving the folder, named pipes and devices,
    unknown file types).

    Raises
    ------
    EmptySourceError
        When the directory holds no article file.
    ManifestError
        For a manifest that names missing files or contradicts a file.
    """
    every = sorted(directory.iterdir(), key=lambda p: p.name)
    manifest_path = find_manifest(directory)
    manifest = read_manifest(manifest_path) if manifest_path is not None else None
    named = manifest.entries if manifest is not None else {}
    entries = [p for p in every if not _is_ignored(p, named)]
    root = directory.resolve()
    files = [p for p in entries if p.is_file() and not _links_out(p, root)]
    readable = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES | RECORD_SUFFIXES]
    if not readable:
        found = ", ".join(p.name + ("/" if p.is_dir() else "") for p in entries[:10])
        hint = f"; found: {found}" if found else ""
        raise EmptySourceError(
            f"no article files (.txt, .md, .html, .htm, .json, .jsonl, .csv) in this "
            f"directory{hint}; pass a directory of articles (subdirectories are not read)",
            path=str(directory))
    event = directory.resolve().name
    yield from _unread(directory, [p for p in every if not is_readme(p.name) or p.name in named],
                       manifest)
    for path in files:
        suffix = path.suffix.lower()
        if suffix not in ARTICLE_SUFFIXES | RECORD_SUFFIXES:
            yield Skip(str(path), f"unsupported file type {suffix or '(no extension)'!r}; "
                                  "use .txt, .md, .html, .json, .jsonl or .csv")
            continue
        entry = manifest.entries.get(path.name) if manifest is not None else None
        if manifest is not None and entry is None:
            yield Skip(str(path), f"not named in {manifest.path.name}; add a row for it or "
                                  "move the file out of the directory")
            continue
        if suffix in RECORD_SUFFIXES:
            defaults = entry.meta if entry is not None else None
            yield from iter_records(path, default_event=event, defaults=defaults)
        else:
            yield read_article_file(path, default_event=event, manifest=manifest, entry=entry)


def _links_out(path: Path, root: Path) -> bool:
    """``path`` is a symbolic link whose target lies outside ``root``."""
    return path.is_symlink() and root not in path.resolve().parents


def _unread(directory: Path, every: list[Path], manifest: Manifest | None) -> Iterator[Skip]:
    """A skip, with its reason, for each entry of ``directory`` that is not read: hidden
    files, symbolic links to nothing, to a folder or to a file outside the folder,
    subfolders, named pipes, devices and sockets, and manifest rows naming a path instead
    of a file of this folder, or naming the manifest itself."""
    for path in every:
        if path.name in MANIFEST_NAMES:
            continue
        if path.is_symlink() and (not path.is_file() or _links_out(path, directory.resolve())):
            what = ("a folder" if path.is_dir() else "a file outside the folder"
                    if path.exists() else "nothing (a dangling link)")
            yield Skip(str(path), f"a symbolic link to {what}; framing reads only the folder's "
                                  "own files: copy the file here instead of linking it")
        elif path.name.startswith("."):
            yield Skip(str(path), "a hidden file (its name starts with '.'); rename it to "
                                  "read it")
        elif path.is_dir():
            yield Skip(str(path), "a subfolder; framing reads only the folder's own files, "
                                  f"not its subfolders: pass {path} as a source of its own")
        elif not path.is_file():
            yield Skip(str(path), f"{_kind(path)}, not a regular file; framing reads only "
                                  "regular files: save the article as a file")
    if manifest is not None:
        for name, entry in manifest.entries.items():
            if name in MANIFEST_NAMES:
                yield Skip(f"{manifest.path}:{entry.line}",
                           f"{manifest.path}:{entry.line}: names {name!r}, the manifest "
                           "itself, which is not an article; delete the row")
            if Path(name).name != name or name in (".", ".."):
                yield Skip(f"{manifest.path}:{entry.line}",
                           f"{manifest.path}:{entry.line}: names {name!r}, a path outside this "
                           "folder or in a subfolder; framing reads only the folder's own "
                           "files: move the file here and name it alone, or delete the row")


def iter_raw(path: Path) -> Iterator[RawItem | Skip]:
    """Read items and skips of one source (directory, record file or article file)."""
    if path.is_dir():
        yield from iter_directory(path)
        return
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from iter_records(path, default_event=path.stem)
    elif suffix in ARTICLE_SUFFIXES:
        yield read_article_file(path, default_event=path.resolve().parent.name)
    else:
        raise InputError(f"cannot read {suffix or 'a file without extension'!r} as a source; "
                         "pass a directory of articles, a .jsonl or a .csv file", path=str(path))


def check_sources(sources: tuple[Source, ...]) -> list[Path]:
    """The sources as paths, after checking that each exists.

    Raises
    ------
    InputError
        No source given.
    MissingSourceError
        A path that does not exist.
    """
    if not sources:
        raise InputError("no sources given; pass one or more directories, .jsonl or .csv files")
    paths = [Path(s) for s in sources]
    for p in paths:
        if not p.exists():
            raise MissingSourceError("no such file or directory; check the path",
                                     path=str(p))
        if not p.is_dir() and not p.is_file():  # a named pipe would block, a device not end
            raise InputError(f"is {file_kind(p.stat().st_mode)}, not a regular file or a "
                             "folder; pass a folder of articles, a .jsonl, .csv or .parquet "
                             "file, or an article file", path=str(p))
    return paths


def _stream(paths: list[Path], clean: bool, acc: Accounting) -> Iterator[Article]:
    dedup = Deduplicator()
    ids: dict[str, str] = {}
    spellings: dict[str, str] = {}  # casefolded outlet -> the first spelling seen
    warned: set[str] = set()  # other spellings, warned about once each
    n_read = 0
    first_skips: list[str] = []
    for path in paths:
        for item in iter_raw(path):
            raw = _printable(item)
            art = build_article(raw, clean=clean) if isinstance(raw, RawItem) else raw
            if isinstance(art, Skip):
                acc.skip(art.source, art.reason, id=art.id, outlet=art.outlet, event=art.event,
                         line=art.line)
                if len(first_skips) < 3:
                    first_skips.append(art.reason if art.reason.startswith(f"{art.source}:")
                                       else f"{art.source}: {art.reason}")
                continue
            n_read += 1
            line = raw.line if isinstance(raw, RawItem) else None
            match = dedup.check(art.id, art.text)
            if match is not None:
                acc.duplicate(art.source, art.id, art.outlet, match.of, match.reason,
                              event=art.event, line=line)
                continue
            if art.id in ids:
                acc.skip(art.source, f"id {art.id!r} is already used by {ids[art.id]}; give "
                                     "each article its own id", id=art.id, outlet=art.outlet,
                         event=art.event, line=line)
                continue
            ids[art.id] = art.source
            first = spellings.setdefault(art.outlet.casefold(), art.outlet)
            if first != art.outlet and art.outlet not in warned:
                warned.add(art.outlet)
                warnings.warn(f"{art.source}: outlet {art.outlet!r} differs from {first!r} only "
                              "in case; they are compared as two outlets: give both one "
                              "spelling if they are one", CorpusWarning, stacklevel=3)
            acc.analysed(art.source, art.id, art.outlet,
                         "; ".join([*art.warnings, *short_text_note(art.text)]), event=art.event,
                         line=line)
            for note in art.warnings:
                warnings.warn(note, CorpusWarning, stacklevel=3)
            yield art
    if n_read == 0:
        where = ", ".join(str(p) for p in paths)
        detail = "; ".join(first_skips)
        raise NoArticlesError(f"no readable articles in {where}"
                               + (f" ({detail})" if detail else "")
                               + "; see the reasons and fix or replace the inputs")


def _printable(item: RawItem | Skip) -> RawItem | Skip:
    """``item`` with a file name that is not UTF-8 (``caf\\xe9.txt``) written printably in
    every text it appears in (:func:`~framing.corpus.encoding.printable`)."""
    if isinstance(item, Skip):
        texts = (item.source, item.reason, item.id, item.outlet, item.event)
        if all(printable(t) is t for t in texts):
            return item
        return replace(item, source=printable(item.source), reason=printable(item.reason),
                       id=printable(item.id), outlet=printable(item.outlet),
                       event=printable(item.event))
    names = (item.source, item.default_outlet, item.default_event, *item.warnings)
    if all(printable(t) is t for t in names):
        return item
    return replace(item, source=printable(item.source),
                   default_outlet=printable(item.default_outlet),
                   default_event=printable(item.default_event),
                   warnings=tuple(printable(w) for w in item.warnings))


def iter_articles(*sources: Source, clean: bool = True,
                  accounting: Accounting | None = None) -> Iterator[Article]:
    """Stream the articles of one or more sources.

    Memory stays flat in the number of records read from a ``.jsonl``/``.csv``
    source, except for the duplicate index (about 1 KiB per article) and the
    accounting records.

    Parameters
    ----------
    *sources : str or path
        Directories of articles, ``.jsonl``/``.csv`` files with one article
        per record, or single article files.
    clean : bool
        Remove site boilerplate (see :mod:`framing.corpus.clean`).
    accounting : Accounting, optional
        Receives one :class:`InputRecord` per input file or record.

    Returns
    -------
    iterator of Article
        Skipped inputs and duplicates are not yielded (they are accounted).

    Raises
    ------
    MissingSourceError
        At once, for a source that does not exist.
    EmptySourceError, ManifestError, MissingColumnError
        While streaming: a directory without articles, a bad manifest, or a CSV
        without ``text`` column.
    NoArticlesError
        At the end of the stream, when every input was skipped (exit code 9;
        ``accounting`` holds every skip and its reason).

    Examples
    --------
    >>> arts = list(iter_articles("corpus/muse-spark"))  # doctest: +SKIP
    """
    paths = check_sources(sources)
    return _stream(paths, clean, accounting if accounting is not None else Accounting())


__all__ = ["build_article", "check_sources", "iter_articles", "iter_directory", "stable_id"]
