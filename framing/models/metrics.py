"""Classification and ranking metrics with bootstrap confidence intervals.

Bootstrap replicates are drawn as a matrix of resampling counts (one row per
replicate), so every metric of every replicate is computed with array
operations rather than a Python loop.

>>> import numpy as np
>>> y = np.array([0, 0, 1, 1]); s = np.array([0.1, 0.4, 0.35, 0.8])
>>> float(auc(y, s))
0.75
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Estimate:
    """A point estimate and its bootstrap percentile interval."""

    value: float
    low: float
    high: float

    def as_dict(self) -> dict[str, float | None]:
        return {"value": _clean(self.value), "low": _clean(self.low), "high": _clean(self.high)}

    def format(self, digits: int = 3) -> str:
        """``0.712 [0.695, 0.729]``."""
        if np.isnan(self.value):
            return "n/a"
        if np.isnan(self.low):
            return f"{self.value:.{digits}f}"
        return f"{self.value:.{digits}f} [{self.low:.{digits}f}, {self.high:.{digits}f}]"


def _clean(x: float) -> float | None:
    return None if np.isnan(x) else round(float(x), 6)


def resample_counts(n: int, n_boot: int, seed: int) -> FloatArray:
    """``(n_boot, n)`` matrix: how often each item is drawn in each replicate."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    flat = idx + (np.arange(n_boot)[:, None] * n)
    return np.bincount(flat.ravel(), minlength=n_boot * n).reshape(n_boot, n).astype(float)


def weighted_auc(y: NDArray[np.int_], score: FloatArray, w: FloatArray) -> FloatArray:
    """ROC-AUC of each row of weights ``w`` (ties count one half).

    Parameters
    ----------
    y : array of 0/1, shape (n,)
    score : array, shape (n,)
    w : array, shape (k, n)
        Non-negative weights (bootstrap counts); a row of ones gives the plain AUC.

    Returns
    -------
    numpy.ndarray, shape (k,)
        NaN where a row has no weight on one of the classes.
    """
    order = np.argsort(score, kind="mergesort")
    s = score[order]
    pos = (y[order] == 1).astype(float)
    wp = w[:, order] * pos
    wn = w[:, order] * (1.0 - pos)
    # tie groups of equal scores: first and last index of each item's group
    new_group = np.r_[True, s[1:] != s[:-1]]
    gid = np.cumsum(new_group) - 1
    starts = np.flatnonzero(new_group)
    ends = np.r_[starts[1:], len(s)] - 1
    cum = np.cumsum(wn, axis=1)
    below_end = np.where(starts > 0, cum[:, np.maximum(starts - 1, 0)], 0.0)
    in_group = cum[:, ends] - below_end
    credit = below_end + 0.5 * in_group  # per group
    num = np.sum(wp * credit[:, gid], axis=1)
    den = wp.sum(axis=1) * wn.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / den, np.nan)


def auc(y: NDArray[np.int_], score: FloatArray) -> float:
    """ROC-AUC (equal to :func:`sklearn.metrics.roc_auc_score`)."""
    return float(weighted_auc(y, np.asarray(score, float), np.ones((1, len(y))))[0])


