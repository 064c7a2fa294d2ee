"""The lexicon and tone features a trained model sees beside the text's n-grams.

The same function builds them at training time (one row per labelled text) and
at analysis time (one row per body sentence of an article), from the run's one
lexicon matcher and its cached VADER scorer, so that a model sees the same
quantities in both places.

Columns (version :data:`FEATURES_VERSION`):

- ``lex:<kind>`` — summed weight of the non-negated matches of each lexicon kind
  in :data:`KINDS` (negated matches weigh nothing);
- ``lex:<kind>:<category>`` — the same per category, for the kinds ``loaded`` and
  ``reporting``;
- ``vader`` and ``vader_abs`` — the VADER compound of the text and its magnitude;
- ``log_words`` — ``log(1 + words)``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence

import pandas as pd

from ..lexicon.entries import Lexicon, Match

#: Bump when the definition of any column changes: models record it and refuse a mismatch.
FEATURES_VERSION = "framing.models.bias_features.v1"
#: Lexicon kinds whose matches become model features.
KINDS: tuple[str, ...] = ("loaded", "hedge", "booster", "intensifier", "reporting")
#: Kinds broken down by category as well.
CATEGORY_KINDS: tuple[str, ...] = ("loaded", "reporting")
TEXT_COLUMN = "text"


def feature_columns(lexicons: Sequence[Lexicon]) -> list[str]:
    """The numeric feature columns for these lexicons, in a stable order.

    Examples
    --------
    >>> from framing.lexicon import Category, Entry, Lexicon
    >>> lex = Lexicon("demo", "1.0.0", "loaded", {"smear": Category("smear", "")},
    ...               (Entry("thug", "smear"),))
    >>> feature_columns([lex])[:3]
    ['lex:loaded', 'lex:hedge', 'lex:booster']
    >>> "lex:loaded:smear" in feature_columns([lex])
    True
    """
    cols = [f"lex:{k}" for k in KINDS]
    cats: set[str] = set()
    for lex in lexicons:
        if lex.kind in CATEGORY_KINDS:
            cats.update(f"lex:{lex.kind}:{c}" for c in lex.categories)
    return [*cols, *sorted(cats), "vader", "vader_abs", "log_words"]


def columns_problem(columns: Sequence[str]) -> str | None:
    """What is wrong with a model's feature columns, or None when they are columns
    :func:`feature_columns` makes: ``lex:KIND`` for every kind of :data:`KINDS` first,
    ``lex:KIND:CATEGORY`` for a kind of :data:`CATEGORY_KINDS`, then ``vader``,
    ``vader_abs`` and ``log_words``, each once.

    Examples
    --------
    >>> columns_problem(["lex:loaded", "lex:hedge", "lex:booster", "lex:intensifier",
    ...                  "lex:reporting", "lex:loaded:smear", "vader", "vader_abs", "log_words"])
    >>> columns_problem(["renamed", "vader"])
    "the columns do not start with lex:loaded, lex:hedge, ... (found 'renamed', 'vader', ...)"
    """
    base = [f"lex:{k}" for k in KINDS]
    tail = ["vader", "vader_abs", "log_words"]
    cols = list(columns)
    if cols[:len(base)] != base:
        return (f"the columns do not start with {', '.join(base[:2])}, ... (found "
                f"{', '.join(repr(c) for c in cols[:2])}, ...)")
    if cols[-len(tail):] != tail:
        return f"the columns do not end with {', '.join(tail)}"
    middle = cols[len(base):-len(tail)]
    kinds = "|".join(CATEGORY_KINDS)
    for col in middle:
        if not re.fullmatch(rf"lex:(?:{kinds}):[^:\s]+", col):
            return f"{col!r} is not a column framing computes (lex:KIND:CATEGORY)"
    if len(set(cols)) != len(cols):
        return "a column is named twice"
    return None


def used_lexicons(lexicons: Sequence[Lexicon]) -> list[Lexicon]:
    """The lexicons whose matches feed the features (those of :data:`KINDS`)."""
    return [lex for lex in lexicons if lex.kind in KINDS]


def feature_row(matches: Iterable[Match], *, columns: Sequence[str], compound: float,
                n_words: int, lexicon_names: set[str] | None = None) -> dict[str, float]:
    """One row of numeric features from a text's (or a sentence's) matches.

    Matches of lexicons outside ``lexicon_names`` (when given) are ignored, so a
    model is not disturbed by lexicons it was not trained with.
    """
    row = dict.fromkeys(columns, 0.0)
    for m in matches:
        if m.kind not in KINDS or m.negated:
            continue
        if lexicon_names is not None and m.lexicon not in lexicon_names:
            continue
        row[f"lex:{m.kind}"] += m.weight
        key = f"lex:{m.kind}:{m.category}"
        if key in row:
            row[key] += m.weight
    row["vader"] = compound
    row["vader_abs"] = abs(compound)
    row["log_words"] = math.log1p(n_words)
    return row


def feature_frame(texts: Sequence[str], rows: Sequence[dict[str, float]],
                  columns: Sequence[str]) -> pd.DataFrame:
    """The model's input table: the text column plus the numeric columns."""
    frame: pd.DataFrame = pd.DataFrame(list(rows), columns=list(columns), dtype=float)
    frame.insert(0, TEXT_COLUMN, list(texts))
    return frame


def text_features(texts: Sequence[str], *, match: Callable[[str], tuple[list[Match], int]],
                  sentiment: Callable[[str], float], columns: Sequence[str],
                  lexicon_names: set[str] | None = None) -> pd.DataFrame:
    """Features of whole texts (each text one unit), using ``match`` for matches and word count."""
    rows = []
    for text in texts:
        matches, n_words = match(text)
        rows.append(feature_row(matches, columns=columns, compound=sentiment(text),
                                n_words=n_words, lexicon_names=lexicon_names))
    return feature_frame(texts, rows, columns)


__all__ = ["CATEGORY_KINDS", "FEATURES_VERSION", "KINDS", "TEXT_COLUMN", "columns_problem",
           "feature_columns",
           "feature_frame", "feature_row", "text_features", "used_lexicons"]
