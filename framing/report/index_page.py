"""What the index page shows, as plain data for the templates (charts already rendered)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from . import charts
from .common import (
    cell,
    feature_order,
    fmt,
    get,
    is_num,
    mode,
    names,
    pretty,
    records,
    select,
    tables_of,
)
from .evidence import plain

FRAME_PREFIX = "frame_"


def feature_meta(analysis: Any, feature: str) -> dict[str, str]:
    """Unit, description and family of a feature (empty strings when unknown)."""
    info = getattr(analysis, "feature_info", None)
    if isinstance(info, pd.DataFrame) and feature in info.index:
        row = info.loc[feature]
        return {k: str(row.get(k, "") or "") for k in ("unit", "aggregation", "family",
                                                        "description")}
    return {"unit": "", "aggregation": "", "family": "", "description": ""}


def meta_of(comp: Any, feature: str) -> dict[str, str]:
    """:func:`feature_meta` of the comparison's analysis, looked up once per report."""
    t = tables_of(comp)
    meta: dict[str, str] = t.memo(("feature_meta", feature),
                                  lambda: feature_meta(get(t, "analysis"), feature))
    return meta


def ranking_rows(profiles: pd.DataFrame, event: str, feature: str,
                 slugs: dict[str, str]) -> list[dict[str, Any]]:
    """One row per outlet for one feature, best rank first."""
    df = select(profiles, event=event, feature=feature)
    if "rank" in df.columns:
        df = df.assign(_r=pd.to_numeric(df["rank"], errors="coerce")).sort_values(
            ["_r", "outlet"], na_position="last", kind="mergesort")
    return [ranking_row(r, slugs) for r in records(df)]


def ranking_row(r: dict[str, Any], slugs: dict[str, str]) -> dict[str, Any]:
    """One outlet's row of a ranking table, from its profile record."""
    tied = [t for t in names(r.get("tied_with")) if t != r.get("outlet")]
    lo, hi = r.get("ci_low"), r.get("ci_high")
    rlo, rhi = r.get("rank_low"), r.get("rank_high")
    return {
        "outlet": str(r.get("outlet")), "slug": slugs.get(str(r.get("outlet")), ""),
        "value": fmt(r.get("value")), "median_others": fmt(r.get("median_others")),
        "diff": fmt(r.get("diff"), signed=True),
        "diff_sign": _sign(r.get("diff")),
        "rank": fmt(r.get("rank")),
        "rank_range": (f"{fmt(rlo)}–{fmt(rhi)}" if is_num(rlo) and is_num(rhi)
                       and rlo != rhi else ""),
        "ci": f"{fmt(lo)} – {fmt(hi)}" if is_num(lo) and is_num(hi) else "–",
        "tied_with": tied, "raw": r,
    }


def _sign(v: Any) -> str:
    if not is_num(v) or float(v) == 0:
        return "zero"
    return "pos" if float(v) > 0 else "neg"


def feature_sections(comp: Any, event: str, slugs: dict[str, str],
                     charted: int = 7) -> list[dict[str, Any]]:
    """Per feature: metadata, ranking table rows, and (for the first ``charted``) a chart."""
    t = tables_of(comp)
    profiles = t.table("profiles")
    if profiles.empty or "feature" not in profiles.columns:
        return []
    ev = t.select("profiles", event=event)
    order = sorted({str(o) for o in ev.get("outlet", [])})
    colour = {o: charts.PALETTE[i % len(charts.PALETTE)] for i, o in enumerate(order)}
    out = []
    for i, feat in enumerate(feature_order(ev["feature"].astype(str).tolist())):
        rows = ranking_rows(t.select("profiles", event=event, feature=feat), event, feat,
                            slugs)
        meta = meta_of(t, feat)
        svg = ""
        if i < charted and rows:
            vals = [r["raw"].get("value") for r in rows]
            med = pd.to_numeric(pd.Series(vals), errors="coerce").median()
            svg = charts.ranking_chart(
                f"{event} {feat} by outlet", [r["outlet"] for r in rows], vals,
                [r["raw"].get("ci_low") for r in rows], [r["raw"].get("ci_high") for r in rows],
                float(med) if is_num(med) else None, meta["unit"],
                [colour.get(r["outlet"], charts.NEUTRAL) for r in rows])
        out.append({"name": feat, "title": pretty(feat), "anchor": f"f-{_anchor(event)}-{feat}",
                    **meta, "rows": rows, "chart": svg, "charted": bool(svg)})
    return out


def _anchor(text: str) -> str:
    from .slugs import slugify

    return slugify(text, fallback="event")


