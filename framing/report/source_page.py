"""What one outlet's page shows, as plain data for the HTML and Markdown templates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..compare.rows import Score, Term
from .common import (
    HEADLINE_FEATURES,
    ReportData,
    cell,
    feature_order,
    fmt,
    pretty,
    records,
    tables_of,
)
from .event_page import event_findings, evidence_of, units_of
from .evidence import (
    MANY_EVENTS_ACTOR_SENTENCES,
    MANY_EVENTS_SENTENCES,
    MAX_SENTENCES,
    OutletEvidence,
    Sentences,
    plain,
    term_marks,
)
from .highlight import highlight_html, highlight_markdown
from .index_page import (
    discrepancy_items,
    frame_section,
    headline_flag_rows,
    meta_of,
    ranking_row,
)
from .people import outlet_people
from .site import SUMMARY_EVENTS
from .slugs import slugify
from .summary import pooled_findings

if TYPE_CHECKING:
    from ..corpus.corpus import Corpus
    from ..types import Article

READABILITY = ("readability", "fk_grade", "gunning_fog")


def profile_rows(data: ReportData, outlet: str, slugs: dict[str, str]) -> list[dict[str, Any]]:
    """This outlet's value, median of others, diff, rank (of n) and CI for each feature."""
    t = tables_of(data)
    out = []
    events: dict[str, list[Score]] = {}
    for r in t.tables.scores.rows(outlet=outlet):
        events.setdefault(str(r.event), []).append(r)
    for event in sorted(events):
        n = t.memo(("n_outlets", event), partial(_n_outlets, t, event))
        values = t.memo(("values", event), partial(_values_by_feature, t, event))
        first: dict[str, Score] = {}
        for r in events[event]:
            first.setdefault(str(r.feature), r)
        for feat in feature_order(first):
            meta = meta_of(t, feat)
            out.append({**ranking_row(first[feat], slugs, values[feat]), "event": event,
                        "feature": feat, "label": pretty(feat),
                        "unit": meta["unit"], "description": meta["description"], "n": n,
                        "main": feat in HEADLINE_FEATURES})
    return out


def _values_by_feature(data: ReportData, event: str) -> dict[str, list[tuple[str, float]]]:
    """Every outlet's value of each feature on ``event``."""
    out: dict[str, list[tuple[str, float]]] = {}
    for r in data.tables.scores.groups.fields(("outlet", "feature", "value"), event=event):
        out.setdefault(str(r["feature"]), []).append((str(r["outlet"]), float(r["value"])))
    return out


def _n_outlets(data: ReportData, event: str) -> int:
    """How many outlets have a profile on ``event``."""
    return len({r["outlet"] for r in data.tables.scores.groups.fields(("outlet",), event=event)})


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


def removed_rows(corpus: Corpus | None, outlet: str) -> list[dict[str, Any]]:
    """What cleaning removed from this outlet's articles: article, line, text, reason."""
    return _removed(corpus.articles if corpus is not None else [], outlet)


def _removed(articles: Iterable[Article], outlet: str) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        if a.outlet != outlet:
            continue
        for rm in a.removed:
            out.append({"article": str(a.title), "source": str(a.source),
                        "line": rm.line, "text": str(rm.text), "reason": str(rm.reason)})
    return out


def _articles_by_outlet(corpus: Corpus | None) -> dict[str, list[Article]]:
    """The corpus's articles of each outlet, in corpus order."""
    by: dict[str, list[Article]] = {}
    for a in corpus.articles if corpus is not None else []:
        by.setdefault(a.outlet, []).append(a)
    return by


def frames_detail(data: ReportData, outlet: str, ev: OutletEvidence) -> list[dict[str, Any]]:
    """Per event: dominant and lead frame, top moral foundation (own, attributed), sentences."""
    t = tables_of(data)
    out = []
    mine = {str(r["event"]) for r in t.tables.scores.groups.fields(("event",), outlet=outlet)}
    for event in t.events:
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


def standing(data: ReportData, outlet: str, ev: OutletEvidence,
             event_slugs: dict[str, str]) -> dict[str, Any]:
    """What sets the outlet apart: its findings on each event (with the event's page), its
    within-event differences pooled over its events, and the sentences behind each."""
    mine = []
    features: list[str] = []
    events = sorted({str(r["event"]) for r in data.tables.scores.groups.fields(
        ("event",), outlet=outlet)})
    for event in events:
        for f in event_findings(data, event):
            if f.outlet == outlet:
                mine.append({"sentence": f.sentence, "feature": f.feature, "event": event,
                             "href": (f"../events/{event_slugs[event]}.html#f-"
                                      f"{slugify(event, fallback='event')}-{f.feature}"
                                      if event in event_slugs else
                                      f"../index.html#f-{slugify(event, fallback='event')}"
                                      f"-{f.feature}")})
                features.append(f.feature)
    pooled = data.tables.pooled.rows(name=outlet) if len(data.tables.pooled) else []
    across = pooled_findings(pooled, units_of(data, sorted({r.feature for r in pooled})),
                             "the other outlets on the same stories") if len(events) > 1 else []
    features += [f.feature for f in across]
    evidence = []
    for feat in dict.fromkeys(features):
        kinds, category = evidence_of(feat)
        extra = {"category": category} if category else {}
        evidence.append({"feature": feat, "title": pretty(feat),
                         "sentences": ev.example(kinds, limit=3, **extra)})
    return {"findings": mine, "across": [{"sentence": f.sentence, "feature": f.feature}
                                         for f in across],
            "evidence": evidence,
            "events": [{"id": e, "href": f"../events/{event_slugs[e]}.html"
                        if e in event_slugs else "../index.html",
                        "n": sum(1 for f in mine if f["event"] == e)} for e in events]}


