"""What the index page shows, as plain data for the templates (charts already rendered)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..compare.profiles import tied_names
from ..compare.rows import HeadlineFlags, Score
from . import charts
from .common import (
    ReportData,
    cell,
    feature_order,
    fmt,
    is_num,
    mode,
    pretty,
    tables_of,
)
from .evidence import plain

if TYPE_CHECKING:
    from ..engines.analysis import Analysis

FRAME_PREFIX = "frame_"


def feature_meta(analysis: Analysis, feature: str) -> dict[str, str]:
    """Unit, description and family of a feature (empty strings when unknown)."""
    info = analysis.feature_info
    if feature in info.index:
        row = info.loc[feature]
        return {k: str(row.get(k, "") or "") for k in ("unit", "aggregation", "family",
                                                        "description")}
    return {"unit": "", "aggregation": "", "family": "", "description": ""}


def meta_of(data: ReportData, feature: str) -> dict[str, str]:
    """:func:`feature_meta` of the comparison's analysis, looked up once per report."""
    meta: dict[str, str] = data.memo(("feature_meta", feature),
                                     lambda: feature_meta(data.analysis, feature))
    return meta


def _nan_last(v: float) -> tuple[bool, float]:
    """A sort key putting NaN (and other missing values) after every number."""
    missing = not is_num(v)
    return missing, 0.0 if missing else float(v)


def ranking_rows(scores: list[Score], slugs: dict[str, str]) -> list[dict[str, Any]]:
    """One row per outlet for one feature, best rank first (missing ranks last)."""
    ordered = sorted(scores, key=lambda s: (*_nan_last(s.rank), s.outlet))
    values = [(s.outlet, s.value) for s in scores]
    return [ranking_row(s, slugs, values) for s in ordered]


#: A tie with more outlets than this is shown as their number, not their names.
MAX_TIE_NAMES = 5


def tie_text(r: Score, values: list[tuple[str, float]]) -> list[str]:
    """The outlets ``r``'s rank cannot be told apart from, by name (at most
    :data:`MAX_TIE_NAMES`; more are counted); ``values`` are every outlet's on the feature."""
    tied = tied_names(values, r.tie_low, r.tie_high, r.outlet)
    return tied if len(tied) <= MAX_TIE_NAMES else [f"{len(tied)} other outlets"]


def ranking_row(r: Score, slugs: dict[str, str],
                values: list[tuple[str, float]]) -> dict[str, Any]:
    """One outlet's row of a ranking table, from its profile row and every outlet's value
    on the feature."""
    tied = tie_text(r, values)
    lo, hi = r.ci_low, r.ci_high
    rlo, rhi = r.rank_low, r.rank_high
    return {
        "outlet": str(r.outlet), "slug": slugs.get(str(r.outlet), ""),
        "value": fmt(r.value), "median_others": fmt(r.median_others),
        "diff": fmt(r.diff, signed=True),
        "diff_sign": _sign(r.diff),
        "rank": fmt(r.rank),
        "rank_range": (f"{fmt(rlo)}–{fmt(rhi)}" if is_num(rlo) and is_num(rhi)
                       and rlo != rhi else ""),
        "ci": f"{fmt(lo)} – {fmt(hi)}" if is_num(lo) and is_num(hi) else "–",
        "tied_with": tied, "raw": r,
    }


def _sign(v: Any) -> str:
    if not is_num(v) or float(v) == 0:
        return "zero"
    return "pos" if float(v) > 0 else "neg"


def feature_sections(data: ReportData, event: str, slugs: dict[str, str],
                     charted: int = 7, order: list[str] | None = None,
                     only: list[str] | None = None) -> list[dict[str, Any]]:
    """Per feature: metadata, ranking table rows, and (for the first ``charted`` of
    ``order``, by default the features' own order) a chart."""
    t = tables_of(data)
    ev = t.scores(event)
    order = sorted({str(s.outlet) for s in ev})
    by_feature: dict[str, list[Score]] = {}
    for s in ev:
        by_feature.setdefault(str(s.feature), []).append(s)
    colour = {o: charts.PALETTE[i % len(charts.PALETTE)] for i, o in enumerate(order)}
    out = []
    features = feature_order(str(s.feature) for s in ev)
    if only is not None:
        keep = set(only)
        features = [f for f in features if f in keep]
    drawn = set((features if order is None else order)[:charted])
    for feat in features:
        rows = ranking_rows(by_feature[feat], slugs)
        meta = meta_of(t, feat)
        svg = ""
        if feat in drawn and rows:
            vals = [r["raw"].value for r in rows]
            med = pd.to_numeric(pd.Series(vals), errors="coerce").median()
            svg = charts.ranking_chart(
                f"{event} {feat} by outlet", [r["outlet"] for r in rows], vals,
                [r["raw"].ci_low for r in rows], [r["raw"].ci_high for r in rows],
                float(med) if is_num(med) else None, meta["unit"],
                [colour.get(r["outlet"], charts.NEUTRAL) for r in rows])
        out.append({"name": feat, "title": pretty(feat), "anchor": f"f-{_anchor(event)}-{feat}",
                    **meta, "rows": rows, "chart": svg, "charted": bool(svg)})
    return out


