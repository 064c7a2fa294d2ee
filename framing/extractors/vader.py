"""VADER's sentence scores, without VADER's repeated work.

:class:`Vader` is VADER's ``SentimentIntensityAnalyzer`` (its lexicon, rules and code)
with three shortcuts that do not change a score:

- ``polarity_scores`` first walks the text one character at a time to replace emoji by
  their descriptions (about a fifth of its time on news sentences). A sentence with no
  emoji character comes out of that walk unchanged, so :class:`Vader` checks for emoji
  first (one set operation) and, when there are none, runs the rest of VADER's method
  on the text; with an emoji it calls VADER's method as it is.
- ``_negation_check`` lowercases every word of the sentence each time it looks at the
  one to three words before a sentiment word; :class:`Vader` lowercases them once per
  sentence, and tests one word for negation as VADER's ``negated([word])`` does; the
  same lowercased words serve the booster, "kind of" and idiom checks (the idiom check,
  ``_special_idioms_check``, lowercases the whole sentence again per sentiment word too).
- VADER calls its per-word valence routine for every word, which for a word outside its
  lexicon appends a zero; :class:`Vader` appends the zero itself (most words of a news
  sentence are outside the lexicon).

All three follow vaderSentiment 3.3.2 line by line and are used only with that release (any
other runs VADER unchanged). The scores are VADER's: ``tests/extractors/test_sample.py``
and ``tests/test_properties.py`` compare them with stock VADER on every sample sentence
and on random text with emoji, negations and idioms.
"""

from __future__ import annotations

import threading
from importlib.metadata import version
from typing import Any

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
)

#: the vaderSentiment release whose ``polarity_scores`` the fast path follows line by line
MIRRORED_VERSION = "3.3.2"
_NEGATE = frozenset(NEGATE)


def _negated(low: str) -> bool:
    """VADER's ``negated([word])`` for a lowercased word: a negation word, or one with
    "n't"."""
    return low in _NEGATE or "n't" in low


class Vader(SentimentIntensityAnalyzer):
    """VADER, with the emoji pass skipped when the text has no emoji, the words of a
    sentence lowercased once for its booster, negation and idiom checks, and words
    outside VADER's lexicon given their zero without the per-word valence routine.

    Examples
    --------
    >>> Vader().polarity_scores("Critics called it a betrayal.")["compound"]
    -0.7184
    """

    def __init__(self) -> None:
        super().__init__()
        # VADER looks up one character at a time, so only one-character keys can match
        self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        self._fast = version("vaderSentiment") == MIRRORED_VERSION
        # the sentence being scored and its lowercased words, per thread
        self._current = threading.local()

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
        low = [str(w).lower() for w in words_and_emoticons]  # once, for every check below
        current = self._current
        current.words, current.lower = words_and_emoticons, low
        lexicon = self.lexicon
        last = len(words_and_emoticons) - 1
        for i, item in enumerate(words_and_emoticons):
            word = low[i]
            if word in BOOSTER_DICT or word not in lexicon or (
                    word == "kind" and i < last and low[i + 1] == "of"):
                # what sentiment_valence appends for a word outside the lexicon
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        if "but" in low:  # VADER's own check, which lowercases the words again
            sentiments = self._but_check(words_and_emoticons, sentiments)
        current.words = current.lower = None
        fast: dict[str, float] = self.score_valence(sentiments, text)
        return fast

    def _special_idioms_check(self, valence: float, words_and_emoticons: list[str],
                              i: int) -> float:
        current = self._current
        if getattr(current, "words", None) is not words_and_emoticons:  # not our sentence
            stock: float = SentimentIntensityAnalyzer._special_idioms_check(
                valence, words_and_emoticons, i)
            return stock
        low = current.lower
        # vaderSentiment 3.3.2's _special_idioms_check on the lowercased words
        onezero = f"{low[i - 1]} {low[i]}"
        twoonezero = f"{low[i - 2]} {low[i - 1]} {low[i]}"
        twoone = f"{low[i - 2]} {low[i - 1]}"
        threetwoone = f"{low[i - 3]} {low[i - 2]} {low[i - 1]}"
        threetwo = f"{low[i - 3]} {low[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in SPECIAL_CASES:
                valence = SPECIAL_CASES[seq]
                break
        if len(low) - 1 > i:
            zeroone = f"{low[i]} {low[i + 1]}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(low) - 1 > i + 1:
            zeroonetwo = f"{low[i]} {low[i + 1]} {low[i + 2]}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence

    def _negation_check(self, valence: float, words_and_emoticons: list[str], start_i: int,
                        i: int) -> float:
        current = self._current
        if getattr(current, "words", None) is not words_and_emoticons:  # not our sentence
            stock: float = SentimentIntensityAnalyzer._negation_check(
                valence, words_and_emoticons, start_i, i)
            return stock
        low = current.lower  # lowercased once per sentence by polarity_scores
        # vaderSentiment 3.3.2's _negation_check on the lowercased words
        if start_i == 0 and _negated(low[i - 1]):
            valence = valence * N_SCALAR
        if start_i == 1:
            if low[i - 2] == "never" and (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 2] == "without" and low[i - 1] == "doubt":
                valence = valence
            elif _negated(low[i - 2]):
                valence = valence * N_SCALAR
        if start_i == 2:
            if (low[i - 3] == "never" and (low[i - 2] == "so" or low[i - 2] == "this")) or \
                    (low[i - 1] == "so" or low[i - 1] == "this"):
                valence = valence * 1.25
            elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                valence = valence
            elif _negated(low[i - 3]):
                valence = valence * N_SCALAR
        return valence


__all__ = ["MIRRORED_VERSION", "Vader"]
