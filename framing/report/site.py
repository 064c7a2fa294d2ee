"""The parts every page shares: outlets and their slugs, inputs accounting, method notes."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import pandas as pd

from .common import ReportData, fmt, tables_of
from .slugs import unique_slugs

if TYPE_CHECKING:
    from ..corpus.corpus import Corpus


def outlets_of(data: ReportData) -> list[str]:
    """All outlets of the comparison, sorted (profiles first, then the analysis' articles)."""
    found: set[str] = set()
    for df in (data.tables.scores.frame, data.articles.df):
        if "outlet" in df.columns:
            found.update(str(o) for o in df["outlet"].dropna())
    return sorted(found)


def slugs_of(outlets: list[str]) -> dict[str, str]:
    """Outlet -> unique slug (outlets sorted, so stable across runs)."""
    return unique_slugs(sorted(outlets))


def inputs_table(corpus: Corpus | None) -> pd.DataFrame | None:
    """The corpus' input accounting as a table, when there is a corpus."""
    return corpus.inputs_frame() if corpus is not None else None


def inputs_summary(data: ReportData) -> dict[str, Any]:
    """Counts of analysed, skipped and duplicate inputs, and the reasons for skips."""
    df = inputs_table(data.analysis.corpus)
    n_articles = len(data.articles.df)
    if df is None or df.empty or "status" not in df.columns:
        return {"analysed": n_articles, "skipped": 0, "duplicates": 0, "reasons": [],
                "text": f"{n_articles} analysed"}
    status = df["status"].astype(str).str.lower()
    dup = status.str.startswith("dup")
    if "duplicate_of" in df.columns:
        dup |= df["duplicate_of"].notna() & (df["duplicate_of"].astype(str) != "")
    skipped = ~dup & status.str.startswith(("skip", "error", "fail", "empty", "invalid"))
    reasons = Counter(str(r) for r in df.loc[skipped, "reason"]) if "reason" in df else Counter()
    n_dup, n_skip = int(dup.sum()), int(skipped.sum())
    return {"analysed": n_articles, "skipped": n_skip, "duplicates": n_dup,
            "reasons": sorted(reasons.items()),
            "text": f"{n_articles} analysed, {n_skip} skipped, {n_dup} duplicates"}


def cleaning_counts(data: ReportData, slugs: dict[str, str]) -> list[dict[str, Any]]:
    """Per outlet: how many lines cleaning removed, by reason."""
    per: dict[str, Counter[str]] = {o: Counter() for o in slugs}
    corpus = data.analysis.corpus
    for a in corpus.articles if corpus is not None else []:
        o = str(a.outlet)
        if o in per:
            per[o].update(str(r.reason) for r in a.removed)
    return [{"outlet": o, "slug": slugs[o], "n": sum(c.values()),
             "reasons": ", ".join(f"{k} {v}" for k, v in sorted(c.items()))}
            for o, c in per.items()]


def method_notes(data: ReportData) -> dict[str, Any]:
    """Lexicons and extractors (names and versions), and the run's parameters."""
    analysis = data.analysis
    lexicons = [{"name": str(n), "version": str(v)} for n, v in analysis.lexicons]
    a_params = dict(analysis.params)
    extractors = [str(e) for e in a_params.pop("extractors", []) or []]
    c_params = dict(data.comp.params)
    return {"lexicons": lexicons, "extractors": extractors,
            "analysis_params": [(str(k), _show(v)) for k, v in sorted(a_params.items())],
            "compare_params": [(str(k), _show(v)) for k, v in sorted(c_params.items())]}


def _show(v: Any) -> str:
    if isinstance(v, float):
        return fmt(v)
    if isinstance(v, (list, tuple)):
        return ", ".join(_show(x) for x in v)
    if isinstance(v, dict):
        return ", ".join(f"{k}={_show(x)}" for k, x in sorted(v.items()))
    return str(v)


#: Above this many events, or this many outlets, the report takes its summary layout: the
#: index lists the events in one table (outlets, articles, most intense outlet,
#: discrepancies) instead of a section of charts and tables per event, and the pages'
#: navigation bar links the index only, not every outlet (docs/reports.md).
SUMMARY_EVENTS = 10
SUMMARY_OUTLETS = 60


def summary_layout(n_events: int, n_outlets: int) -> bool:
    """Whether a report of this size takes the summary layout.

    >>> summary_layout(1, 12), summary_layout(500, 130), summary_layout(3, 61)
    (False, True, True)
    """
    return n_events > SUMMARY_EVENTS or n_outlets > SUMMARY_OUTLETS


def site_context(data: ReportData, title: str | None = None,
                 generated: str | None = None) -> dict[str, Any]:
    """Shared context: title, outlets with slugs and article counts, accounting, method."""
    t = tables_of(data)
    outlets = outlets_of(t)
    slugs = slugs_of(outlets)
    corpus = t.analysis.corpus
    corpus_name = corpus.name if corpus is not None else None
    events = t.events
    listed = [{"name": o, "slug": slugs[o], "n_articles": len(t.articles.select(outlet=o))}
              for o in outlets]
    summary = summary_layout(len(events), len(outlets))
    return {
        "title": title or f"Framing report: {corpus_name or ', '.join(events) or 'corpus'}",
        "corpus_name": str(corpus_name or ""),
        "generated": generated,
        "events": events,
        "outlets": listed,
        "summary": summary,
        "nav_outlets": [] if summary else listed,
        "slugs": slugs,
        "inputs": inputs_summary(t),
        "cleaning": cleaning_counts(t, slugs),
        "method": method_notes(t),
        "grouping": grouping_note(t),
        # the pages' shared stylesheet (write_report names it for a report of many events)
        "stylesheet": "",
    }


def grouping_note(data: ReportData) -> str:
    """What the report says of events it found itself (empty when the sources gave them)."""
    assigned = data.comp.event_assignment
    if not assigned:
        return ""
    n = len(set(assigned.values()))
    return (f"The {len(assigned)} articles came without an event; framing grouped them into "
            f"{n} event{'s' if n != 1 else ''} by headline and text similarity (the grouping "
            "is the event column of inputs.csv; --write-events FILE writes it as a manifest to "
            "correct).")
