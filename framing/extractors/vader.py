"""VADER's sentence scores, without its per-character emoji pass on text with no emoji.

``SentimentIntensityAnalyzer.polarity_scores`` first walks the text one character at a
time to replace emoji by their descriptions (about a fifth of its time on news
sentences). A sentence with no emoji character comes out of that walk unchanged, so
:class:`Vader` checks for emoji first (one set operation) and, when there are none, runs
the rest of VADER's own method on the text; with an emoji it calls VADER's method as
it is. The scores are VADER's (``tests/test_extractors_sample.py`` compares them with
VADER's on every sample sentence and on random text).
"""

from __future__ import annotations

from importlib.metadata import version
from typing import Any

from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

#: the vaderSentiment release whose ``polarity_scores`` the fast path follows line by line
MIRRORED_VERSION = "3.3.2"


class Vader(SentimentIntensityAnalyzer):
    """VADER, with the emoji pass skipped when the text has no emoji.

    Examples
    --------
    >>> Vader().polarity_scores("Critics called it a betrayal.")["compound"]
    -0.5106
    """

    def __init__(self) -> None:
        super().__init__()
        # VADER looks up one character at a time, so only one-character keys can match
        self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        self._fast = version("vaderSentiment") == MIRRORED_VERSION

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not self._fast or not isinstance(text, str) or \
                not self._emoji_chars.isdisjoint(text):
            scores: dict[str, float] = super().polarity_scores(text)
            return scores
        # vaderSentiment 3.3.2's polarity_scores after its emoji pass, which would have
        # returned the text unchanged
        text = text.strip()
        sentitext = SentiText(text)
        sentiments: list[Any] = []
        words_and_emoticons = sentitext.words_and_emoticons
        for i, item in enumerate(words_and_emoticons):
            valence = 0
            if item.lower() in BOOSTER_DICT:
                sentiments.append(valence)
                continue
            if (i < len(words_and_emoticons) - 1 and item.lower() == "kind" and
                    words_and_emoticons[i + 1].lower() == "of"):
                sentiments.append(valence)
                continue
            sentiments = self.sentiment_valence(valence, sentitext, item, i, sentiments)
        sentiments = self._but_check(words_and_emoticons, sentiments)
        fast: dict[str, float] = self.score_valence(sentiments, text)
        return fast


__all__ = ["MIRRORED_VERSION", "Vader"]
