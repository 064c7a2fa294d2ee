"""Sourcing: who speaks, how they are introduced, named vs unnamed sources."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor, per_thousand, sentence_sums, span_from_match


class SourcingExtractor(Extractor):
    """Share of sentences with quoted or reported speech; reporting verbs
    (neutral "said" vs loaded "claimed", "admitted", "slammed"); named vs
    unnamed sources ("critics say", "people familiar with the matter")."""

    name = "framing.sourcing.v1"
    family = "sourcing"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "attribution",
                "share of sentences",
                "share",
                "Share of body sentences that contain quoted or reported speech.",
                self.family,
            ),
            FeatureSpec(
                "quotes",
                "direct quotations per 1,000 words",
                "rate",
                "Direct quotations (text in quotation marks).",
                self.family,
            ),
            FeatureSpec(
                "loaded_reporting",
                "loaded reporting verbs per 1,000 words",
                "rate",
                "Reporting verbs that frame the speaker (claimed, admitted, slammed).",
                self.family,
            ),
            FeatureSpec(
                "unnamed_sources",
                "per 1,000 words",
                "rate",
                "Unnamed sources: 'critics say', 'people familiar with the matter'.",
                self.family,
            ),
            FeatureSpec(
                "named_share",
                "share of attributions",
                "article",
                "Share of quotations and reported speech whose speaker is named.",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        body = ctx.body
        res = ExtractorResult()
        n = len(body.sentences)
        attributed = body.attributed_sentences()
        flags = [1.0 if i in attributed else 0.0 for i in range(n)]
        res.per_sentence["attribution"] = flags
        res.features["attribution"] = sum(flags) / n if n else math.nan
        quote_spans: list[Span] = []
        speakers: Counter[str] = Counter()
        named = 0
        for q in body.quotes:
            si = body.sentence_at(q.start)
            quote_spans.append(
                Span(
                    "quote" if q.kind == "direct" else "reported_speech",
                    q.kind,
                    q.speaker or "unknown",
                    q.start,
                    q.end,
                    si,
                    "body",
                    True,
                    False,
                    1.0 if q.kind == "direct" else 0.0,
                    "quotes",
                    q.speaker,
                )
            )
            if q.speaker:
                speakers[q.speaker] += 1
                if q.speaker[:1].isupper():
                    named += 1
        direct = [s for s in quote_spans if s.category == "direct"]
        words = ctx.body_words()
        per_q = sentence_sums(body, direct)
        res.per_sentence["quotes"] = per_q
        res.features["quotes"] = per_thousand(sum(per_q), words)
        rep = ctx.of_kind("reporting")
        loaded_verbs = [
            span_from_match(m, "loaded_reporting", ctx) for m in rep if m.category == "loaded"
        ]
        unnamed = [
            span_from_match(m, "unnamed_sources", ctx)
            for m in rep
            if m.category == "unnamed_source"
        ]
        for feature, spans in (("loaded_reporting", loaded_verbs), ("unnamed_sources", unnamed)):
            per = sentence_sums(body, spans)
            res.per_sentence[feature] = per
            res.features[feature] = per_thousand(sum(per), words)
        res.features["named_share"] = named / len(body.quotes) if body.quotes else math.nan
        res.evidence = quote_spans + loaded_verbs + unnamed
        res.details["speakers"] = dict(sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0])))
        res.details["reporting_verbs"] = dict(
            Counter(
                body.text[m.start : m.end].lower() for m in rep if m.category != "unnamed_source"
            )
        )
        return res
