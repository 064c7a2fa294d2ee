"""What one outlet's page shows, as plain data for the HTML and Markdown templates."""

from __future__ import annotations

from functools import partial
from typing import Any

import pandas as pd

from .common import (
    HEADLINE_FEATURES,
    cell,
    feature_order,
    fmt,
    get,
    pretty,
    records,
    tables_of,
)
from .evidence import OutletEvidence, Sentences, plain
from .index_page import (
    discrepancy_items,
    frame_section,
    headline_flag_rows,
    meta_of,
    ranking_row,
)

READABILITY = ("readability", "fk_grade", "gunning_fog")


def profile_rows(comp: Any, outlet: str, slugs: dict[str, str]) -> list[dict[str, Any]]:
    """This outlet's value, median of others, diff, rank (of n) and CI for each feature."""
    t = tables_of(comp)
    profiles = t.table("profiles")
    if profiles.empty or "feature" not in profiles.columns:
        return []
    out = []
    mine = t.records("profiles", outlet=outlet)
    if "event" not in profiles.columns:
        events = {"-": mine}
    else:
        events = {}
        for r in mine:
            events.setdefault(str(r.get("event")), []).append(r)
    for event in sorted(events):
        n = t.memo(("n_outlets", event), partial(_n_outlets, t, event))
        first: dict[str, dict[str, Any]] = {}
        for r in events[event]:
            first.setdefault(str(r.get("feature")), r)
        for feat in feature_order(first):
            meta = meta_of(t, feat)
            out.append({**ranking_row(first[feat], slugs), "event": event, "feature": feat,
                        "label": pretty(feat), "unit": meta["unit"],
                        "description": meta["description"], "n": n,
                        "main": feat in HEADLINE_FEATURES})
    return out


def _n_outlets(comp: Any, event: str) -> int:
    """How many outlets have a profile on ``event``."""
    t = tables_of(comp)
    ev = t.select("profiles", event=event) if "event" in t.table("profiles").columns \
        else t.table("profiles")
    return int(ev["outlet"].nunique()) if "outlet" in ev.columns else 0


def _text(value: Any) -> str:
    """A table cell from a possibly missing value: None and NaN are empty, not "nan"."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def article_rows(articles: pd.DataFrame) -> list[dict[str, Any]]:
    """Headline, counts, date, url and readability of each article."""
    out = []
    used = ("id", "title", "n_words", "n_sentences", "published", "url", "status", *READABILITY,
            "headline_loaded", "headline_sentiment", "sentiment")
    for r in records(articles[[c for c in articles.columns if c in used]]):
        url = r.get("url")
        out.append({"id": _text(r.get("id")), "title": _text(r.get("title")),
                    "n_words": fmt(r.get("n_words")), "n_sentences": fmt(r.get("n_sentences")),
                    "published": _text(r.get("published")) or "–",
                    "url": url if isinstance(url, str) and _web(url) else "",
                    "url_text": url if isinstance(url, str) else "",
                    "status": _text(r.get("status")),
                    "readability": [fmt(r.get(c)) for c in READABILITY],
                    "headline": {c: fmt(r.get(c), signed=c.endswith("sentiment"))
                                 for c in ("headline_loaded", "headline_sentiment", "sentiment")}})
    return out


def _web(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def removed_rows(corpus: Any, outlet: str) -> list[dict[str, Any]]:
    """What cleaning removed from this outlet's articles: article, line, text, reason."""
    return _removed(get(corpus, "articles") or [], outlet)


def _removed(articles: Any, outlet: str) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        if get(a, "outlet") != outlet:
            continue
        for rm in get(a, "removed") or ():
            out.append({"article": str(get(a, "title", "")), "source": str(get(a, "source", "")),
                        "line": get(rm, "line"), "text": str(get(rm, "text", "")),
                        "reason": str(get(rm, "reason", ""))})
    return out


def _articles_by_outlet(corpus: Any) -> dict[Any, list[Any]]:
    """The corpus's articles of each outlet, in corpus order."""
    by: dict[Any, list[Any]] = {}
    for a in get(corpus, "articles") or []:
        by.setdefault(get(a, "outlet"), []).append(a)
    return by


