"""Distinctive words: log-odds ratios with an informative Dirichlet prior.

Monroe, Colaresi and Quinn (2008), "Fightin' Words: Lexical Feature Selection
and Evaluation for Identifying the Content of Political Conflict", Political
Analysis 16(4), eq. 16 and 22. For term ``w``, outlet ``i`` against all other
outlets ``j`` on the same event, with prior pseudo-counts ``a_w`` summing to
``a0``::

    d_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w))
        - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
    var(d_w) ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
    z_w = d_w / sqrt(var(d_w))

The prior is the event corpus's own term distribution scaled to ``a0``.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import numpy as np
import pandas as pd

from .rows import Term, columns_of
from .stopwords import ENGLISH_STOP_WORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
DISTINCTIVE_COLUMNS = columns_of(Term)


def content_tokens(sentence: str) -> list[str | None]:
    """Lowercased tokens; stop words, 1-2 letter words and numbers become ``None``.

    ``None`` keeps the gaps so that bigrams never jump over a removed word.

    Examples
    --------
    >>> content_tokens("Meta's new model is a betrayal of 3 users")
    ['meta', 'new', 'model', None, None, 'betrayal', None, 'users']
    """
    out: list[str | None] = []
    for m in _WORD.finditer(sentence):
        t = m.group(0).lower().replace("’", "'")
        if t.endswith("'s"):
            t = t[:-2]
        t = t.strip("'-")
        out.append(None if len(t) <= 2 or t in ENGLISH_STOP_WORDS else t)
    return out


def terms_of(sentence: str, bigrams: bool = True) -> list[str]:
    """Unigrams and (optionally) bigrams of adjacent content words."""
    toks = content_tokens(sentence)
    out = [t for t in toks if t]
    if bigrams:
        out += [f"{a} {b}" for a, b in pairwise(toks) if a and b]
    return out


def log_odds_dirichlet(y_i: np.ndarray, y_j: np.ndarray,
                       alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Log-odds ratio (i vs j) with an informative Dirichlet prior, and its z-score.

    Examples
    --------
    >>> d, z = log_odds_dirichlet(np.array([3.0, 1.0]), np.array([1.0, 3.0]),
    ...                           np.array([1.0, 1.0]))
    >>> [round(float(x), 4) for x in d]
    [1.3863, -1.3863]
    """
    a0 = alpha.sum()
    n_i, n_j = y_i.sum(), y_j.sum()
    d = (np.log((y_i + alpha) / (n_i + a0 - y_i - alpha))
         - np.log((y_j + alpha) / (n_j + a0 - y_j - alpha)))
    var = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return d, d / np.sqrt(var)


def distinctive_terms(event: str, sentences: dict[str, list[str]], *, top_n: int = 15,
                      min_count: int = 2, alpha0: float = 1000.0,
                      bigrams: bool = True) -> pd.DataFrame:
    """Top distinctive terms of each outlet against the others on one event.

    Parameters
    ----------
    sentences : dict
        ``outlet -> list of sentence texts`` (headline and body).
    top_n : int
        Terms kept per outlet (those with positive z, highest first).
    min_count : int
        A term must occur this often in the outlet.
    alpha0 : float
        Total prior pseudo-count; the prior is the event's term frequencies
        scaled to sum to ``alpha0``.
    """
    outlets = sorted(sentences)
    counts: dict[str, Counter[str]] = {o: Counter() for o in outlets}
    examples: dict[str, dict[str, str]] = {o: {} for o in outlets}
    for o in outlets:
        for s in sentences[o]:
            ts = terms_of(s, bigrams)
            counts[o].update(ts)
            for t in ts:
                examples[o].setdefault(t, s)
    vocab = sorted(set().union(*counts.values())) if outlets else []
    rows: list[dict[str, object]] = []
    if len(outlets) < 2 or not vocab:
        return pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS)
    Y = np.array([[counts[o][t] for t in vocab] for o in outlets], dtype=float)
    total = Y.sum(axis=0)
    alpha = alpha0 * total / total.sum()
    for i, o in enumerate(outlets):
        y_i = Y[i]
        y_j = total - y_i
        d, z = log_odds_dirichlet(y_i, y_j, alpha)
        keep = [k for k in np.lexsort((np.array(vocab), -z)) if y_i[k] >= min_count and z[k] > 0]
        for k in keep[:top_n]:
            t = vocab[k]
            rows.append({"event": event, "outlet": o, "term": t, "log_odds": float(d[k]),
                         "z": float(z[k]), "count": int(y_i[k]),
                         "example_sentence": examples[o][t]})
    return pd.DataFrame(rows, columns=DISTINCTIVE_COLUMNS)
