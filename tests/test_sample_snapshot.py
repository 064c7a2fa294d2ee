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


def test_sample_outputs_match_the_recorded_fingerprint(tmp_path: Path) -> None:
    snap = _snapshot_module()
    recorded = snap.read_manifest()
    now = snap.current(tmp_path)
    assert sorted(now) == sorted(recorded), "the set of output files changed"
    changed = [name for name in sorted(now) if now[name] != recorded[name]]
    assert not changed, (
        f"outputs changed on the sample corpus: {changed}; if on purpose, run "
        "`python scripts/sample_snapshot.py --update` in a commit that says why"
    )
