"""Per-directory metadata: ``manifest.csv`` or ``manifest.jsonl``.

Columns (keys): ``file`` (required, relative to the directory) and the
optional ``outlet, title, published, url, event, id``. Empty values mean
"not given". A manifest must name files that exist; a file it does not name is
skipped (an error under ``strict``); a value that disagrees with the file's own
metadata (front matter, JSON keys) is an error naming both places.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ManifestError
from ..safe_output.special import FileTooLargeError, read_regular
from .clean import parse_date
from .encoding import JSONShapeError, decode_bytes, json_loads, json_problem, json_type

MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
FIELDS = ("outlet", "title", "published", "url", "event", "id")
COLUMNS = ("file", *FIELDS)


@dataclass(frozen=True)
class ManifestEntry:
    """One manifest row: the file it describes, its line, and the non-empty fields."""

    file: str
    line: int
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    """A directory's manifest, by file name."""

    path: Path
    entries: dict[str, ManifestEntry]

    def where(self, entry: ManifestEntry) -> str:
        """``"path:line"`` of an entry."""
        return f"{self.path}:{entry.line}"


def find_manifest(directory: Path) -> Path | None:
    """The manifest file of ``directory``, or None.

    Raises
    ------
    ManifestError
        When the directory holds both a ``manifest.csv`` and a ``manifest.jsonl``.
    """
    found = [directory / n for n in MANIFEST_NAMES if os.path.lexists(directory / n)]
    for path in found:
        if not path.is_file() or path.is_symlink():
            what = "a symbolic link" if path.is_symlink() else (
                "a folder" if path.is_dir() else "not a regular file (a named pipe or device)")
            raise ManifestError(f"is {what}; a manifest must be a regular file of the folder: "
                                "replace it by one, or remove it", path=str(path))
    if len(found) > 1:
        raise ManifestError("two manifests in one directory (manifest.csv and manifest.jsonl); "
                            "keep one", path=str(directory))
    return found[0] if found else None


class MetadataTypeError(ValueError):
    """A metadata value that is not text, a number or a date (an object, a list, a set,
    true/false): refused rather than written as Python's text of it."""


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "true/false (a YAML yes/no/on/off is one too)"
    if isinstance(value, Mapping):
        return "a mapping of keys to values"
    if isinstance(value, (set, frozenset)):
        return "a set"
    if isinstance(value, (list, tuple)):
        return "a list"
    return f"a value of type {type(value).__name__}"


def meta_value(value: object) -> str:
    """A metadata value as text: a string as it is, a whole or decimal number in its
    decimal form, a date as ``YYYY-MM-DD`` (NUL characters are dropped, as from bodies:
    see :func:`~framing.corpus.encoding.normalise_newlines`; a missing value or NaN is "").

    Raises
    ------
    MetadataTypeError
        For anything else: a mapping, a list, a set, true/false.

    Examples
    --------
    >>> meta_value(" Out\\x00let "), meta_value(12), meta_value(None)
    ('Outlet', '12', '')
    >>> meta_value({"name": "Obj Outlet"})
    Traceback (most recent call last):
    ...
    framing.corpus.manifest.MetadataTypeError: a mapping of keys to values
    """
    if value is None or (isinstance(value, float) and value != value):  # NaN: not given
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise MetadataTypeError(_kind_of(value))
    return str(value).replace("\0", "").strip()


def metadata_problem(key: str, exc: MetadataTypeError) -> str:
    """The reason for refusing a metadata value that is not text."""
    return f"{key!r} is {exc}, not text; give it as a string, in quotes"


def _entry(path: Path, line: int, row: Mapping[str, object]) -> ManifestEntry:
    unknown = sorted(k for k in row if k not in COLUMNS)
    if unknown:
        raise ManifestError(
            f"unknown column(s) {', '.join(unknown)}; allowed: {', '.join(COLUMNS)}",
            path=str(path), line=line)
    values: dict[str, str] = {}
    for key in COLUMNS:
        try:
            values[key] = meta_value(row.get(key))
        except MetadataTypeError as exc:
            raise ManifestError(metadata_problem(key, exc), path=str(path), line=line) from None
    name = values["file"]
    if not name:
        raise ManifestError("row without a file name; fill the 'file' column or delete the row",
                            path=str(path), line=line)
    meta = {k: v for k in FIELDS if (v := values[k])}
    return ManifestEntry(name, line, meta)


#: The largest manifest read (bytes): about 170,000 rows, far more files than a folder of
#: articles holds; a larger one is refused before it is parsed (exit code 3).
MAX_MANIFEST_BYTES = 16 * 2**20


