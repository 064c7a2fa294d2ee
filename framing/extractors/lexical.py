"""Lexicon-driven extractors: hedging and certainty, loaded language.

All matching happens once per article in the run's single matcher; these
extractors only aggregate the matches of their lexicon kinds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..lexicon.entries import Match
from ..lexicon.evidence import match_precision, sentence_probabilities
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


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


class LoadedExtractor(Extractor):
    """Loaded wording: per sentence, the probability that a reader marks its wording as loaded.

    Each sentence's probability comes from the calibrated loaded entries it holds
    (:mod:`framing.lexicon.evidence`): in the outlet's own voice for ``loaded``, inside
    quotations or attributed speech for ``loaded_attributed``. A sentence without evidence
    scores exactly 0; negated matches and matches of weight 0 are not evidence. Marks of
    opinion writing (questions, *you*, *our*, intensifiers, scare quotes) are not loaded
    wording: :class:`~framing.extractors.opinion_style.OpinionStyleExtractor` counts them.
    The article's features are the mean over its body sentences; ``headline_loaded`` is the
    highest probability of a headline sentence.
    """

    name = "framing.loaded.v3"
    family = "loaded"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "loaded",
                "probability, mean over sentences",
                "mean",
                "Per sentence, the probability that a reader marks its wording as loaded, "
                "from the loaded words and phrases in the outlet's own voice (outside quotes "
                "and attributed speech); 0 for a sentence without such evidence.",
                self.family,
            ),
            FeatureSpec(
                "loaded_attributed",
                "probability, mean over sentences",
                "mean",
                "The same probability from loaded words inside quotations or attributed "
                "speech.",
                self.family,
            ),
            FeatureSpec(
                "headline_loaded",
                "probability",
                "article",
                "The highest such probability of a headline sentence (all voices).",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        res = ExtractorResult()
        body = ctx.body
        n = len(body.sentences)
        own_m: list[Match] = []
        att_m: list[Match] = []
        # one piece of evidence per token span: its most precise entry
        best: dict[tuple[int, int], tuple[float, Match]] = {}
        for m in ctx.of_kind("loaded"):
            p = match_precision(m)
            key = (m.tok_start, m.tok_end)
            if p > 0 and p > best.get(key, (0.0, m))[0]:
                best[key] = (p, m)
        for key in sorted(best):
            p, m = best[key]
            span = span_from_match(m, "loaded", ctx, weight=round(p, 6))
            if span.attributed:
                att_m.append(m)
                res.evidence.append(replace(span, feature="loaded_attributed"))
            else:
                own_m.append(m)
                res.evidence.append(span)
        per_own = sentence_probabilities(n, own_m)
        per_att = sentence_probabilities(n, att_m)
        res.per_sentence = {"loaded": per_own, "loaded_attributed": per_att}
        res.features["loaded"] = _mean(per_own) if n else 0.0
        res.features["loaded_attributed"] = _mean(per_att) if n else 0.0
        head = ctx.headline
        head_m = [m for m in ctx.of_kind("loaded", "headline") if match_precision(m) > 0]
        per_head = sentence_probabilities(len(head.sentences), head_m)
        res.features["headline_loaded"] = max(per_head, default=0.0)
        res.evidence += [
            span_from_match(m, "headline_loaded", ctx, "headline",
                            weight=round(match_precision(m), 6))
            for m in head_m
        ]
        return res
