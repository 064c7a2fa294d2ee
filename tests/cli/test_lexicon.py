"""``framing lexicon list/show/check/new`` and the scaffolded plugin package."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import framing_main
from framing.errors import OutputError
from framing.lexicon import check_lexicon, clear_cache, load_lexicon_file, scaffold_plugin
from framing.lexicon import plugins as plugins_mod

GOOD = """\
[lexicon]
name = "demo"
version = "1.2.0"
kind = "loaded"
description = "Demo."
license = "CC0-1.0"
provenance = "Tests."

[categories.violence_metaphor]
description = "Violence as metaphor."

[[entries]]
term = "kill"
category = "violence_metaphor"
mode = "inflected"
exclude = ["killed in"]

[[entries]]
term = "slap in the face"
category = "violence_metaphor"

[[examples]]
text = "The rule kills innovation."
terms = ["kill"]

[[examples]]
text = "It was a slap in the face."
terms = ["slap in the face"]

[[counterexamples]]
text = "Two people were killed in the crash."
terms = ["kill"]
"""


@pytest.fixture
def builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "builtin"
    directory.mkdir()
    (directory / "demo.toml").write_text(GOOD)
    monkeypatch.setattr(plugins_mod, "builtin_dir", lambda: directory)
    monkeypatch.setattr(plugins_mod, "_entry_points", lambda: [])
    clear_cache()
    yield directory
    clear_cache()


def invoke(*args: str) -> tuple[int, str]:
    """``framing lexicon ARGS`` through the console script's entry point, in this process (so
    the fixture's built-in directory holds); the status the script exits with, and stdout +
    stderr."""
    code, out, err = framing_main("lexicon", *args)
    return code, out + err


def test_list(builtin: Path) -> None:
    code, out = invoke("list")
    assert code == 0
    header, _, row = out.splitlines()[:3]
    assert header.split() == ["name", "version", "kind", "package", "entries"]
    assert row.split() == ["demo", "1.2.0", "loaded", "framing", "2"]


def test_show(builtin: Path) -> None:
    code, out = invoke("show", "demo")
    assert code == 0
    assert "demo 1.2.0" in out and "violence_metaphor (2 entries): Violence as metaphor." in out
    assert "slap in the face" in out and "inflected" in out
    code, out = invoke("show", "nope")
    assert code == 1 and "unknown lexicon 'nope'; available: demo" in out


def test_check_ok_by_name_and_path(builtin: Path) -> None:
    code, out = invoke("check", "demo", str(builtin / "demo.toml"))
    assert code == 0, out
    assert out.count("ok: demo 1.2.0 — 2 examples, 1 counterexamples checked") == 2


def test_check_all(builtin: Path) -> None:
    code, out = invoke("check", "--all")
    assert code == 0 and "ok: demo 1.2.0" in out


def test_check_broken_example_fails(tmp_path: Path, builtin: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('text = "The rule kills innovation."',
                                'text = "The rule harms innovation."'))
    code, out = invoke("check", str(bad))
    assert code == 4
    assert "FAILED: demo 1.2.0" in out
    assert "lexicon 'demo', example 1" in out and "The rule harms innovation." in out
    assert "entry 'kill' did not match" in out and f"{bad}:22" in out


def test_check_counterexample_that_matches_fails(tmp_path: Path, builtin: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('exclude = ["killed in"]\n', ""))
    code, out = invoke("check", str(bad))
    assert code == 4
    assert "counterexample 1" in out and "entry 'kill' matched 'killed' but must not" in out


def test_check_invalid_file_fails(tmp_path: Path, builtin: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('mode = "inflected"', 'mode = "fuzzy"'))
    code, out = invoke("check", str(bad), "demo")
    assert code == 4
    assert f"{bad}:15: entry 1 (term 'kill'): mode 'fuzzy' is not valid" in out
    assert "ok: demo 1.2.0" in out  # the other lexicon is still checked


def test_check_needs_arguments(builtin: Path) -> None:
    code, out = invoke("check")
    assert code == 2 and "--all" in out


def test_new_scaffold_passes_check(tmp_path: Path, builtin: Path) -> None:
    code, out = invoke("new", "my_topic", "--dir", str(tmp_path))
    assert code == 0, out
    root = tmp_path / "framing-lexicon-my-topic"
    pyproject = (root / "pyproject.toml").read_text()
    assert 'name = "framing-lexicon-my-topic"' in pyproject
    assert '"framing-analysis>=0.1"' in pyproject and '"framing>' not in pyproject
    assert '[project.entry-points."framing.lexicons"]\nmy_topic = "framing_lexicon_my_topic"' \
        in pyproject
    assert (root / "framing_lexicon_my_topic" / "__init__.py").is_file()
    assert (root / "README.md").is_file() and (root / "tests" / "test_my_topic.py").is_file()
    lex = load_lexicon_file(root / "framing_lexicon_my_topic" / "my_topic.toml")
    assert lex.name == "my_topic"
    report = check_lexicon(lex)
    assert report.ok, report.problems
    assert report.checked == {"examples": 3, "counterexamples": 2}
    # and the CLI agrees
    code, out = invoke("check", str(root / "framing_lexicon_my_topic" / "my_topic.toml"))
    assert code == 0, out
    # refuses to overwrite
    code, out = invoke("new", "my_topic", "--dir", str(tmp_path))
    assert code == 5 and "already exists" in out


def test_scaffold_test_file_compiles(tmp_path: Path) -> None:
    root = scaffold_plugin("topic", tmp_path)
    source = (root / "tests" / "test_topic.py").read_text()
    compile(source, "test_topic.py", "exec")
    assert 'files("framing_lexicon_topic") / "topic.toml"' in source


def test_scaffold_rejects_bad_name(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="not valid"):
        scaffold_plugin("Bad Name", tmp_path)


def test_scaffolded_package_runs_its_own_test(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the generated test's first function with the package importable (not installed)."""
    root = scaffold_plugin("topic2", tmp_path)
    monkeypatch.syspath_prepend(str(root))
    namespace: dict[str, object] = {}
    exec(compile((root / "tests" / "test_topic2.py").read_text(), "t", "exec"), namespace)
    generated = namespace["test_lexicon_passes_its_examples"]
    try:
        generated()  # type: ignore[operator]
        # and it can fail: with an example that no longer matches, the generated test fails
        toml = root / "framing_lexicon_topic2" / "topic2.toml"
        text = toml.read_text(encoding="utf-8")
        start = text.index('text = "', text.index("[[examples]]")) + len('text = "')
        end = text.index('"', start)  # the first example's text becomes "Nothing here."
        toml.write_text(text[:start] + "Nothing here." + text[end:], encoding="utf-8")
        with pytest.raises(AssertionError):
            generated()  # type: ignore[operator]
    finally:
        sys.modules.pop("framing_lexicon_topic2", None)


def test_installed_command_returns_the_lexicon_status(tmp_path: Path) -> None:
    """The console script (not the click group beside it) exits 4 on a broken lexicon, 1 on a
    missing name: the status the lexicon commands end with reaches the shell."""
    import shutil
    import subprocess

    script = shutil.which("framing", path=str(Path(sys.executable).parent))
    assert script is not None, "the framing console script is not installed beside this Python"
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('text = "The rule kills innovation."', 'text = "A calm day."'))
    run = subprocess.run([script, "lexicon", "check", str(bad)], capture_output=True, text=True)
    assert run.returncode == 4, run.stdout + run.stderr
    assert "FAILED" in run.stdout and str(bad) in run.stdout
    run = subprocess.run(
        [script, "lexicon", "show", "no-such-lexicon"], capture_output=True, text=True
    )
    assert run.returncode == 1, run.stdout + run.stderr
    run = subprocess.run([script, "lexicon", "check", "loaded"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
