"""The word lists the actor finder reads, from ``lexicons/actors/actors.toml`` (data).

Inside an installed wheel the file is ``framing/_actors/actors.toml``; in a source
checkout it is read from ``lexicons/actors/``. It is read once per process.
"""

from __future__ import annotations

import importlib.resources
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import FramingError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE = "actors.toml"


@dataclass(frozen=True)
class ActorWords:
    """The lists of ``actors.toml``, as sets (see the file for what each holds)."""

    version: str
    function_words: frozenset[str]
    not_names: frozenset[str]  # calendar, countries, places, products, diseases, demonyms
    products: frozenset[str]
    thing_suffixes: frozenset[str]
    titles: frozenset[str]
    roles: frozenset[str]
    org_suffixes: frozenset[str]
    group_nouns: frozenset[str]
    described_heads: frozenset[str]


def _path() -> Any:
    installed = importlib.resources.files("framing") / "_actors" / FILE
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "lexicons" / "actors" / FILE


def _words(data: dict[str, Any], table: str, key: str, origin: str) -> frozenset[str]:
    try:
        values = data[table][key]
    except KeyError as exc:
        raise FramingError(f"{origin}: no [{table}] {key} list; restore the file from the "
                           "framing distribution") from exc
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise FramingError(f"{origin}: [{table}] {key} must be a list of strings")
    return frozenset(values)


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    """The shipped lists, read once per process."""
    path = _path()
    origin = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FramingError(f"{origin}: cannot read the actor word lists ({exc})") from exc
    na = "not_actors"
    products = _words(data, na, "products", origin)
    return ActorWords(
        version=str(data.get("meta", {}).get("version", "")),
        function_words=_words(data, na, "function_words", origin),
        not_names=(_words(data, na, "calendar", origin) | _words(data, na, "countries", origin)
                   | _words(data, na, "places", origin) | products
                   | _words(data, na, "diseases", origin)
                   | _words(data, na, "demonyms", origin)),
        products=products,
        thing_suffixes=_words(data, na, "thing_suffixes", origin),
        titles=_words(data, "titles", "person", origin),
        roles=_words(data, "titles", "roles", origin),
        org_suffixes=_words(data, "organisations", "suffixes", origin),
        group_nouns=_words(data, "organisations", "group_nouns", origin),
        described_heads=_words(data, "described", "heads", origin),
    )


__all__ = ["ActorWords", "actor_words"]
