"""Tone toward each actor, from the target-dependent tone model (:mod:`.tone`).

The extractor ``framing.actor_tone.v1`` (registered under the ``framing.extractors`` entry
point group, run by default) reads every mention of every actor of the body
(:mod:`framing.text.actors`) with :meth:`framing.models.tone.ToneModel.read_sentence`: a
sentence that names actors is read once for all of them (its VADER compound is the one the
pipeline computed), each mention in turn the target, the other actors masked, and keeps
apart:

* **own voice**: mentions outside quotations and reported speech, the outlet's words;
* **quoted**: mentions inside the words of someone the outlet quotes;
* a mention that is the speaker of a direct quotation (in its attribution) says nothing
  of the tone toward that speaker and is not read.

Per actor per article: the mean score (probability of positive minus that of negative,
-1..1) in each voice, the counts of negative, neutral and positive mentions, and one
evidence span per mention read (``attributed`` true for quoted mentions).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..extractors.base import ArticleContext, Extractor
from ..types import ExtractorResult, FeatureSpec, Span
from .tone import FORMAT, ToneModel, shipped_model

_CLASS = {-1: "negative", 0: "neutral", 1: "positive"}


class ActorToneExtractor(Extractor):
    """Tone toward each actor of the body, own voice apart from quotes."""

    name = "framing.actor_tone.v1"
    family = "tone"

    def __init__(self, *, model: ToneModel | None = None) -> None:
        self.model = model

    def prepare(self) -> None:
        if self.model is None:
            self.model = shipped_model()

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [FeatureSpec(
            "actor_tone_own", "tone score (-1..1)", "article",
            "Mean own-voice tone toward the people and organisations the article names "
            "(the tone model's score per mention outside quotations; per actor in the "
            "report).", self.family)]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        model = self.model or shipped_model()  # read once per process (cached)
        body = ctx.body
        res = ExtractorResult()
        by_sentence: dict[int, list[Any]] = defaultdict(list)
        for m in body.actors:
            by_sentence[m.sentence].append(m)
        # the speaker named in a direct quotation's attribution ("...," Smith said): the
        # quotation's tone is not a tone toward them (reported speech's subject is read:
        # "Critics slammed Smith" is the outlet's own sentence about both)
        attributions = [q.attribution for q in body.quotes
                        if q.attribution and q.kind == "direct"]
        rows: dict[str, dict[str, list[float]]] = defaultdict(
            lambda: {"own": [], "quoted": [], "own_labels": [], "quoted_labels": []})
        for si, mentions in sorted(by_sentence.items()):
            sent = body.sentences[si]
            # the speaker of a quotation: not a tone toward them
            which = [k for k, m in enumerate(mentions)
                     if not any(a <= m.start and m.end <= b for a, b in attributions)]
            if not which:
                continue
            names = sorted({m.actor for m in mentions})
            read = model.read_sentence(
                sent.text, [(m.start - sent.start, m.end - sent.start) for m in mentions],
                [names.index(m.actor) for m in mentions], which=which,
                sentence_compound=ctx.sentiment(sent.text))
            for k, r in zip(which, read, strict=True):
                m = mentions[k]
                q = body.quote_at(m.start, m.end)
                voice = "quoted" if q is not None else "own"
                rows[m.actor][voice].append(r.score)
                rows[m.actor][voice + "_labels"].append(float(r.label))
                res.evidence.append(Span(
                    "actor_tone", m.actor, _CLASS[r.label], m.start, m.end, si, "body",
                    q is not None, False, round(r.score, 6), FORMAT,
                    q.speaker if q is not None else None))
        tone: dict[str, dict[str, float | None]] = {}
        own_all: list[float] = []
        for actor, row in sorted(rows.items()):
            # no mean without mentions: None, not NaN (NaN is unequal to itself, so results
            # pickled from a worker would not compare equal to a --jobs 1 run's)
            entry: dict[str, float | None] = {}
            own_all += row["own"]
            for voice in ("own", "quoted"):
                vals = row[voice]
                entry[f"{voice}_n"] = float(len(vals))
                entry[f"{voice}_score"] = sum(vals) / len(vals) if vals else None
                for lab, cls in _CLASS.items():
                    entry[f"{voice}_{cls}"] = float(sum(1 for x in row[voice + "_labels"]
                                                        if x == lab))
            tone[actor] = entry
        res.details["actor_tone"] = tone
        res.features["actor_tone_own"] = (sum(own_all) / len(own_all) if own_all
                                          else float("nan"))
        return res


__all__ = ["ActorToneExtractor"]
