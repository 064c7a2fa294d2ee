"""Lexicon-driven extractors: hedging and certainty, loaded language.

All matching happens once per article in the run's single matcher; these
extractors only aggregate the matches of their lexicon kinds.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from ..lexicon.entries import Match
from ..lexicon.evidence import match_lift, sentence_probabilities
from ..text.doc import Doc
from ..types import ExtractorResult, FeatureSpec, Span, filled
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


#: the source name of scare-quote evidence
SCARE_QUOTES = "framing.scare_quotes"
#: a quotation not attributed to a speaker is a scare quote when it has at most this many
#: words (on BABE's development part one-word quotations: precision 0.725, 109 sentences;
#: up to two words 0.655, up to four 0.631, too close to the base rate to be evidence)
SCARE_QUOTE_WORDS = 1
#: the share of BABE development sentences with a scare quote that annotators called biased
#: (measured with this definition; see docs/validation.md), and that part's base rate
SCARE_QUOTE_PRECISION = 0.725
SCARE_QUOTE_BASE_RATE = 0.491


def scare_quotes(doc: Doc) -> list[Match]:
    """Scare quotes of ``doc`` as matches: a closed direct quotation of at most
    :data:`SCARE_QUOTE_WORDS` words inside a sentence, with no speaker.

    Examples
    --------
    >>> from framing.text.doc import parse_text
    >>> [m.surface for m in scare_quotes(parse_text('The "reform" passed. "We won," she said.'))]
    ['"reform"']
    """
    out = []
    for q in doc.quotes:
        if q.kind != "direct" or q.speaker is not None or not q.closed:
            continue
        inner = doc.text[q.start:q.end].strip("\"“”«» ")
        words = inner.split()
        if not words or len(words) > SCARE_QUOTE_WORDS:
            continue
        # the tokens inside the quotation (token starts are sorted)
        ts = bisect.bisect_left(doc.tok_start, q.start)
        te = bisect.bisect_right(doc.tok_start, q.end - 1)
        while te > ts and doc.tok_end[te - 1] > q.end:
            te -= 1
        if te <= ts:
            continue
        out.append(filled(
            Match, lexicon=SCARE_QUOTES, kind="loaded", category="scare_quote",
            term="scare quote", surface=doc.text[q.start:q.end], start=q.start, end=q.end,
            tok_start=ts, tok_end=te, sentence=doc.tok_sent[ts], weight=1.0, negated=False,
            moral=None, precision=SCARE_QUOTE_PRECISION, base_rate=SCARE_QUOTE_BASE_RATE))
    return out


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


class LoadedExtractor(Extractor):
    """Loaded language: per sentence, the calibrated probability that a reader calls it loaded.

    Each sentence's probability comes from the calibrated loaded entries it holds
    (:mod:`framing.lexicon.evidence`): in the outlet's own voice for ``loaded``, inside
    quotations or attributed speech for ``loaded_attributed`` (counter-evidence, such
    as attribution words, weighs in both). A sentence without evidence scores exactly 0;
    negated matches and matches of weight 0 are not evidence. Scare quotes (a short
    quotation no speaker is named for) are own-voice evidence of their own kind. The
    article's features are the mean over its body sentences; ``headline_loaded`` is the
    highest probability of a headline sentence.
    """

    name = "framing.loaded.v2"
    family = "loaded"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "loaded",
                "probability, mean over sentences",
                "mean",
                "Per sentence, the calibrated probability that a reader calls it loaded, from "
                "loaded terms and scare quotes in the outlet's own voice (outside quotes and "
                "attributed speech); 0 for a sentence without such evidence.",
                self.family,
            ),
            FeatureSpec(
                "loaded_attributed",
                "probability, mean over sentences",
                "mean",
                "The same probability from loaded terms inside quotations or attributed speech.",
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
        matches = ctx.of_kind("loaded")
        counter = [m for m in matches if match_lift(m) < 0]
        own_m: list[Match] = []
        att_m: list[Match] = []
        spans: dict[int, Span] = {}
        for m in [*matches, *scare_quotes(body)]:
            x = match_lift(m)
            if x <= 0:
                continue
            span = span_from_match(m, "loaded", ctx, weight=round(x, 6))
            if span.attributed and m.lexicon != SCARE_QUOTES:
                span = replace(span, feature="loaded_attributed")
                att_m.append(m)
            else:
                span = replace(span, attributed=False, speaker=None)
                own_m.append(m)
            spans[id(m)] = span
        per_own = sentence_probabilities(n, own_m, counter)
        per_att = sentence_probabilities(n, att_m, counter)
        res.per_sentence = {"loaded": per_own, "loaded_attributed": per_att}
        res.features["loaded"] = _mean(per_own) if n else 0.0
        res.features["loaded_attributed"] = _mean(per_att) if n else 0.0
        # evidence: the spans of the sentences they made loaded
        res.evidence = [spans[id(m)] for m in own_m if per_own[m.sentence] > 0] + \
            [spans[id(m)] for m in att_m if per_att[m.sentence] > 0]
        head = ctx.headline
        head_m = ctx.of_kind("loaded", "headline")
        per_head = sentence_probabilities(
            len(head.sentences), [m for m in head_m if match_lift(m) > 0],
            [m for m in head_m if match_lift(m) < 0])
        res.features["headline_loaded"] = max(per_head, default=0.0)
        res.evidence += [
            span_from_match(m, "headline_loaded", ctx, "headline", weight=round(match_lift(m), 6))
            for m in head_m if match_lift(m) > 0 and per_head[m.sentence] > 0
        ]
        return res