def _anchor(text: str) -> str:
    from .slugs import slugify

    return slugify(text, fallback="event")


def intensity_section(data: ReportData, event: str) -> dict[str, Any]:
    """The composite framing-intensity index and its parts, per outlet."""
    found = tables_of(data).tables.intensity.rows(event=event)
    if not found:
        return {"rows": [], "columns": [], "chart": ""}
    main = "intensity"
    ordered = sorted(found, key=lambda r: (not is_num(r.intensity),
                                           -float(r.intensity) if is_num(r.intensity) else 0.0,
                                           r.outlet))
    numeric = list(found[0].parts)  # each part's raw value and its signed z-score
    zcols = [c for c in numeric if c.startswith("z_")]
    parts = zcols or numeric
    labels = [f"{pretty(c[2:])} (z)" for c in zcols] or [pretty(c) for c in parts]
    rows: list[dict[str, Any]] = [{"outlet": str(r.outlet), "value": fmt(r.intensity),
                                   "parts": [fmt(r.parts[c], signed=True) for c in parts]}
                                  for r in ordered]
    svg = charts.bar_chart(f"{event} framing intensity", [r["outlet"] for r in rows],
                           [r.intensity for r in ordered], xlabel=pretty(main))
    return {"main": pretty(main), "columns": labels, "rows": rows, "chart": svg,
            "z": bool(zcols)}


def discrepancy_items(data: ReportData, event: str | None = None,
                      outlet: str | None = None) -> list[dict[str, Any]]:
    """Discrepancies (optionally of one event, or involving one outlet), claims side by side."""
    t = tables_of(data)
    items, by_event, by_outlet = t.memo("discrepancies", lambda: _discrepancy_index(t))
    if outlet is not None:
        chosen = by_outlet.get(outlet, [])
        if event is not None:
            of_event = set(by_event.get(event, []))
            chosen = [i for i in chosen if i in of_event]
    elif event is not None:
        chosen = by_event.get(event, [])
    else:
        chosen = range(len(items))
    return [items[i] for i in chosen]


def _discrepancy_index(data: ReportData) -> tuple[list[dict[str, Any]], dict[Any, list[int]],
                                                   dict[str, list[int]]]:
    """Every discrepancy as an item, and the items of each event and of each outlet."""
    items: list[dict[str, Any]] = []
    by_event: dict[Any, list[int]] = {}
    by_outlet: dict[str, list[int]] = {}
    for d in data.comp.discrepancies:
        claims = []
        for c in d.claims:
            sentence = str(c.sentence or "")
            surface = str(c.surface or "")
            qualifier = str(c.qualifier or "")
            shown = str(c.shown or "")  # a date or duration as it reads
            claims.append({"outlet": str(c.outlet),
                           "value": shown or fmt(c.value),
                           "unit": str(c.unit or ""), "qualifier": qualifier,
                           "surface": surface, "sentence": sentence,
                           "marked": plain(sentence, surface or None),
                           "article_id": str(c.article_id or "")})
        claims.sort(key=lambda c: (c["outlet"], c["article_id"], c["sentence"]))
        i = len(items)
        items.append({"event": str(d.event), "subject": str(d.subject), "claims": claims})
        by_event.setdefault(d.event, []).append(i)
        for o in dict.fromkeys(str(c["outlet"]) for c in claims):
            by_outlet.setdefault(o, []).append(i)
    return items, by_event, by_outlet


def coverage_section(data: ReportData, event: str, outlets: list[str]) -> dict[str, Any]:
    """The facts x outlets matrix, most widely reported facts first."""
    rows: list[dict[str, Any]] = []
    for r in tables_of(data).tables.facts.rows(event=event):
        with_ = set(r.outlets_with)
        ctx: Mapping[str, Any] = r.contexts if isinstance(r.contexts, Mapping) else {}
        cells = [{"has": o in with_, "context": str(ctx.get(o, "") or "")} for o in outlets]
        rows.append({"fact": str(r.fact), "kind": str(r.kind or ""),
                     "n": len(with_ & set(outlets)), "cells": cells})
    rows.sort(key=lambda r: (-r["n"], r["kind"], r["fact"]))
    return {"outlets": outlets, "rows": rows}


