"""Outlet profiles per event: pooled values, distance from the others, ranks, bootstrap CIs.

Pooling follows ``feature_info.aggregation`` (see ``docs/architecture.md``):

* ``rate``: ``1000 * sum(sentence contributions) / sum(sentence words)``
* ``mean`` and ``share``: mean of the sentence column
* ``article``: mean of the article values

Uncertainty comes from a two-stage (articles, then sentences within them)
nonparametric bootstrap, all outlets resampled jointly in each replicate so
that bootstrap *ranks* can be read off each replicate. Everything is
vectorised: a replicate is a row of a count matrix ``C`` (how often each
sentence was drawn), and pooled sums are the matrix product ``C @ X``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .rows import Score, columns_of

PROFILE_COLUMNS = columns_of(Score)


@dataclass
class OutletData:
    """One outlet's material on one event, as arrays.

    ``X`` holds the sentence columns of the decomposable features (sentences x
    features), ``words`` the words per sentence, ``art_of`` the article index
    of each sentence, ``A`` the article-level feature values (articles x
    features, NaN = missing).
    """

    X: np.ndarray
    words: np.ndarray
    art_of: np.ndarray
    A: np.ndarray
    n_articles: int


def pooled(X: np.ndarray, words: np.ndarray, kinds: list[str]) -> np.ndarray:
    """Pooled value of each sentence-decomposable feature.

    Examples
    --------
    >>> X = np.array([[2.0, 0.5], [0.0, -0.5]])
    >>> pooled(X, np.array([10.0, 30.0]), ["rate", "mean"]).tolist()
    [50.0, 0.0]
    """
    return _pool(X.sum(axis=0)[None, :], words.sum()[None], np.array([len(X)], float),
                 kinds)[0]


def _pool(sums: np.ndarray, wsum: np.ndarray, n: np.ndarray, kinds: list[str]) -> np.ndarray:
    rate = np.array([k == "rate" for k in kinds])
    with np.errstate(invalid="ignore", divide="ignore"):
        by_words = 1000.0 * sums / wsum[:, None]
        by_count = sums / n[:, None]
    out = np.where(rate[None, :], by_words, by_count)
    return np.where(np.isfinite(out), out, np.nan)


def rank_desc(values: np.ndarray) -> np.ndarray:
    """Ranks along the last axis, 1 = highest; ties share the best rank; NaN gets NaN.

    A rank is one more than the number of values above it. Few values are compared pairwise;
    many are sorted (the pairwise table grows with the square of their number).

    Examples
    --------
    >>> rank_desc(np.array([0.2, 0.9, 0.2, np.nan])).tolist()
    [2.0, 1.0, 2.0, nan]
    >>> v = np.random.default_rng(0).integers(0, 9, size=(4, 40)).astype(float)
    >>> bool((rank_desc(v) == _rank_pairwise(v)).all())
    True
    """
    v = np.asarray(values, dtype=float)
    if v.shape[-1] <= _PAIRWISE:
        return _rank_pairwise(v)
    filled = np.where(np.isnan(v), -np.inf, v)
    order = np.argsort(-filled, axis=-1, kind="stable")
    ranked = np.take_along_axis(filled, order, axis=-1)  # highest first
    n = v.shape[-1]
    pos = np.broadcast_to(np.arange(n), ranked.shape)
    starts = np.ones(ranked.shape, dtype=bool)
    starts[..., 1:] = ranked[..., 1:] != ranked[..., :-1]
    # each value's rank: the position where its run of equal values starts, plus one
    first = np.maximum.accumulate(np.where(starts, pos, 0), axis=-1)
    out = np.empty(v.shape)
    np.put_along_axis(out, order, first + 1.0, axis=-1)
    return np.where(np.isnan(v), np.nan, out)


#: Up to this many values along the axis, :func:`rank_desc` compares them pairwise.
_PAIRWISE = 16


def _rank_pairwise(v: np.ndarray) -> np.ndarray:
    filled = np.where(np.isnan(v), -np.inf, v)
    greater = (filled[..., None, :] > filled[..., :, None]).sum(axis=-1)
    return np.where(np.isnan(v), np.nan, 1.0 + greater)


#: The largest inner dimension that OpenBLAS multiplies in one block (its GEMM_Q on this
#: kind of machine): up to it, each entry of a product is summed in the same order whatever
#: the number of threads, so that one thread gives the same bits as several.
ONE_BLOCK = 256
_controller: list[Any] = []


@contextmanager
def one_blas_thread(inner: int) -> Iterator[None]:
    """One BLAS thread for products whose inner dimension is at most :data:`ONE_BLOCK`.

    The bootstrap's products are small (1,000 replicates by a few dozen sentences): with
    the default threads, OpenBLAS's workers spin between them and cost more CPU than the
    products (about 40% of ``compare()``'s). Larger products keep the default threads, so
    that their sums (split along the inner dimension) stay as they were.
    """
    if inner > ONE_BLOCK:
        yield
        return
    if not _controller:
        try:
            from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]
            _controller.append(ThreadpoolController())
        except Exception:  # pragma: no cover - no threadpoolctl, or it cannot read the libraries
            _controller.append(None)
    controller = _controller[0]
    if controller is None:  # pragma: no cover
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield


def bootstrap_values(data: OutletData, kinds: list[str], n_boot: int,
                     rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Bootstrap replicates of the pooled sentence features and article features.

    Articles are drawn with replacement, then each drawn article's sentences are
    drawn with replacement (as many as it has). Returns ``(S, P)``: replicates
    of the decomposable features (``n_boot x n_features``) and of the article
    features (``n_boot x n_article_features``).
    """
    with one_blas_thread(max(data.n_articles, len(data.words))):
        return _bootstrap_values(data, kinds, n_boot, rng)


def _bootstrap_values(data: OutletData, kinds: list[str], n_boot: int,
                      rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    k = data.n_articles
    n_sent = len(data.words)
    art_draw = rng.integers(0, k, size=(n_boot, k)) if k else np.zeros((n_boot, 0), int)
    # article features: mean over the drawn articles, ignoring NaN
    if data.A.shape[1]:
        ok = np.isfinite(data.A)
        A0 = np.where(ok, data.A, 0.0)
        art_counts = np.zeros((n_boot, k))
        np.add.at(art_counts, (np.repeat(np.arange(n_boot), k), art_draw.ravel()), 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            P = (art_counts @ A0) / (art_counts @ ok.astype(float))
    else:
        P = np.zeros((n_boot, 0))
    if not n_sent:
        return np.full((n_boot, data.X.shape[1]), np.nan), P
    lengths = np.bincount(data.art_of, minlength=k)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    n_max = int(lengths.max())
    chosen_len = lengths[art_draw]  # n_boot x k
    u = rng.random(size=(n_boot, k, n_max))
    slot = np.arange(n_max)[None, None, :]
    valid = slot < chosen_len[:, :, None]
    idx = offsets[art_draw][:, :, None] + np.floor(u * chosen_len[:, :, None]).astype(int)
    rows = np.broadcast_to(np.arange(n_boot)[:, None, None], idx.shape)
    flat = (rows * n_sent + np.minimum(idx, n_sent - 1))[valid]
    C = np.bincount(flat, minlength=n_boot * n_sent).reshape(n_boot, n_sent).astype(float)
    S = _pool(C @ data.X, C @ data.words, C.sum(axis=1), kinds)
    return S, P


def event_profiles(event: str, outlets: list[str], data: dict[str, OutletData],
                   sent_features: list[str], kinds: list[str], art_features: list[str],
                   *, n_boot: int, rng: np.random.Generator,
                   ci: float = 0.95) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Profiles of every outlet on one event.

    Returns the profile rows and the bootstrap replicates per outlet (``n_boot x
    features`` in the order ``sent_features + art_features``).
    """
    features = sent_features + art_features
    point = np.full((len(outlets), len(features)), np.nan)
    boots = np.full((n_boot, len(outlets), len(features)), np.nan)
    for i, o in enumerate(outlets):
        d = data[o]
        if len(d.words):
            point[i, : len(sent_features)] = pooled(d.X, d.words, kinds)
        if d.A.shape[1] and d.A.shape[0]:
            with np.errstate(invalid="ignore"):
                ok = np.isfinite(d.A)
                cnt = ok.sum(axis=0)
                s = np.where(ok, d.A, 0.0).sum(axis=0)
                point[i, len(sent_features):] = np.where(cnt > 0, s / np.maximum(cnt, 1), np.nan)
        if n_boot:
            S, P = bootstrap_values(d, kinds, n_boot, rng)
            boots[:, i, : len(sent_features)] = S
            # one article cannot show article-level variation: no interval rather than a
            # zero-width one
            enough = np.isfinite(d.A).sum(axis=0) >= 2 if d.A.shape[1] else np.zeros(0, bool)
            boots[:, i, len(sent_features):] = np.where(enough[None, :], P, np.nan)
    alpha = (1.0 - ci) / 2.0
    rows: list[dict[str, object]] = []
    ranks = rank_desc(point.T).T  # outlets x features
    if n_boot:
        lo_all, hi_all, rank_lo, rank_hi = _intervals(boots, alpha)
    else:
        lo_all = hi_all = point
        rank_lo = np.floor(ranks)
        rank_hi = np.ceil(ranks)
    if not len(outlets) * len(features):
        return pd.DataFrame(rows, columns=PROFILE_COLUMNS), {
            o: boots[:, i, :] for i, o in enumerate(outlets)}
    # the rows feature by feature, outlet by outlet, built as columns
    n_out = len(outlets)
    tie_low, tie_high = tie_intervals(point.T, lo_all.T, hi_all.T, outlets)
    values = point.T.ravel()
    med = _medians_of_others(point.T).ravel()
    table = pd.DataFrame({
        "event": [event] * len(med), "outlet": outlets * len(features),
        "feature": [f for f in features for _ in range(n_out)], "value": values,
        "median_others": med, "diff": values - med, "rank": ranks.T.ravel(),
        "ci_low": lo_all.T.ravel(), "ci_high": hi_all.T.ravel(),
        "rank_low": rank_lo.T.ravel(), "rank_high": rank_hi.T.ravel(),
        "tie_low": tie_low.ravel(), "tie_high": tie_high.ravel()}, columns=PROFILE_COLUMNS)
    reps = {o: boots[:, i, :] for i, o in enumerate(outlets)}
    return table, reps


def _steady(reps: np.ndarray) -> np.ndarray:
    """Columns of ``reps`` (replicates x columns) whose replicates are all one value, the
    same bits in every row, and not -0.0. ``np.quantile`` of such a column is that value
    (its interpolation adds or subtracts 0.0, which changes only -0.0), so it need not be
    partitioned."""
    if not len(reps):
        return np.zeros(reps.shape[1], dtype=bool)
    first = reps[0]
    sign = np.signbit(first)
    with np.errstate(invalid="ignore"):
        same = (reps == first).all(axis=0) & (np.signbit(reps) == sign).all(axis=0)
    return same & ~((first == 0) & sign)


def _quantiles(reps: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval per column of ``reps`` (replicates x columns), NaN-aware: the
    columns without a NaN in one ``np.quantile`` call along the axis (the same values, bit
    for bit, as a call per column), the others one by one on their finite values. A column
    of one repeated value is its own interval (what ``np.quantile`` gives it), unsorted."""
    lo = np.full(reps.shape[1], np.nan)
    hi = np.full(reps.shape[1], np.nan)
    finite = np.isfinite(reps)
    whole = finite.all(axis=0)
    steady = whole & _steady(reps)
    if len(reps) and steady.any():
        lo[steady] = hi[steady] = reps[0, steady]
    moving = whole & ~steady
    if len(reps) and moving.any():
        q = np.quantile(reps[:, moving], [alpha, 1.0 - alpha], axis=0)
        lo[moving], hi[moving] = q[0], q[1]
    for i in np.flatnonzero(~whole):
        r = reps[:, i][finite[:, i]]
        if len(r):
            lo[i], hi[i] = np.quantile(r, [alpha, 1.0 - alpha])
    return lo, hi


def _column_quantile(reps: np.ndarray, q: float, rounding: np.ufunc) -> np.ndarray:
    """``rounding(np.quantile(finite values of the column, q))`` per column, NaN for a
    column without a finite value (the rank interval's ends)."""
    out = np.full(reps.shape[1], np.nan)
    finite = np.isfinite(reps)
    whole = finite.all(axis=0)
    steady = whole & _steady(reps)
    if len(reps) and steady.any():
        out[steady] = rounding(reps[0, steady])
    moving = whole & ~steady
    if len(reps) and moving.any():
        out[moving] = rounding(np.quantile(reps[:, moving], q, axis=0))
    for i in np.flatnonzero(~whole):
        r = reps[:, i][finite[:, i]]
        if len(r):
            out[i] = rounding(np.quantile(r, q))
    return out


def tie_interval(values: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                 outlets: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The block of outlets each outlet's rank cannot be told apart from, as positions.

    The outlets with a value are put in order (highest value first, then by name: their
    *positions* 1, 2, ...). Walking from an outlet up and down that order, neighbours join
    its block while their confidence interval overlaps the outlet's own (or their value
    equals it); the walk stops at the first neighbour that is clearly apart. Returns the
    first and last position of each outlet's block (its own position when it is apart from
    both neighbours; NaN without a value). The outlets it is tied with are those at the
    positions in between, itself excepted: an interval per outlet, not a list of names, so
    that the table grows with the outlets, not with their square.

    Examples
    --------
    >>> v = np.array([3.0, 2.0, 1.0])
    >>> low, high = tie_interval(v, v - 0.6, v + 0.6, ["a", "b", "c"])
    >>> low.tolist(), high.tolist()
    ([1.0, 1.0, 2.0], [2.0, 3.0, 3.0])
    """
    low, high = tie_intervals(values[None, :], lo[None, :], hi[None, :], outlets)
    return low[0], high[0]


def tie_intervals(values: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                  outlets: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`tie_interval` of each row of ``values``, ``lo`` and ``hi`` (features x
    outlets), a few rows at a time so that the pairwise table stays small.

    >>> v = np.array([[3.0, 2.0, 1.0], [1.0, np.nan, 1.0]])
    >>> low, high = tie_intervals(v, v - 0.4, v + 0.4, ["a", "b", "c"])
    >>> low.tolist(), high.tolist()
    ([[1.0, 2.0, 3.0], [1.0, nan, 1.0]], [[1.0, 2.0, 3.0], [2.0, nan, 2.0]])
    """
    n_feat, n = values.shape
    low = np.full((n_feat, n), np.nan)
    high = np.full((n_feat, n), np.nan)
    if not n_feat * n:
        return low, high
    # the order of each row: finite values first, highest first, then by name, then place
    names = {o: k for k, o in enumerate(sorted(set(outlets)))}
    by_name = np.array([names[o] for o in outlets])
    step = max(1, _CHUNK // (n * n * 8))
    for f0 in range(0, n_feat, step):
        val = values[f0:f0 + step]
        rows = val.shape[0]
        ok = np.isfinite(val)
        order = np.lexsort((np.broadcast_to(np.arange(n), val.shape),
                            np.broadcast_to(by_name, val.shape),
                            np.where(ok, -np.where(ok, val, 0.0), 0.0), ~ok), axis=-1)
        v = np.take_along_axis(val, order, axis=-1)
        a = np.take_along_axis(lo[f0:f0 + step], order, axis=-1)
        b = np.take_along_axis(hi[f0:f0 + step], order, axis=-1)
        m = ok.sum(axis=1)  # the outlets with a value, first in the order
        fin = np.isfinite(a)
        with np.errstate(invalid="ignore"):
            apart = ~((v[:, :, None] == v[:, None, :])
                      | (fin[:, :, None] & fin[:, None, :] & (a[:, :, None] <= b[:, None, :])
                         & (a[:, None, :] <= b[:, :, None])))
        pos = np.arange(n)
        counted = pos[None, :] < m[:, None]  # rows x positions
        apart &= counted[:, None, :]
        # the nearest neighbour above (below) each position that is clearly apart from it
        above = np.where(apart & (pos[None, None, :] < pos[None, :, None]),
                         pos[None, None, :], -1).max(axis=2)
        below = np.where(apart & (pos[None, None, :] > pos[None, :, None]),
                         pos[None, None, :], m[:, None, None]).min(axis=2)
        lo_pos = np.where(counted, above + 2.0, np.nan)
        hi_pos = np.where(counted, below.astype(float), np.nan)
        out_lo = np.empty((rows, n))
        out_hi = np.empty((rows, n))
        np.put_along_axis(out_lo, order, lo_pos, axis=-1)
        np.put_along_axis(out_hi, order, hi_pos, axis=-1)
        low[f0:f0 + step], high[f0:f0 + step] = out_lo, out_hi
    return low, high


def tied_names(scores: list[tuple[str, float]], low: float, high: float,
               outlet: str) -> list[str]:
    """The outlets at positions ``low`` to ``high`` of an event's feature, ``outlet``
    excepted, sorted by name; ``scores`` are every outlet's ``(name, value)`` on it.

    >>> tied_names([("a", 3.0), ("b", 2.0), ("c", 1.0), ("d", float("nan"))], 1, 3, "b")
    ['a', 'c']
    """
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    order = sorted(((-v, o) for o, v in scores if math.isfinite(v)))
    return sorted(o for _, o in order[int(low) - 1:int(high)] if o != outlet)


def _medians_of_others(point: np.ndarray) -> np.ndarray:
    """Per feature (row) and outlet (column): the median of the other outlets' finite values.

    With a row's finite values sorted, leaving one out shifts the values after it down one
    place, so each outlet's median is read off the one sorted row (the two middle values are
    summed from 0.0, as numpy's mean sums them, so -0.0 becomes 0.0).

    >>> _medians_of_others(np.array([[3.0, 1.0, 2.0, np.nan]])).tolist()
    [[1.5, 2.5, 2.0, 2.0]]
    """
    out = np.full(point.shape, np.nan)
    for j, row in enumerate(point.tolist()):
        vals = sorted(v for v in row if math.isfinite(v))
        place = np.searchsorted(np.array(vals), np.array(row), side="left").tolist()
        for i, v in enumerate(row):
            skip = place[i] if math.isfinite(v) else len(vals)
            n = len(vals) - (skip < len(vals))

            def at(k: int, skip: int = skip, vals: list[float] = vals) -> float:
                return vals[k + 1] if k >= skip else vals[k]

            if n == 0:
                continue
            if n % 2:
                out[j, i] = (0.0 + at(n // 2)) / 1.0
            else:
                out[j, i] = (0.0 + at(n // 2 - 1) + at(n // 2)) / 2.0
    return out


def _intervals(boots: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                         np.ndarray]:
    """Percentile intervals of the values and of the ranks, outlets x features, from the
    replicates (``n_boot x outlets x features``), a few features at a time so that the rank
    table of many outlets stays small (each column's quantile is its own: the same values as
    all columns at once)."""
    n_boot, n_out, n_feat = boots.shape
    lo = np.full((n_out, n_feat), np.nan)
    hi = np.full((n_out, n_feat), np.nan)
    rlo = np.full((n_out, n_feat), np.nan)
    rhi = np.full((n_out, n_feat), np.nan)
    step = max(1, _CHUNK // max(1, n_boot * n_out))
    for f0 in range(0, n_feat, step):
        part = boots[:, :, f0:f0 + step]  # n_boot x outlets x k
        k = part.shape[2]
        a, b = _quantiles(part.reshape(n_boot, -1), alpha)
        lo[:, f0:f0 + k], hi[:, f0:f0 + k] = a.reshape(n_out, k), b.reshape(n_out, k)
        # a feature whose replicates are all alike (every outlet's column one value, or
        # none) has the ranks of its first replicate in every replicate
        flat_v = part.reshape(n_boot, -1)
        alike = (_steady(flat_v) | np.isnan(flat_v).all(axis=0)).reshape(n_out, k).all(axis=0)
        cols = np.arange(f0, f0 + k)
        if alike.any():
            first = rank_desc(part[0][:, alike].T).T  # outlets x alike features
            rlo[:, cols[alike]], rhi[:, cols[alike]] = np.floor(first), np.ceil(first)
        moving = part[:, :, ~alike]
        if moving.shape[2]:
            ranks = rank_desc(np.swapaxes(moving, 1, 2))  # n_boot x k x outlets
            flat = np.swapaxes(ranks, 1, 2).reshape(n_boot, -1)
            shape = (n_out, moving.shape[2])
            rlo[:, cols[~alike]] = _column_quantile(flat, alpha, np.floor).reshape(shape)
            rhi[:, cols[~alike]] = _column_quantile(flat, 1 - alpha, np.ceil).reshape(shape)
    return lo, hi, rlo, rhi


#: About how many replicate values :func:`_intervals` ranks at a time.
_CHUNK = 2_000_000
