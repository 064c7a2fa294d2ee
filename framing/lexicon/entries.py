"""The records of the lexicon format: lexicons, categories, entries, examples and matches.

All records are frozen dataclasses holding tuples and plain mappings, so they are
cheap to pickle into worker processes. They are built by :mod:`framing.lexicon.load`
from TOML files, or directly in code (tests, generated lexicons).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Mode = Literal["exact", "inflected", "phrase"]

#: The kinds a lexicon may declare; extractors select matches by kind.
KINDS: frozenset[str] = frozenset(
    {
        "loaded",
        "opinion_style",
        "hedge",
        "booster",
        "reporting",
        "intensifier",
        "frame_generic",
        "frame_policy",
        "moral",
    }
)

#: The matching modes of an entry.
MODES: frozenset[str] = frozenset({"exact", "inflected", "phrase"})

#: Entry weights must lie in ``(0, MAX_WEIGHT]``.
MAX_WEIGHT = 3.0


@dataclass(frozen=True)
class Category:
    """A category of a lexicon, with its description and any extra keys.

    ``extra`` keeps keys beyond ``description`` (for example ``foundation`` and
    ``side`` in the moral-foundations lexicon).
    """

    name: str
    description: str
    extra: Mapping[str, Any] = field(default_factory=dict)
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Entry:
    """One term of a lexicon.

    Attributes
    ----------
    term : str
        The term as written in the lexicon (one word or several).
    category : str
        The category it belongs to.
    weight : float
        Weight in ``(0, 3]``.
    mode : {"exact", "inflected", "phrase"}
        ``exact``: the lowercase tokens equal the term's tokens; ``inflected``:
        each word is compared by its Snowball English stem; ``phrase``: exact
        consecutive lowercase tokens.
    exclude : tuple of str
        Token sequences that cancel a match when they overlap it in the same
        sentence (``"#num"``, ``"#cap"`` and ``"*"`` are wildcards).
    case_sensitive : bool
        The surface text must have the term's case.
    moral : str or None
        A moral-foundation category this term is linked to.
    note : str or None
        A free-text note for reviewers.
    extra : mapping
        Reserved for keys added by later format versions.
    line : int or None
        Line of the entry in its file (not part of equality).
    """

    term: str
    category: str
    weight: float = 1.0
    mode: Mode = "exact"
    exclude: tuple[str, ...] = ()
    case_sensitive: bool = False
    moral: str | None = None
    note: str | None = None
    forms: tuple[str, ...] = ()
    require: tuple[str, ...] = ()
    precision: float | None = None
    support: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Calibration:
    """How a lexicon's entries were calibrated (``[calibration]`` of format 2).

    ``unit`` says what an entry's precision counts. ``"sentence"`` (``framing lexicon
    calibrate``): the share of the labelled sentences holding the entry that are loaded,
    ``base_rate`` the share of loaded sentences. ``"span"``
    (:mod:`framing.lexicon.span_calibration`): the share of the entry's matches whose
    words annotators marked, ``base_rate`` the share of all words they marked. A match is
    evidence when its precision lies above the base rate.
    """

    source: str
    sentences: int
    base_rate: float
    prior: float
    prior_strength: float
    min_support: int
    unit: str = "sentence"


@dataclass(frozen=True)
class Example:
    """An example (or counterexample) text and the entry terms it is about.

    ``terms`` is ``None`` when the file gives no ``terms``: an example then needs
    at least one match of the lexicon, a counterexample none at all.
    """

    text: str
    terms: tuple[str, ...] | None = None
    note: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon.

    Examples
    --------
    >>> lex = Lexicon(name="demo", version="1.0.0", kind="loaded",
    ...               categories={"spin": Category("spin", "Spin words.")},
    ...               entries=(Entry("pivot", "spin"),))
    >>> lex.n_entries, lex.key
    (1, 'demo 1.0.0')
    """

    name: str
    version: str
    kind: str
    categories: Mapping[str, Category]
    entries: tuple[Entry, ...]
    language: str = "en"
    description: str = ""
    license: str = ""
    provenance: str = ""
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[Example, ...] = ()
    #: where it was read from (a file path or a resource path), ``None`` if built in code
    path: str | None = None
    #: "framing" for built-ins, the distribution name for plugins
    package: str = "framing"
    #: sha256 of the source text (or of the entries when built in code)
    digest: str = ""
    #: the file format version (1: inflected entries matched by Snowball stems)
    format: int = 2
    #: how the entries were calibrated, if they were
    calibration: Calibration | None = None

    @property
    def n_entries(self) -> int:
        return len(self.entries)

    @property
    def key(self) -> str:
        """``"name version"``, as recorded in reports."""
        return f"{self.name} {self.version}"

    def content_digest(self) -> str:
        """The digest of the source file, or of the entries when built in code."""
        if self.digest:
            return self.digest
        h = hashlib.sha256()
        for e in self.entries:
            h.update(repr((e.term, e.category, e.weight, e.mode, e.exclude, e.case_sensitive,
                           e.moral, e.forms, e.require, e.precision)).encode())
        return h.hexdigest()

    def info(self) -> LexiconInfo:
        """A short description for listings."""
        return LexiconInfo(
            name=self.name, version=self.version, kind=self.kind, package=self.package,
            entries=self.n_entries, path=self.path,
        )

    def with_entries(self, entries: tuple[Entry, ...]) -> Lexicon:
        """A copy with other entries (the digest is recomputed from them)."""
        return replace(self, entries=entries, digest="")


@dataclass(frozen=True)
class LexiconInfo:
    """One line of :func:`framing.lexicon.available_lexicons`."""

    name: str
    version: str
    kind: str
    package: str
    entries: int
    path: str | None


@dataclass(frozen=True)
class Match:
    """One lexicon entry found in a :class:`~framing.text.doc.Doc`.

    ``start``/``end`` are character offsets into ``doc.text`` (so
    ``doc.text[start:end] == surface``), ``tok_start``/``tok_end`` the token
    range (end exclusive), ``sentence`` the sentence of the first token.
    """

    lexicon: str
    kind: str
    category: str
    term: str
    surface: str
    start: int
    end: int
    tok_start: int
    tok_end: int
    sentence: int
    weight: float = 1.0
    negated: bool = False
    moral: str | None = None
    #: the entry's calibrated precision, if calibrated
    precision: float | None = None
    #: the base rate of the lexicon's calibration data, if calibrated
    base_rate: float | None = None


__all__ = [
    "KINDS",
    "MAX_WEIGHT",
    "MODES",
    "Calibration",
    "Category",
    "Entry",
    "Example",
    "Lexicon",
    "LexiconInfo",
    "Match",
    "Mode",
]
