"""Style signals: rhetorical questions, exclamations, intensifiers, superlatives."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress
from typing import Any

from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor, per_thousand, sentence_sums, span_from_match

_SUPERLATIVE_WORDS = frozenset(
    {
        "best",
        "worst",
        "most",
        "least",
        "biggest",
        "largest",
        "greatest",
        "smallest",
        "highest",
        "lowest",
    }
)
_NOT_SUPERLATIVE = frozenset(
    [
        "interest",
        "forest",
        "honest",
        "modest",
        "request",
        "test",
        "latest",
        "contest",
        "protest",
        "suggest",
        "digest",
        "invest",
        "manifest",
        "arrest",
        "guest",
        "chest",
        "nest",
        "rest",
        "west",
        "best-in-class",
        "harvest",
        "conquest",
        "quest",
        "pest",
        "priest",
        "earnest",
        "inquest",
    ]
)


@lru_cache(maxsize=10_000)  # small: frequent words/names stay, one-offs rotate
def _is_superlative(low: str) -> bool:
    return low in _SUPERLATIVE_WORDS or (
        low.endswith("est") and len(low) > 5 and low.isalpha() and low not in _NOT_SUPERLATIVE
    )


class StyleExtractor(Extractor):
    """Rhetorical questions (outside quotations, and a question headline),
    exclamations, intensifiers (lexicon kind ``intensifier``) and superlatives
    (``-est`` forms and most/least), per 1,000 words."""

    name = "framing.style.v1"
    family = "style"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "questions",
                "per 1,000 words",
                "rate",
                "Questions in the outlet's own voice (rhetorical questions).",
                self.family,
            ),
            FeatureSpec(
                "headline_question",
                "0 or 1",
                "article",
                "1 when the headline is a question.",
                self.family,
            ),
            FeatureSpec(
                "exclamations",
                "per 1,000 words",
                "rate",
                "Exclamations in the outlet's own voice.",
                self.family,
            ),
            FeatureSpec(
                "intensifiers",
                "per 1,000 words",
                "rate",
                "Intensifiers ('extremely', 'massively').",
                self.family,
            ),
            FeatureSpec(
                "superlatives",
                "per 1,000 words",
                "rate",
                "Superlatives ('the most important', 'biggest').",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        body = ctx.body
        res = ExtractorResult()
        q_spans: list[Span] = []
        e_spans: list[Span] = []
        for s in body.sentences:
            end = s.text.rstrip(" \"'”’)")
            if not end or body.quote_at(s.start, s.end) is not None:
                continue
            if end.endswith("?"):
                q_spans.append(Span("questions", "question", "?", s.start, s.end, s.index))
            elif end.endswith("!"):
                e_spans.append(Span("exclamations", "exclamation", "!", s.start, s.end, s.index))
        ints = [span_from_match(m, "intensifiers", ctx) for m in ctx.of_kind("intensifier")]
        sup: list[Span] = []
        toks = body.tok_lower
        for i in compress(range(len(toks)), map(_is_superlative, toks)):
            low = toks[i]
            a, b = body.tok_start[i], body.tok_end[i]
            att = body.quote_at(a, b) is not None
            sup.append(
                Span("superlatives", "superlative", low, a, b, body.tok_sent[i], "body", att)
            )
        words = ctx.body_words()
        for feature, spans in (
            ("questions", q_spans),
            ("exclamations", e_spans),
            ("intensifiers", ints),
            ("superlatives", sup),
        ):
            per = sentence_sums(body, spans)
            res.per_sentence[feature] = per
            res.features[feature] = per_thousand(sum(per), words)
            res.evidence.extend(spans)
        head = ctx.headline.text.strip()
        res.features["headline_question"] = 1.0 if head.endswith("?") else 0.0
        return res
