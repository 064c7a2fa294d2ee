"""Tone: VADER compound per sentence and of the headline (tone toward each actor is
:mod:`framing.models.actor_tone`)."""

from __future__ import annotations

import math
from typing import Any

from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor

#: A sentence is "clearly" negative / positive beyond these compound scores.
CLEAR = 0.3

class ToneExtractor(Extractor):
    """Mean VADER compound of body sentences, shares of clearly negative/positive
    sentences, and the headline's compound."""

    name = "framing.tone.v1"
    family = "tone"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "sentiment",
                "VADER compound (-1..1)",
                "mean",
                "Mean VADER compound over body sentences.",
                self.family,
            ),
            FeatureSpec(
                "sentiment_negative",
                "share of sentences",
                "share",
                f"Share of body sentences with compound <= -{CLEAR}.",
                self.family,
            ),
            FeatureSpec(
                "sentiment_positive",
                "share of sentences",
                "share",
                f"Share of body sentences with compound >= {CLEAR}.",
                self.family,
            ),
            FeatureSpec(
                "headline_sentiment",
                "VADER compound (-1..1)",
                "article",
                "VADER compound of the headline.",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        body = ctx.body
        scores = [ctx.sentiment(s.text) for s in body.sentences]
        res = ExtractorResult()
        n = len(scores)
        res.features["sentiment"] = sum(scores) / n if n else math.nan
        neg = [1.0 if c <= -CLEAR else 0.0 for c in scores]
        pos = [1.0 if c >= CLEAR else 0.0 for c in scores]
        res.features["sentiment_negative"] = sum(neg) / n if n else math.nan
        res.features["sentiment_positive"] = sum(pos) / n if n else math.nan
        res.per_sentence = {
            "sentiment": scores,
            "sentiment_negative": neg,
            "sentiment_positive": pos,
        }
        head = ctx.headline.text.strip()
        res.features["headline_sentiment"] = ctx.sentiment(head) if head else math.nan
        if n:
            lo = min(range(n), key=lambda i: (scores[i], i))
            hi = max(range(n), key=lambda i: (scores[i], -i))
            for cat, i in (("most_negative", lo), ("most_positive", hi)):
                s = body.sentences[i]
                attributed = body.quote_at(s.start, s.end) is not None
                res.evidence.append(
                    Span(
                        "sentiment",
                        cat,
                        f"{scores[i]:+.3f}",
                        s.start,
                        s.end,
                        i,
                        "body",
                        attributed,
                        False,
                        scores[i],
                        "vader",
                    )
                )
        if head:
            res.evidence.append(
                Span(
                    "headline_sentiment",
                    "headline",
                    f"{res.features['headline_sentiment']:+.3f}",
                    0,
                    len(ctx.headline.text),
                    0,
                    "headline",
                    False,
                    False,
                    res.features["headline_sentiment"],
                    "vader",
                )
            )
        return res
