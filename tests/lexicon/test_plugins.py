"""Lexicon discovery: built-ins, entry-point plugins (working and broken), selection."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from framing.errors import LexiconError, UnknownNameError
from framing.lexicon import (
    available_lexicons,
    clear_cache,
    compile_lexicons,
    get_lexicon,
    select_lexicons,
)
from framing.lexicon import plugins as plugins_mod
from framing.text.doc import parse_text

ROOT = Path(__file__).resolve().parents[2]
TECH_HYPE = ROOT / "lexicons" / "plugins" / "tech-hype"
#: the real entry-point discovery, kept before any test patches it
REAL_ENTRY_POINTS = plugins_mod._entry_points


def lexicon_toml(name: str, term: str, kind: str = "loaded") -> str:
    return f"""\
[lexicon]
name = "{name}"
version = "2.0.0"
kind = "{kind}"
description = "Test lexicon {name}."
license = "CC0-1.0"
provenance = "Written for the tests."

[categories.c]
description = "C."

[[entries]]
term = "{term}"
category = "c"
mode = "inflected"

[[examples]]
text = "A {term} here."
terms = ["{term}"]
"""


def fake_dist(site: Path, dist: str, entry_points: dict[str, str]) -> None:
    """Make ``dist`` look installed on ``site`` (a dist-info with entry points)."""
    info = site / f"{dist.replace('-', '_')}-1.0.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0.0\n")
    eps = "".join(f"{k} = {v}\n" for k, v in entry_points.items())
    (info / "entry_points.txt").write_text(f"[framing.lexicons]\n{eps}")


@pytest.fixture
def builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A built-in directory with two small lexicons; no plugins unless a test adds some."""
    directory = tmp_path / "builtin"
    directory.mkdir()
    (directory / "alpha.toml").write_text(lexicon_toml("alpha", "betrayal"))
    (directory / "beta.toml").write_text(lexicon_toml("beta", "pivot", kind="hedge"))
    monkeypatch.setattr(plugins_mod, "builtin_dir", lambda: directory)
    monkeypatch.setattr(plugins_mod, "_entry_points", lambda: [])
    clear_cache()
    yield directory
    clear_cache()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builtin: Path) -> Iterator[Path]:
    """A site directory on sys.path whose distributions are really discovered."""
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(plugins_mod, "_entry_points", REAL_ENTRY_POINTS)
    before = set(sys.modules)
    yield site
    for name in set(sys.modules) - before:
        if name.startswith(("framing_lexicon_", "broken_")):
            del sys.modules[name]


def test_builtins_listed_and_loaded(builtin: Path) -> None:
    infos = available_lexicons()
    assert [(i.name, i.version, i.kind, i.package, i.entries) for i in infos] == [
        ("alpha", "2.0.0", "loaded", "framing", 1),
        ("beta", "2.0.0", "hedge", "framing", 1),
    ]
    assert get_lexicon("alpha").path == str(builtin / "alpha.toml")


def test_unknown_name_lists_available(builtin: Path) -> None:
    with pytest.raises(UnknownNameError, match="unknown lexicon 'gamma'; available: alpha, beta"):
        get_lexicon("gamma")


