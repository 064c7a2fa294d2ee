"""What one event shows (on the index of a one-event report, else on its own page).

The answer first: the findings (:mod:`framing.report.summary`), each linking to its evidence
on the outlet's page; the headlines side by side; the facts the outlets disagree on. Then the
dimensions ordered by how far apart the outlets are, the rest folded into one "no clear
difference" line; frames; coverage; and the speaker x outlet and actor x outlet tables
(``speakers``, ``actors``: :mod:`framing.report.people`, rendered by
``templates/_side_by_side.html.j2``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from ..compare.groups import Groups
from .common import ReportData, fmt, is_num, pretty
from .highlight import KINDS, highlight_html, marks_for
from .index_page import (
    coverage_section,
    discrepancy_items,
    feature_sections,
    frame_section,
    intensity_section,
    meta_of,
)
from .people import actor_section, speaker_section
from .slugs import slugify
from .summary import MAX_FINDINGS, dimension_order, findings

#: The evidence features behind a dimension whose evidence rows have another name.
EVIDENCE_OF: dict[str, tuple[str, ...]] = {
    "attribution": ("quote", "reported_speech"), "quotes": ("quote",),
    "unnamed_sources": ("reported_speech", "quote"), "named_share": ("quote", "reported_speech"),
}


def evidence_of(feature: str) -> tuple[tuple[str, ...], str | None]:
    """The evidence features (and category) that show ``feature`` in sentences."""
    if feature in EVIDENCE_OF:
        return EVIDENCE_OF[feature], None
    for prefix, kind in (("frame_", "frame"), ("policy_", "policy")):
        if feature.startswith(prefix) and not feature.endswith("_quoted"):
            return (kind,), feature[len(prefix):]
    if feature.startswith("moral_"):
        return ("moral",), feature[len("moral_"):].removesuffix("_attributed")
    return (feature,), None


def event_outlets(data: ReportData, event: str) -> list[str]:
    """The outlets with a profile on ``event``, sorted."""
    return sorted({str(r["outlet"])
                   for r in data.tables.scores.groups.fields(("outlet",), event=event)})


def units_of(data: ReportData, features: list[str]) -> dict[str, str]:
    """Each feature's unit."""
    return {f: meta_of(data, f)["unit"] for f in features}


def event_findings(data: ReportData, event: str) -> list[Any]:
    """The event's findings, strongest first (computed once per report)."""
    def build() -> list[Any]:
        scores = data.scores(event)
        return findings(scores, units_of(data, sorted({s.feature for s in scores})))

    found: list[Any] = data.memo(("findings", event), build)
    return found


def event_dimensions(data: ReportData, event: str) -> tuple[list[str], list[str]]:
    """:func:`~framing.report.summary.dimension_order` of the event's scores (computed once
    per report: the index's row of the event and its page both ask)."""
    order: tuple[list[str], list[str]] = data.memo(
        ("dimension_order", event), lambda: dimension_order(data.scores(event)))
    return order


def summary_items(data: ReportData, event: str, slugs: dict[str, str], root: str,
                  limit: int = MAX_FINDINGS) -> dict[str, Any]:
    """The plain-language summary of one event: findings with their evidence links, and
    how many dimensions show no clear difference."""
    found = event_findings(data, event)
    differ, same = event_dimensions(data, event)
    items = [{"sentence": f.sentence, "outlet": f.outlet, "feature": f.feature,
              "label": pretty(f.feature),
              "href": f"{root}sources/{slugs.get(f.outlet, '')}.html#f-{f.feature}"}
             for f in found[:limit]]
    return {"items": items, "more": max(0, len(found) - limit), "n_differ": len(differ),
            "n_same": len(same), "n_outlets": len(event_outlets(data, event))}


