"""Encodings: BOMs, cp1252 with a warning that names the file, undefined cp1252 bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from framing.corpus import CorpusWarning, load_corpus
from framing.corpus.encoding import decode_bytes

TEXT = ("Café Owners Protest Rent Rise\r\n\r\nOwners of the café on Main Street said the "
        "new rent – up 40% – would force them to close “within months”.\r\n")


def _read_one(tmp_path: Path, data: bytes, name: str = "a.txt") -> object:
    (tmp_path / name).write_bytes(data)
    return load_corpus(tmp_path).articles[0]


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-le", "utf16-be"])
def test_unicode_encodings_read_silently(tmp_path: Path, data: bytes) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)
        art = _read_one(tmp_path, data)
    assert art.title == "Café Owners Protest Rent Rise"  # type: ignore[attr-defined]
    assert art.text.startswith("Owners of the café")  # type: ignore[attr-defined]
    assert "\r" not in art.text and "\ufeff" not in art.title  # type: ignore[attr-defined]
    assert art.warnings == ()  # type: ignore[attr-defined]


def test_cp1252_is_read_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    with pytest.warns(CorpusWarning, match=r"legacy\.txt.*cp1252"):
        art = _read_one(tmp_path, TEXT.encode("cp1252"), "legacy.txt")
    assert "“within months”" in art.text  # type: ignore[attr-defined]
    assert any("legacy.txt" in w and "cp1252" in w for w in art.warnings)  # type: ignore[attr-defined]


def test_bytes_undefined_in_cp1252_fall_back_with_a_warning(tmp_path: Path) -> None:
    data = b"Headline\n\nThe price rose by 5 per cent" + b" \x81\x8d\x90 " + b"\xe9t\xe9."
    with pytest.warns(CorpusWarning, match=r"odd\.txt.*neither UTF-8 nor cp1252"):
        art = _read_one(tmp_path, data, "odd.txt")
    assert art.text.startswith("The price rose")  # type: ignore[attr-defined]


def test_decode_bytes_rejects_broken_utf16() -> None:
    from framing.corpus import DecodeError

    with pytest.raises(DecodeError, match=r"x\.txt.*utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8", source="x.txt")


def test_newlines_are_normalised() -> None:
    assert decode_bytes(b"a\r\nb\rc", source="x").text == "a\nb\nc"