def test_builtin_lookup_does_not_touch_plugins(builtin: Path, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    def boom() -> list[EntryPoint]:
        raise AssertionError("entry points enumerated")

    monkeypatch.setattr(plugins_mod, "_entry_points", boom)
    assert get_lexicon("alpha").name == "alpha"


def test_import_has_no_discovery_side_effects() -> None:
    code = ("import importlib.metadata as md\n"
            "calls = []\n"
            "orig = md.entry_points\n"
            "md.entry_points = lambda **k: calls.append(k) or orig(**k)\n"
            "import framing, framing.lexicon as L, framing.cli.lexicon\n"
            "assert calls == [] and L.plugins._STATE == {'builtin': None, 'plugin': None}\n"
            "L.plugins.plugin_sources()\n"
            "assert calls == [{'group': 'framing.lexicons'}], calls\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_select_lexicons(builtin: Path, tmp_path: Path) -> None:
    assert [lex.name for lex in select_lexicons()] == ["alpha", "beta"]
    assert [lex.name for lex in select_lexicons(include=["beta"])] == ["beta"]
    assert [lex.name for lex in select_lexicons(exclude=["alpha"])] == ["beta"]
    extra = tmp_path / "mine.toml"
    extra.write_text(lexicon_toml("mine", "moat"))
    chosen = select_lexicons(extra_files=[extra], weights={"mine": 2.0})
    assert [lex.name for lex in chosen] == ["alpha", "beta", "mine"]
    assert chosen[2].package == "file" and chosen[2].entries[0].weight == 2.0
    with pytest.raises(UnknownNameError):
        select_lexicons(exclude=["nope"])
    clash = tmp_path / "alpha2.toml"
    clash.write_text(lexicon_toml("alpha", "moat"))
    with pytest.raises(LexiconError, match="already active"):
        select_lexicons(extra_files=[clash])


def test_entry_point_forms(builtin: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                           ) -> None:
    one = tmp_path / "one.toml"
    one.write_text(lexicon_toml("one", "gut"))
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "two.toml").write_text(lexicon_toml("two", "slap"))
    module = type(sys)("fake_lexicon_module")
    module.PATH = str(one)  # type: ignore[attr-defined]
    module.FOLDER = folder  # type: ignore[attr-defined]
    module.files = lambda: [one, folder]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_lexicon_module", module)
    for attr, expected in (("PATH", ["one"]), ("FOLDER", ["two"]), ("files", ["one", "two"])):
        eps = [EntryPoint(name="p", value=f"fake_lexicon_module:{attr}", group="framing.lexicons")]
        monkeypatch.setattr(plugins_mod, "_entry_points", lambda eps=eps: eps)
        clear_cache()
        infos = [i for i in available_lexicons() if i.package != "framing"]
        assert [i.name for i in infos] == expected


def test_installed_plugin_is_discovered(site: Path) -> None:
    """The repo's tech-hype plugin, 'installed' through a dist-info on sys.path."""
    sys.path.insert(0, str(TECH_HYPE))
    try:
        fake_dist(site, "framing-lexicon-tech-hype", {"tech_hype": "framing_lexicon_tech_hype"})
        clear_cache()
        infos = {i.name: i for i in available_lexicons()}
        assert infos["tech_hype"].package == "framing-lexicon-tech-hype"
        assert infos["tech_hype"].entries > 60
        lex = get_lexicon("tech_hype")
        matcher = compile_lexicons(select_lexicons())
        terms = {m.term for m in matcher.match(parse_text("A state-of-the-art betrayal."))}
        assert terms == {"state-of-the-art", "betrayal"}
        assert ("tech_hype", lex.version) in matcher.lexicons
    finally:
        sys.path.remove(str(TECH_HYPE))


def test_broken_plugins_warn_and_others_still_load(site: Path) -> None:
    fake_dist(site, "framing-lexicon-broken", {"broken": "broken_no_such_module_xyz"})
    bad_pkg = site / "broken_badfile"
    bad_pkg.mkdir()
    (bad_pkg / "__init__.py").write_text("")
    (bad_pkg / "bad.toml").write_text(lexicon_toml("bad", "x").replace("2.0.0", "one"))
    fake_dist(site, "framing-lexicon-badfile", {"badfile": "broken_badfile"})
    good_pkg = site / "framing_lexicon_good"
    good_pkg.mkdir()
    (good_pkg / "__init__.py").write_text("")
    (good_pkg / "good.toml").write_text(lexicon_toml("good", "moonshot"))
    fake_dist(site, "framing-lexicon-good", {"good": "framing_lexicon_good"})
    clear_cache()
    with pytest.warns(RuntimeWarning) as record:
        infos = {i.name: i for i in available_lexicons()}
    messages = [str(w.message) for w in record]
    assert any("'broken'" in m and "framing-lexicon-broken" in m and "ModuleNotFoundError" in m
               for m in messages)
    assert any("'badfile'" in m and "framing-lexicon-badfile" in m and "bad.toml" in m
               and "version" in m for m in messages)
    assert set(infos) == {"alpha", "beta", "good"}
    assert infos["good"].package == "framing-lexicon-good"
    assert get_lexicon("good").entries[0].term == "moonshot"


def test_plugin_cannot_shadow_builtin(builtin: Path, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shadow = tmp_path / "alpha_again.toml"
    shadow.write_text(lexicon_toml("alpha", "moat"))
    eps = [EntryPoint(name="shadow", value="os.path:sep", group="framing.lexicons")]
    monkeypatch.setattr(plugins_mod, "resolve_plugin", lambda obj: [shadow])
    monkeypatch.setattr(plugins_mod, "_entry_points", lambda: eps)
    clear_cache()
    with pytest.warns(RuntimeWarning, match="already provided by 'framing'"):
        assert [i.name for i in available_lexicons()] == ["alpha", "beta"]
    assert get_lexicon("alpha").entries[0].term == "betrayal"


def test_real_builtin_directory_exists() -> None:
    clear_cache()
    directory = plugins_mod.builtin_dir()
    assert directory.is_dir()
    assert Path(str(directory)).name in ("builtin", "_lexicons")