def headline_rows(data: ReportData, event: str, slugs: dict[str, str]) -> list[dict[str, Any]]:
    """Each outlet's headlines on the event, loaded words marked, with the headline-against-
    body flags."""
    marks: dict[str, list[tuple[str, str, int, int, str]]] = defaultdict(list)
    ev = data.memo("headline_evidence", partial(_headline_evidence, data)).select(event=event)
    if len(ev) and {"part", "feature", "article_id", "start", "end"} <= set(ev.columns):
        terms = ev["term"] if "term" in ev.columns else [""] * len(ev)
        surfaces = ev["surface"] if "surface" in ev.columns else [""] * len(ev)
        for a, f, t, b, e, sf in zip(ev["article_id"], ev["feature"], terms, ev["start"],
                                     ev["end"], surfaces, strict=True):
            marks[str(a)].append((str(f), str(t) if isinstance(t, str) else "", int(b),
                                  int(e), str(sf) if isinstance(sf, str) else ""))
    flags = {f.outlet: f for f in data.tables.headlines.rows(event=event)}
    out = []
    for outlet in event_outlets(data, event):
        arts = data.articles.fields(("id", "title", "headline_loaded", "headline_sentiment"),
                                    event=event, outlet=outlet)
        heads = [{"html": highlight_html(str(a.get("title") or ""),
                                         marks_for(str(a.get("title") or ""), 0,
                                                   marks.get(str(a["id"]), []))),
                  "loaded": fmt(a.get("headline_loaded")),
                  "tone": fmt(a.get("headline_sentiment"), signed=True)}
                 for a in sorted(arts, key=lambda a: str(a["id"]))]
        f = flags.get(outlet)
        notes = []
        if f is not None and f.headline_more_loaded:
            notes.append("more loaded than its article")
        if f is not None and f.headline_more_negative:
            notes.append("more negative than its article")
        out.append({"outlet": outlet, "slug": slugs.get(outlet, ""), "headlines": heads,
                    "notes": notes})
    return out


def _headline_evidence(data: ReportData) -> Groups:
    """The evidence rows that mark headlines (their part ``headline``, a feature of
    :data:`KINDS`), the columns :func:`headline_rows` reads, grouped by event once."""
    df = data.evidence.df
    need = {"part", "feature", "article_id", "start", "end"}
    if not len(df) or not need <= set(df.columns):
        return Groups(df)
    rows = df[(df["part"] == "headline") & df["feature"].isin(list(KINDS))]
    keep = [c for c in df.columns if c in need | {"event", "term", "surface"}]
    return Groups(rows[keep])


def dimension_sections(data: ReportData, event: str, slugs: dict[str, str],
                       charted: int) -> dict[str, Any]:
    """The ranking tables of the dimensions where outlets differ (most apart first, the
    first ``charted`` with a chart) and of the others, folded."""
    scores = data.scores(event)
    differ, same = event_dimensions(data, event)
    apart = {(f.outlet, f.feature) for f in event_findings(data, event)}
    # a report of many events (no charts) lists the folded dimensions by name only
    sections = {s["name"]: s for s in feature_sections(data, event, slugs, charted=charted,
                                                       order=differ,
                                                       only=None if charted else differ)}
    for s in sections.values():
        for r in s["rows"]:
            r["apart"] = (r["outlet"], s["name"]) in apart
    scored = {s.feature for s in scores if is_num(s.value) and s.value != 0}
    zero = [f for f in same if f not in scored]  # every outlet scores 0 (or nothing)
    return {"differ": [sections[f] for f in differ if f in sections],
            "same": [sections[f] for f in same if f in sections],
            "same_names": [pretty(f) for f in same], "n_zero": len(zero),
            "overlap_names": [pretty(f) for f in same if f in scored]}


def _coverage(data: ReportData, event: str, outlets: list[str], full: bool) -> dict[str, Any]:
    """The coverage matrix; in a report of many events (``full`` false) only the facts two
    or more outlets report, without their sentences (kept small: one page per event)."""
    cov = coverage_section(data, event, outlets)
    if not full:
        cov["rows"] = [{**r, "cells": [{"has": c["has"], "context": ""} for c in r["cells"]]}
                       for r in cov["rows"] if r["n"] >= 2]
    return cov


def event_context(data: ReportData, event: str, site: dict[str, Any], *, root: str = "",
                  charted: int = 7) -> dict[str, Any]:
    """Everything an event shows, for ``templates/_event.html.j2``."""
    slugs = site["slugs"]
    outlets = event_outlets(data, event) or list(slugs)
    return {
        "id": event, "anchor": slugify(event, fallback="event"), "root": root,
        "outlets": outlets,
        "n_articles": len(data.articles.select(event=event)),
        "summary": summary_items(data, event, slugs, root),
        "headlines": headline_rows(data, event, slugs),
        "discrepancies": discrepancy_items(data, event=event),
        "dimensions": dimension_sections(data, event, slugs, charted),
        "intensity": intensity_section(data, event) if charted else {"rows": [], "chart": ""},
        "coverage": _coverage(data, event, outlets, full=bool(charted)),
        "frames": frame_section(data, event, outlets, chart=bool(charted)),
        # the speaker x outlet and actor x outlet tables (framing.report.people)
        "speakers": speaker_section(data, event, outlets, slugs, root),
        "actors": actor_section(data, event, outlets, slugs, root),
    }


__all__ = ["event_context", "event_findings", "evidence_of", "summary_items"]
