"""Lexicon-driven extractors: hedging and certainty, loaded language.

All matching happens once per article in the run's single matcher; these
extractors only aggregate the matches of their lexicon kinds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor, per_thousand, sentence_sums, span_from_match


class HedgingExtractor(Extractor):
    """Hedges and boosters per 1,000 words (Hyland 1998, 2005).

    Negated boosters ("not clear") are reported as evidence but not counted
    as certainty.
    """

    name = "framing.hedging.v1"
    family = "hedging"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "hedging",
                "hedges per 1,000 words",
                "rate",
                "Epistemic modals and verbs, approximators and hedging phrases.",
                self.family,
            ),
            FeatureSpec(
                "certainty",
                "boosters per 1,000 words",
                "rate",
                "Boosters: words and phrases that assert certainty.",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        res = ExtractorResult()
        words = ctx.body_words()
        for kind, feature in (("hedge", "hedging"), ("booster", "certainty")):
            spans: list[Span] = []
            for m in ctx.of_kind(kind):
                w = 0.0 if (m.negated and kind == "booster") else 1.0
                spans.append(span_from_match(m, feature, ctx, weight=w))
            res.evidence.extend(spans)
            per = sentence_sums(ctx.body, spans)
            res.per_sentence[feature] = per
            res.features[feature] = per_thousand(sum(per), words)
        return res


class LoadedExtractor(Extractor):
    """Loaded language, weighted, in the outlet's own voice vs attributed.

    A match inside a quotation or attributed (reported) speech counts toward
    ``loaded_attributed``; others toward ``loaded``. Negated uses are kept as
    evidence (``negated=True``) but weigh nothing. Headline matches are
    counted separately as ``headline_loaded`` (weight per 1,000 headline words).
    """

    name = "framing.loaded.v1"
    family = "loaded"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "loaded",
                "weight per 1,000 words",
                "rate",
                "Loaded terms in the outlet's own voice (outside quotes and attributed "
                "speech), weighted by the lexicon.",
                self.family,
            ),
            FeatureSpec(
                "loaded_attributed",
                "weight per 1,000 words",
                "rate",
                "Loaded terms inside quotations or attributed speech.",
                self.family,
            ),
            FeatureSpec(
                "headline_loaded",
                "weight per 1,000 headline words",
                "article",
                "Loaded terms in the headline.",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        res = ExtractorResult()
        own: list[Span] = []
        att: list[Span] = []
        for m in ctx.of_kind("loaded"):
            span = span_from_match(m, "loaded", ctx, weight=0.0 if m.negated else m.weight)
            if span.attributed:
                span = replace(span, feature="loaded_attributed")
                att.append(span)
            else:
                own.append(span)
        words = ctx.body_words()
        per_own = sentence_sums(ctx.body, own)
        per_att = sentence_sums(ctx.body, att)
        res.per_sentence = {"loaded": per_own, "loaded_attributed": per_att}
        res.features["loaded"] = per_thousand(sum(per_own), words)
        res.features["loaded_attributed"] = per_thousand(sum(per_att), words)
        head = [
            span_from_match(
                m, "headline_loaded", ctx, "headline", weight=0.0 if m.negated else m.weight
            )
            for m in ctx.of_kind("loaded", "headline")
        ]
        hw = ctx.headline.n_words
        res.features["headline_loaded"] = (
            per_thousand(sum(s.weight for s in head), hw) if hw else 0.0
        )
        res.evidence = own + att + head
        return res
