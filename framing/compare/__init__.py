"""Compare outlets on each event: profiles, ranks, CIs, words, coverage, discrepancies, frames.

>>> import framing                                           # doctest: +SKIP
>>> comp = framing.compare.compare(framing.analyze("corpus/muse-spark"))  # doctest: +SKIP
>>> comp.rankings["loaded"]                                  # doctest: +SKIP

See ``docs/comparison.md`` for every recipe and its parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from os import PathLike
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .comparison import Claim, Comparison, Discrepancy
from .coverage import COVERAGE_COLUMNS, OMISSION_COLUMNS, coverage_matrix, coverage_tables
from .discrepancies import Sent, extract_claims, find_discrepancies
from .distinctive import DISTINCTIVE_COLUMNS, distinctive_terms, log_odds_dirichlet
from .events import (
    assign_events,
    is_missing,
    needs_grouping,
    read_event_manifest,
    relabel,
    write_event_manifest,
)
from .frames import frame_table
from .groups import Groups, numpy_text
from .headline import HEADLINE_COLUMNS, headline_flags
from .intensity import PARTS, intensity_table, tone_extremity
from .people import ACTOR_COLUMNS, SPEAKER_COLUMNS, actor_table, speaker_table
from .pooled import POOLED_COLUMNS, group_differences, pooled_differences
from .profiles import PROFILE_COLUMNS, OutletData, event_profiles, rank_desc

if TYPE_CHECKING:
    from ..engines.analysis import Analysis


def compare(analysis: Analysis, *, n_boot: int = 1000, seed: int = 0, ci: float = 0.95,
            events: Mapping[str, str] | str | PathLike[str] | None = None,
            event_threshold: float = 0.2, top_terms: int = 15, alpha0: float = 1000.0,
            loaded_margin: float = 0.2, sentiment_margin: float = 0.2,
            groups: Mapping[str, str] | None = None, group_by: str = "") -> Comparison:
    """Compare the outlets of ``analysis`` event by event.

    Parameters
    ----------
    analysis : Analysis
        From :func:`framing.analyze`.
    n_boot : int
        Bootstrap replicates for CIs and rank intervals (0 disables them).
    seed : int
        Seed of ``numpy.random.default_rng``; same seed, same result.
    ci : float
        Coverage of the percentile intervals.
    events : mapping, path or None
        ``article id (or file name) -> event`` overrides, or an edited
        ``manifest.csv`` (see :func:`write_event_manifest`). Without it, and when
        no article carries an event, events are found by :func:`assign_events`
        with ``event_threshold``.
    top_terms, alpha0
        Distinctive terms kept per outlet, and the prior's total pseudo-count.
    loaded_margin, sentiment_margin
        Margins of the headline-versus-body flags.
    groups, group_by : mapping and str, optional
        ``outlet -> group`` (from a table of outlets), and the name of the column the
        groups come from. With ``group_by`` alone, the groups are the articles' column
        ``group_by`` (each outlet's most common value). The groups' pooled within-event
        differences are compared (:func:`framing.compare.pooled.group_differences`).

    Returns
    -------
    Comparison
    """
    assignment: dict[str, str] = {}
    if events is not None:
        mapping = dict(events) if isinstance(events, Mapping) else read_event_manifest(events)
        analysis = relabel(analysis, mapping)
        assignment = {str(k): str(v) for k, v in zip(analysis.articles["id"],
                                                      analysis.articles["event"], strict=True)}
    elif len(analysis.articles) and (needs_grouping(analysis.articles["event"])
                                     or _no_event_given(analysis)):
        assignment = assign_events(analysis, threshold=event_threshold)
        analysis = relabel(analysis, assignment)
    arts = numpy_text(analysis.articles)
    info = analysis.feature_info
    sents = numpy_text(analysis.sentences)
    body = sents[sents["part"] == "body"] if "part" in sents.columns else sents
    sent_feats = [f for f in info.index if info.loc[f, "aggregation"] != "article"
                  and f in body.columns]
    kinds = [str(info.loc[f, "aggregation"]) for f in sent_feats]
    art_feats = [f for f in info.index if info.loc[f, "aggregation"] == "article"
                 and f in arts.columns]
    rng = np.random.default_rng(seed)
    ev_names = sorted({str(e) for e in arts["event"] if not is_missing(e)}
                      | ({"unknown"} if any(is_missing(e) for e in arts["event"]) else set()))
    parts: dict[str, list[pd.DataFrame]] = {k: [] for k in (
        "profiles", "intensity", "distinctive", "coverage", "omissions", "headline", "frames",
        "actors", "speakers")}
    discrepancies: list[Discrepancy] = []
    evidence = numpy_text(analysis.evidence)
    # Each table grouped once by event (articles) or by article (sentences, evidence):
    # an event's rows are then taken directly, not filtered from the whole table.
    art_events = arts["event"].map(_event_of)
    arts_by_id = _ArticleRows(arts, art_feats)
    # the columns read per event (all of them only where the article features are read
    # from pandas, with repeated article ids)
    arts_used = arts if arts_by_id.A is None else arts[[
        c for c in arts.columns if c in ("id", "outlet", "status", "title", "published")]]
    arts_of = Groups(arts_used.assign(_event=art_events.to_numpy()))
    body_ids = body["article_id"].astype(str)
    body_rows = Groups(pd.DataFrame({"id": body_ids.to_numpy()}, index=body.index))
    ev_ids = evidence["article_id"].astype(str) if len(evidence) else None
    evidence_rows = (Groups(pd.DataFrame({"id": ev_ids.to_numpy()}, index=evidence.index))
                     if ev_ids is not None else None)
    bodies = _Body(body, body_rows, sent_feats)
    # what tone_extremity and frame_table read of the event's body sentences
    body_used = body if arts_by_id.A is None else body[[
        c for c in body.columns
        if c in ("article_id", "outlet", "part", "sentence", "paragraph", "sentiment")]]
    for ev in ev_names:
        ev_arts = arts_of.select(_event=ev).drop(columns="_event")
        ev_ok = ev_arts[ev_arts["status"] == "ok"] if "status" in ev_arts.columns else ev_arts
        outlets = sorted({str(o) for o in ev_ok["outlet"]})
        ids = set(ev_arts["id"].astype(str))
        ev_body = body_used.iloc[_positions(body_rows, ids)]
        ok_ids = _ids_by_outlet(ev_ok, outlets)
        data = {o: (_outlet_data(ev_ok[ev_ok["outlet"] == o], ev_body, sent_feats, art_feats)
                    if arts_by_id.A is None
                    else bodies.outlet_data(ok_ids[o], arts_by_id)) for o in outlets}
        prof, _ = event_profiles(ev, outlets, data, sent_feats, kinds, art_feats,
                                 n_boot=n_boot, rng=rng, ci=ci)
        parts["profiles"].append(prof)
        values = _values_by_outlet(prof, outlets)
        ext = tone_extremity(ev_body[ev_body["article_id"].isin(ev_ok["id"])])
        ivals = {o: {**{p: values[o].get(p, np.nan) for p, _ in PARTS},
                     "tone_extremity": ext.get(o, np.nan)} for o in outlets}
        parts["intensity"].append(intensity_table(ev, ivals))
        texts, sentences = bodies.texts_and_sents(ev_arts)
        parts["distinctive"].append(distinctive_terms(ev, texts, top_n=top_terms,
                                                      alpha0=alpha0))
        titles = _titles(ev_arts)
        cov, om = coverage_tables(ev, texts, titles)
        parts["coverage"].append(cov)
        parts["omissions"].append(om)
        discrepancies.extend(find_discrepancies(ev, sentences))
        ev_evidence = evidence.iloc[_positions(evidence_rows, ids)] \
            if evidence_rows is not None else evidence
        parts["headline"].append(headline_flags(ev, values, ev_evidence, titles,
                                                loaded_margin=loaded_margin,
                                                sentiment_margin=sentiment_margin))
        parts["frames"].append(frame_table(ev, values, ev_evidence, ev_body))
        ok_evidence = ev_evidence[ev_evidence["article_id"].astype(str).isin(
            {i for ids_ in ok_ids.values() for i in ids_})] if len(ev_evidence) else ev_evidence
        parts["actors"].append(actor_table(ev, ok_evidence, ci))
        parts["speakers"].append(speaker_table(ev, ok_evidence))
    profiles = _concat(parts["profiles"], PROFILE_COLUMNS)
    # one row per outlet of each event (a pivot_table with dropna=False would make a row
    # for every event x outlet pair: 65,000 rows of NaN at 500 events and 130 outlets)
    rankings = (profiles.groupby(["event", "outlet", "feature"], sort=True)["rank"].mean()
                .astype(float).unstack("feature")
                if len(profiles) else pd.DataFrame())
    if len(rankings):
        rankings = rankings[[f for f in [*sent_feats, *art_feats] if f in rankings.columns]]
        rankings.columns.name = None
    pooled = pooled_differences(profiles, ci)
    member = dict(groups) if groups is not None else (
        outlet_groups(analysis.articles, group_by) if group_by else {})
    return Comparison(
        pooled=pooled, outlet_groups=member, group_by=group_by,
        group_profiles=group_differences(pooled, member, ci) if member else pd.DataFrame(
            columns=POOLED_COLUMNS),
        events=ev_names, profiles=profiles, rankings=rankings,
        intensity=_concat(parts["intensity"], ["event", "outlet", "intensity"]),
        distinctive=_concat(parts["distinctive"], DISTINCTIVE_COLUMNS),
        coverage=_concat(parts["coverage"], COVERAGE_COLUMNS),
        omissions=_concat(parts["omissions"], OMISSION_COLUMNS),
        discrepancies=discrepancies,
        headline_flags=_concat(parts["headline"], HEADLINE_COLUMNS),
        frames=_concat(parts["frames"], ["event", "outlet"]),
        actors=_concat(parts["actors"], ACTOR_COLUMNS),
        speakers=_concat(parts["speakers"], SPEAKER_COLUMNS),
        analysis=analysis,
        params={"n_boot": n_boot, "seed": seed, "ci": ci, "event_threshold": event_threshold,
                "top_terms": top_terms, "alpha0": alpha0, "loaded_margin": loaded_margin,
                "sentiment_margin": sentiment_margin, "bootstrap": "articles, then sentences",
                "intensity_parts": [f"{'-' if s < 0 else ''}{p}" for p, s in PARTS]},
        event_assignment=assignment,
    )


def _no_event_given(analysis: Analysis) -> bool:
    """True when the corpus is attached and none of its articles had an event of its own
    (each carries its source's default, the file's stem or the folder's name)."""
    corpus = analysis.corpus
    return corpus is not None and bool(corpus.articles) and not any(
        a.event_given for a in corpus.articles)


def outlet_groups(articles: pd.DataFrame, column: str) -> dict[str, str]:
    """Outlet -> its most common non-empty value of the articles' ``column``.

    Raises
    ------
    InputError
        When the articles have no such column.
    """
    if column not in articles.columns:
        from ..errors import InputError

        known = ", ".join(sorted(str(c) for c in articles.columns)[:40])
        raise InputError(f"no column {column!r} to group the outlets by; the articles have: "
                         f"{known}; or give a table of outlets (outlet,{column}) with "
                         "--outlets FILE")
    counts: dict[str, dict[str, int]] = {}
    for o, v in zip(articles["outlet"], articles[column], strict=True):
        if is_missing(v):
            continue
        c = counts.setdefault(str(o), {})
        c[str(v)] = c.get(str(v), 0) + 1
    return {o: min(c, key=lambda k: (-c[k], k)) for o, c in sorted(counts.items())}


def _positions(rows: Groups, ids: set[str]) -> np.ndarray:
    """Positions, in table order, of the rows whose article id is in ``ids``."""
    index = rows.positions(("id",))
    found = [index[i] for i in ids if i in index]
    return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.intp)


def _values_by_outlet(prof: pd.DataFrame, outlets: list[str]) -> dict[str, dict[str, float]]:
    """Outlet -> {feature: value} of the profile rows (a repeated feature: its last row)."""
    out: dict[str, dict[str, float]] = {o: {} for o in outlets}
    # the text columns as lists in one call each (iterating Arrow strings costs a call each)
    for o, f, v in zip(prof["outlet"].tolist(), prof["feature"].tolist(), prof["value"],
                       strict=True):
        if o in out:
            out[o][str(f)] = float(v)
    return out


def _ids_by_outlet(arts: pd.DataFrame, outlets: list[str]) -> dict[str, list[str]]:
    """Sorted article ids of each outlet (rows whose outlet equals its name)."""
    out: dict[str, list[str]] = {o: [] for o in outlets}
    for o, i in zip(list(arts["outlet"]), list(arts["id"]), strict=True):
        if isinstance(o, str) and o in out:
            out[o].append(str(i))
    return {o: sorted(v) for o, v in out.items()}


def _titles(arts: pd.DataFrame) -> dict[str, list[str]]:
    """Headlines of each outlet on the event, in table order (the outlets sorted)."""
    outlets = list(arts["outlet"])
    out: dict[str, list[str]] = {o: [] for o in sorted({str(x) for x in outlets})}
    for o, t in zip(outlets, list(arts["title"]), strict=True):
        if isinstance(o, str) and o in out:
            out[o].append(str(t))
    return out


class _ArticleRows:
    """The article features as one array, and each article's row in it (``A`` is None when
    article ids repeat: then each outlet's rows are looked up in pandas, as before)."""

    def __init__(self, arts: pd.DataFrame, art_feats: list[str]) -> None:
        ids = arts["id"].astype(str)
        self.A: np.ndarray | None = None
        self.row: dict[str, int] = {}
        if ids.is_unique:
            self.row = {a: k for k, a in enumerate(ids)}
            self.A = (arts[art_feats].to_numpy(dtype=float) if art_feats
                      else np.zeros((len(arts), 0)))


class _Body:
    """The body sentences read once: each article's rows (in table order, or in sentence
    order as ``sort_values("sentence")`` gives them) and the columns the comparison uses."""

    def __init__(self, body: pd.DataFrame, rows: Groups, sent_feats: list[str]) -> None:
        self.df = body
        self.index = rows.positions(("id",))
        self.X = (body[sent_feats].to_numpy(dtype=float) if sent_feats
                  else np.zeros((len(body), 0)))
        self.words = body["n_words"].to_numpy(dtype=float)
        col = body["sentence"] if "sentence" in body.columns else None
        # numpy integers sort as pandas sorts them (np.argsort, quicksort); anything else
        # goes through pandas
        self.sentence = (col.to_numpy() if col is not None and isinstance(col.dtype, np.dtype)
                         and col.dtype.kind in "iu" else None)
        self.text = list(body["text"]) if self.sentence is not None else []

    def outlet_data(self, ids: list[str], arts: _ArticleRows) -> OutletData:
        """``_outlet_data`` of the outlet's articles ``ids`` (sorted)."""
        found = [self.index[i] for i in ids if i in self.index]
        pos = np.concatenate(found) if found else np.zeros(0, dtype=np.intp)
        art_of = np.repeat(np.arange(len(ids)),
                           [len(self.index[i]) if i in self.index else 0 for i in ids])
        assert arts.A is not None
        A = arts.A[[arts.row[i] for i in ids]] if len(ids) else arts.A[:0]
        return OutletData(X=np.nan_to_num(self.X[pos]), words=self.words[pos],
                          art_of=art_of.astype(int), A=A, n_articles=len(ids))

    def _sorted(self, article_id: str) -> tuple[list[int], list[str]]:
        """The article's body sentence numbers and texts, in sentence order."""
        pos = self.index.get(article_id)
        if pos is None or not len(pos):
            return [], []
        if self.sentence is None:
            rows = self.df.iloc[pos].sort_values("sentence")
            return ([int(s) for s in rows["sentence"]], [str(t) for t in rows["text"]])
        values = self.sentence[pos]
        order = pos[np.argsort(values, kind="quicksort")]
        return ([int(self.sentence[k]) for k in order], [str(self.text[k]) for k in order])

    def texts_and_sents(self, arts: pd.DataFrame) -> tuple[dict[str, list[str]], list[Sent]]:
        """Per outlet, each article's headline then its body sentences in order (articles by
        id); and the same as :class:`Sent` records, the headline with index -1."""
        srt = arts.sort_values("id")
        published = (list(srt["published"]) if "published" in srt.columns
                     else [None] * len(srt))
        texts: dict[str, list[str]] = {}
        sents: list[Sent] = []
        for i, outlet, title, pub in zip(list(srt["id"]), list(srt["outlet"]),
                                         list(srt["title"]), published, strict=True):
            numbers, body = self._sorted(str(i))
            texts.setdefault(str(outlet), []).extend([str(title), *body])
            day = str(pub) if isinstance(pub, str) else ""
            sents.append(Sent(str(outlet), str(i), -1, str(title), day))
            sents.extend(Sent(str(outlet), str(i), s, t, day)
                         for s, t in zip(numbers, body, strict=True))
        return texts, sents


def _event_of(e: Any) -> str:
    return "unknown" if is_missing(e) else str(e)


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)


