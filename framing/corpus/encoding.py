"""Turn the bytes of a file into text: BOMs, UTF-8, cp1252 and last-resort fallbacks.

Order of attempts:

1. a byte-order mark decides: UTF-8 (BOM dropped), UTF-32 or UTF-16 LE/BE;
2. without a BOM, bytes that alternate with NULs the way UTF-16 text does
   (Windows tools write UTF-16-LE, sometimes with no BOM) are read as UTF-16-LE or
   -BE, with a warning naming the file;
3. other NUL bytes without a BOM mean binary data (:class:`BinaryFileError`);
4. strict UTF-8;
5. cp1252 (Windows "ANSI"), with a warning naming the file;
6. when cp1252 cannot decode either (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are
   undefined in it): ``charset-normalizer`` if installed, else latin-1, with a
   warning.

Newlines are normalised to ``\\n`` in every case.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from typing import Any

from .exceptions import BinaryFileError, DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, the encoding used, and any warnings about the guess."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n``, and drop NUL characters.

    Every body read passes through here. A NUL is never part of an article's text (a
    JSON ``"\u0000"``, a stray byte), and Python 3.10's csv module cannot write one, so
    it would break the CSV outputs that quote the text.

    Examples
    --------
    >>> normalise_newlines("a\r\nb\rc\x00d")
    'a\nb\ncd'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "")


_SURROGATE = re.compile("[\ud800-\udfff]")
#: The warning kept in ``inputs.csv`` for an input whose text held lone surrogates.
SURROGATE_WARNING = ("{n} lone UTF-16 surrogate(s) (half of an emoji or other character, e.g. "
                     "a JSON \\ud83d cut from its pair) replaced with U+FFFD")


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone UTF-16 surrogate replaced by U+FFFD, and how many there were.

    A JSON escape such as ``"\\ud83d"`` without its pair decodes to a lone surrogate,
    which no UTF-8 output can hold; every string read from JSON passes through here
    (:func:`json_loads`).

    Examples
    --------
    >>> replace_surrogates("ok \\ud83d!")
    ('ok \ufffd!', 1)
    """
    if text.isascii():
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


class JSONShapeError(json.JSONDecodeError):
    """JSON that parses but that framing refuses: a key given twice in one object (which
    ``json.loads`` would resolve by keeping the last value, without a word), or nesting
    too deep for the parser."""

    def __init__(self, msg: str, doc: str) -> None:
        super().__init__(msg, doc, 0)


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text, for a message: the parser's complaint and its column,
    or a :class:`JSONShapeError`'s message alone.

    Examples
    --------
    >>> try:
    ...     json_loads('{"outlet": "A", "outlet": "B"}')
    ... except json.JSONDecodeError as exc:
    ...     print(json_problem(exc))
    the key 'outlet' is given twice in one object; keep one
    """
    if isinstance(exc, JSONShapeError):
        return exc.msg
    return f"{exc.msg} (column {exc.colno})"


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _DuplicateKey(key)
        obj[key] = value
    return obj


class _DuplicateKey(Exception):
    pass


def json_loads(text: str) -> tuple[Any, int]:
    """``json.loads(text)`` with lone surrogates replaced in every key and string value.

    Returns the object and the number of surrogates replaced (the reader records a
    warning for the input: :data:`SURROGATE_WARNING`). Raises ``json.JSONDecodeError``
    as ``json.loads`` does, and :class:`JSONShapeError` (one) for a key given twice in
    an object or nesting deeper than the parser's recursion guard allows.

    Examples
    --------
    >>> json_loads('{"id": "a\\\\ud83d", "n": [1, "\\\\udc00"]}')
    ({'id': 'a\ufffd', 'n': [1, '\ufffd']}, 2)
    """
    count = 0

    def clean(value: Any) -> Any:
        nonlocal count
        if isinstance(value, str):
            out, n = replace_surrogates(value)
            count += n
            return out
        if isinstance(value, list):
            return [clean(v) for v in value]
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        return value

    try:
        obj = json.loads(text, object_pairs_hook=_unique_keys)
        if "\\u" not in text and text.isascii():
            return obj, 0
        return clean(obj), count
    except _DuplicateKey as exc:
        raise JSONShapeError(f"the key {exc.args[0]!r} is given twice in one object; keep one",
                             text) from None
    except RecursionError:  # the parser's depth guard: arrays or objects nested too deeply
        raise JSONShapeError("arrays or objects nested too deeply to read (a record is one "
                             "object of text values)", text) from None


def printable(text: str) -> str:
    """``text`` with the bytes a file name holds that are not UTF-8 (decoded by Python as
    lone surrogates, ``\\udce9``) written as ``\\xe9``: no output can hold a lone
    surrogate, and the name stays recognisable.

    Examples
    --------
    >>> import os
    >>> printable(os.fsdecode(b"news/caf\\xe9.txt"))
    'news/caf\\\\xe9.txt'
    >>> printable("news/café.txt")
    'news/café.txt'
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogateescape" if _ESCAPED_ONLY.fullmatch(text)
                           else "replace")
        return data.decode("utf-8", "backslashreplace")


_ESCAPED_ONLY = re.compile("[^\ud800-\udc7f\udd00-\udfff]*", re.DOTALL)


