"""The examples in framing's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import framing


def _unimportable(name: str) -> None:
    raise ImportError(f"{name} cannot be imported, so its examples would go untested")


MODULES = sorted(m.name for m in pkgutil.walk_packages(framing.__path__, "framing.",
                                                       onerror=_unimportable)
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
                             report=True, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
