"""The sample corpus's outputs are byte-identical to the recorded fingerprint.

Restructuring (layers, speed, report building) must not change a byte a user sees. A change that
alters outputs on purpose runs ``python scripts/sample_snapshot.py --update`` in a commit of its
own whose message says why.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _snapshot_module() -> Any:
    path = ROOT / "scripts" / "sample_snapshot.py"
    spec = importlib.util.spec_from_file_location("sample_snapshot", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _first_difference(path: Path, name: str) -> str:
    """Where a changed output first departs from what the recorded run wrote (kept in git)."""
    recorded = ROOT / "tests" / "data" / "sample_outputs"
    old = recorded / name
    if not old.is_file():
        return f"{name}: no recorded copy"
    a = old.read_text("utf-8", errors="replace").splitlines()
    b = path.read_text("utf-8", errors="replace").splitlines()
    for i, (x, y) in enumerate(zip(a, b, strict=False), 1):
        if x != y:
            cut = next((k for k, (c, d) in enumerate(zip(x, y, strict=False)) if c != d),
                       min(len(x), len(y)))
            lo = max(0, cut - 60)
            return f"{name} line {i}: recorded {x[lo:cut + 60]!r} now {y[lo:cut + 60]!r}"
    return f"{name}: {len(a)} lines recorded, {len(b)} now"


def test_sample_outputs_match_the_recorded_fingerprint(tmp_path: Path) -> None:
    snap = _snapshot_module()
    recorded, under = snap.read_manifest()
    now = snap.current(tmp_path)
    assert sorted(now) == sorted(recorded), (
        f"the set of output files changed: {sorted(now.keys() ^ recorded.keys())}"
    )
    changed = [name.removesuffix(snap.CHARTS) for name in snap.compare(now, recorded, under)]
    assert not changed, (
        f"outputs changed on the sample corpus: {changed}; if on purpose, run "
        "`python scripts/sample_snapshot.py --update` in a commit that says why. First "
        "differences: " + "; ".join(_first_difference(tmp_path / n, n) for n in changed[:3])
    )


def test_chart_drawing_is_held_apart_from_what_the_charts_say(tmp_path: Path) -> None:
    """A chart laid out differently (another matplotlib) changes only the ``#charts`` entry,
    which counts under the recording matplotlib alone; a changed chart text always counts."""
    snap = _snapshot_module()
    page = (ROOT / "tests" / "data" / "sample_outputs" / "report" / "index.html").read_text("utf-8")
    assert 'height="154.280703pt"' in page
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(page, "utf-8")
    base = snap.fingerprint(tmp_path / "a")
    assert set(base) == {"index.html", "index.html#charts"}

    moved = page.replace('height="154.280703pt"', 'height="153.700625pt"', 1)
    assert moved != page
    (tmp_path / "a" / "index.html").write_text(moved, "utf-8")
    drawn = snap.fingerprint(tmp_path / "a")
    assert snap.compare(drawn, base, snap.plotting_version()) == ["index.html#charts"]
    assert snap.compare(drawn, base, "matplotlib 0.0") == []

    start = page.index("<svg")
    tick = page.index("<text", start)
    close = page.index("</text>", tick)
    said = page[:close] + "9" + page[close:]
    (tmp_path / "a" / "index.html").write_text(said, "utf-8")
    told = snap.fingerprint(tmp_path / "a")
    assert snap.compare(told, base, "matplotlib 0.0") == ["index.html"]