def frames_detail(comp: Any, outlet: str, ev: OutletEvidence) -> list[dict[str, Any]]:
    """Per event: dominant and lead frame, top moral foundation (own, attributed), sentences."""
    t = tables_of(comp)
    out = []
    mine = {str(e) for e in t.select("profiles", outlet=outlet).get("event", [])}
    for event in [str(e) for e in get(comp, "events") or []]:
        if event not in mine:
            continue
        sec = frame_section(t, event, [outlet], chart=False)
        row = sec["rows"][0]
        row["dominant_examples"] = ev.example(("frame",), category=row["dominant"])
        row["lead_examples"] = (ev.example(("frame",), category=row["lead"])
                                if row["lead"] != row["dominant"] else [])
        row["moral_examples"] = ev.example(("moral",), category=row["top_moral"],
                                           attributed=False)
        row["moral_attributed_examples"] = ev.example(
            ("moral",), category=row["top_moral_attributed"], attributed=True)
        out.append({"event": event, **row})
    return out


def outlet_context(comp: Any, outlet: str, slugs: dict[str, str]) -> dict[str, Any]:
    """Everything the source page of ``outlet`` shows."""
    t = tables_of(comp)
    analysis = get(t, "analysis")
    articles = t.select("articles", outlet=outlet)
    evidence = t.select("evidence", outlet=outlet)
    sentences = t.select("sentences", outlet=outlet)
    ev = OutletEvidence(evidence, Sentences.build(sentences, evidence, articles))
    distinctive = []
    for r in t.records("distinctive", outlet=outlet):
        ex = r.get("example_sentence")
        distinctive.append({"term": str(r.get("term", "")), "log_odds": fmt(r.get("log_odds")),
                            "z": fmt(r.get("z")), "count": fmt(r.get("count")),
                            "example": plain(ex, str(r.get("term", ""))) if isinstance(ex, str)
                            else None})
    om = t.select("omissions", outlet=outlet)
    om_cols = [c for c in om.columns if c not in ("event", "outlet", "fact", "example_sentence")]
    flag_cols, flag_rows = headline_flag_rows(t, outlet=outlet)
    return {
        "outlet": outlet, "slug": slugs[outlet],
        "profile": profile_rows(t, outlet, slugs),
        "multi_event": len(get(t, "events") or []) > 1,
        "articles": article_rows(articles),
        "loaded_own": ev.section(("loaded", "headline_loaded")),
        "loaded_attributed": ev.section(("loaded_attributed",)),
        "opinion_style": ev.section(("opinion_style",)),
        "hedges": ev.section(("hedging",)),
        "boosters": ev.section(("certainty",)),
        "verbs": ev.section(("loaded_reporting",)),
        "actors": ev.actor_tone(),
        "speakers": ev.speakers(),
        "distinctive": distinctive,
        "omissions": {"columns": om_cols,
                      "rows": [{"fact": str(r.get("fact", "")),
                                "cells": [cell(r.get(c)) for c in om_cols],
                                "example": plain(str(r.get("example_sentence") or ""),
                                                 str(r.get("fact", "")))}
                               for r in t.records("omissions", outlet=outlet)]},
        "discrepancies": discrepancy_items(t, outlet=outlet),
        "readability": readability(t, outlet),
        "headline_flags": {"columns": flag_cols, "rows": flag_rows},
        "frames": frames_detail(t, outlet, ev),
        "removed": _removed(t.memo("corpus_by_outlet", lambda: _articles_by_outlet(
            get(analysis, "corpus"))).get(outlet, []), outlet),
    }


def readability(comp: Any, outlet: str) -> list[dict[str, Any]]:
    """The outlet's pooled readability scores against the median of the others."""
    t = tables_of(comp)
    out = []
    for feat in READABILITY:
        rs = (t.records("profiles", outlet=outlet, feature=feat)
              if "feature" in t.table("profiles").columns else [])
        if rs:
            r = rs[0]
            out.append({"feature": feat, "value": fmt(r.get("value")),
                        "median_others": fmt(r.get("median_others")),
                        "diff": fmt(r.get("diff"), signed=True), "rank": fmt(r.get("rank")),
                        "unit": meta_of(t, feat)["unit"]})
    return out


__all__ = ["outlet_context"]
