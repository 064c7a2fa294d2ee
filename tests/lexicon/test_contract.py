"""The contract every lexicon meets, built-in or plugin.

Parametrised at collection time over every discovered lexicon file: the
built-ins, every installed plugin (entry-point group ``framing.lexicons``) and
the example plugins in this repository's ``lexicons/plugins/`` (unless the same
lexicon is installed). Test ids are lexicon names, so ``pytest -v`` lists each
lexicon checked; tox's ``lexicons`` environment runs this file after installing
the example plugin.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from framing.lexicon import Lexicon, LexiconSource, check_lexicon, lexicon_sources
from framing.lexicon.check import structural_problems
from framing.lexicon.entries import KINDS, MAX_WEIGHT
from framing.lexicon.load import entry_identity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
REPO_PLUGINS = ROOT / "lexicons" / "plugins"


def _name_of(source: LexiconSource) -> str:
    try:
        name = tomllib.loads(source.path.read_text(encoding="utf-8"))["lexicon"]["name"]
        return str(name)
    except Exception:  # an invalid file still gets a test (which then fails)
        return source.label


def _sources() -> list[tuple[str, LexiconSource]]:
    found: dict[str, LexiconSource] = {}
    for src in lexicon_sources(plugins=True):
        found.setdefault(_name_of(src), src)
    installed_paths = {str(s.path) for s in found.values()}
    for path in sorted(REPO_PLUGINS.glob("*/*/*.toml")):
        src = LexiconSource(path, package=f"repo:{path.parts[-3]}", plugin=path.parts[-3])
        if str(path) not in installed_paths:
            found.setdefault(_name_of(src), src)
    return sorted(found.items())


SOURCES = _sources()
IDS = [name for name, _ in SOURCES]
_LOADED: dict[str, Lexicon] = {}


def load(source: LexiconSource) -> Lexicon:
    key = str(source.path)
    if key not in _LOADED:
        _LOADED[key] = source.load()
    return _LOADED[key]


pytestmark = pytest.mark.parametrize("source", [s for _, s in SOURCES], ids=IDS)


def test_schema_valid(source: LexiconSource) -> None:
    lex = load(source)
    assert lex.kind in KINDS
    assert lex.description.strip() and lex.license.strip() and lex.provenance.strip()
    assert lex.n_entries > 0
    assert structural_problems(lex) == []
    print(f"checked {lex.name} {lex.version} ({lex.package}, {lex.n_entries} entries) "
          f"from {source.path}")


def test_no_duplicate_terms_within_a_category(source: LexiconSource) -> None:
    lex = load(source)
    seen: set[tuple[str, str, str]] = set()
    dupes = []
    for e in lex.entries:
        ident = entry_identity(e)
        if ident in seen:
            dupes.append(ident)
        seen.add(ident)
    assert dupes == []


def test_weights_in_range(source: LexiconSource) -> None:
    lex = load(source)
    bad = [(e.term, e.weight) for e in lex.entries if not 0 < e.weight <= MAX_WEIGHT]
    assert bad == []


def test_every_category_is_used(source: LexiconSource) -> None:
    lex = load(source)
    used = {e.category for e in lex.entries}
    assert set(lex.categories) - used == set()


def test_examples_match(source: LexiconSource) -> None:
    lex = load(source)
    assert lex.examples, f"{lex.name}: add [[examples]] that show the entries matching"
    report = check_lexicon(lex)
    problems = [p for p in report.problems if ", example " in p]
    assert problems == [], "\n".join(problems)
    print(f"{lex.name}: {report.checked['examples']} examples matched")


def test_counterexamples_do_not_match(source: LexiconSource) -> None:
    lex = load(source)
    report = check_lexicon(lex)
    problems = [p for p in report.problems if ", counterexample " in p]
    assert problems == [], "\n".join(problems)
    print(f"{lex.name}: {report.checked['counterexamples']} counterexamples did not match")
