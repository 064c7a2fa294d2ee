"""``write_report``: every page and data file of a report, written safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..safe_output import write_text
from .common import ReportData, fmt, is_num, pretty, tables_of
from .data import write_data
from .event_page import event_context, event_findings, event_outlets, units_of
from .html import STYLESHEET, render_event, render_index, render_source, stylesheet
from .markdown import render_source_md
from .output import FILE_LIST, check_report_dir, inside, staging_dir, write_file_list
from .site import SUMMARY_EVENTS, inputs_table, site_context
from .slugs import slugify, unique_slugs
from .source_page import outlet_context
from .summary import MAX_FINDINGS, pooled_findings

if TYPE_CHECKING:
    from ..compare.comparison import Comparison


def event_row(data: ReportData, event: str, slug: str) -> dict[str, Any]:
    """One event's row of the index of a report of many events."""
    found = event_findings(data, event)
    return {"id": event, "anchor": slugify(event, fallback="event"), "slug": slug,
            "outlets": event_outlets(data, event),
            "n_articles": len(data.articles.select(event=event)),
            "first": found[0].sentence if found else ""}


def across_summary(data: ReportData, slugs: dict[str, str]) -> dict[str, Any]:
    """The outlets whose within-event differences, pooled over their events, are apart
    from 0."""
    rows = data.tables.pooled.rows() if len(data.tables.pooled) else []
    units = units_of(data, sorted({r.feature for r in rows}))
    found = pooled_findings(rows, units, "the other outlets on the same stories")
    items = [{"sentence": f.sentence, "outlet": f.outlet, "feature": f.feature,
              "href": f"sources/{slugs.get(f.outlet, '')}.html#across"} for f in found]
    return {"items": items[:MAX_FINDINGS * 2], "more": max(0, len(items) - 2 * MAX_FINDINGS)}


def group_summary(data: ReportData, slugs: dict[str, str]) -> dict[str, Any] | None:
    """The comparison of the groups of outlets, when there are groups."""
    comp = data.comp
    if not comp.outlet_groups:
        return None
    members: dict[str, list[str]] = {}
    for outlet, group in sorted(comp.outlet_groups.items()):
        members.setdefault(group, []).append(outlet)
    rows = data.tables.groups.rows() if len(data.tables.groups) else []
    units = units_of(data, sorted({r.feature for r in rows}))
    by = f" ({comp.group_by})" if comp.group_by else ""
    found = pooled_findings(rows, units, "the other outlets on the same stories", "outlets",
                            "The {}" + by.replace("{", "{{").replace("}", "}}") + " outlets")
    items = [{"sentence": f.sentence, "outlet": f.outlet, "feature": f.feature} for f in found]
    cell: dict[tuple[str, str], str] = {}
    for r in rows:
        ci = (f" ({fmt(r.ci_low, signed=True)} to {fmt(r.ci_high, signed=True)})"
              if is_num(r.ci_low) else "")
        cell[(r.feature, r.name)] = fmt(r.diff, signed=True) + ci
    features = sorted({r.feature for r in rows})
    table = [{"feature": pretty(f), "cells": [cell.get((f, g), "–") for g in members]}
             for f in features]
    return {"by": comp.group_by, "items": items,
            "members": [{"name": g, "outlets": o} for g, o in members.items()],
            "table": table}


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
    corpus = comparison.analysis.corpus if comparison.analysis is not None else None
    sources = [Path(str(s)) for s in (corpus.sources if corpus is not None else []) if s]
    check_report_dir(out, sources, force)
    t = tables_of(comparison)
    site = site_context(t, title=title, generated=generated)
    has_inputs = inputs_table(corpus) is not None
    slugs = site["slugs"]
    many = len(site["events"]) > 1
    event_slugs = unique_slugs(site["events"]) if many else {}
    site["stylesheet"] = STYLESHEET if many else ""
    rel: list[str] = []
    with staging_dir(out, force=force) as tmp:
        for path in write_data(comparison, tmp, generated):
            rel.append(path.relative_to(tmp).as_posix())
        if many:  # one stylesheet for the pages of every event and outlet
            write_text(inside(tmp, STYLESHEET), stylesheet())
            rel.append(STYLESHEET)
        charted = 7 if len(site["events"]) <= SUMMARY_EVENTS else 0
        one = event_context(t, site["events"][0], site, charted=charted) \
            if len(site["events"]) == 1 else None
        rows = [event_row(t, e, event_slugs.get(e, "")) for e in site["events"]]
        index = render_index(site, one, rows, across_summary(t, slugs), group_summary(t, slugs),
                             has_inputs)
        write_text(inside(tmp, "index.html"), index)
        rel.append("index.html")
        for e in site["events"] if many else []:
            page = render_event(site, event_context(t, e, site, root="../", charted=charted),
                                has_inputs)
            name = f"events/{event_slugs[e]}.html"
            write_text(inside(tmp, name), page)
            rel.append(name)
        for o in site["outlets"]:
            ctx = outlet_context(t, o["name"], slugs, event_slugs)
            for ext, text in ((".html", render_source(site, ctx, has_inputs)),
                              (".md", render_source_md(site, ctx))):
                name = f"sources/{o['slug']}{ext}"
                write_text(inside(tmp, name), text)
                rel.append(name)
        write_file_list(tmp, rel)  # what --force may later replace
        rel.append(FILE_LIST)
    root = out.resolve()
    return [root / r for r in rel]
