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

    Examples
    --------
    >>> rank_desc(np.array([0.2, 0.9, 0.2, np.nan])).tolist()
    [2.0, 1.0, 2.0, nan]
    """
    v = np.asarray(values, dtype=float)
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
        boot_ranks = rank_desc(np.swapaxes(boots, 1, 2))  # n_boot x features x outlets
        # every (outlet, feature) at once; the same numpy quantiles, column by column, as
        # one call per column gives
        lo_all, hi_all = _quantiles(boots.reshape(n_boot, -1), alpha)
        lo_all = lo_all.reshape(len(outlets), len(features))
        hi_all = hi_all.reshape(len(outlets), len(features))
        flat_ranks = np.swapaxes(boot_ranks, 1, 2).reshape(n_boot, -1)
        rank_lo = _column_quantile(flat_ranks, alpha, np.floor).reshape(lo_all.shape)
        rank_hi = _column_quantile(flat_ranks, 1 - alpha, np.ceil).reshape(lo_all.shape)
    else:
        lo_all = hi_all = point
        rank_lo = np.floor(ranks)
        rank_hi = np.ceil(ranks)
    if not len(outlets) * len(features):
        return pd.DataFrame(rows, columns=PROFILE_COLUMNS), {
            o: boots[:, i, :] for i, o in enumerate(outlets)}
    # the rows feature by feature, outlet by outlet, built as columns
    point_list = point.tolist()
    medians: list[float] = []
    ties_col: list[list[str]] = []
    for j in range(len(features)):
        ties = tied_with(point[:, j], lo_all[:, j], hi_all[:, j], outlets)
        finite = [(i, v) for i, v in enumerate(p[j] for p in point_list) if math.isfinite(v)]
        for i, o in enumerate(outlets):
            medians.append(_median([v for k, v in finite if k != i]))
            ties_col.append(ties[o])
    n_out = len(outlets)
    values = point.T.ravel()
    med = np.array(medians, dtype=float)
    table = pd.DataFrame({
        "event": [event] * len(medians), "outlet": outlets * len(features),
        "feature": [f for f in features for _ in range(n_out)], "value": values,
        "median_others": med, "diff": values - med, "rank": ranks.T.ravel(),
        "ci_low": lo_all.T.ravel(), "ci_high": hi_all.T.ravel(),
        "rank_low": rank_lo.T.ravel(), "rank_high": rank_hi.T.ravel(),
        "tied_with": ties_col}, columns=PROFILE_COLUMNS)
    reps = {o: boots[:, i, :] for i, o in enumerate(outlets)}
    return table, reps


def _median(values: list[float]) -> float:
    """``float(np.median(values))`` of finite values, NaN when empty, without numpy's
    per-call overhead: the middle value, or the mean of the two middle values, summed from
    0.0 as numpy's mean does (so that -0.0 becomes 0.0 there too).

    >>> _median([3.0, 1.0, 2.0]), _median([4.0, 1.0]), _median([-0.0]), _median([])
    (2.0, 2.5, 0.0, nan)
    """
    n = len(values)
    if not n:
        return math.nan
    s = sorted(values)
    if n % 2:
        return (0.0 + s[n // 2]) / 1.0
    return (0.0 + s[n // 2 - 1] + s[n // 2]) / 2.0


def _quantiles(reps: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval per column of ``reps`` (replicates x columns), NaN-aware: the
    columns without a NaN in one ``np.quantile`` call along the axis (the same values, bit
    for bit, as a call per column), the others one by one on their finite values."""
    lo = np.full(reps.shape[1], np.nan)
    hi = np.full(reps.shape[1], np.nan)
    finite = np.isfinite(reps)
    whole = finite.all(axis=0)
    if len(reps) and whole.any():
        q = np.quantile(reps[:, whole], [alpha, 1.0 - alpha], axis=0)
        lo[whole], hi[whole] = q[0], q[1]
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
    if len(reps) and whole.any():
        out[whole] = rounding(np.quantile(reps[:, whole], q, axis=0))
    for i in np.flatnonzero(~whole):
        r = reps[:, i][finite[:, i]]
        if len(r):
            out[i] = rounding(np.quantile(r, q))
    return out


def tied_with(values: np.ndarray, lo: np.ndarray, hi: np.ndarray,
              outlets: list[str]) -> dict[str, list[str]]:
    """Outlets a rank cannot be told apart from.

    Walking from an outlet up and down the ranking, neighbours are added while
    their confidence interval overlaps the outlet's own (or their value equals
    it); the walk stops at the first neighbour that is clearly apart.

    Examples
    --------
    >>> v = np.array([3.0, 2.0, 1.0])
    >>> tied_with(v, v - 0.6, v + 0.6, ["a", "b", "c"])
    {'a': ['b'], 'b': ['a', 'c'], 'c': ['b']}
    """
    ok = [i for i in range(len(values)) if np.isfinite(values[i])]
    order = sorted(ok, key=lambda i: (-values[i], outlets[i]))
    out: dict[str, list[str]] = {o: [] for o in outlets}

    def overlaps(a: int, b: int) -> bool:
        if values[a] == values[b]:
            return True
        if not (np.isfinite(lo[a]) and np.isfinite(lo[b])):
            return False
        return bool(lo[a] <= hi[b] and lo[b] <= hi[a])

    for pos, i in enumerate(order):
        found: list[str] = []
        for step in (-1, 1):
            p = pos + step
            while 0 <= p < len(order) and overlaps(i, order[p]):
                found.append(outlets[order[p]])
                p += step
        out[outlets[i]] = sorted(found)
    return out
