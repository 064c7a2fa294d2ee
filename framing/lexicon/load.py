"""Reading and validating lexicon TOML files.

Every problem is reported as a :class:`~framing.errors.LexiconError` whose
message names the file, the line and, for entries, the entry (1-based index
and term)::

    loaded.toml:42: entry 7 (term 'kill'): weight 5 is out of range; use a number in (0, 3]

All problems of a file are collected; the error's message starts with the first
and lists the others below it.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ..safe_output.special import FileTooLargeError, NotRegularFileError, read_regular
from .entries import (
    KINDS,
    MAX_WEIGHT,
    MODES,
    Calibration,
    Category,
    Entry,
    Example,
    Lexicon,
    Mode,
)
from .terms import WILDCARDS, pattern_tokens, stem_key, term_key, term_tokens

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable

    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    from importlib.abc import Traversable

    import tomli as tomllib

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
VERSION_RE = re.compile(r"^\d+(\.\d+){0,2}([.+-]?[0-9A-Za-z.]+)?$")

TOP_KEYS = frozenset({"lexicon", "categories", "entries", "examples", "counterexamples",
                      "calibration"})
LEXICON_REQUIRED = ("name", "version", "kind", "description", "license", "provenance")
LEXICON_KEYS = frozenset({*LEXICON_REQUIRED, "language", "format"})
ENTRY_KEYS_V1 = frozenset(
    {"term", "category", "weight", "mode", "exclude", "case_sensitive", "moral", "note"}
)
#: format 2 adds listed word forms, required neighbours and calibration figures
ENTRY_KEYS = ENTRY_KEYS_V1 | {"forms", "require", "precision", "support"}
CALIBRATION_KEYS = frozenset(
    {"source", "sentences", "base_rate", "prior", "prior_strength", "min_support"}
)
#: optional keys of ``[calibration]``: ``unit`` is "sentence" (the default) or "span"
CALIBRATION_OPTIONAL = frozenset({"unit"})
CALIBRATION_UNITS = ("sentence", "span")
#: the lexicon file format this version writes and reads (1 is read with a warning)
FORMAT = 2


class LexiconFormatWarning(UserWarning):
    """A lexicon file in the old format (1): its inflected entries match Snowball stems."""
EXAMPLE_KEYS = frozenset({"text", "terms", "note"})

_HEADER_RE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY_RE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=""")


# -- line numbers -------------------------------------------------------------------


@dataclass
class _Block:
    line: int
    keys: dict[str, int] = field(default_factory=dict)

    def key_line(self, key: str) -> int:
        return self.keys.get(key, self.line)


