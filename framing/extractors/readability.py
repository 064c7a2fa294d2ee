"""Readability (textstat): Flesch reading ease, Flesch-Kincaid grade, Gunning fog.

The three scores are textstat's public functions (``textstat.flesch_reading_ease``,
``flesch_kincaid_grade``, ``gunning_fog``, language ``en_US``) on the article's body.
textstat counts syllables with the CMU Pronouncing Dictionary through NLTK's data and would
download it when missing; framing ships it in NLTK's layout and points NLTK at it
(:mod:`framing.extractors.cmudict_data`), so readability works offline.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from ..types import ExtractorResult, FeatureSpec
from .base import ArticleContext, Extractor


@lru_cache(maxsize=1)
def _textstat() -> Any:
    """textstat, with NLTK pointed at the shipped dictionary and the dictionary loaded
    (once per process)."""
    from .cmudict_data import use_shipped_cmudict

    use_shipped_cmudict()
    import textstat

    textstat.syllable_count("loaded")  # reads the dictionary now, not in the first article
    return textstat


def readability_scores(text: str) -> dict[str, float]:
    """Flesch reading ease, Flesch-Kincaid grade and Gunning fog of ``text`` (textstat).

    Examples
    --------
    >>> s = readability_scores("The cat sat on the mat. It was happy.")
    >>> s["readability"] > 90
    True
    """
    if not text.strip():
        return {"readability": math.nan, "fk_grade": math.nan, "gunning_fog": math.nan}
    ts = _textstat()
    scores = {"readability": float(ts.flesch_reading_ease(text)),
              "fk_grade": float(ts.flesch_kincaid_grade(text)),
              "gunning_fog": float(ts.gunning_fog(text))}
    _bound_pyphen_cache()
    return scores


#: pyphen (textstat's syllable fallback for words not in cmudict) caches every word
#: it has seen in an unbounded dict; emptied beyond this size so memory stays flat
PYPHEN_CACHE_LIMIT = 20_000


def _bound_pyphen_cache() -> None:
    import pyphen  # type: ignore[import-untyped]

    for hd in pyphen.hdcache.values():
        if len(hd.cache) > PYPHEN_CACHE_LIMIT:
            hd.cache.clear()


class ReadabilityExtractor(Extractor):
    """textstat's three classic readability scores over the body."""

    name = "framing.readability.v1"
    family = "readability"

    def feature_specs(
        self, ctx_categories: dict[str, dict[str, dict[str, Any]]]
    ) -> list[FeatureSpec]:
        return [
            FeatureSpec(
                "readability",
                "Flesch reading ease (higher = easier)",
                "article",
                "Flesch reading ease of the body (textstat).",
                self.family,
            ),
            FeatureSpec(
                "fk_grade",
                "US school grade",
                "article",
                "Flesch-Kincaid grade level of the body.",
                self.family,
            ),
            FeatureSpec(
                "gunning_fog",
                "years of schooling",
                "article",
                "Gunning fog index of the body.",
                self.family,
            ),
        ]

    def prepare(self) -> None:
        _textstat()  # textstat, NLTK and the CMU dictionary

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        return ExtractorResult(features=readability_scores(ctx.body.text))