def json_type(value: Any) -> str:
    """The JSON name of a decoded value's type (``null``, ``array``, ``string``, ...)."""
    names = {type(None): "null", bool: "true/false", int: "a number", float: "a number",
             str: "a string", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by the byte-order mark at the start of ``data``, if any.

    Examples
    --------
    >>> bom_encoding(b"\\xef\\xbb\\xbfhi")
    'utf-8-sig'
    >>> bom_encoding(b"hi") is None
    True
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def sniff_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when BOM-less ``data`` reads as UTF-16 text.

    Text in a Latin script written as UTF-16 has a NUL as the high byte of almost
    every character: at the odd offsets for little-endian, the even ones for
    big-endian. The first 64 KiB must show that pattern (nine in ten of one side NUL,
    under one in ten of the other) and decode without error; anything else is left to
    the other checks (a binary file is still called binary).

    Examples
    --------
    >>> sniff_utf16("Meta's new model".encode("utf-16-le"))
    'utf-16-le'
    >>> sniff_utf16("Meta's new model".encode("utf-16-be"))
    'utf-16-be'
    >>> sniff_utf16(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR") is None
    True
    """
    head = data[:65536]
    head = head[: len(head) - len(head) % 2]
    if len(head) < 4 or b"\x00" not in head or bom_encoding(head) is not None:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    nul_even, nul_odd = even.count(0) / half, odd.count(0) / half
    if nul_odd >= 0.9 and nul_even < 0.1:
        codec = "utf-16-le"
    elif nul_even >= 0.9 and nul_odd < 0.1:
        codec = "utf-16-be"
    else:
        return None
    try:
        head.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


#: The warning for a file read as BOM-less UTF-16.
UTF16_WARNING = ("{source}: has no byte-order mark but reads as {codec} (every other byte is "
                 "NUL); read as {codec}; re-save the file as UTF-8 to silence this")


def looks_binary(data: bytes) -> bool:
    """True when ``data`` has no BOM, does not read as UTF-16, and holds a NUL byte.

    Only the first 64 KiB are looked at.
    """
    return (bom_encoding(data) is None and b"\x00" in data[:65536]
            and sniff_utf16(data) is None)


def _fallback(data: bytes) -> tuple[str, str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer ships with requests
        return data.decode("latin-1"), "latin-1"
    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return str(best), str(best.encoding)


def decode_bytes(data: bytes, *, source: str) -> Decoded:
    """Decode the bytes of one file (or one line of a record file).

    Parameters
    ----------
    data : bytes
        The raw bytes.
    source : str
        File name (``"path"`` or ``"path:line"``) used in warnings and errors.

    Returns
    -------
    Decoded

    Raises
    ------
    BinaryFileError
        NUL bytes without a byte-order mark.
    DecodeError
        A byte-order mark whose encoding the rest of the bytes do not follow.

    Examples
    --------
    >>> decode_bytes("café".encode("cp1252"), source="x.txt").warnings[0][:40]
    'x.txt: not valid UTF-8; read as cp1252 ('
    >>> decode_bytes(b"\\xff\\xfeh\\x00i\\x00", source="x.txt").text
    'hi'
    """
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return Decoded(normalise_newlines(data.decode(bom)), bom)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"starts with a {bom} byte-order mark but byte {exc.start} cannot be decoded "
                f"({exc.reason}); re-save the file as UTF-8",
                path=source,
            ) from exc
    utf16 = sniff_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            return Decoded(normalise_newlines(text), utf16,
                           (UTF16_WARNING.format(source=source, codec=utf16.upper()),))
    if b"\x00" in data[:65536]:
        raise BinaryFileError(
            "holds NUL bytes, so it is binary, not text; remove it or convert it to UTF-8 text",
            path=source,
        )
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text, used = _fallback(data)
        note = (
            f"{source}: neither UTF-8 nor cp1252 (byte {first_bad}); read as {used}, "
            "some characters may be wrong; re-save the file as UTF-8"
        )
        return Decoded(normalise_newlines(text), used, (note,))
    note = (
        f"{source}: not valid UTF-8; read as cp1252 (Windows-1252) from byte {first_bad}; "
        "re-save the file as UTF-8 to silence this"
    )
    return Decoded(normalise_newlines(text), "cp1252", (note,))


def decode_line(data: bytes, *, source: str) -> tuple[str, str | None]:
    """Decode one line of a streamed record file: UTF-8, else cp1252, else latin-1.

    Returns the text and a warning naming ``source`` when UTF-8 did not fit.
    NUL bytes are passed through (the record's parser then rejects the line).

    Examples
    --------
    >>> decode_line("naïve".encode("cp1252"), source="a.jsonl:3")[1][:32]
    'a.jsonl:3: not valid UTF-8; read'
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return text, f"{source}: not valid UTF-8; read as {codec}; re-save the file as UTF-8"
    raise AssertionError("unreachable: latin-1 decodes every byte")  # pragma: no cover


__all__ = [
    "UTF16_WARNING",
    "Decoded",
    "bom_encoding",
    "decode_bytes",
    "decode_line",
    "json_loads",
    "json_type",
    "looks_binary",
    "normalise_newlines",
    "replace_surrogates",
    "sniff_utf16",
]
