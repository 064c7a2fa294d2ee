"""Every test can fail: each test function asserts something.

A test function passes this check when its body (or a helper it calls, followed
through the test modules and the shared test helpers) holds an ``assert``, a
``pytest.raises`` / ``pytest.warns`` / ``pytest.fail``, a ``numpy``/``pandas``
``assert_*`` call, or a ``subprocess.run(..., check=True)`` (whose child asserts).
A test that only runs code passes whenever that code does not crash; it is
flagged here by name.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
MODULES = sorted(p for p in TESTS.rglob("test_*.py") if "data" not in p.relative_to(TESTS).parts)
HELPERS = [TESTS / "conftest.py", *sorted(p for p in TESTS.glob("*.py")
                                          if not p.name.startswith(("test_", "conftest")))]
RAISING = {"raises", "warns", "fail", "deprecated_call"}
#: the checks of the whole package, which live in tests/ itself; every other test module lies
#: in tests/<unit>/ for the subpackage framing/<unit> it tests (tests mirror the package)
WHOLE_PACKAGE = {"test_doctests.py", "test_features_doc.py", "test_layers.py",
                 "test_package_notices.py", "test_properties.py", "test_sample_snapshot.py",
                 "test_suite_can_fail.py"}


def _called_name(call: ast.Call) -> str:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return ""


def _asserts_directly(node: ast.AST) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Assert):
            return True
        if isinstance(sub, ast.Call):
            name = _called_name(sub)
            if name.startswith("assert_") or name in RAISING:
                return True
            if name == "run" and any(k.arg == "check" and isinstance(k.value, ast.Constant)
                                     and k.value.value is True for k in sub.keywords):
                return True
    return False


def _functions(path: Path) -> dict[str, ast.FunctionDef]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: dict[str, ast.FunctionDef] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            found.setdefault(node.name, node)
    return found


def _helpers() -> dict[str, ast.FunctionDef]:
    found: dict[str, ast.FunctionDef] = {}
    for path in HELPERS:
        for name, fn in _functions(path).items():
            found.setdefault(name, fn)
    return found


def _asserts(fn: ast.FunctionDef, known: dict[str, ast.FunctionDef], seen: set[str]) -> bool:
    if _asserts_directly(fn):
        return True
    for sub in ast.walk(fn):
        # a helper called by name, or passed as a value (a check function in a table)
        names = []
        if isinstance(sub, ast.Call):
            names.append(_called_name(sub))
        elif isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load):
            names.append(sub.id)
        for name in names:
            if name in known and name not in seen:
                seen.add(name)
                if _asserts(known[name], known, seen):
                    return True
    return False


def unasserted(path: Path) -> list[str]:
    """The test functions of ``path`` that assert nothing (directly or through helpers)."""
    own = _functions(path)
    known = {**_helpers(), **own}
    return [name for name, fn in own.items()
            if name.startswith("test_") and not _asserts(fn, known, {name})]


@pytest.mark.parametrize("path", MODULES, ids=[p.relative_to(TESTS).as_posix() for p in MODULES])
def test_every_test_function_asserts(path: Path) -> None:
    assert unasserted(path) == [], f"{path.relative_to(TESTS)}: these tests cannot fail"


def test_the_check_flags_a_test_without_assert(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text(
        "import pytest\n"
        "def helper(x):\n    assert x\n"
        "def runs_only(x):\n    return x + 1\n"
        "def test_runs(x):\n    runs_only(x)\n"
        "def test_helper(x):\n    helper(x)\n"
        "def test_raises():\n    with pytest.raises(ValueError):\n        int('x')\n"
        "def test_plain():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    assert unasserted(sample) == ["test_runs"]


def test_tests_mirror_the_package() -> None:
    package = TESTS.parent / "framing"
    misplaced = [p.relative_to(TESTS).as_posix() for p in MODULES
                 if (p.parent == TESTS and p.name not in WHOLE_PACKAGE)
                 or (p.parent != TESTS and not (p.parent.parent == TESTS
                                                and (package / p.parent.name).is_dir()
                                                and (p.parent / "__init__.py").is_file()))]
    assert misplaced == [], (
        "move these test modules to tests/<unit>/ for the framing/<unit> they test (a folder "
        f"with an __init__.py), or list a whole-package check in WHOLE_PACKAGE: {misplaced}")