def outlet_context(data: ReportData, outlet: str, slugs: dict[str, str],
                   event_slugs: dict[str, str] | None = None) -> dict[str, Any]:
    """Everything the source page of ``outlet`` shows."""
    t = tables_of(data)
    event_slugs = event_slugs or {}
    articles = t.articles.select(outlet=outlet)
    evidence = t.evidence.select(outlet=outlet)
    sentences = t.sentences.select(outlet=outlet)
    ev = OutletEvidence(evidence, Sentences.build(sentences, evidence, articles),
                        MAX_SENTENCES if len(t.events) <= SUMMARY_EVENTS
                        else MANY_EVENTS_SENTENCES)
    distinctive = []
    terms = t.tables.terms.rows(outlet=outlet)
    for r in terms if len(t.events) == 1 else []:
        ex = r.example_sentence
        distinctive.append({"term": str(r.term), "log_odds": fmt(r.log_odds),
                            "z": fmt(r.z), "count": fmt(r.count),
                            "example": plain(ex, str(r.term)) if isinstance(ex, str)
                            else None})
    om_cols = ["kind", "n_others_with", "others_with"]
    flag_cols, flag_rows = headline_flag_rows(t, outlet=outlet)
    return {
        "outlet": outlet, "slug": slugs[outlet],
        "profile": profile_rows(t, outlet, slugs) if len(t.events) == 1 else [],
        "multi_event": len(t.events) > 1,
        "standing": standing(t, outlet, ev, event_slugs),
        "articles": article_rows(articles),
        "loaded_own": ev.section(("loaded", "headline_loaded")),
        "loaded_attributed": ev.section(("loaded_attributed",)),
        "opinion_style": ev.section(("opinion_style",)),
        "hedges": ev.section(("hedging",)),
        "boosters": ev.section(("certainty",)),
        "verbs": ev.section(("loaded_reporting",)),
        # a report of many events: 3 sentences per actor besides the example, no labels
        "actors": (ev.actor_tone() if len(t.events) <= SUMMARY_EVENTS
                   else ev.actor_tone(MANY_EVENTS_ACTOR_SENTENCES, compact=True)),
        "compact_actors": len(t.events) > SUMMARY_EVENTS,
        # listed sentences under one "in “title”" per run of sentences of one article
        "group_sentences": len(t.events) > SUMMARY_EVENTS,
        "people": outlet_people(t, outlet),
        "speakers": ev.speakers(),
        "distinctive": distinctive,
        "distinctive_events": (distinctive_by_sentence(terms, event_slugs)
                               if len(t.events) > 1 else []),
        "omissions": {"columns": om_cols,
                      "rows": [{"fact": str(r.fact),
                                "cells": [cell(v) for v in (r.kind, r.n_others_with,
                                                            r.others_with)],
                                "example": plain(str(r.example_sentence or ""), str(r.fact))}
                               for r in t.tables.omissions.rows(outlet=outlet)]},
        "discrepancies": discrepancy_items(t, outlet=outlet),
        "readability": readability(t, outlet),
        "headline_flags": {"columns": flag_cols, "rows": flag_rows},
        "frames": frames_detail(t, outlet, ev) if len(t.events) <= SUMMARY_EVENTS else [],
        "removed": _removed(t.memo("corpus_by_outlet", lambda: _articles_by_outlet(
            t.analysis.corpus)).get(outlet, []), outlet),
    }


def distinctive_by_sentence(terms: list[Term],
                            event_slugs: dict[str, str]) -> list[dict[str, Any]]:
    """An outlet's distinctive words of each event, those shown by the same example
    sentence together (one row: the event, its words with count and z, the sentence with
    every word marked), in table order: a report of many events writes each sentence once."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for r in terms:
        sentence = r.example_sentence if isinstance(r.example_sentence, str) else ""
        row = rows.setdefault((r.event, sentence), {
            "event": r.event, "terms": [], "sentence": sentence,
            "href": f"../events/{event_slugs[r.event]}.html" if r.event in event_slugs
            else "../index.html"})
        row["terms"].append({"term": str(r.term), "count": fmt(r.count), "z": fmt(r.z)})
    out = []
    for row in rows.values():
        text = row.pop("sentence")
        # the words are listed beside the sentence: their marks repeat no label
        marks = [replace(m, label="") for d in row["terms"] for m in term_marks(text, d["term"])]
        row["example"] = ({"html": highlight_html(text, marks),
                           "md": highlight_markdown(text, marks)} if text else None)
        out.append(row)
    return out


def readability(data: ReportData, outlet: str) -> list[dict[str, Any]]:
    """The outlet's pooled readability scores against the median of the others."""
    t = tables_of(data)
    out = []
    for feat in READABILITY:
        rs = t.tables.scores.rows(outlet=outlet, feature=feat)
        if rs:
            r = rs[0]
            out.append({"feature": feat, "value": fmt(r.value),
                        "median_others": fmt(r.median_others),
                        "diff": fmt(r.diff, signed=True), "rank": fmt(r.rank),
                        "unit": meta_of(t, feat)["unit"]})
    return out


__all__ = ["outlet_context"]
