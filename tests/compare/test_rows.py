"""The comparison's typed rows (issue 31 item 3): declared columns, attributes the report reads."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from framing.compare.rows import Score, Table, columns_of
from report_real import real_comparison

ROOT = Path(__file__).resolve().parents[2]


def test_score_rows_carry_the_profile_values() -> None:
    comp = real_comparison()
    p = comp.profiles
    loaded = p[(p["event"] == "muse-spark") & (p["feature"] == "loaded_attributed")]
    rows = comp.tables.scores.rows(event="muse-spark", feature="loaded_attributed")
    assert [r.outlet for r in rows] == list(loaded["outlet"])
    for r, (_, want) in zip(rows, loaded.iterrows(), strict=True):
        assert isinstance(r, Score)
        assert r.value == pytest.approx(want["value"], nan_ok=True)
        assert r.rank == want["rank"] or (math.isnan(r.rank) and math.isnan(want["rank"]))
        assert (r.tie_low, r.tie_high) == (want["tie_low"], want["tie_high"])
    # the outlet whose critics call the launch "a disgraceful sham, a betrayal" scores above
    # the one that quotes nobody
    by = {r.outlet: r for r in rows}
    assert by["<script>alert(1)</script>"].value > by["The Ledger"].value


def test_open_ended_columns_go_to_the_rows_mapping() -> None:
    comp = real_comparison()
    [mix] = comp.tables.frames.rows(event="muse-spark", outlet="The Ledger")
    assert any(k.startswith("frame_") for k in mix.shares)
    assert not set(mix.shares) & set(columns_of(type(mix)))
    [ix] = comp.tables.intensity.rows(event="muse-spark", outlet="The Ledger")
    assert "z_loaded" in ix.parts and "intensity" not in ix.parts


def test_a_table_without_a_declared_column_fails_when_read() -> None:
    comp = real_comparison()
    with pytest.raises(ValueError, match="diff"):
        Table(Score, comp.profiles.drop(columns="diff"))


def test_the_report_reads_no_column_by_name_through_a_fallback() -> None:
    """No ``get(obj, name, default)`` and no ``__getattr__`` proxy are left in the report."""
    for path in sorted((ROOT / "framing" / "report").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "def get(" not in text, path.name
        assert "__getattr__" not in text, path.name
