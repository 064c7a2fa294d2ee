"""Small parsers shared by the command modules (``framing.cli``, ``framing.learn.cli``)."""

from __future__ import annotations

from collections.abc import Sequence

import click


def parse_pairs(
    values: Sequence[str], option: str, example: str = "NAME=NUMBER"
) -> dict[str, float]:
    """``["loaded=0.5", "a:b=2"]`` -> ``{"loaded": 0.5, "a:b": 2.0}``; a bad item is a usage
    error naming the option."""
    out: dict[str, float] = {}
    for v in values:
        name, sep, num = v.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError
            out[name.strip()] = float(num)
        except ValueError:
            raise click.BadParameter(f"{v!r}: use {example}", param_hint=option) from None
    return out
