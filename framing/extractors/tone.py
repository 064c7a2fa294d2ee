"""Tone: VADER compound per sentence, and tone toward the article's main actors."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from ..types import ExtractorResult, FeatureSpec, Span
from .base import ArticleContext, Extractor

#: A sentence is "clearly" negative / positive beyond these compound scores.
CLEAR = 0.3
#: a capitalised word at a word start (the lookbehind is ``\b`` before the capital, written
#: after it so that the regex engine can scan for capitals), and up to three more
_CAP_SEQ = re.compile(
    r"[A-Z](?<!\w[A-Z])[\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von)){0,3}\b")
_NOT_ACTORS = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "As",
        "If",
        "When",
        "While",
        "But",
        "And",
        "Or",
        "So",
        "Yes",
        "No",
        "Not",
        "What",
        "Why",
        "How",
        "Who",
        "Where",
        "Which",
        "There",
        "Here",
        "Every",
        "Each",
        "Even",
        "Just",
        "Still",
        "Now",
        "Then",
        "Over",
        "After",
        "Before",
        "Since",
        "Until",
        "Also",
        "More",
        "Most",
        "Some",
        "Many",
        "Few",
        "Our",
        "Your",
        "Their",
        "His",
        "Her",
        "We",
        "You",
        "They",
        "He",
        "She",
        "I",
        "Let",
        "Instead",
        "Open",
        "Meanwhile",
        "However",
        "Previous",
        "Being",
        "Going",
        "Whether",
        "Neither",
        "Both",
        "Any",
        "One",
        "Two",
        "Three",
        "First",
        "Second",
        "FAQ",
        "Key",
        "Capabilities",
        "Benchmarks",
        "Access",
        "Developers",
    ]
)


_POSSESSIVE = re.compile(r"['’]s?$")
#: sentence-initial words that start a capitalised run without being part of a name
_LEADING = frozenset(
    [
        "Is",
        "Are",
        "Was",
        "Were",
        "Will",
        "Would",
        "Can",
        "Could",
        "Should",
        "Shall",
        "Does",
        "Do",
        "Did",
        "Has",
        "Have",
        "Had",
        "Unlike",
        "Like",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Once",
        "Yet",
        "Nor",
        "Via",
        "Per",
        "Among",
        "Against",
        "Under",
        "Behind",
        "Inside",
        "Outside",
        "Without",
        "Within",
        "Beyond",
        "Toward",
        "Towards",
    ]
)
#: calendar words are capitalised but are not actors
_NOT_NAMES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


@lru_cache(maxsize=10_000)  # small: frequent words/names stay, one-offs rotate
def _clean_name(raw: str) -> str:
    """Drop leading function words and a leading possessor ("Meta's Llama" -> "Llama"),
    and a trailing possessive ("Zuckerberg's" -> "Zuckerberg")."""
    words = raw.split()
    while words and (words[0].strip("'’") in _NOT_ACTORS or words[0] in _LEADING):
        words = words[1:]
    # "Meta's Muse Spark": the actor is what the possessor owns
    for i in range(len(words) - 1, 0, -1):
        if re.search(r"['’]s$", words[i - 1]):
            words = words[i:]
            break
    if not words:
        return ""
    words[-1] = _POSSESSIVE.sub("", words[-1].rstrip(".")).rstrip("'’")
    return " ".join(w for w in words if w)


def _actor_mentions(text: str, sent_bounds: list[tuple[int, int]]) -> dict[str, list[int]]:
    """Capitalised name sequences per sentence.

    A shorter form is merged into the one longer name it ends ("Zuckerberg" into
    "Mark Zuckerberg"); names that merely share a last word ("Scale AI", "Meta AI")
    stay apart, as does a short form that ends several longer names.
    """
    sentences_of: dict[str, set[int]] = defaultdict(set)
    finditer, clean = _CAP_SEQ.finditer, _clean_name
    for si, (s, e) in enumerate(sent_bounds):
        for m in finditer(text, s, e):
            name = clean(m.group(0))
            if len(name) < 3 or name in _NOT_NAMES:
                continue
            sentences_of[name].add(si)
    # the longer names ending with each shorter word sequence (one pass, not all pairs)
    ending: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in sentences_of:
        words = tuple(name.split())
        for k in range(1, len(words)):
            ending[words[-k:]].append(name)
    target: dict[str, str] = {}
    for name in sentences_of:
        longer = ending.get(tuple(name.split()), ())
        target[name] = longer[0] if len(longer) == 1 else name
    out: dict[str, set[int]] = defaultdict(set)
    for name, sents in sentences_of.items():
        out[target[name]].update(sents)
    return {name: sorted(sents) for name, sents in out.items()}


class ToneExtractor(Extractor):
    """Mean VADER compound of body sentences, shares of clearly negative/positive
    sentences, the headline's compound, and tone toward the main actors."""

    name = "framing.tone.v1"
    family = "tone"

    def __init__(self, *, max_actors: int = 6, min_mentions: int = 2) -> None:
        self.max_actors = max_actors
        self.min_mentions = min_mentions

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
        actors = _actor_mentions(body.text, [(s.start, s.end) for s in body.sentences])
        ranked = sorted(actors.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        tone: dict[str, dict[str, float]] = {}
        for name, sents in ranked[: self.max_actors]:
            if len(sents) < self.min_mentions:
                continue
            vals = [scores[i] for i in sents]
            tone[name] = {"mean_compound": sum(vals) / len(vals), "sentences": float(len(vals))}
            i = (
                min(sents, key=lambda k: (scores[k], k))
                if sum(vals) < 0
                else max(sents, key=lambda k: (scores[k], -k))
            )
            s = body.sentences[i]
            res.evidence.append(
                Span(
                    "actor_tone",
                    name,
                    f"{tone[name]['mean_compound']:+.3f}",
                    s.start,
                    s.end,
                    i,
                    "body",
                    False,
                    False,
                    tone[name]["mean_compound"],
                    "vader",
                )
            )
        res.details["actor_tone"] = tone
        return res