def frame_section(data: ReportData, event: str, outlets: list[str],
                  chart: bool = True) -> dict[str, Any]:
    """Frame mix per outlet (from the profiles), and the frame each outlet leads with
    (the stacked chart of the mix unless ``chart`` is false)."""
    t = tables_of(data)
    shares: dict[str, list[float]] = {}
    # feature and value are all the profile rows give here
    mine: dict[str, list[tuple[str, float]]] = {o: [] for o in outlets}
    for sc in t.scores(event):
        if sc.outlet in mine:
            mine[sc.outlet].append((str(sc.feature), sc.value))
    feats = t.memo(("frame_features", event),
                   lambda: _frame_features(str(s.feature)
                                           for s in t.scores(event)))
    if feats is not None:
        values = {o: dict(rs) for o, rs in mine.items()}
        for f in feats:
            shares[f[len(FRAME_PREFIX):]] = [float(values[o].get(f, float("nan")))
                                             for o in outlets]
    rows = []
    for i, o in enumerate(outlets):
        fr = t.tables.frames.rows(event=event, outlet=o)
        f0 = fr[0] if fr else None

        def label(value: str | None, key: str, o: str = o) -> str:
            """The frames row's label, else the most common one of the outlet's articles."""
            if isinstance(value, str) and value:
                return value
            articles = t.articles.df
            if key not in articles.columns:
                return ""
            if isinstance(articles[key].dtype, pd.StringDtype):  # text: the column's values
                return mode(r[key] for r in t.articles.fields((key,), event=event, outlet=o)) \
                    or ""
            a = t.articles.select(event=event, outlet=o)  # only when the frames lack it
            return mode(a[key]) or ""

        mix = {c: s[i] for c, s in shares.items() if is_num(s[i])}
        dominant = label(f0.dominant_frame if f0 else None, "dominant_frame") or (
            max(mix, key=lambda c: (mix[c], c)) if mix else "")
        rows.append({"outlet": o, "dominant": dominant or "–",
                     "lead": label(f0.lead_frame if f0 else None, "lead_frame") or "–",
                     "rest": label(f0.rest_frame if f0 else None, "rest_frame") or "–",
                     "top_moral": label(f0.top_moral if f0 else None, "top_moral")
                     or _top_moral(mine[o], attributed=False) or "–",
                     "top_moral_attributed": label(f0.top_moral_attributed if f0 else None,
                                                   "top_moral_attributed")
                     or _top_moral(mine[o], attributed=True) or "–",
                     "dominant_quoted": quoted_part(f0.shares if f0 else {}, dominant),
                     "loaded_moral": label(f0.loaded_moral if f0 else None, "loaded_moral"),
                     "loaded_moral_attributed": label(
                         f0.loaded_moral_attributed if f0 else None,
                         "loaded_moral_attributed")})
    svg = (charts.stacked_shares_chart(f"{event} frame mix", outlets, shares)
           if chart and shares and outlets else "")
    return {"rows": rows, "chart": svg, "frames": list(shares)}


def _frame_features(features: Iterable[str]) -> list[str] | None:
    """The event's frame-share features, sorted (None: the event has no profile rows)."""
    found = list(features)
    if not found:
        return None
    return sorted({f for f in found
                   if f.startswith(FRAME_PREFIX) and not f.endswith("_quoted")})


def quoted_part(shares: Mapping[str, Any], frame_name: str) -> str:
    """How much of a frame's sentences are quoted or attributed speech, e.g. "40%"."""
    share: Any = shares.get(f"frame_{frame_name}")
    quoted: Any = shares.get(f"frame_{frame_name}_quoted")
    if not (is_num(share) and is_num(quoted)) or float(share) <= 0:
        return "–"
    return f"{100 * float(quoted) / float(share):.0f}%"


def _top_moral(rows: list[tuple[str, float]], attributed: bool) -> str | None:
    """The moral foundation with the highest own-voice (or attributed) value among an
    outlet's (feature, value) pairs."""
    best: tuple[float, str] | None = None
    for f, v in rows:
        if not f.startswith("moral_") or f.endswith("_attributed") != attributed:
            continue
        if v is not None and is_num(v) and float(v) > 0:
            cat = f[len("moral_"):].removesuffix("_attributed")
            if best is None or (float(v), cat) > best:
                best = (float(v), cat)
    return best[1] if best else None


def headline_flag_rows(data: ReportData, event: str | None = None,
                       outlet: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows of the headline-vs-body flags."""
    t = tables_of(data)
    cols = list(HeadlineFlags.SHOWN)
    rows = []
    for r in t.tables.headlines.rows(event=event, outlet=outlet):
        values = _flag_values(r)
        rows.append({"outlet": str(r.outlet), "cells": [cell(v) for v in values],
                     "any": any(v is True or v == 1 for v in values
                                if isinstance(v, (bool, int)))})
    return [pretty(c) for c in cols], rows


def _flag_values(r: HeadlineFlags) -> tuple[Any, ...]:
    """The values of :data:`HeadlineFlags.SHOWN`, in that order."""
    return (r.headline_loaded, r.body_loaded, r.headline_sentiment, r.body_sentiment,
            r.headline_more_loaded, r.headline_more_negative, r.headline_terms)
