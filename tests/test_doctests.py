"""The examples in framing's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import framing


def _unimportable(name: str) -> None:
    raise ImportError(f"{name} cannot be imported, so its examples would go untested")


ALL = sorted(m.name for m in pkgutil.walk_packages(framing.__path__, "framing.",
                                                   onerror=_unimportable)
             if not m.name.endswith("__main__"))


def _has_examples(name: str) -> bool:
    """Whether the module's source holds a doctest prompt that runs (not ``+SKIP``)."""
    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None, name
    lines = Path(spec.origin).read_text(encoding="utf-8").splitlines()
    return any(">>> " in ln and "doctest: +SKIP" not in ln for ln in lines)


#: only the modules that show examples that run: one without would pass with nothing run
MODULES = [name for name in ALL if _has_examples(name)]


def test_some_modules_show_examples() -> None:
    assert len(MODULES) >= 10, MODULES


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             report=True, verbose=False)
    assert result.attempted > 0, f"{name} shows '>>> ' but no example of it was run"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
