"""``write_report``: every page and data file of a report, written safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..safe_output import write_text
from .common import fmt, get, tables_of
from .data import write_data
from .html import render_index, render_index_summary, render_source
from .index_page import (
    coverage_section,
    discrepancy_items,
    feature_sections,
    frame_section,
    headline_flag_rows,
    intensity_section,
)
from .markdown import render_source_md
from .output import FILE_LIST, check_report_dir, inside, staging_dir, write_file_list
from .site import inputs_table, site_context
from .slugs import slugify
from .source_page import outlet_context

if TYPE_CHECKING:
    from ..compare.comparison import Comparison


def event_context(comp: Any, event: str, site: dict[str, Any]) -> dict[str, Any]:
    """Everything the index shows for one event."""
    slugs = site["slugs"]
    prof = tables_of(comp).select("profiles", event=event)
    outlets = sorted({str(o) for o in prof.get("outlet", [])}) or list(slugs)
    cols, rows = headline_flag_rows(comp, event=event)
    return {
        "id": event, "anchor": slugify(event, fallback="event"),
        "features": feature_sections(comp, event, slugs),
        "intensity": intensity_section(comp, event),
        "discrepancies": discrepancy_items(comp, event=event),
        "coverage": coverage_section(comp, event, outlets),
        "frames": frame_section(comp, event, outlets),
        "flags": {"columns": cols, "rows": rows},
    }


def event_summary(comp: Any, event: str, site: dict[str, Any]) -> dict[str, Any]:
    """One event's row of the summary layout's index."""
    t = tables_of(comp)
    prof = t.select("profiles", event=event)
    outlets = sorted({str(o) for o in prof.get("outlet", [])})
    top = None
    intensity = t.select("intensity", event=event)
    if "intensity" in intensity.columns and "outlet" in intensity.columns:
        ranked = intensity.dropna(subset=["intensity"]).sort_values(
            ["intensity", "outlet"], ascending=[False, True], kind="mergesort")
        if len(ranked):
            top = {"outlet": str(ranked["outlet"].iloc[0]),
                   "value": fmt(ranked["intensity"].iloc[0])}
    return {"id": event, "anchor": slugify(event, fallback="event"), "outlets": outlets,
            "n_articles": len(t.select("articles", event=event)), "top": top,
            "n_discrepancies": len(discrepancy_items(t, event=event))}


def write_report(comparison: Comparison, out_dir: str | Path, *, force: bool = False,
                 generated: str | None = None, title: str | None = None) -> list[Path]:
    """Write the HTML/Markdown report and its data files into ``out_dir``.

    Parameters
    ----------
    comparison : Comparison
        From :func:`framing.compare.compare`; its ``analysis`` supplies the
        articles, evidence, sentences and corpus.
    out_dir : path
        The report directory. An existing, non-empty one is replaced only with
        ``force=True``, and only when it holds nothing but the files the earlier
        report wrote (listed in its ``report-files.json``).
    force : bool
        Replace an existing report.
    generated : str, optional
        A timestamp to record in ``comparison.json`` and the page footers
        (default: none, so the same input gives byte-identical files).
    title : str, optional
        Page title (default: ``Framing report: <corpus name>``).

    Returns
    -------
    list of Path
        The files written, under ``out_dir``, in a stable order.

    Raises
    ------
    OutputError
        See :func:`check_report_dir`.

    Examples
    --------
    >>> from framing.compare import compare                    # doctest: +SKIP
    >>> write_report(compare(analysis), "reports/muse-spark")   # doctest: +SKIP
    """
    out = Path(out_dir)
    analysis = get(comparison, "analysis")
    corpus = get(analysis, "corpus")
    sources = [Path(str(s)) for s in get(corpus, "sources", None) or [] if s]
    check_report_dir(out, sources, force)
    t = tables_of(comparison)
    site = site_context(t, title=title, generated=generated)
    has_inputs = inputs_table(corpus) is not None
    if site["summary"]:
        events = [event_summary(t, e, site) for e in site["events"]]
    else:
        events = [event_context(t, e, site) for e in site["events"]]
    rel: list[str] = []
    with staging_dir(out, force=force) as tmp:
        for path in write_data(comparison, tmp, generated):
            rel.append(path.relative_to(tmp).as_posix())
        index = (render_index_summary if site["summary"] else render_index)(site, events,
                                                                             has_inputs)
        write_text(inside(tmp, "index.html"), index)
        rel.append("index.html")
        for o in site["outlets"]:
            page = outlet_context(t, o["name"], site["slugs"])
            for ext, text in ((".html", render_source(site, page, has_inputs)),
                              (".md", render_source_md(site, page))):
                name = f"sources/{o['slug']}{ext}"
                write_text(inside(tmp, name), text)
                rel.append(name)
        write_file_list(tmp, rel)  # what --force may later replace
        rel.append(FILE_LIST)
    root = out.resolve()
    return [root / r for r in rel]
