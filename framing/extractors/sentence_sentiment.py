"""The VADER compound score of a sentence, from VADER's public analyzer.

:class:`SentenceSentiment` calls vaderSentiment's ``SentimentIntensityAnalyzer.polarity_scores``
once per distinct sentence text (the sentences come from the one parse of the article), keeps
the most recent :data:`CACHE_LIMIT` results, and scores a run-on "sentence" of more than
:data:`MAX_WORDS` words (a scraped page without punctuation) as the mean of its chunks of
:data:`MAX_WORDS` words, since VADER's time grows with the square of a sentence's length.
"""

from __future__ import annotations

from collections import OrderedDict

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

#: distinct sentence texts whose score is kept per process, the oldest dropped first
CACHE_LIMIT = 50_000
#: longer sentences are scored by VADER in chunks of this many words
MAX_WORDS = 200


class SentenceSentiment:
    """VADER's compound score of one sentence, computed once per distinct text.

    Examples
    --------
    >>> score = SentenceSentiment()
    >>> score("Critics called it a betrayal.")
    -0.7184
    """

    def __init__(self) -> None:
        self.analyzer = SentimentIntensityAnalyzer()
        self._cache: OrderedDict[str, float] = OrderedDict()

    def compound(self, text: str) -> float:
        """VADER's compound score of ``text``, uncached (long texts in chunks)."""
        polarity = self.analyzer.polarity_scores
        # n words take at least 2n - 1 characters: a shorter text needs no word count
        words = text.split() if len(text) >= 2 * MAX_WORDS + 1 else ()
        if len(words) > MAX_WORDS:
            chunks = [" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS)]
            return sum(float(polarity(c)["compound"]) for c in chunks) / len(chunks)
        return float(polarity(text)["compound"])

    def __call__(self, text: str) -> float:
        cache = self._cache
        hit = cache.get(text)
        if hit is not None:
            return hit
        value = cache[text] = self.compound(text)
        if len(cache) > CACHE_LIMIT:
            cache.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every cached score."""
        self._cache.clear()


__all__ = ["CACHE_LIMIT", "MAX_WORDS", "SentenceSentiment"]
