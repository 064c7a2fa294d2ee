"""A small, hand-built Analysis and Comparison for the report tests.

It follows the schemas of docs/architecture.md, so the report can be tested
without running the pipeline; ``tests/test_report_sample.py`` covers the real one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from framing.analysis import EVIDENCE_COLUMNS, Analysis
from framing.types import Article, Removal

EVIL = '"><img src=x onerror=alert(1)>'

TEXTS = {
    "Daily Planet": (
        "Meta stock jumps as Muse Spark launches",
        "Meta launched Muse Spark on Wednesday. Critics called it a \"betrayal\" of open "
        "source. The stock rose more than 9% in a stunning rally. Analysts said it may help.",
    ),
    "The Ledger": (
        "Meta unveils Muse Spark",
        "Meta unveiled Muse Spark, a closed model. Shares rose 6.5% by the close. "
        "It will probably matter, and it is clearly a shift. Wang, 29, leads the lab.",
    ),
    "<script>alert(1)</script>": (
        "<script>alert('x')</script> headline",
        "A body with <script>alert(2)</script> inside and " + EVIL + " too. "
        "Wang, 27, was hired last year. It is a disaster, some said.",
    ),
}


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    if start < len(text):
        out.append((start, len(text)))
    return out


def _ev(art: Article, feature: str, category: str, surface: str, part: str = "body",
        attributed: bool = False, weight: float = 1.0, speaker: str | None = None,
        whole_sentence: bool = False) -> dict[str, Any]:
    text = art.title if part == "headline" else art.text
    start = text.index(surface)
    end = start + len(surface)
    bounds = [(0, len(text))] if part == "headline" else _sentences(text)
    si = next(i for i, (s, e) in enumerate(bounds) if s <= start < e)
    if whole_sentence:
        start, end = bounds[si]
    return {"article_id": art.id, "outlet": art.outlet, "event": art.event, "feature": feature,
            "category": category, "term": surface.lower(), "surface": text[start:end],
            "start": start, "end": end, "sentence": si, "part": part, "attributed": attributed,
            "negated": False, "weight": weight, "source": "test", "speaker": speaker,
            "sentence_text": text[bounds[si][0]:bounds[si][1]]}


@dataclass
class FakeClaim:
    outlet: str
    value: float
    unit: str
    sentence: str
    article_id: str


@dataclass
class FakeDiscrepancy:
    event: str
    subject: str
    claims: list[FakeClaim] = field(default_factory=list)


@dataclass
class FakeCorpus:
    name: str
    articles: list[Article]

    def inputs_frame(self) -> pd.DataFrame:
        rows = [{"source": a.source, "id": a.id, "outlet": a.outlet, "status": "ok",
                 "reason": "", "duplicate_of": None} for a in self.articles]
        rows.append({"source": "x/dup.txt", "id": "dup", "outlet": "The Ledger",
                     "status": "duplicate", "reason": "same text", "duplicate_of": "a1"})
        return pd.DataFrame(rows)


@dataclass
class FakeComparison:
    events: list[str]
    profiles: pd.DataFrame
    rankings: pd.DataFrame
    intensity: pd.DataFrame
    distinctive: pd.DataFrame
    coverage: pd.DataFrame
    omissions: pd.DataFrame
    discrepancies: list[FakeDiscrepancy]
    headline_flags: pd.DataFrame
    frames: pd.DataFrame
    analysis: Analysis
    params: dict[str, Any]

    def to_json_dict(self) -> dict[str, Any]:
        return {"events": self.events, "params": self.params,
                "profiles": self.profiles.to_dict(orient="records"),
                "discrepancies": [asdict(d) for d in self.discrepancies]}


FEATURES = [("loaded", "weight per 1,000 words", "rate", "loaded"),
            ("hedging", "hedges per 1,000 words", "rate", "hedging"),
            ("sentiment", "VADER compound (-1..1)", "mean", "tone"),
            ("readability", "Flesch reading ease", "article", "readability"),
            ("frame_conflict", "share of sentences", "share", "frames"),
            ("frame_economic", "share of sentences", "share", "frames"),
            ("moral_care_virtue", "weight per 1,000 words", "rate", "frames"),
            ("moral_care_virtue_attributed", "weight per 1,000 words", "rate", "frames")]


def fake_comparison(outlets: list[str] | None = None) -> FakeComparison:
    """Three outlets (one with a hostile name) on one event, every table filled."""
    outlets = outlets or list(TEXTS)
    event = "muse-spark"
    arts = []
    for i, name in enumerate(outlets):
        title, body = TEXTS.get(name, (f"Title of {name}", f"Body of {name}. Wang, 27, spoke."))
        arts.append(Article(id=f"a{i}", outlet=name, event=event, title=title, text=body,
                            published="2026-04-08", url=f"https://example.com/{i}?q=<b>",
                            source=f"src/{i}.txt",
                            removed=(Removal(1, "Subscribe <now>!", "promo"),)))
    ev: list[dict[str, Any]] = []
    for a in arts:
        if "betrayal" in a.text:
            ev.append(_ev(a, "loaded_attributed", "betrayal", "betrayal", attributed=True))
            ev.append(_ev(a, "quote", "direct", '"betrayal"', speaker="Critics"))
        if "stunning" in a.text:
            ev.append(_ev(a, "loaded", "hype", "stunning", weight=1.5))
        for w in ("may", "probably"):
            if f" {w} " in a.text:
                ev.append(_ev(a, "hedging", "modal", w))
        if "clearly" in a.text:
            ev.append(_ev(a, "certainty", "booster", "clearly"))
        if "disaster" in a.text:
            ev.append(_ev(a, "loaded", "catastrophe", "disaster", weight=2.0))
            ev.append(_ev(a, "loaded", "tag", "<script>alert(2)</script>"))
        if "jumps" in a.title:
            ev.append(_ev(a, "headline_loaded", "hype", "jumps", part="headline"))
        ev.append(_ev(a, "actor_tone", "Meta", a.text.split(".")[0], weight=0.25,
                      whole_sentence=True))
        ev.append(_ev(a, "frame", "economic", a.text.split(".")[0], whole_sentence=True))
        ev.append(_ev(a, "moral", "care_virtue", a.text.split(".")[0], whole_sentence=True))
    evidence = pd.DataFrame(ev, columns=EVIDENCE_COLUMNS)
    sents = []
    for a in arts:
        sents.append({"article_id": a.id, "outlet": a.outlet, "event": event, "part": "headline",
                      "sentence": 0, "paragraph": 0, "start": 0, "end": len(a.title),
                      "text": a.title, "n_words": len(a.title.split()), "attributed": False})
        for si, (s, e) in enumerate(_sentences(a.text)):
            sents.append({"article_id": a.id, "outlet": a.outlet, "event": event, "part": "body",
                          "sentence": si, "paragraph": 0, "start": s, "end": e,
                          "text": a.text[s:e], "n_words": len(a.text[s:e].split()),
                          "attributed": False})
    feat_rows = []
    art_rows = []
    prof = []
    for i, a in enumerate(arts):
        row: dict[str, Any] = {"id": a.id, "outlet": a.outlet, "event": event, "title": a.title,
                               "published": a.published, "url": a.url, "source": a.source,
                               "language": "en", "n_words": len(a.text.split()),
                               "n_sentences": len(_sentences(a.text)), "status": "ok",
                               "fk_grade": 8.0 + i, "gunning_fog": 10.0 + i / 3,
                               "lead_frame": "conflict", "dominant_frame": "economic"}
        for j, (f, *_rest) in enumerate(FEATURES):
            row[f] = 0.1 * (i + 1) * (j + 1) + (1 / 3)
        art_rows.append(row)
    for f, unit, agg, fam in FEATURES:
        feat_rows.append({"feature": f, "unit": unit, "aggregation": agg, "family": fam,
                          "description": f"What {f} <means>"})
        vals = [r[f] for r in art_rows]
        for i, a in enumerate(arts):
            others = [v for k, v in enumerate(vals) if k != i]
            med = float(pd.Series(others).median()) if others else float("nan")
            rank = 1 + sum(v > vals[i] for v in vals)
            prof.append({"event": event, "outlet": a.outlet, "feature": f, "value": vals[i],
                         "median_others": med, "diff": vals[i] - med, "rank": rank,
                         "ci_low": vals[i] - 0.2, "ci_high": vals[i] + 0.2,
                         "rank_low": max(1, rank - 1), "rank_high": rank,
                         "tied_with": [o.outlet for o in arts if o is not a][:1] if i else []})
    profiles = pd.DataFrame(prof)
    analysis = Analysis(
        articles=pd.DataFrame(art_rows), evidence=evidence, sentences=pd.DataFrame(sents),
        feature_info=pd.DataFrame(feat_rows).set_index("feature"),
        corpus=FakeCorpus(name="fake", articles=arts),  # type: ignore[arg-type]
        lexicons=[("framing.loaded", "1.0"), ("framing.hedging", "1.0")],
        params={"extractors": ["framing.loaded.v2", "framing.hedging.v1"], "min_words": 25})
    names = [a.outlet for a in arts]
    rankings = profiles.pivot_table(index=["event", "outlet"], columns="feature", values="rank")
    intensity = pd.DataFrame({"event": event, "outlet": names,
                              "intensity": [0.5 - k * 0.4 for k in range(len(names))],
                              "loaded": [0.2 * k for k in range(len(names))],
                              "hedging": [0.1] * len(names)}).set_index(["event", "outlet"])
    distinctive = pd.DataFrame([{"event": event, "outlet": a.outlet, "term": "muse",
                                 "log_odds": 1.2, "z": 2.5, "count": 3,
                                 "example_sentence": a.text.split(".")[0] + "."} for a in arts])
    coverage = pd.DataFrame([
        {"event": event, "fact": "9%", "kind": "percent", "outlets_with": names[:1],
         "outlets_without": names[1:], "contexts": {names[0]: "rose more than 9%"}},
        {"event": event, "fact": "Muse Spark", "kind": "entity", "outlets_with": names[:2],
         "outlets_without": names[2:], "contexts": {}},
    ])
    omissions = pd.DataFrame([{"event": event, "outlet": names[-1], "fact": "Muse Spark",
                               "others_with": names[:2],
                               "example_sentence": "Meta unveiled Muse Spark.",
                               "kind": "entity", "n_others_with": 2}])
    disc = [FakeDiscrepancy(event, "Meta stock move", [
        FakeClaim(names[0], 9.0, "%", "The stock rose more than 9% in a stunning rally.", "a0"),
        FakeClaim(names[1 % len(names)], 6.5, "%", "Shares rose 6.5% by the close.", "a1")]),
        FakeDiscrepancy(event, "Alexandr Wang's age", [
            FakeClaim(names[1 % len(names)], 29, "years", "Wang, 29, leads the lab.", "a1"),
            FakeClaim(names[-1], 27, "years", "Wang, 27, was hired last year.", "a2")])]
    flags = pd.DataFrame([{"event": event, "outlet": n, "headline_more_loaded": k == 0,
                           "headline_more_negative": False} for k, n in enumerate(names)])
    frames = pd.DataFrame([{"event": event, "outlet": n, "dominant_frame": "economic",
                            "lead_frame": "conflict", "rest_frame": "economic"} for n in names])
    return FakeComparison([event], profiles, rankings, intensity, distinctive, coverage,
                          omissions, disc, flags, frames, analysis,
                          {"n_boot": 200, "seed": 0, "ci": 0.95})
