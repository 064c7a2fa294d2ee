"""Stream the records of a ``.jsonl``, ``.csv`` or ``.parquet`` source, one article per record.

The file is read line by line (``csv.DictReader`` over decoded lines, from
:func:`framing.corpus.lines.read_lines`), never loaded whole, so memory stays flat
however many records it holds, and no line or CSV row is held beyond
:data:`~framing.corpus.lines.MAX_LINE_BYTES`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from .encoding import (
    SURROGATE_WARNING,
    json_loads,
    json_problem,
    json_type,
    looks_binary,
    normalise_newlines,
)
from .exceptions import MalformedRecordError, MissingColumnError
from .formats import MetadataFieldError, RawItem, Skip, own_metadata, too_large
from .lines import MAX_LINE_BYTES, Line, read_lines

#: manifest fields that may serve as defaults for every record of a file
DEFAULT_FIELDS = ("outlet", "event", "published")


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
    ``"file:line: <json parser message>"``; a line over
    :data:`~framing.corpus.lines.MAX_LINE_BYTES` is skipped unread.
    """
    if _is_binary(path):
        yield Skip(str(path), "holds NUL bytes, so it is binary, not JSON Lines text")
        return
    for line in read_lines(path):
        n, text = line.n, line.text
        if text is None:
            yield _unread_line(path, line)
            if line.undecodable:
                return
            continue
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
        yield _item(path, n, obj, defaults or {}, default_event, line.warning, replaced)


def _unread_line(path: Path, line: Line) -> Skip:
    """The skip of a line that was not read (too long, or not decodable from there on)."""
    where = f"{path}:{line.n}"
    if line.undecodable:
        return Skip(where, f"{where}: {line.undecodable}", line=line.n)
    return Skip(where, f"{where}: the line is " + too_large(line.too_long, line.unit,
                                                            MAX_LINE_BYTES), line=line.n)


class _Unread(Exception):
    """A line the CSV parser is not given (too long, or the file stops decoding there)."""

    def __init__(self, line: Line) -> None:
        super().__init__(line.n)
        self.line = line


class _Feed:
    """The decoded lines of a CSV file, for ``csv.reader``.

    A line that was not read raises :class:`_Unread` out of the reader, as does a row
    whose lines add up to more than :data:`MAX_LINE_BYTES`: the lines up to where its
    open quote closes (a row spans lines only inside a quoted value, and the parity of
    its quote characters says whether one is open) are passed over with it, or the rest
    of the file when it never closes. The reader starts its next row afresh.
    """

    def __init__(self, path: Path) -> None:
        self.lines = read_lines(path)
        self.last = 0  # the last line handed to the parser or passed over
        self.row_size = 0  # characters of the row being parsed
        self.open_quote = False  # an odd count of '"' in the row so far
        self.warnings: dict[int, str] = {}

    def new_row(self) -> None:
        """Start counting a new row."""
        self.row_size = 0
        self.open_quote = False

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.last = line.n
        if line.text is None:
            raise _Unread(line)
        if line.warning:
            self.warnings[line.n] = line.warning
        self._count(line.text)
        if self.row_size > MAX_LINE_BYTES:
            while self.open_quote:  # pass over the rest of the quoted value
                more = next(self.lines, None)
                if more is None or more.undecodable:
                    break
                self.last = more.n
                self._count(more.text or "")
            raise _Unread(Line(line.n, None, too_long=self.row_size, unit="characters"))
        return line.text

    def _count(self, text: str) -> None:
        self.row_size += len(text)
        self.open_quote ^= bool(text.count('"') & 1)


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
    feed = _Feed(path)
    csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
    # strict: a quote left open would otherwise swallow the rows after it into one
    # field without a word; strict parsing stops at the first character that cannot
    # follow a closing quote, or at the end of the file
    reader = csv.DictReader(feed, strict=True)
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield Skip(str(path), f"{path}:1: cannot read the CSV header ({exc})")
        return
    except _Unread as exc:  # the header line is too long, or does not decode
        yield Skip(str(path), _unread_line(path, exc.line).reason)
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
    start = feed.last + 1
    while True:
        feed.new_row()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skip(f"{path}:{start}", _bad_row(path, start, feed.last, exc), line=start,
                       event=default_event)
            start = feed.last + 1
            continue
        except _Unread as exc:  # the lines of the row so far are passed over with it
            if exc.line.undecodable:
                yield Skip(f"{path}:{exc.line.n}", f"{path}:{exc.line.n}: "
                           f"{exc.line.undecodable}", line=exc.line.n, event=default_event)
                return
            if feed.last > start:
                reason = _long_row(path, start, feed.last, exc.line.too_long,
                                   closed=not feed.open_quote)
            else:
                reason = _unread_line(path, exc.line).reason
            yield Skip(f"{path}:{start}", reason, line=start, event=default_event)
            start = feed.last + 1
            continue
        warning = next((feed.warnings.pop(n) for n in range(start, feed.last + 1)
                        if n in feed.warnings), None)
        extra = row.pop(None, None)
        if extra is not None:  # csv.DictReader keeps what is beyond the header under None
            yield Skip(f"{path}:{start}", _too_many_values(path, start, len(fields),
                                                           len(fields) + len(extra)),
                       line=start, event=default_event)
        else:
            yield _item(path, start, row, defaults or {}, default_event, warning)
        start = feed.last + 1


def _long_row(path: Path, start: int, end: int, size: int, closed: bool) -> str:
    """The reason a CSV row read over several lines and the limit was skipped."""
    why = (f"a quoted value opened on line {start} closes only on line {end}" if closed else
           f"a quote opened on line {start} is never closed, so every line after it reads "
           "as one value")
    return (f"{path}:{start}: lines {start}-{end} read as one row of {size:,} characters, "
            f"over the limit of {MAX_LINE_BYTES:,} for one article ({why}); the lines were "
            "skipped: close the quote where the value ends (a quote inside a quoted value is "
            "written twice: \"\"), or split the article")


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
    batches = pf.iter_batches(batch_size=batch_size)
    while True:
        try:
            batch = next(batches, None)
        except (pa.ArrowException, OSError) as exc:  # a corrupt page: the rows from here on
            yield Skip(f"{path}:{n + 1}", f"{path}:{n + 1}: cannot read the rows from {n + 1} "
                                          f"on ({type(exc).__name__}: {exc}); they were "
                                          "skipped: write the file again", line=n + 1,
                       event=default_event)
            return
        if batch is None:
            return
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
