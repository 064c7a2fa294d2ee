"""The shipped loaded lexicon is rebuilt from its data files byte for byte (issue 25, item 6).

lexicons/tools/build_loaded.py turns lexicons/data/loaded/ (seed entries with their word
forms, own-voice entries, removals, the development-part calibration counts) into
lexicons/builtin/loaded.toml; a hand edit of the generated file, or data changed without a
rebuild, fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "lexicons" / "tools" / "build_loaded.py"

pytestmark = pytest.mark.skipif(not TOOL.is_file(), reason="lexicon tools not in this tree")


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_loaded", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_loaded", module)
    spec.loader.exec_module(module)
    return module


def test_loaded_rebuilds_identically() -> None:
    tool = _tool()
    shipped = (ROOT / "lexicons" / "builtin" / "loaded.toml").read_text(encoding="utf-8")
    assert tool.build() == shipped, "run .venv/bin/python lexicons/tools/build_loaded.py"


def test_removed_terms_stay_out() -> None:
    tool = _tool()
    terms = {e["term"] for e in tool.seed_entries()}
    removed = {r["term"] for r in tool.read_toml(tool.DATA / "removed.toml")["removed"]}
    assert removed and not terms & removed
    # the reporting verbs and neutral labels issue 21 names
    assert {"accuse", "criticism", "conservative", "liberal", "fox news"} <= removed