class LineIndex:
    """Where tables, array-of-table items and keys sit in the raw TOML text.

    A light scan of the text (not a TOML parser): good enough to point at a
    line for every error of a well-formed file.

    Examples
    --------
    >>> idx = LineIndex('[lexicon]\\nname = "x"\\n\\n[[entries]]\\nterm = "a"\\n')
    >>> idx.table("lexicon").key_line("name"), idx.item("entries", 0).key_line("term")
    (2, 5)
    """

    def __init__(self, raw: str) -> None:
        self.tables: dict[str, _Block] = {}
        self.arrays: dict[str, list[_Block]] = {}
        current = self.tables.setdefault("", _Block(1))
        in_multiline: str | None = None
        for lineno, line in enumerate(raw.splitlines(), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            m = _HEADER_RE.match(line)
            if m and not _KEY_RE.match(line):
                name = ".".join(p.strip().strip("\"'") for p in m.group(2).split("."))
                current = _Block(lineno)
                if m.group(1) == "[[":
                    self.arrays.setdefault(name, []).append(current)
                else:
                    self.tables[name] = current
                continue
            k = _KEY_RE.match(line)
            if k:
                current.keys.setdefault(k.group(1).strip("\"'"), lineno)
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote
                    break

    def table(self, name: str) -> _Block:
        return self.tables.get(name) or self.tables[""]

    def item(self, array: str, index: int) -> _Block:
        items = self.arrays.get(array, [])
        return items[index] if index < len(items) else self.tables[""]


# -- validation -----------------------------------------------------------------------


class _Problems:
    def __init__(self) -> None:
        self.items: list[tuple[int | None, str]] = []

    def add(self, line: int | None, message: str) -> None:
        self.items.append((line, message))

    def raise_if_any(self, path: str) -> None:
        if not self.items:
            return
        line, first = self.items[0]
        more = "".join(
            f"\n  also {path}:{ln}: {msg}" if ln is not None else f"\n  also {path}: {msg}"
            for ln, msg in self.items[1:]
        )
        raise LexiconError(first + more, path=path, line=line)


def _type_name(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_str(value: Any, what: str, line: int | None, problems: _Problems,
               *, required: bool = True) -> str | None:
    if not isinstance(value, str):
        problems.add(line, f"{what} must be a string, got {_type_name(value)}")
        return None
    if required and not value.strip():
        problems.add(line, f"{what} must not be empty")
        return None
    return value


def _check_str_list(value: Any, what: str, line: int | None, problems: _Problems
                    ) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(line, f"{what} must be a list of non-empty strings, got {_type_name(value)}")
        return None
    return tuple(value)


def _unknown_keys(table: Mapping[str, Any], allowed: frozenset[str], where: str,
                  block: _Block, problems: _Problems) -> None:
    for key in table:
        if key not in allowed:
            problems.add(block.key_line(key), f"{where}: unknown key {key!r}; allowed keys: "
                                              f"{', '.join(sorted(allowed))}")


def _parse_meta(data: Mapping[str, Any], lines: LineIndex, problems: _Problems) -> dict[str, Any]:
    block = lines.table("lexicon")
    meta = data.get("lexicon")
    if not isinstance(meta, dict):
        problems.add(block.line, "missing [lexicon] table with name, version, kind, description, "
                                 "license and provenance")
        return {}
    _unknown_keys(meta, LEXICON_KEYS, "[lexicon]", block, problems)
    out: dict[str, Any] = {}
    for key in LEXICON_REQUIRED:
        if key not in meta:
            problems.add(block.line, f"[lexicon]: missing required key {key!r}")
            continue
        value = _check_str(meta[key], f"[lexicon] {key}", block.key_line(key), problems)
        if value is not None:
            out[key] = value
    fmt = meta.get("format", 1)
    if fmt not in (1, FORMAT) or isinstance(fmt, bool):
        problems.add(block.key_line("format"), f"[lexicon] format {fmt!r} is not known; use "
                                               f"{FORMAT} (or leave it out for format 1)")
        fmt = FORMAT
    out["format"] = fmt
    lang = meta.get("language", "en")
    value = _check_str(lang, "[lexicon] language", block.key_line("language"), problems)
    out["language"] = value or "en"
    if "name" in out and not NAME_RE.match(out["name"]):
        problems.add(block.key_line("name"), f"[lexicon] name {out['name']!r} is not valid; use "
                                             "lowercase letters, digits, '_' and '-'")
    if "version" in out and not VERSION_RE.match(out["version"]):
        problems.add(block.key_line("version"), f"[lexicon] version {out['version']!r} is not a "
                                                "version number such as '1.0.0'")
    if "kind" in out and out["kind"] not in KINDS:
        problems.add(block.key_line("kind"), f"[lexicon] kind {out['kind']!r} is not known; use "
                                             f"one of: {', '.join(sorted(KINDS))}")
    return out


def _parse_categories(data: Mapping[str, Any], lines: LineIndex, problems: _Problems
                      ) -> dict[str, Category]:
    raw = data.get("categories", {})
    if not isinstance(raw, dict):
        problems.add(lines.table("").key_line("categories"), "categories must be tables "
                                                              "([categories.NAME])")
        return {}
    out: dict[str, Category] = {}
    for name, table in raw.items():
        block = lines.table(f"categories.{name}")
        where = f"category {name!r}"
        if not NAME_RE.match(name):
            problems.add(block.line, f"{where}: name is not valid; use lowercase letters, digits, "
                                     "'_' and '-'")
        if not isinstance(table, dict):
            problems.add(block.line, f"{where}: must be a table with a description")
            continue
        if "description" not in table:
            problems.add(block.line, f"{where}: missing required key 'description'")
            desc = ""
        else:
            desc = _check_str(table["description"], f"{where} description",
                              block.key_line("description"), problems) or ""
        extra = {k: v for k, v in table.items() if k != "description"}
        out[name] = Category(name=name, description=desc, extra=extra, line=block.line)
    return out


def _parse_patterns(raw: Mapping[str, Any], key: str, where: str, block: _Block,
                    problems: _Problems) -> tuple[str, ...]:
    if key not in raw:
        return ()
    pats = _check_str_list(raw[key], f"{where}: {key}", block.key_line(key), problems)
    if pats is None:
        return ()
    for pattern in pats:
        toks = pattern_tokens(pattern)
        if not toks or all(t in WILDCARDS for t in toks):
            problems.add(block.key_line(key),
                         f"{where}: {key} pattern {pattern!r} needs at least one word")
    return pats


def _parse_calibration_figures(raw: Mapping[str, Any], where: str, block: _Block,
                               problems: _Problems) -> tuple[float | None, int | None]:
    precision: float | None = None
    support: int | None = None
    if "precision" in raw:
        p = raw["precision"]
        if not _is_number(p) or not 0 <= float(p) <= 1:
            problems.add(block.key_line("precision"), f"{where}: precision must be a number in "
                                                      f"[0, 1], got {_type_name(p)}")
        else:
            precision = float(p)
    if "support" in raw:
        n = raw["support"]
        if not isinstance(n, int) or isinstance(n, bool) or n < 0:
            problems.add(block.key_line("support"), f"{where}: support must be a whole number "
                                                    f">= 0, got {_type_name(n)}")
        else:
            support = n
    return precision, support


def _parse_entry(index: int, raw: Any, categories: Mapping[str, Category], block: _Block,
                 problems: _Problems, fmt: int = FORMAT) -> Entry | None:
    term_repr = repr(raw.get("term")) if isinstance(raw, dict) else "?"
    where = f"entry {index + 1} (term {term_repr})"
    if not isinstance(raw, dict):
        problems.add(block.line, f"entry {index + 1}: must be a table")
        return None
    n_before = len(problems.items)
    _unknown_keys(raw, ENTRY_KEYS if fmt >= 2 else ENTRY_KEYS_V1, where, block, problems)
    for key in ("term", "category"):
        if key not in raw:
            problems.add(block.line, f"{where}: missing required key {key!r}")
    term = _check_str(raw.get("term", ""), f"{where}: term", block.key_line("term"), problems) \
        if "term" in raw else None
    tokens: tuple[str, ...] = ()
    if term is not None:
        tokens = term_tokens(term)
        if not tokens:
            problems.add(block.key_line("term"), f"{where}: term has no tokens")
    category = None
    if "category" in raw:
        category = _check_str(raw["category"], f"{where}: category", block.key_line("category"),
                              problems)
        if category is not None and category not in categories:
            known = ", ".join(sorted(categories)) or "(none defined)"
            problems.add(block.key_line("category"),
                         f"{where}: unknown category {category!r}; define [categories.{category}]"
                         f" or use one of: {known}")
    weight: float = 1.0
    if "weight" in raw:
        w = raw["weight"]
        if not _is_number(w) or not math.isfinite(float(w)):
            problems.add(block.key_line("weight"), f"{where}: weight must be a number, got "
                                                   f"{_type_name(w)}")
        elif not 0 < w <= MAX_WEIGHT:
            problems.add(block.key_line("weight"), f"{where}: weight {w} is out of range; use a "
                                                   f"number in (0, {MAX_WEIGHT:g}]")
        else:
            weight = float(w)
    mode: Mode = "exact" if len(tokens) <= 1 else "phrase"
    if "mode" in raw:
        m = raw["mode"]
        if m not in MODES:
            problems.add(block.key_line("mode"), f"{where}: mode {m!r} is not valid; use one of: "
                                                 f"{', '.join(sorted(MODES))}")
        elif m == "inflected" and fmt >= 2:
            problems.add(block.key_line("mode"), f"{where}: mode 'inflected' (Snowball stems) is "
                                                 "format 1 only; list the word forms in 'forms'")
        else:
            mode = m
    exclude = _parse_patterns(raw, "exclude", where, block, problems)
    require = _parse_patterns(raw, "require", where, block, problems)
    forms: tuple[str, ...] = ()
    if "forms" in raw:
        got = _check_str_list(raw["forms"], f"{where}: forms", block.key_line("forms"), problems)
        for f in got or ():
            if not term_tokens(f):
                problems.add(block.key_line("forms"), f"{where}: form {f!r} has no tokens")
        forms = got or ()
    precision, support = _parse_calibration_figures(raw, where, block, problems)
    case_sensitive = raw.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        problems.add(block.key_line("case_sensitive"), f"{where}: case_sensitive must be true or "
                                                       f"false, got {_type_name(case_sensitive)}")
        case_sensitive = False
    moral = note = None
    if "moral" in raw:
        moral = _check_str(raw["moral"], f"{where}: moral", block.key_line("moral"), problems)
    if "note" in raw:
        note = _check_str(raw["note"], f"{where}: note", block.key_line("note"), problems,
                          required=False)
    if len(problems.items) > n_before or term is None or category is None:
        return None
    return Entry(term=term, category=category, weight=weight, mode=mode, exclude=exclude,
                 case_sensitive=case_sensitive, moral=moral, note=note, forms=forms,
                 require=require, precision=precision, support=support, line=block.line)


def entry_identity(entry: Entry) -> tuple[str, str, str]:
    """What makes two entries duplicates: category, mode and (case-folded unless
    case-sensitive) term."""
    term = entry.term.strip() if entry.case_sensitive else term_key(entry.term)
    return (entry.category, entry.mode, term)


def example_term_keys(entries: Sequence[Entry], term: str) -> set[str]:
    """The entries (by :func:`~framing.lexicon.terms.term_key`) an example's term names.

    A term names the entries with the same term or word form; if there are none,
    the format-1 ``inflected`` entries it is an inflection of (``"betrayed"``
    names ``"betrayal"``).
    """
    key = term_key(term)
    exact = {k for e in entries
             if (k := term_key(e.term)) == key or any(term_key(f) == key for f in e.forms)}
    if exact:
        return exact
    skey = stem_key(term)
    return {term_key(e.term) for e in entries
            if e.mode == "inflected" and stem_key(e.term) == skey}


def _parse_entries(data: Mapping[str, Any], categories: Mapping[str, Category], lines: LineIndex,
                   problems: _Problems, fmt: int = FORMAT) -> list[Entry]:
    raw = data.get("entries")
    if raw is None or raw == []:
        problems.add(lines.table("lexicon").line, "the lexicon has no [[entries]]; add at least "
                                                  "one entry")
        return []
    if not isinstance(raw, list):
        problems.add(lines.table("").key_line("entries"), "entries must be an array of tables "
                                                           "([[entries]])")
        return []
    entries: list[Entry] = []
    seen: dict[tuple[str, str, str], int] = {}
    for i, item in enumerate(raw):
        block = lines.item("entries", i)
        entry = _parse_entry(i, item, categories, block, problems, fmt)
        if entry is None:
            continue
        ident = entry_identity(entry)
        if ident in seen:
            first = seen[ident]
            problems.add(block.key_line("term"),
                         f"entry {i + 1} (term {entry.term!r}): duplicate of entry {first + 1} in "
                         f"category {entry.category!r} (same term and mode {entry.mode!r}); "
                         "remove one")
        else:
            seen[ident] = i
        entries.append(entry)
    return entries


def _parse_examples(data: Mapping[str, Any], array: str, entries: list[Entry], lines: LineIndex,
                    problems: _Problems) -> list[Example]:
    raw = data.get(array, [])
    label = "example" if array == "examples" else "counterexample"
    if not isinstance(raw, list):
        problems.add(lines.table("").key_line(array), f"{array} must be an array of tables "
                                                       f"([[{array}]])")
        return []
    out: list[Example] = []
    # what example_term_keys(entries, t) is non-empty for, built once for every example
    named = {term_key(f) for e in entries for f in (e.term, *e.forms)}
    inflected = {stem_key(e.term) for e in entries if e.mode == "inflected"}
    for i, item in enumerate(raw):
        block = lines.item(array, i)
        where = f"{label} {i + 1}"
        if not isinstance(item, dict):
            problems.add(block.line, f"{where}: must be a table with text and terms")
            continue
        n_before = len(problems.items)
        _unknown_keys(item, EXAMPLE_KEYS, where, block, problems)
        text = None
        if "text" not in item:
            problems.add(block.line, f"{where}: missing required key 'text'")
        else:
            text = _check_str(item["text"], f"{where}: text", block.key_line("text"), problems)
        terms = None
        if "terms" in item:
            terms = _check_str_list(item["terms"], f"{where}: terms", block.key_line("terms"),
                                    problems)
            for t in terms or ():
                if term_key(t) not in named and stem_key(t) not in inflected:
                    problems.add(block.key_line("terms"),
                                 f"{where}: term {t!r} is not an entry of this lexicon")
        note = item.get("note")
        if note is not None and not isinstance(note, str):
            problems.add(block.key_line("note"), f"{where}: note must be a string")
            note = None
        if len(problems.items) == n_before and text is not None:
            out.append(Example(text=text, terms=terms, note=note, line=block.line))
    return out


def _parse_calibration(data: Mapping[str, Any], lines: LineIndex, problems: _Problems,
                       fmt: int) -> Calibration | None:
    raw = data.get("calibration")
    if raw is None:
        return None
    block = lines.table("calibration")
    if fmt < 2:
        problems.add(block.line, "[calibration] needs format = 2 in [lexicon]")
        return None
    if not isinstance(raw, dict):
        problems.add(block.line, "calibration must be a table ([calibration])")
        return None
    _unknown_keys(raw, CALIBRATION_KEYS | CALIBRATION_OPTIONAL, "[calibration]", block, problems)
    n_before = len(problems.items)
    missing = sorted(CALIBRATION_KEYS - set(raw))
    if missing:
        problems.add(block.line, f"[calibration]: missing key(s) {', '.join(missing)}")
        return None
    source = _check_str(raw["source"], "[calibration] source", block.key_line("source"),
                        problems)
    for key in ("base_rate", "prior"):
        v = raw[key]
        if not _is_number(v) or not 0 < float(v) < 1:
            problems.add(block.key_line(key), f"[calibration] {key} must be a number in (0, 1), "
                                              f"got {_type_name(v)}")
    for key in ("sentences", "min_support"):
        v = raw[key]
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            problems.add(block.key_line(key), f"[calibration] {key} must be a whole number "
                                              f">= 0, got {_type_name(v)}")
    v = raw["prior_strength"]
    if not _is_number(v) or float(v) < 0:
        problems.add(block.key_line("prior_strength"), "[calibration] prior_strength must be a "
                                                       f"number >= 0, got {_type_name(v)}")
    unit = raw.get("unit", "sentence")
    if unit not in CALIBRATION_UNITS:
        problems.add(block.key_line("unit"), f"[calibration] unit must be one of "
                                             f"{', '.join(CALIBRATION_UNITS)}, got {unit!r}")
    if len(problems.items) > n_before or source is None:
        return None
    return Calibration(source=source, sentences=int(raw["sentences"]),
                       base_rate=float(raw["base_rate"]), prior=float(raw["prior"]),
                       prior_strength=float(raw["prior_strength"]),
                       min_support=int(raw["min_support"]), unit=str(unit))


def _syntax_line(exc: Exception) -> int | None:
    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None


def parse_lexicon(raw: str, *, path: str = "<string>", package: str = "framing") -> Lexicon:
    """Parse and validate the TOML text of a lexicon.

    Parameters
    ----------
    raw : str
        The TOML text.
    path : str
        Where the text came from (used in error messages and kept as ``Lexicon.path``).
    package : str
        ``"framing"`` for built-ins, the distribution name for plugins.

    Raises
    ------
    LexiconError
        With file, line and entry of every problem found.

    Examples
    --------
    >>> lex = parse_lexicon('''
    ... [lexicon]
    ... name = "demo"
    ... version = "1.0.0"
    ... kind = "loaded"
    ... description = "A demo."
    ... license = "CC0-1.0"
    ... provenance = "Written for this example."
    ... [categories.spin]
    ... description = "Spin."
    ... [[entries]]
    ... term = "pivot"
    ... category = "spin"
    ... mode = "inflected"
    ... ''')
    >>> lex.name, lex.entries[0].mode
    ('demo', 'inflected')
    """
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"TOML syntax error: {exc}; fix the syntax at that line",
                           path=path, line=_syntax_line(exc)) from exc
    except RecursionError:  # tomllib parses nested arrays and tables by recursion
        raise LexiconError("arrays or tables nested too deeply to read (a lexicon nests two "
                           "levels); fix the file", path=path) from None
    lines = LineIndex(raw)
    problems = _Problems()
    for key in data:
        if key not in TOP_KEYS:
            problems.add(lines.tables[key].line if key in lines.tables else
                         lines.item(key, 0).line if key in lines.arrays else
                         lines.table("").key_line(key),
                         f"unknown top-level key {key!r}; allowed: {', '.join(sorted(TOP_KEYS))}")
    meta = _parse_meta(data, lines, problems)
    fmt = int(meta.get("format", FORMAT))
    categories = _parse_categories(data, lines, problems)
    entries = _parse_entries(data, categories, lines, problems, fmt)
    calibration = _parse_calibration(data, lines, problems, fmt)
    examples = _parse_examples(data, "examples", entries, lines, problems)
    counterexamples = _parse_examples(data, "counterexamples", entries, lines, problems)
    problems.raise_if_any(path)
    if fmt < 2 and package != "framing" and any(e.mode == "inflected" for e in entries):
        warnings.warn(
            f"{path}: lexicon {meta['name']!r} is in format 1: its 'inflected' entries match "
            "Snowball stems, which also reach unrelated words ('apologist' from 'apologized'); "
            f"set format = {FORMAT} in [lexicon] and list each entry's word forms in 'forms'",
            LexiconFormatWarning, stacklevel=2)
    return Lexicon(
        name=meta["name"], version=meta["version"], kind=meta["kind"], categories=categories,
        entries=tuple(entries), language=meta["language"], description=meta["description"],
        license=meta["license"], provenance=meta["provenance"], examples=tuple(examples),
        counterexamples=tuple(counterexamples), path=path, package=package,
        digest=hashlib.sha256(raw.encode("utf-8")).hexdigest(), format=fmt,
        calibration=calibration,
    )


def load_lexicon_file(path: str | Path | Traversable, *, package: str = "framing") -> Lexicon:
    """Read and validate one lexicon TOML file.

    ``path`` may be a filesystem path or an :mod:`importlib.resources`
    traversable (a file inside an installed package).

    Raises
    ------
    LexiconError
        When the file cannot be read or is not a valid lexicon.
    """
    where = str(path)
    try:
        if isinstance(path, (str, Path)):
            raw = read_regular(path, MAX_LEXICON_BYTES).decode("utf-8")
        else:
            raw = path.read_text(encoding="utf-8")
    except (NotRegularFileError, FileTooLargeError) as exc:
        raise LexiconError(f"{exc}, so not a lexicon file; pass a TOML file of at most "
                           f"{MAX_LEXICON_BYTES // 2**20} MiB", path=where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon file: {exc}; check the path", path=where) from exc
    return parse_lexicon(raw, path=where, package=package)


#: The largest lexicon file read (bytes); the largest built-in one is 340 KB.
MAX_LEXICON_BYTES = 16 * 2**20


__all__ = ["FORMAT", "MAX_LEXICON_BYTES", "LexiconFormatWarning", "LineIndex", "entry_identity",
           "example_term_keys", "load_lexicon_file", "parse_lexicon"]
