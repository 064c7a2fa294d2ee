"""Stream the records of a ``.jsonl`` or ``.csv`` source, one article per record.

The file is read line by line (``csv.DictReader`` over decoded lines), never
loaded whole, so memory stays flat however many records it holds. Each line is
decoded on its own: UTF-8, else cp1252 with a warning naming ``file:line``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from .encoding import (
    SURROGATE_WARNING,
    UTF16_WARNING,
    bom_encoding,
    decode_line,
    json_loads,
    json_problem,
    json_type,
    looks_binary,
    normalise_newlines,
    sniff_utf16,
)
from .exceptions import DecodeError, MalformedRecordError, MissingColumnError
from .formats import MetadataFieldError, RawItem, Skip, own_metadata

#: manifest fields that may serve as defaults for every record of a file
DEFAULT_FIELDS = ("outlet", "event", "published")


def _lines(path: Path) -> Iterator[tuple[int, str, str | None]]:
    """(line number, decoded line with its newline, warning) of a text file."""
    with path.open("rb") as fh:
        head = fh.read(65536)
        bom = bom_encoding(head[:4])
        utf16 = sniff_utf16(head) if bom is None else None
        fh.seek(0)
        if bom in ("utf-16", "utf-32") or utf16:
            codec = bom or utf16 or ""
            wrapper = io.TextIOWrapper(fh, encoding=codec, newline="")
            note = UTF16_WARNING.format(source=path, codec=codec.upper()) if utf16 else None
            n = 0
            try:
                for n, line in enumerate(wrapper, 1):
                    yield n, line, note if n == 1 else None
            except UnicodeDecodeError as exc:
                raise DecodeError(f"cannot decode as {codec} ({exc.reason}); re-save the file "
                                  "as UTF-8", path=str(path), line=n + 1) from exc
            return
        if bom == "utf-8-sig":
            fh.seek(3)
        # a file whose lines end in a lone CR (classic Mac OS) is split there, not read
        # as one line holding carriage returns
        sep = b"\r" if b"\r" in head and b"\n" not in head else b"\n"
        for n, raw in enumerate(_split(fh, sep), 1):
            text, warning = decode_line(raw, source=f"{path}:{n}")
            yield n, text, warning


def _split(fh: IO[bytes], sep: bytes, chunk: int = 1 << 16) -> Iterator[bytes]:
    """The lines of a binary file ending in ``sep`` (each with its ending), read in chunks."""
    if sep == b"\n":
        yield from fh  # the file object splits at b"\n" itself
        return
    buf = b""
    while data := fh.read(chunk):
        *lines, buf = (buf + data).split(sep)
        for line in lines:
            yield line + sep
    if buf:
        yield buf


def _is_binary(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(65536)
    return looks_binary(head)


def _item(path: Path, line: int, record: Mapping[str, Any], defaults: Mapping[str, str],
          default_event: str, warning: str | None, replaced: int = 0) -> RawItem | Skip:
    source = f"{path}:{line}"
    body = record.get("text")
    notes = ((warning,) if warning else ()) + (
        (f"{source}: " + SURROGATE_WARNING.format(n=replaced),) if replaced else ())
    try:
        own = own_metadata(dict(record))
    except MetadataFieldError as exc:
        given = record.get("id")
        return Skip(source, f"{source}: {exc.reason}", line=line, outlet=path.stem,
                    event=default_event, id=given if isinstance(given, str) else "")
    meta = {**{k: v for k, v in defaults.items() if k in DEFAULT_FIELDS and v}, **own}
    why = ""
    if "text" in record and body is not None and not isinstance(body, str):
        why = f"{source}: 'text' is {json_type(body)}, not a string; give the article body as text"
    elif not isinstance(body, str) or not body.strip():
        why = f"{source}: record without 'text'; give every record the article body in 'text'"
    if why or not isinstance(body, str):
        return Skip(source, why, id=meta.get("id", ""), outlet=meta.get("outlet") or path.stem,
                    event=meta.get("event") or default_event, line=line)
    return RawItem(source, normalise_newlines(body), meta, default_outlet=path.stem,
                   default_event=default_event, warnings=notes, line=line)


def iter_jsonl(path: Path, *, default_event: str,
               defaults: Mapping[str, str] | None = None) -> Iterator[RawItem | Skip]:
    """The records of a JSON Lines file; a malformed line is a :class:`Skip`.

    Blank lines are ignored. The reason of a malformed line reads
    ``"file:line: <json parser message>"``.
    """
    if _is_binary(path):
        yield Skip(str(path), "holds NUL bytes, so it is binary, not JSON Lines text")
        return
    for n, text, warning in _lines(path):
        if not text.strip():
            continue
        try:
            obj, replaced = json_loads(text.rstrip("\r\n"))  # a column on the line itself
        except json.JSONDecodeError as exc:
            yield Skip(f"{path}:{n}", f"{path}:{n}: {json_problem(exc)}; fix or remove the line",
                       line=n)
            continue
        if not isinstance(obj, dict):
            yield Skip(f"{path}:{n}", f"{path}:{n}: expected a JSON object, found "
                                      f"{json_type(obj)}", line=n)
            continue
        yield _item(path, n, obj, defaults or {}, default_event, warning, replaced)


def iter_csv(path: Path, *, default_event: str,
             defaults: Mapping[str, str] | None = None) -> Iterator[RawItem | Skip]:
    """The rows of a CSV file with a header; each needs ``text``.

    Raises
    ------
    MissingColumnError
        When the header has no ``text`` column (the message lists the columns).
    """
    if _is_binary(path):
        yield Skip(str(path), "holds NUL bytes, so it is binary, not CSV text")
        return
    warnings: dict[int, str] = {}
    read = [0]  # the last physical line handed to the parser

    def lines() -> Iterator[str]:
        for n, text, warning in _lines(path):
            if warning:
                warnings[n] = warning
            read[0] = n
            yield text

    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    # strict: a quote left open would otherwise swallow the rows after it into one
    # field without a word; strict parsing stops at the first character that cannot
    # follow a closing quote, or at the end of the file
    reader = csv.DictReader(lines(), strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield Skip(str(path), f"{path}:1: cannot read the CSV header ({exc})")
        return
    if fields is None:
        yield Skip(str(path), "empty file: no CSV header and no rows")
        return
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:  # csv.DictReader would keep the last of them without a word
        raise MalformedRecordError(
            f"the header names {', '.join(repr(f) for f in twice)} more than once; give every "
            "column its own name", path=str(path), line=1)
    if "text" not in fields:
        found = ", ".join(repr(f) for f in fields) or "(none)"
        raise MissingColumnError(f"no 'text' column; columns found: {found}; add a 'text' "
                                 "column with the article body", path=str(path), line=1)
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skip(f"{path}:{start}", _bad_row(path, start, read[0], exc), line=start,
                       event=default_event)
            start = read[0] + 1
            continue
        warning = next((warnings.pop(n) for n in range(start, read[0] + 1)
                        if n in warnings), None)
        extra = row.pop(None, None)
        if extra is not None:  # csv.DictReader keeps what is beyond the header under None
            yield Skip(f"{path}:{start}", _too_many_values(path, start, len(fields),
                                                           len(fields) + len(extra)),
                       line=start, event=default_event)
        else:
            yield _item(path, start, row, defaults or {}, default_event, warning)
        start = read[0] + 1


def _too_many_values(path: Path, line: int, columns: int, values: int) -> str:
    """The reason a CSV row with more values than its header has columns was skipped."""
    return (f"{path}:{line}: {values} values for {columns} columns, so the values cannot be "
            "matched to their columns (a comma inside a value, as in 'The council, which "
            "met...', needs the value in quotes); the row was skipped: quote the value")


def _bad_row(path: Path, start: int, end: int, exc: csv.Error) -> str:
    """The reason a CSV row that the parser rejected was skipped (lines start to end)."""
    where = f"line {start}" if end <= start else f"lines {start}-{end}"
    if "unexpected end of data" in str(exc):
        return (f"{path}:{start}: a quote opened in the row on line {start} is never closed, so "
                f"{where} (to the end of the file) read as one field and were skipped; close "
                "the quote (a quote inside a quoted field is written twice: \"\")")
    if end > start:
        return (f"{path}:{start}: {exc} on line {end}: a quote opened in the row on line {start} "
                f"looks unclosed, so {where} read as one row and were skipped; close the quote "
                "(a quote inside a quoted field is written twice: \"\")")
    return (f"{path}:{start}: {exc}; the row was skipped; fix its quoting (a quoted field "
            "ends at its closing quote, and a quote inside it is written twice: \"\")")


def iter_parquet(path: Path, *, default_event: str,
                 defaults: Mapping[str, str] | None = None,
                 batch_size: int = 1024) -> Iterator[RawItem | Skip]:
    """The rows of a Parquet file, read one batch of rows at a time; each needs ``text``.

    Row ``n`` (from 1) is reported as ``file:n``.

    Raises
    ------
    MissingColumnError
        When the file has no ``text`` column (the message lists the columns).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield Skip(str(path), f"cannot read as Parquet ({exc})")
        return
    fields = pf.schema_arrow.names
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:  # a record would keep one of them without a word
        raise MalformedRecordError(
            f"the header names {', '.join(repr(f) for f in twice)} more than once; give every "
            "column its own name", path=str(path), line=1)
    if "text" not in fields:
        found = ", ".join(repr(f) for f in fields) or "(none)"
        raise MissingColumnError(f"no 'text' column; columns found: {found}; add a 'text' "
                                 "column with the article body", path=str(path))
    n = 0
    for batch in pf.iter_batches(batch_size=batch_size):
        for row in batch.to_pylist():
            n += 1
            yield _item(path, n, row, defaults or {}, default_event, None)


def iter_records(path: Path, *, default_event: str,
                 defaults: Mapping[str, str] | None = None) -> Iterator[RawItem | Skip]:
    """The records of a ``.jsonl``/``.ndjson``, ``.csv`` or ``.parquet`` file."""
    if path.stat().st_size == 0:
        yield Skip(str(path), "empty file (0 bytes); remove it or add records")
        return
    if path.suffix.lower() == ".parquet":
        yield from iter_parquet(path, default_event=default_event, defaults=defaults)
    elif path.suffix.lower() == ".csv":
        yield from iter_csv(path, default_event=default_event, defaults=defaults)
    else:
        yield from iter_jsonl(path, default_event=default_event, defaults=defaults)


__all__ = ["iter_csv", "iter_jsonl", "iter_parquet", "iter_records"]