def intensity_section(comp: Any, event: str) -> dict[str, Any]:
    """The composite framing-intensity index and its parts, per outlet."""
    df = tables_of(comp).select("intensity", event=event)
    if df.empty or "outlet" not in df.columns:
        return {"rows": [], "columns": [], "chart": ""}
    numeric = [c for c in df.columns if c not in ("event", "outlet")
               and pd.api.types.is_numeric_dtype(df[c])]
    main = next((c for c in ("intensity", "framing_intensity", "index", "score", "composite")
                 if c in numeric), numeric[0] if numeric else None)
    if main is None:
        return {"rows": [], "columns": [], "chart": ""}
    df = df.sort_values([main, "outlet"], ascending=[False, True], kind="mergesort")
    zcols = [c for c in numeric if c.startswith("z_")]
    parts = zcols or [c for c in numeric if c not in (main, "n_parts")]
    labels = [f"{pretty(c[2:])} (z)" for c in zcols] or [pretty(c) for c in parts]
    rows: list[dict[str, Any]] = [{"outlet": str(r["outlet"]), "value": fmt(r[main]),
                                   "parts": [fmt(r[c], signed=True) for c in parts]}
                                  for r in records(df)]
    svg = charts.bar_chart(f"{event} framing intensity", [r["outlet"] for r in rows],
                           df[main].tolist(), xlabel=pretty(main))
    return {"main": pretty(main), "columns": labels, "rows": rows, "chart": svg,
            "z": bool(zcols)}


def discrepancy_items(comp: Any, event: str | None = None,
                      outlet: str | None = None) -> list[dict[str, Any]]:
    """Discrepancies (optionally of one event, or involving one outlet), claims side by side."""
    t = tables_of(comp)
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


def _discrepancy_index(comp: Any) -> tuple[list[dict[str, Any]], dict[Any, list[int]],
                                           dict[str, list[int]]]:
    """Every discrepancy as an item, and the items of each event and of each outlet."""
    items: list[dict[str, Any]] = []
    by_event: dict[Any, list[int]] = {}
    by_outlet: dict[str, list[int]] = {}
    for d in get(comp, "discrepancies") or []:
        claims = []
        for c in get(d, "claims") or []:
            sentence = str(get(c, "sentence", "") or "")
            surface = str(get(c, "surface", "") or "")
            qualifier = str(get(c, "qualifier", "") or "")
            shown = str(get(c, "shown", "") or "")  # a date or duration as it reads
            claims.append({"outlet": str(get(c, "outlet", "")),
                           "value": shown or fmt(get(c, "value")),
                           "unit": str(get(c, "unit", "") or ""), "qualifier": qualifier,
                           "surface": surface, "sentence": sentence,
                           "marked": plain(sentence, surface or None),
                           "article_id": str(get(c, "article_id", "") or "")})
        claims.sort(key=lambda c: (c["outlet"], c["article_id"], c["sentence"]))
        i = len(items)
        items.append({"event": str(get(d, "event", "")), "subject": str(get(d, "subject", "")),
                      "claims": claims})
        by_event.setdefault(get(d, "event", None), []).append(i)
        for o in dict.fromkeys(str(c["outlet"]) for c in claims):
            by_outlet.setdefault(o, []).append(i)
    return items, by_event, by_outlet


def coverage_section(comp: Any, event: str, outlets: list[str]) -> dict[str, Any]:
    """The facts x outlets matrix, most widely reported facts first."""
    rows: list[dict[str, Any]] = []
    for r in tables_of(comp).records("coverage", event=event):
        with_ = set(names(r.get("outlets_with")))
        raw = r.get("contexts")
        ctx: dict[str, Any] = raw if isinstance(raw, dict) else {}
        cells = [{"has": o in with_, "context": str(ctx.get(o, "") or "")} for o in outlets]
        rows.append({"fact": str(r.get("fact", "")), "kind": str(r.get("kind", "") or ""),
                     "n": len(with_ & set(outlets)), "cells": cells})
    rows.sort(key=lambda r: (-r["n"], r["kind"], r["fact"]))
    return {"outlets": outlets, "rows": rows}


