"""The shipped lexicons are rebuilt from their data files byte for byte (issue 25, item 6).

lexicons/tools/build_loaded.py turns lexicons/data/loaded/ (seed entries with their word
forms, own-voice entries, removals, the development-part calibration counts) into
lexicons/builtin/loaded.toml; build_frames.py and build_stance.py replay
lexicons/data/frames/ and lexicons/data/stance/ (one data file per lexicon) into the three
frame and four stance lexicons. A hand edit of a generated file, or data changed without a
rebuild, fails here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "lexicons" / "tools"
TOOL = TOOLS / "build_loaded.py"
BUILTIN = ROOT / "lexicons" / "builtin"
#: the lexicons build_frames.py and build_stance.py write
REPLAYED = {
    "build_frames": ("frames_generic", "frames_policy", "moral_foundations"),
    "build_stance": ("hedges", "boosters", "reporting", "intensifiers"),
}

pytestmark = pytest.mark.skipif(
    not all((TOOLS / f"{name}.py").is_file() for name in ("build_loaded", *REPLAYED)),
    reason="lexicon tools not in this tree",
)


def _tool(name: str = "build_loaded") -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def test_loaded_rebuilds_identically() -> None:
    tool = _tool()
    shipped = (BUILTIN / "loaded.toml").read_text(encoding="utf-8")
    assert tool.build() == shipped, "run .venv/bin/python lexicons/tools/build_loaded.py"


def test_removed_terms_stay_out() -> None:
    tool = _tool()
    terms = {e["term"] for e in tool.seed_entries()}
    removed = {r["term"] for r in tool.read_toml(tool.DATA / "removed.toml")["removed"]}
    assert removed and not terms & removed
    # the reporting verbs and neutral labels issue 21 names
    assert {"accuse", "criticism", "conservative", "liberal", "fox news"} <= removed


@pytest.mark.parametrize(
    ("script", "name"), [(script, name) for script, names in REPLAYED.items() for name in names]
)
def test_frame_and_stance_lexicons_rebuild_identically(script: str, name: str) -> None:
    built = _tool(script).build()
    assert tuple(built) == REPLAYED[script]
    shipped = (BUILTIN / f"{name}.toml").read_text(encoding="utf-8")
    assert built[name] == shipped, f"run .venv/bin/python lexicons/tools/{script}.py"


@pytest.mark.parametrize("script", sorted(REPLAYED))
def test_frame_and_stance_data_name_their_source(script: str) -> None:
    tool = _tool(script)
    for name in REPLAYED[script]:
        with (tool.DATA / f"{name}.toml").open("rb") as fh:
            source = tomllib.load(fh)["source"]
        assert source["authors"] == "the framing authors"
        assert source["license"] == "CC-BY-4.0"
        assert source["description"] and source["references"]
