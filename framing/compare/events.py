"""Events: which articles are about the same story.

Articles carry an event id from their metadata. Where none is given (empty,
``None`` or the default ``"unknown"`` everywhere), :func:`assign_events` groups
them automatically: TF-IDF vectors of headline and body (scikit-learn),
cosine similarity, and connected components of the graph whose edges join
articles at least ``threshold`` similar. The grouping is deterministic and is
shown as a manifest (:func:`write_event_manifest`) that a user can correct and
feed back (:func:`read_event_manifest`, ``compare(..., events=path)``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from ..engines.analysis import Analysis

#: Event labels that mean "no event given".
MISSING_EVENTS = frozenset({"", "unknown", "none", "nan"})
MANIFEST_COLUMNS = ["file", "id", "outlet", "title", "event"]


@dataclass(frozen=True)
class Doc:
    """What event grouping needs of an article."""

    id: str
    outlet: str
    title: str
    text: str
    event: str = ""
    source: str = ""


def is_missing(event: Any) -> bool:
    """True for an empty, ``None``/NaN or ``"unknown"`` event label."""
    if event is None or (isinstance(event, float) and event != event):
        return True
    return str(event).strip().lower() in MISSING_EVENTS


def docs_of(obj: Any) -> list[Doc]:
    """Articles (an Analysis, Article records, or dicts) as :class:`Doc` records."""
    if hasattr(obj, "articles") and isinstance(obj.articles, pd.DataFrame):
        return _docs_of_analysis(obj)
    out = []
    for a in obj:
        get = a.get if isinstance(a, Mapping) else (lambda k, d="", a=a: getattr(a, k, d))
        out.append(Doc(id=str(get("id", "")), outlet=str(get("outlet", "") or ""),
                       title=str(get("title", "") or ""), text=str(get("text", "") or ""),
                       event=str(get("event", "") or ""), source=str(get("source", "") or "")))
    return out


def _docs_of_analysis(analysis: Analysis) -> list[Doc]:
    corpus = getattr(analysis, "corpus", None)
    texts: dict[str, str] = {}
    if corpus is not None:
        texts = {str(a.id): a.text for a in getattr(corpus, "articles", [])}
    sents = analysis.sentences
    if not texts and not sents.empty:
        body = sents[sents["part"] == "body"] if "part" in sents.columns else sents
        texts = {str(k): "\n".join(g["text"].astype(str)) for k, g in
                 body.groupby("article_id", sort=False)}
    out = []
    for r in analysis.articles.itertuples(index=False):
        rid = str(r.id)
        out.append(Doc(id=rid, outlet=str(r.outlet), title=str(getattr(r, "title", "") or ""),
                       text=texts.get(rid, ""), event=str(getattr(r, "event", "") or ""),
                       source=str(getattr(r, "source", "") or "")))
    return out


def needs_grouping(events: Iterable[Any]) -> bool:
    """True when no article carries a real event label."""
    return all(is_missing(e) for e in events)


def assign_events(articles: Any, threshold: float = 0.2, *, n_terms: int = 3) -> dict[str, str]:
    """Group articles into events by text similarity.

    Parameters
    ----------
    articles : Analysis or iterable of Article / dict
        Each needs ``id``, ``title`` and ``text``.
    threshold : float
        Cosine similarity of TF-IDF vectors at or above which two articles are
        joined; events are the connected components.
    n_terms : int
        How many top terms of an event's centroid make its id.

    Returns
    -------
    dict
        ``article id -> event id``; the id is a slug of the event's top terms
        (``"meta-muse-spark"``), stable for the same texts.

    Examples
    --------
    >>> arts = [{"id": "a", "title": "Library closes", "text": "The council closed the library."},
    ...         {"id": "b", "title": "Library vote", "text": "Council votes to close library."},
    ...         {"id": "c", "title": "Storm hits coast", "text": "A storm flooded the coast."}]
    >>> ev = assign_events(arts)
    >>> ev["a"] == ev["b"] != ev["c"]
    True
    """
    from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = docs_of(articles)
    if not docs:
        return {}
    texts = [f"{d.title}\n{d.title}\n{d.text}" for d in docs]
    vec = TfidfVectorizer(stop_words="english", token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]+\b",
                          sublinear_tf=True, min_df=1)
    try:
        X = vec.fit_transform(texts)
    except ValueError:  # nothing but stop words
        return {d.id: "event-1" for d in docs}
    sim = (X @ X.T).toarray()
    n, labels = connected_components(sim >= threshold, directed=False)
    terms = np.array(vec.get_feature_names_out())
    out: dict[str, str] = {}
    used: dict[str, int] = {}
    comps = sorted(range(n), key=lambda c: min(i for i in range(len(docs)) if labels[i] == c))
    for c in comps:
        members = [i for i in range(len(docs)) if labels[i] == c]
        centroid = np.asarray(X[members].sum(axis=0)).ravel()
        order = sorted(range(len(terms)), key=lambda t: (-round(float(centroid[t]), 9), terms[t]))
        slug = "-".join(_slug(terms[t]) for t in order[:n_terms] if centroid[t] > 0) or "event"
        used[slug] = used.get(slug, 0) + 1
        if used[slug] > 1:
            slug = f"{slug}-{used[slug]}"
        for i in members:
            out[docs[i].id] = slug
    return out


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def write_event_manifest(analysis_or_articles: Any, path: str | PathLike[str], *,
                         threshold: float = 0.2) -> Path:
    """Write ``manifest.csv`` (file, id, outlet, title, event) showing the grouping.

    Articles with an event label keep it; when none has one, the events come
    from :func:`assign_events`. Edit the ``event`` column and pass the file
    back with ``compare(analysis, events=path)`` or :func:`read_event_manifest`.
    """
    docs = docs_of(analysis_or_articles)
    events = {d.id: d.event for d in docs}
    if needs_grouping(events.values()):
        events = assign_events(docs, threshold=threshold)
    from ..safe_output import atomic_open

    p = Path(path)
    with atomic_open(p) as fh:  # whole or not at all (callers check the path first)
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(MANIFEST_COLUMNS)
        for d in sorted(docs, key=lambda d: (events[d.id], d.outlet, d.id)):
            w.writerow([Path(d.source).name if d.source else "", d.id, d.outlet, d.title,
                        events[d.id]])
    return p


def read_event_manifest(path: str | PathLike[str]) -> dict[str, str]:
    """``article id -> event`` from a manifest; rows without an id map their ``file``."""
    out: dict[str, str] = {}
    with Path(path).open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            event = (row.get("event") or "").strip()
            key = (row.get("id") or "").strip() or (row.get("file") or "").strip()
            if key and event:
                out[key] = event
    return out


def relabel(analysis: Analysis, mapping: Mapping[str, str]) -> Analysis:
    """A copy of ``analysis`` whose tables carry the events of ``mapping``.

    ``mapping`` keys are article ids or source file names; unmapped articles keep
    their event.
    """
    arts = analysis.articles.copy()
    by_id: dict[str, str] = {}
    for r in arts.itertuples(index=False):
        rid = str(r.id)
        src = Path(str(getattr(r, "source", "") or "")).name
        ev = mapping.get(rid, mapping.get(src)) if src else mapping.get(rid)
        by_id[rid] = ev if ev is not None else str(r.event)
    arts["event"] = arts["id"].astype(str).map(by_id)
    tables = {}
    for name in ("evidence", "sentences"):
        df = getattr(analysis, name).copy()
        if len(df) and "article_id" in df.columns:
            df["event"] = df["article_id"].astype(str).map(by_id).fillna(df.get("event"))
        tables[name] = df
    return replace(analysis, articles=arts, evidence=tables["evidence"],
                   sentences=tables["sentences"])