def weighted_prf(y: NDArray[np.int_], pred: NDArray[np.bool_], w: FloatArray
                 ) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Precision, recall and F1 of the positive class for each row of weights."""
    yt = (y == 1).astype(float)
    pr = pred.astype(float)
    tp = w @ (yt * pr)
    fp = w @ ((1 - yt) * pr)
    fn = w @ (yt * (1 - pr))
    with np.errstate(invalid="ignore", divide="ignore"):
        precision = np.where(tp + fp > 0, tp / (tp + fp), 0.0)
        recall = np.where(tp + fn > 0, tp / (tp + fn), np.nan)
        f1 = np.where(2 * tp + fp + fn > 0, 2 * tp / (2 * tp + fp + fn), np.nan)
    return precision, recall, f1


def _interval(point: float, reps: FloatArray) -> Estimate:
    reps = reps[~np.isnan(reps)]
    if reps.size == 0:
        return Estimate(point, np.nan, np.nan)
    lo, hi = np.percentile(reps, [2.5, 97.5])
    return Estimate(point, float(lo), float(hi))


def classification_metrics(y: NDArray[np.int_], score: FloatArray, threshold: float, *,
                           n_boot: int = 1000, seed: int = 0) -> dict[str, Estimate]:
    """ROC-AUC, and precision, recall and F1 of ``score > threshold``, with 95% intervals.

    ``fpr`` is the share of the negative texts scored above the threshold (how often
    the score fires on texts people call negative).

    Examples
    --------
    >>> import numpy as np
    >>> m = classification_metrics(np.array([0, 1, 0, 1]), np.array([0., 2., 0., 1.]), 0,
    ...                            n_boot=200)
    >>> m["auc"].value, m["f1"].value
    (1.0, 1.0)
    """
    y = np.asarray(y, dtype=int)
    score = np.asarray(score, dtype=float)
    pred = score > threshold
    ones = np.ones((1, len(y)))
    point_auc = float(weighted_auc(y, score, ones)[0])
    p, r, f = (float(v[0]) for v in weighted_prf(y, pred, ones))
    neg_hit = (pred & (y == 0)).astype(float)
    neg = (y == 0).astype(float)

    def fpr_of(w: FloatArray) -> FloatArray:
        den = w @ neg
        rate: FloatArray = np.divide(w @ neg_hit, den, out=np.full(len(den), np.nan),
                                     where=den > 0)
        return rate

    point_fpr = float(fpr_of(ones)[0])
    if n_boot <= 0:
        nan = np.array([np.nan])
        return {"auc": _interval(point_auc, nan), "precision": _interval(p, nan),
                "recall": _interval(r, nan), "f1": _interval(f, nan),
                "fpr": _interval(point_fpr, nan)}
    out: dict[str, Estimate] = {}
    # chunks keep memory flat on large files
    chunk = max(1, min(n_boot, 4_000_000 // max(len(y), 1)))
    aucs, ps, rs, fs, fprs = [], [], [], [], []
    done = 0
    while done < n_boot:
        k = min(chunk, n_boot - done)
        w = resample_counts(len(y), k, seed + done)
        aucs.append(weighted_auc(y, score, w))
        bp, br, bf = weighted_prf(y, pred, w)
        ps.append(bp)
        rs.append(br)
        fs.append(bf)
        fprs.append(fpr_of(w.astype(float)))
        done += k
    out["auc"] = _interval(point_auc, np.concatenate(aucs))
    out["precision"] = _interval(p, np.concatenate(ps))
    out["recall"] = _interval(r, np.concatenate(rs))
    out["f1"] = _interval(f, np.concatenate(fs))
    out["fpr"] = _interval(point_fpr, np.concatenate(fprs))
    return out


def _rankdata(x: FloatArray) -> FloatArray:
    """Average ranks (1-based), as :func:`scipy.stats.rankdata`."""
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x), dtype=float)
    xs = x[order]
    new = np.r_[True, xs[1:] != xs[:-1]]
    gid = np.cumsum(new) - 1
    starts = np.flatnonzero(new)
    ends = np.r_[starts[1:], len(xs)]
    avg = (starts + ends + 1) / 2.0
    ranks[order] = avg[gid]
    return ranks


def spearman(a: Sequence[float] | FloatArray, b: Sequence[float] | FloatArray) -> float:
    """Spearman's rho (NaN when either side is constant)."""
    ra = _rankdata(np.asarray(a, dtype=float))
    rb = _rankdata(np.asarray(b, dtype=float))
    if len(ra) < 2 or np.all(ra == ra[0]) or np.all(rb == rb[0]):
        return float("nan")
    return float(np.corrcoef(ra, rb)[0, 1])


def top1_hit(score: FloatArray, human_rank: FloatArray) -> float:
    """1 when the highest score is the human's rank-1 text (ties share the credit)."""
    score = np.asarray(score, dtype=float)
    human_rank = np.asarray(human_rank, dtype=float)
    top = np.flatnonzero(score == np.max(score))
    best = human_rank == np.min(human_rank)
    return float(np.mean(best[top]))


def mean_with_interval(values: FloatArray, *, n_boot: int = 1000, seed: int = 0) -> Estimate:
    """Mean of ``values`` (NaNs ignored) with a bootstrap interval over the values."""
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    if v.size == 0:
        return Estimate(np.nan, np.nan, np.nan)
    point = float(v.mean())
    if n_boot <= 0 or v.size < 2:
        return Estimate(point, np.nan, np.nan)
    w = resample_counts(v.size, n_boot, seed)
    return _interval(point, (w @ v) / w.sum(axis=1))


__all__ = ["Estimate", "auc", "classification_metrics", "mean_with_interval",
           "resample_counts", "spearman", "top1_hit", "weighted_auc", "weighted_prf"]
