"""How terms and exclusion patterns become tokens, keys and stems.

Terms are tokenised with the same tokenizer as articles
(:func:`framing.text.tokens.tokenize`) and normalised the same way as
``Tokens.tok_lower`` (:func:`framing.text.tokens.norm_token`: lowercase, typographic
apostrophe folded, possessive ``'s`` removed), so that a term matches exactly the
token sequences it looks like.
"""

from __future__ import annotations

import threading
from functools import lru_cache

import Stemmer

from ..text.tokens import norm_token, tokenize

# The Snowball project's English stemmer, through its own C binding (PyStemmer): about
# six times faster than NLTK's Python port, and its current algorithm no longer merges
# neutral words with evaluative ones the way NLTK's port does ("organic"/"organization"
# -> "organ", "universal"/"university" -> "univers", "internal"/"international" ->
# "intern", "paste" -> "past", "evening" -> "even"). A stemmer object must not be used by
# two threads at once (PyStemmer's documentation), so each thread has its own; its own
# word cache is off, since :func:`stem` caches.
_STEMMERS = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    try:
        return _STEMMERS.stemmer
    except AttributeError:
        _STEMMERS.stemmer = stemmer = Stemmer.Stemmer("english", 0)
        return stemmer

#: Number words that the ``#num`` exclusion wildcard accepts besides numeric tokens.
NUMBER_WORDS: frozenset[str] = frozenset(
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "dozen", "dozens", "several",
    ]
)

#: The wildcards of exclusion patterns.
WILDCARDS: frozenset[str] = frozenset({"#num", "#cap", "*"})


def surface_tokens(text: str) -> list[str]:
    """The tokens of ``text`` as written.

    Examples
    --------
    >>> surface_tokens("caught red-handed!")
    ['caught', 'red-handed', '!']
    """
    return [text[s:e] for s, e in tokenize(text)]


def term_tokens(term: str) -> tuple[str, ...]:
    """The normalised (lowercase) tokens of a term.

    Examples
    --------
    >>> term_tokens("Slap in the face")
    ('slap', 'in', 'the', 'face')
    """
    return tuple(norm_token(t) for t in surface_tokens(term))


def term_key(term: str) -> str:
    """A canonical string for comparing terms (``"Betrayal "`` -> ``"betrayal"``)."""
    return " ".join(term_tokens(term))


@lru_cache(maxsize=20_000)
def stem(token: str) -> str:
    """The Snowball English stem of a lowercase token (cached).

    Examples
    --------
    >>> [stem(w) for w in ("betrayal", "betrayed", "betraying")]
    ['betray', 'betray', 'betray']
    """
    return str(_stemmer().stemWord(token))


def stem_key(term: str) -> str:
    """The stems of a term's tokens, joined: how an inflected entry is compared.

    Examples
    --------
    >>> stem_key("Betrayed"), stem_key("betrayal")
    ('betray', 'betray')
    """
    return " ".join(stem(t) for t in term_tokens(term))


def pattern_tokens(pattern: str) -> tuple[str, ...]:
    """Tokens of an exclusion pattern; wildcards (``#num``, ``#cap``, ``*``) stay whole.

    Examples
    --------
    >>> pattern_tokens("#num people were killed")
    ('#num', 'people', 'were', 'killed')
    """
    out: list[str] = []
    for word in pattern.split():
        if word in WILDCARDS:
            out.append(word)
        else:
            out.extend(term_tokens(word))
    return tuple(out)


def is_number_token(low: str) -> bool:
    """True for a numeric token (``27``, ``1,000``) or a number word (``two``)."""
    return (low[:1].isdigit() and all(c.isdigit() or c in ".," for c in low)) or (
        low in NUMBER_WORDS
    )


def case_shape(token: str) -> str:
    """``"lower"``, ``"upper"``, ``"title"`` or ``"other"``: the case pattern of a token.

    Examples
    --------
    >>> [case_shape(w) for w in ("may", "May", "MAY", "3")]
    ['lower', 'title', 'upper', 'other']
    """
    if not any(c.isalpha() for c in token):
        return "other"
    if token.islower():
        return "lower"
    if token.isupper():
        return "upper"
    if token[:1].isupper() and token[1:] == token[1:].lower():
        return "title"
    return "other"
