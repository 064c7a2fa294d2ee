"""Charts as inline SVG, rendered with matplotlib's Agg backend, deterministic.

Every chart function returns an SVG string without the XML prolog, ready to be
embedded in a page. ``svg.hashsalt`` is set per chart (so ids are stable and
do not collide between charts on one page) and the ``Date`` metadata is
dropped, so the same data gives byte-identical SVG.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from markupsafe import escape

from .slugs import slugify

#: Colours for outlets / series, colour-blind safe (Okabe-Ito), then greys.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#999999", "#000000", "#6a3d9a", "#b15928", "#1f78b4")
HIGHLIGHT = "#C0392B"
NEUTRAL = "#8a9bb0"

_METADATA = re.compile(r"\s*<metadata>.*?</metadata>", re.S)
_PROLOG = re.compile(r"^\s*<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?", re.S)
_RC: dict[str, Any] = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 9.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#666666",
    "axes.titlesize": 10.0,
    "path.simplify": False,
}


def _render(fig: Any, chart_id: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None},
                bbox_inches="tight")
    svg = _METADATA.sub("", _PROLOG.sub("", buf.getvalue()))
    svg = _unique_ids(svg, "c-" + slugify(chart_id, fallback="chart"))
    label = escape(chart_id)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" class="chart" ', 1)


def _unique_ids(svg: str, prefix: str) -> str:
    """Prefix every id (and reference to it) so several charts can share one page."""
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    if not ids:
        return svg

    def fix(m: re.Match[str]) -> str:
        return f"{m.group(1)}{prefix}-{m.group(2)}" if m.group(2) in ids else m.group(0)

    return re.sub(r'(\bid="|url\(#|href="#)([^")]+)', fix, svg)


def _draw(chart_id: str, width: float, height: float, draw: Callable[[Any], None]) -> str:
    """Make a figure under our rc settings, let ``draw(ax)`` fill it, return its SVG."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    rc: Any = {**_RC, "svg.hashsalt": f"framing-{chart_id}"}
    with matplotlib.rc_context(rc):
        fig, ax = plt.subplots(figsize=(width, height))
        try:
            draw(ax)
            return _render(fig, chart_id)
        finally:
            plt.close(fig)


def _short(label: str, n: int = 28) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def ranking_chart(chart_id: str, outlets: Sequence[str], values: Sequence[float],
                  lows: Sequence[float], highs: Sequence[float], median: float | None,
                  unit: str = "", colours: Sequence[str] | None = None) -> str:
    """Horizontal dot plot of one feature across outlets, with 95% CI whiskers.

    Parameters
    ----------
    chart_id : str
        Unique name of the chart on its page (used for the SVG id salt and label).
    outlets, values, lows, highs : sequences
        One entry per outlet, in display order (top to bottom); NaN hides a point.
    median : float or None
        Drawn as a dashed reference line (median of all outlets).
    unit : str
        Axis label.
    colours : sequence of str, optional
        One colour per outlet (so an outlet keeps its colour across charts).

    Returns
    -------
    str
        The ``<svg>`` element.
    """
    def draw(ax: Any) -> None:
        ys = list(range(len(outlets)))[::-1]
        for i, (y, v, lo, hi) in enumerate(zip(ys, values, lows, highs, strict=False)):
            colour = colours[i] if colours else PALETTE[i % len(PALETTE)]
            if _finite(lo) and _finite(hi):
                ax.plot([lo, hi], [y, y], color=colour, lw=2.4, alpha=0.5,
                        solid_capstyle="butt")
            if _finite(v):
                ax.plot([v], [y], "o", color=colour, ms=6)
        if median is not None and _finite(median):
            ax.axvline(median, color="#888888", lw=1, ls="--")
        ax.set_yticks(ys)
        ax.set_yticklabels([_short(o) for o in outlets])
        ax.set_ylim(-0.6, len(outlets) - 0.4)
        ax.set_xlabel(unit)
        ax.grid(axis="x", color="#e5e5e5", lw=0.6)
        ax.set_axisbelow(True)

    return _draw(chart_id, 6.0, 0.5 + 0.3 * max(len(outlets), 1), draw)


def stacked_shares_chart(chart_id: str, outlets: Sequence[str],
                         shares: Mapping[str, Sequence[float]], xlabel: str = "") -> str:
    """One horizontal bar per outlet, stacked by category (e.g. each frame's share).

    ``shares`` maps category -> one value per outlet (NaN counts as 0). Values
    are normalised per outlet, so each bar shows the outlet's mix.
    """
    cats = list(shares)

    def draw(ax: Any) -> None:
        ys = list(range(len(outlets)))[::-1]
        totals = [sum(_num(shares[c][i]) for c in cats) for i in range(len(outlets))]
        left = [0.0] * len(outlets)
        for ci, cat in enumerate(cats):
            widths = [(_num(shares[cat][i]) / totals[i]) if totals[i] > 0 else 0.0
                      for i in range(len(outlets))]
            ax.barh(ys, widths, left=left, color=PALETTE[ci % len(PALETTE)],
                    label=_short(cat, 22), height=0.65, edgecolor="white", linewidth=0.5)
            left = [a + b for a, b in zip(left, widths, strict=False)]
        ax.set_yticks(ys)
        ax.set_yticklabels([_short(o) for o in outlets])
        ax.set_xlim(0, 1)
        ax.set_xlabel(xlabel or "share of the outlet's frame cues")
        if cats:
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)

    return _draw(chart_id, 6.2, 0.7 + 0.34 * max(len(outlets), 1, len(cats) * 0.6), draw)


def bar_chart(chart_id: str, labels: Sequence[str], values: Sequence[float],
              highlight: str | None = None, xlabel: str = "") -> str:
    """Horizontal bars (e.g. the framing-intensity index per outlet)."""
    def draw(ax: Any) -> None:
        ys = list(range(len(labels)))[::-1]
        colours = [HIGHLIGHT if lab == highlight else NEUTRAL for lab in labels]
        ax.barh(ys, [_num(v) for v in values], color=colours, height=0.6)
        ax.axvline(0, color="#666666", lw=0.8)
        ax.set_yticks(ys)
        ax.set_yticklabels([_short(lab) for lab in labels])
        ax.set_xlabel(xlabel)
        ax.grid(axis="x", color="#e5e5e5", lw=0.6)
        ax.set_axisbelow(True)

    return _draw(chart_id, 6.0, 0.5 + 0.3 * max(len(labels), 1), draw)


def _finite(v: Any) -> bool:
    try:
        return math.isfinite(float(v))
    except (TypeError, ValueError):
        return False


def _num(v: Any) -> float:
    return float(v) if _finite(v) else 0.0
