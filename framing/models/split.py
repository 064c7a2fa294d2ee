"""The fixed development/test split of labelled sentences (BABE and the like).

A sentence belongs to the **test** part when the SHA-1 of its UTF-8 text, read
as a hexadecimal integer, is 0 modulo 5; every other sentence is in the
**development** part. The split depends on the text alone, so it is the same in
every tool, file order and machine. Lexicon entries, weights, thresholds and
rules are chosen on the development part only (``framing lexicon calibrate
--part development``); the test part is kept for the figures reported in
``docs/validation.md`` (``framing evaluate --part test``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal

Part = Literal["development", "test", "all"]

#: The parts a command may select.
PARTS: tuple[str, ...] = ("development", "test", "all")

#: A sentence is in the test part when its hash is 0 modulo this.
MODULUS = 5


def sentence_part(text: str) -> Literal["development", "test"]:
    """The part of the split a sentence belongs to.

    Examples
    --------
    >>> sentence_part("The vote is on May 5."), sentence_part("Critics slammed the plan.")
    ('development', 'development')
    >>> sentence_part("b")
    'test'
    """
    digest = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)
    return "test" if digest % MODULUS == 0 else "development"


def in_part(texts: Iterable[str], part: Part) -> list[bool]:
    """Per text, whether it belongs to ``part`` (``"all"``: every text).

    Examples
    --------
    >>> in_part(["a", "b"], "test"), in_part(["a", "b"], "all")
    ([False, True], [True, True])
    """
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; use one of: {', '.join(PARTS)}")
    if part == "all":
        return [True for _ in texts]
    return [sentence_part(t) == part for t in texts]


__all__ = ["MODULUS", "PARTS", "Part", "in_part", "sentence_part"]
