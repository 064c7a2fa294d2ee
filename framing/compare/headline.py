"""Headline versus body: is the headline more loaded or more negative than the story?

An outlet's headline is flagged *more loaded* when the probability that a reader
calls its headline loaded (``headline_loaded``, mean over the outlet's articles)
exceeds the body's own-voice ``loaded`` (the mean of the same probability over
body sentences) by more than ``loaded_margin``, and *more negative* when the
headline's VADER compound (``headline_sentiment``) is below the body's mean
compound (``sentiment``) by more than ``sentiment_margin``.
"""

from __future__ import annotations

import math

import pandas as pd

from .rows import HeadlineFlags, columns_of

HEADLINE_COLUMNS = columns_of(HeadlineFlags)


def _f(x: object) -> float:
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return v


def _missing(v: object) -> bool:
    """What ``Series.dropna`` drops from a text column: None, NaN, pd.NA, NaT."""
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v)


def headline_flags(event: str, values: dict[str, dict[str, float]],
                   evidence: pd.DataFrame, titles: dict[str, list[str]], *,
                   loaded_margin: float = 0.2, sentiment_margin: float = 0.2) -> pd.DataFrame:
    """Flags per outlet on one event.

    Parameters
    ----------
    values : dict
        ``outlet -> {feature: pooled value}`` with ``headline_loaded``,
        ``loaded``, ``headline_sentiment``, ``sentiment`` where available.
    evidence : DataFrame
        Evidence rows of the event; those with ``part == "headline"`` and a
        loaded or tone feature are listed as ``headline_terms``.
    titles : dict
        ``outlet -> headlines``.
    """
    rows = []
    ev = evidence
    if not ev.empty and "part" in ev.columns:
        ev = ev[(ev["part"] == "headline")
                & ev["feature"].astype(str).str.contains("loaded", regex=False)]
    # the terms of each outlet (rows whose outlet equals its name), read once
    by_outlet: dict[str, list[object]] = {}
    if not ev.empty:
        col = "surface" if "surface" in ev.columns else "term"
        for o, t in zip(list(ev["outlet"]), list(ev[col]), strict=True):
            if isinstance(o, str):
                by_outlet.setdefault(o, []).append(t)
    for outlet in sorted(values):
        v = values[outlet]
        hl, bl = _f(v.get("headline_loaded")), _f(v.get("loaded"))
        hs, bs = _f(v.get("headline_sentiment")), _f(v.get("sentiment"))
        terms: list[str] = []
        if not ev.empty:  # dropna: None and NaN are no terms
            terms = sorted({str(t) for t in by_outlet.get(outlet, ()) if not _missing(t)})
        rows.append({
            "event": event, "outlet": outlet, "headline_loaded": hl, "body_loaded": bl,
            "headline_sentiment": hs, "body_sentiment": bs,
            "headline_more_loaded": bool(hl - bl > loaded_margin),
            "headline_more_negative": bool(hs < bs - sentiment_margin),
            "headline_terms": terms, "headlines": sorted(titles.get(outlet, [])),
        })
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