def _rows(path: Path) -> list[tuple[int, Mapping[str, object]]]:
    try:
        data = read_regular(path, MAX_MANIFEST_BYTES)
    except FileTooLargeError:
        raise ManifestError(f"is over {MAX_MANIFEST_BYTES // 2**20} MiB, more than a manifest "
                            "of one folder's files takes; check that it is one",
                            path=str(path)) from None
    decoded = decode_bytes(data, source=str(path))
    if path.suffix == ".jsonl":
        rows: list[tuple[int, Mapping[str, object]]] = []
        for n, text in enumerate(decoded.text.split("\n"), 1):
            if not text.strip():
                continue
            try:
                obj, _ = json_loads(text)  # lone surrogates become U+FFFD
            except json.JSONDecodeError as exc:
                what = (json_problem(exc) if isinstance(exc, JSONShapeError)
                        else f"not valid JSON: {json_problem(exc)}; fix the line")
                raise ManifestError(what, path=str(path), line=n) from exc
            if not isinstance(obj, dict):
                raise ManifestError(f"expected a JSON object with a 'file' key, found "
                                    f"{json_type(obj)}", path=str(path), line=n)
            rows.append((n, obj))
        return rows
    lines = io.StringIO(decoded.text, newline="")
    # strict: an unclosed quote would otherwise swallow the rows after it
    reader = csv.DictReader(lines, strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        raise ManifestError(f"cannot read the CSV header ({exc})", path=str(path), line=1) from exc
    twice = sorted({f for f in fields or [] if (fields or []).count(f) > 1})
    if twice:  # csv.DictReader would keep the last of them without a word
        raise ManifestError(f"the header names {', '.join(repr(f) for f in twice)} more than "
                            "once; give every column its own name", path=str(path), line=1)
    if fields is None or "file" not in fields:
        found = ", ".join(reader.fieldnames or []) or "(none)"
        raise ManifestError(f"no 'file' column; columns found: {found}; expected "
                            f"{', '.join(COLUMNS)}", path=str(path), line=1)
    out: list[tuple[int, Mapping[str, object]]] = []
    start = 2
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            end = decoded.text.count("\n", 0, lines.tell())
            raise ManifestError(
                f"{exc} (line {end}): a quote opened in the row on line {start} looks unclosed, "
                "so the rows after it would be read as its value; close the quote",
                path=str(path), line=start) from exc
        if None in row:
            raise ManifestError("more values than columns; quote values that contain commas",
                                path=str(path), line=start)
        out.append((start, row))
        start = reader.line_num + 1
    return out


def read_manifest(path: Path) -> Manifest:
    """Read and check a manifest (every row names a distinct file that exists).

    Raises
    ------
    ManifestError
        With the manifest's path and line: malformed rows, unknown columns,
        a file named twice, a file that does not exist.
    """
    entries: dict[str, ManifestEntry] = {}
    for line, row in _rows(path):
        entry = _entry(path, line, row)
        if entry.file in entries:
            first = entries[entry.file].line
            raise ManifestError(f"{entry.file!r} is already named on line {first}; "
                                "keep one row per file", path=str(path), line=line)
        target = path.parent / entry.file
        if not os.path.lexists(target):
            raise ManifestError(f"names {entry.file!r}, which does not exist in {path.parent}; "
                                "fix the name or delete the row", path=str(path), line=line)
        entries[entry.file] = entry
    return Manifest(path, entries)


def _same(key: str, a: str, b: str) -> bool:
    if key == "published":
        return (parse_date(a) or a.strip()) == (parse_date(b) or b.strip())
    if key == "title":
        return " ".join(a.casefold().split()) == " ".join(b.casefold().split())
    return a.strip() == b.strip()


def merge_metadata(manifest: Manifest | None, entry: ManifestEntry | None,
                   own: Mapping[str, str], *, source: str, own_kind: str) -> dict[str, str]:
    """The file's own metadata overlaid with its manifest row, refusing disagreements.

    Parameters
    ----------
    manifest, entry : optional
        The directory's manifest and this file's row.
    own : mapping
        Metadata found in the file itself (front matter, JSON keys).
    source : str
        The file, for messages.
    own_kind : str
        Where ``own`` came from (``"front matter"``, ``"JSON keys"``).

    Raises
    ------
    ManifestError
        When both give a different value for the same key.
    """
    merged = {k: v for k, v in own.items() if v}
    if manifest is None or entry is None:
        return merged
    for key, value in entry.meta.items():
        if key in merged and not _same(key, merged[key], value):
            raise ManifestError(
                f"{key} is {value!r} here but {merged[key]!r} in the {own_kind} of {source}; "
                "make them agree or leave one empty",
                path=str(manifest.path), line=entry.line)
        merged[key] = value
    return merged


__all__ = ["FIELDS", "MANIFEST_NAMES", "MAX_MANIFEST_BYTES", "Manifest", "ManifestEntry",
           "MetadataTypeError", "find_manifest", "merge_metadata", "meta_value",
           "metadata_problem", "read_manifest"]