def _outlet_data(arts: pd.DataFrame, body: pd.DataFrame, sent_feats: list[str],
                 art_feats: list[str]) -> OutletData:
    ids = sorted(str(i) for i in arts["id"])
    rows = body[body["article_id"].astype(str).isin(ids)]
    order = {a: k for k, a in enumerate(ids)}
    art_of = rows["article_id"].astype(str).map(order).to_numpy(dtype=int)
    srt = np.argsort(art_of, kind="stable")
    X = rows[sent_feats].to_numpy(dtype=float)[srt] if sent_feats else np.zeros((len(rows), 0))
    A = arts.set_index(arts["id"].astype(str)).loc[ids, art_feats].to_numpy(dtype=float) \
        if art_feats else np.zeros((len(ids), 0))
    return OutletData(X=np.nan_to_num(X), words=rows["n_words"].to_numpy(dtype=float)[srt],
                      art_of=art_of[srt], A=A, n_articles=len(ids))


__all__ = [
    "Claim",
    "Comparison",
    "Discrepancy",
    "assign_events",
    "compare",
    "coverage_matrix",
    "distinctive_terms",
    "extract_claims",
    "find_discrepancies",
    "log_odds_dirichlet",
    "outlet_groups",
    "rank_desc",
    "read_event_manifest",
    "write_event_manifest",
]