def frame_section(comp: Any, event: str, outlets: list[str], chart: bool = True) -> dict[str, Any]:
    """Frame mix per outlet (from the profiles), and the frame each outlet leads with
    (the stacked chart of the mix unless ``chart`` is false)."""
    t = tables_of(comp)
    shares: dict[str, list[float]] = {}
    # feature and value are all the profile rows give here
    mine = {o: t.groups("profiles").fields(("feature", "value"), event=event, outlet=o)
            for o in outlets}
    feats = t.memo(("frame_features", event),
                   lambda: _frame_features(t.select("profiles", event=event)))
    if feats is not None:
        values = {o: _last_values(rs) for o, rs in mine.items()}
        for f in feats:
            shares[f[len(FRAME_PREFIX):]] = [float(values[o].get(f, float("nan")))
                                             for o in outlets]
    rows = []
    for i, o in enumerate(outlets):
        fr = t.records("frames", event=event, outlet=o)
        f0 = fr[0] if fr else {}

        def label(key: str, f0: dict[str, Any] = f0, o: str = o) -> str:
            v = f0.get(key)
            if isinstance(v, str) and v:
                return v
            articles = t.table("articles")
            if key not in articles.columns:
                return ""
            if isinstance(articles[key].dtype, pd.StringDtype):  # text: the column's values
                return mode(r[key] for r in t.groups("articles").fields(
                    (key,), event=event, outlet=o)) or ""
            a = t.select("articles", event=event, outlet=o)  # only when the frames lack it
            return mode(a[key]) or ""

        mix = {c: s[i] for c, s in shares.items() if is_num(s[i])}
        dominant = label("dominant_frame") or (max(mix, key=lambda c: (mix[c], c))
                                               if mix else "")
        rows.append({"outlet": o, "dominant": dominant or "–",
                     "lead": label("lead_frame") or "–", "rest": label("rest_frame") or "–",
                     "top_moral": label("top_moral")
                     or _top_moral(mine[o], attributed=False) or "–",
                     "top_moral_attributed": label("top_moral_attributed")
                     or _top_moral(mine[o], attributed=True) or "–",
                     "dominant_quoted": quoted_part(f0, dominant),
                     "loaded_moral": label("loaded_moral"),
                     "loaded_moral_attributed": label("loaded_moral_attributed")})
    svg = (charts.stacked_shares_chart(f"{event} frame mix", outlets, shares)
           if chart and shares and outlets else "")
    return {"rows": rows, "chart": svg, "frames": list(shares)}


def _frame_features(profiles: pd.DataFrame) -> list[str] | None:
    """The event's frame-share features, sorted (None: the event has no profile rows)."""
    if profiles.empty or "feature" not in profiles.columns:
        return None
    return sorted({f for f in profiles["feature"].astype(str)
                   if f.startswith(FRAME_PREFIX) and not f.endswith("_quoted")})


def _last_values(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Feature -> value of one outlet's profile rows (a repeated feature: its last row, as
    ``set_index(...).get`` of a unique index gives)."""
    return {str(r.get("feature")): r.get("value") for r in rows}


def quoted_part(row: dict[str, Any], frame_name: str) -> str:
    """How much of a frame's sentences are quoted or attributed speech, e.g. "40%"."""
    share: Any = row.get(f"frame_{frame_name}")
    quoted: Any = row.get(f"frame_{frame_name}_quoted")
    if not (is_num(share) and is_num(quoted)) or float(share) <= 0:
        return "–"
    return f"{100 * float(quoted) / float(share):.0f}%"


def top_moral(profiles: pd.DataFrame, outlet: str, attributed: bool) -> str | None:
    """The moral foundation with the highest own-voice (or attributed) value for an outlet."""
    if profiles.empty or "feature" not in profiles.columns:
        return None
    return _top_moral(records(select(profiles, outlet=outlet)), attributed)


def _top_moral(rows: list[dict[str, Any]], attributed: bool) -> str | None:
    best: tuple[float, str] | None = None
    for r in rows:
        f = str(r.get("feature"))
        if not f.startswith("moral_") or f.endswith("_attributed") != attributed:
            continue
        v = r.get("value")
        if v is not None and is_num(v) and float(v) > 0:
            cat = f[len("moral_"):].removesuffix("_attributed")
            if best is None or (float(v), cat) > best:
                best = (float(v), cat)
    return best[1] if best else None


def headline_flag_rows(comp: Any, event: str | None = None,
                       outlet: str | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Columns and rows of the headline-vs-body flags."""
    t = tables_of(comp)
    df = t.select("headline_flags", event=event, outlet=outlet)
    cols = [c for c in df.columns if c not in ("event", "outlet", "headlines")]
    rows = [{"outlet": str(r.get("outlet", "")), "cells": [cell(r.get(c)) for c in cols],
             "any": any(r.get(c) is True or r.get(c) == 1 for c in cols
                        if isinstance(r.get(c), (bool, int)))}
            for r in t.records("headline_flags", event=event, outlet=outlet)]
    return [pretty(c) for c in cols], rows
