"""The parts every page shares: outlets and their slugs, inputs accounting, method notes."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from .common import fmt, frame, get, tables_of
from .slugs import unique_slugs


def outlets_of(comp: Any) -> list[str]:
    """All outlets of the comparison, sorted (profiles first, then the analysis' articles)."""
    found: set[str] = set()
    for table in (get(comp, "profiles"), get(get(comp, "analysis"), "articles")):
        df = frame(table)
        if "outlet" in df.columns:
            found.update(str(o) for o in df["outlet"].dropna())
    return sorted(found)


def slugs_of(outlets: list[str]) -> dict[str, str]:
    """Outlet -> unique slug (outlets sorted, so stable across runs)."""
    return unique_slugs(sorted(outlets))


def inputs_table(corpus: Any) -> pd.DataFrame | None:
    """The corpus' input accounting as a table, when it has one."""
    fn = get(corpus, "inputs_frame")
    if callable(fn):
        df = fn()
        return df if isinstance(df, pd.DataFrame) else None
    inputs = get(corpus, "inputs")
    if inputs:
        return frame([r if isinstance(r, dict) else vars(r) for r in inputs])
    return None


def inputs_summary(comp: Any) -> dict[str, Any]:
    """Counts of analysed, skipped and duplicate inputs, and the reasons for skips."""
    analysis = get(comp, "analysis")
    df = inputs_table(get(analysis, "corpus"))
    n_articles = len(frame(get(analysis, "articles")))
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


def cleaning_counts(comp: Any, slugs: dict[str, str]) -> list[dict[str, Any]]:
    """Per outlet: how many lines cleaning removed, by reason."""
    per: dict[str, Counter[str]] = {o: Counter() for o in slugs}
    for a in get(get(get(comp, "analysis"), "corpus"), "articles") or []:
        o = str(get(a, "outlet", ""))
        if o in per:
            per[o].update(str(get(r, "reason", "")) for r in get(a, "removed") or ())
    return [{"outlet": o, "slug": slugs[o], "n": sum(c.values()),
             "reasons": ", ".join(f"{k} {v}" for k, v in sorted(c.items()))}
            for o, c in per.items()]


def method_notes(comp: Any) -> dict[str, Any]:
    """Lexicons and extractors (names and versions), and the run's parameters."""
    analysis = get(comp, "analysis")
    lexicons = [{"name": str(n), "version": str(v)} for n, v in get(analysis, "lexicons") or []]
    a_params = dict(get(analysis, "params") or {})
    extractors = [str(e) for e in a_params.pop("extractors", []) or []]
    c_params = dict(get(comp, "params") or {})
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


def site_context(comp: Any, title: str | None = None,
                 generated: str | None = None) -> dict[str, Any]:
    """Shared context: title, outlets with slugs and article counts, accounting, method."""
    t = tables_of(comp)
    analysis = get(t, "analysis")
    outlets = outlets_of(t)
    slugs = slugs_of(outlets)
    corpus_name = get(get(analysis, "corpus"), "name")
    events = [str(e) for e in get(comp, "events") or []]
    listed = [{"name": o, "slug": slugs[o], "n_articles": len(t.select("articles", outlet=o))}
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
    }
