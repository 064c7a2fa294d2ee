"""Charts are inline SVG, deterministic, and escape their labels."""

from __future__ import annotations

import math

from framing.report import charts


def test_ranking_chart_is_inline_svg_and_deterministic() -> None:
    args = ("loaded", ["A", "B <x>"], [1.0, 2.0], [0.5, 1.5], [1.5, 2.5], 1.5, "per 1,000")
    a = charts.ranking_chart(*args)
    assert a == charts.ranking_chart(*args)
    assert a.startswith("<svg ") and "<?xml" not in a and "DOCTYPE" not in a
    assert "<dc:date>" not in a
    assert "B &lt;x&gt;" in a and "B <x>" not in a
    assert "<path" in a


def test_charts_on_one_page_do_not_share_ids() -> None:
    import re

    a = charts.ranking_chart("one", ["A"], [1.0], [0.5], [1.5], None)
    b = charts.ranking_chart("two", ["A"], [1.0], [0.5], [1.5], None)
    ids_a = set(re.findall(r'id="([^"]+)"', a))
    ids_b = set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and not (ids_a & ids_b)


def test_missing_values_do_not_break_charts() -> None:
    nan = math.nan
    svg = charts.ranking_chart("x", ["A", "B"], [nan, 1.0], [nan, nan], [nan, nan], nan)
    assert svg.startswith("<svg ")
    svg = charts.stacked_shares_chart("f", ["A", "B"], {"conflict": [nan, 0.0],
                                                        "economic": [0.2, 0.0]})
    assert "conflict" in svg
    assert charts.bar_chart("i", [], []).startswith("<svg ")


def test_matplotlib_state_is_left_alone() -> None:
    import matplotlib

    before = dict(matplotlib.rcParams)
    charts.bar_chart("i", ["A"], [1.0])
    assert dict(matplotlib.rcParams) == before
