"""Opinion style: the marks of a piece that writes as commentary, apart from loaded words.

Questions and exclamations in the outlet's own voice, addressing the reader (*you*),
the first person (*I*, *we*, *our*), calls to act (*we must*), stance adverbs (*frankly*,
*of course*), intensifiers (*utterly*), puffery (*the best*, *world-class*) and scare
quotes tell how an article speaks, not which words are loaded: an explainer asks its
reader questions without loading a word, and a wire report can be loaded without a single
question. The word cues come from the lexicons of kind ``opinion_style``; questions,
exclamations and scare quotes from the text's structure. Only the outlet's own voice
counts: a quoted "we" or a question someone asked is not the writer's.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from ..lexicon.entries import Match
from ..text.doc import Doc
from ..types import ExtractorResult, FeatureSpec, Span, filled
from .base import ArticleContext, Extractor, span_from_match

#: the source name of evidence found from structure (questions, exclamations, scare quotes)
STRUCTURE = "framing.opinion_style"
#: a quotation no speaker is named for is a scare quote when it has at most this many words
SCARE_QUOTE_WORDS = 1
#: words after a quoted name that show it names something (a "Contemplating" mode, their
#: "thinking" modes)
NAMING_NOUNS = frozenset({"mode", "modes", "feature", "features", "setting", "settings",
                          "button", "buttons", "tab", "tabs", "tier", "tiers", "menu", "menus",
                          "plan", "model", "models", "app", "apps", "tool", "program", "project",
                          "command", "commands", "option", "options", "version", "versions",
                          "edition", "editions", "label", "brand", "series", "campaign"})
#: a quotation right after one of these words is a name: 'a mode named "Contemplating"'
NAMING_WORDS = frozenset({"named", "titled", "nicknamed", "codenamed", "code-named"})


def names_a_thing(doc: Doc, ts: int, te: int) -> bool:
    """Whether the quotation on tokens ``ts:te`` (its quote marks included) is a name: a
    naming noun follows it or a naming word comes before it, in the same sentence.

    Examples
    --------
    >>> from framing.text.doc import parse_text
    >>> names_a_thing(parse_text('A "Contemplating" mode is coming.'), 1, 4)
    True
    """
    sent = doc.tok_sent[ts]
    after = te < len(doc.tok_lower) and doc.tok_sent[te] == sent and \
        doc.tok_lower[te] in NAMING_NOUNS
    before = ts > 0 and doc.tok_sent[ts - 1] == sent and doc.tok_lower[ts - 1] in NAMING_WORDS
    return after or before


def scare_quotes(doc: Doc) -> list[Match]:
    """Scare quotes of ``doc`` as matches: a closed direct quotation of at most
    :data:`SCARE_QUOTE_WORDS` word inside a sentence, with no speaker, that is not a name
    (:func:`names_a_thing`: *a "Contemplating" mode*, *a mode named "Contemplating"*).

    Examples
    --------
    >>> from framing.text.doc import parse_text
    >>> [m.surface for m in scare_quotes(parse_text('The "reform" passed. "We won," she said.'))]
    ['"reform"']
    >>> scare_quotes(parse_text('It adds a "Contemplating" mode.'))
    []
    """
    out = []
    for q in doc.quotes:
        if q.kind != "direct" or q.speaker is not None or not q.closed:
            continue
        inner = doc.text[q.start:q.end].strip("\"“”«» ")
        words = inner.split()
        if not words or len(words) > SCARE_QUOTE_WORDS:
            continue
        ts = bisect.bisect_left(doc.tok_start, q.start)
        te = bisect.bisect_right(doc.tok_start, q.end - 1)
        while te > ts and doc.tok_end[te - 1] > q.end:
            te -= 1
        if te <= ts or names_a_thing(doc, ts, te):
            continue
        out.append(filled(
            Match, lexicon=STRUCTURE, kind="opinion_style", category="scare_quote",
            term="scare quote", surface=doc.text[q.start:q.end], start=q.start, end=q.end,
            tok_start=ts, tok_end=te, sentence=doc.tok_sent[ts], weight=1.0, negated=False,
            moral=None, precision=None, base_rate=None))
    return out


def end_marks(doc: Doc) -> list[Span]:
    """Questions and exclamations in the own voice: the closing mark of a sentence that is
    not inside a quotation (a heading is not a sentence of the body and never gets here)."""
    out = []
    for s in doc.sentences:
        end = s.text.rstrip(" \"'”’)")
        if not end or end[-1] not in "?!" or doc.quote_at(s.start, s.end) is not None:
            continue
        at = s.start + len(end) - 1
        if doc.quote_at(at, at + 1) is not None:
            continue
        category = "question" if end[-1] == "?" else "exclamation"
        out.append(Span("opinion_style", category, end[-1], at, at + 1, s.index, "body",
                        False, False, 1.0, STRUCTURE))
    return out


class OpinionStyleExtractor(Extractor):
    """Opinion style: the share of body sentences that write as commentary.

    A sentence writes as commentary when, in the outlet's own voice, it asks a question,
    exclaims, addresses the reader, speaks in the first person, calls to act, states the
    writer's attitude with a stance adverb, intensifies, praises with puffery, or puts a
    single word in scare quotes. Each mark is evidence (feature ``opinion_style``, its kind
    as the category).
    """

    name = "framing.opinion_style.v1"
    family = "opinion_style"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "opinion_style",
                "share of sentences",
                "share",
                "Writes as commentary: the share of body sentences with a mark of opinion "
                "writing in the outlet's own voice (a question or exclamation, 'you', 'I', "
                "'we', a call to act, a stance adverb, an intensifier, puffery, a scare "
                "quote). Not loaded wording: the loaded features leave these marks out.",
                self.family,
            ),
        ]

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        res = ExtractorResult()
        body = ctx.body
        spans = end_marks(body)
        for m in [*ctx.of_kind("opinion_style"), *scare_quotes(body)]:
            if m.negated or m.weight <= 0:
                continue
            span = span_from_match(m, "opinion_style", ctx, weight=1.0)
            if m.lexicon == STRUCTURE:  # a scare quote is the writer's own quotation marks
                span = replace(span, attributed=False, speaker=None)
            if not span.attributed:
                spans.append(span)
        spans.sort(key=lambda s: (s.start, s.end))
        per = [0.0] * len(body.sentences)
        for s in spans:
            if 0 <= s.sentence < len(per):
                per[s.sentence] = 1.0
        res.evidence = spans
        res.per_sentence["opinion_style"] = per
        res.features["opinion_style"] = sum(per) / len(per) if per else 0.0
        return res
