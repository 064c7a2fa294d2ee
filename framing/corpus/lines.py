"""The lines of a record file (``.jsonl``, ``.csv``), decoded one at a time, each bounded.

A record file is read line by line and never loaded whole. No line is held beyond
:data:`MAX_LINE_BYTES`: a longer one is passed over while it streams (only its size is
kept) and reported as a :class:`Line` without text, so a 200 MB line costs no more
memory than a short one. Line ends are ``\\n`` (and ``\\r\\n``), or a lone ``\\r`` in a
file that has no ``\\n`` at all (classic Mac OS). Each line is decoded on its own:
UTF-8, else cp1252 with a warning naming ``file:line``; a file with a UTF-16 or UTF-32
byte-order mark (or UTF-16 without one) is decoded as a stream, and where its bytes stop
decoding (a truncated file) the rest is reported as one :class:`Line` without text.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .encoding import UTF16_WARNING, bom_encoding, decode_line, sniff_utf16
from .formats import MAX_FILE_BYTES

#: The longest line read (bytes; characters in a UTF-16/32 file): one record holds one
#: article, and an article file may hold as much.
MAX_LINE_BYTES = MAX_FILE_BYTES
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Line:
    """One line of a record file.

    Attributes
    ----------
    n : int
        Its line number, from 1.
    text : str or None
        The decoded line with its line end; None when it was not read (see below).
    warning : str or None
        How it was decoded, when that was a guess (cp1252, UTF-16 without a BOM).
    too_long : int
        For a line over the limit: its length (in ``unit``), the line itself not held.
    unit : str
        ``"bytes"`` or ``"characters"``.
    undecodable : str
        Why the file cannot be decoded from this line on (the last :class:`Line`).
    """

    n: int
    text: str | None
    warning: str | None = None
    too_long: int = 0
    unit: str = "bytes"
    undecodable: str = ""


def read_lines(path: Path, limit: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """The lines of ``path`` (see the module docstring).

    Examples
    --------
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "f.jsonl"
    >>> _ = p.write_bytes(b'{"a": 1}\\r{"b": 2}\\r' + b"x" * 50 + b"\\r")
    >>> [(line.n, line.text, line.too_long) for line in read_lines(p, limit=20)]
    [(1, '{"a": 1}\\r', 0), (2, '{"b": 2}\\r', 0), (3, None, 51)]
    """
    with path.open("rb") as fh:
        head = fh.read(_CHUNK)
        bom = bom_encoding(head[:4])
        utf16 = sniff_utf16(head) if bom is None else None
        fh.seek(0)
        if bom in ("utf-16", "utf-32") or utf16:
            yield from _wide_lines(fh, bom or utf16 or "", path, limit, bool(utf16))
            return
        if bom == "utf-8-sig":
            fh.seek(3)
        cr_only = b"\r" in head and b"\n" not in head
        for n, raw in enumerate(_split_cr(fh, limit) if cr_only else _split_lf(fh, limit), 1):
            if isinstance(raw, int):
                yield Line(n, None, too_long=raw)
                continue
            text, warning = decode_line(raw, source=f"{path}:{n}")
            yield Line(n, text, warning)


def _split_lf(fh: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines ending in ``\\n``; for one over ``limit`` bytes, its length instead."""
    while line := fh.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while more := fh.readline(_CHUNK):  # pass over the rest of it
                size += len(more)
                if more.endswith(b"\n"):
                    break
            yield size
        else:
            yield line


def _split_cr(fh: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """Lines ending in a lone ``\\r``; for one over ``limit`` bytes, its length instead."""
    buf = bytearray()
    passed = 0  # bytes passed over of a line found too long
    while data := fh.read(_CHUNK):
        start = 0
        while start < len(data):
            end = data.find(b"\r", start)
            piece = data[start:] if end < 0 else data[start:end + 1]
            start = len(data) if end < 0 else end + 1
            if passed or len(buf) + len(piece) > limit:
                passed += len(buf) + len(piece)
                buf.clear()
            else:
                buf += piece
            if end >= 0:
                yield passed if passed else bytes(buf)
                passed = 0
                buf.clear()
    if passed:
        yield passed
    elif buf:
        yield bytes(buf)


def _wide_lines(fh: IO[bytes], codec: str, path: Path, limit: int,
                guessed: bool) -> Iterator[Line]:
    """The lines of a UTF-16/32 file, decoded as a stream."""
    wrapper = io.TextIOWrapper(fh, encoding=codec, newline="")
    note = UTF16_WARNING.format(source=path, codec=codec.upper()) if guessed else None
    n = 0
    try:
        while line := wrapper.readline(limit + 1):
            n += 1
            if len(line) > limit and not line.endswith(("\n", "\r")):
                size = len(line)
                while more := wrapper.readline(_CHUNK):
                    size += len(more)
                    if more.endswith(("\n", "\r")):
                        break
                yield Line(n, None, too_long=size, unit="characters")
            else:
                yield Line(n, line, note if n == 1 else None)
    except UnicodeDecodeError as exc:
        yield Line(n + 1, None, undecodable=f"cannot decode as {codec} ({exc.reason}), so "
                                            f"line {n + 1} and the lines after it were not "
                                            "read; re-save the file as UTF-8")


__all__ = ["MAX_LINE_BYTES", "Line", "read_lines"]
