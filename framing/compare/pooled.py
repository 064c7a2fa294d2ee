"""Outlets and groups of outlets across events: within-event differences, pooled.

An outlet's *difference* on an event is its pooled value minus the median of the other
outlets on that event (``profiles.diff``): it is compared with its peers on the same story,
not with the corpus. :func:`pooled_differences` averages an outlet's differences over the
events it covered (each event weighs the same) with a t interval over those events;
:func:`group_differences` averages the pooled differences of a group's outlets (each outlet
weighs the same) with a t interval over the outlets. An interval needs two events (two
outlets); with one it is NaN.

>>> import pandas as pd
>>> p = pd.DataFrame({"event": ["a", "b", "c"], "outlet": "x", "feature": "loaded",
...                   "diff": [1.0, 2.0, 3.0]})
>>> r = pooled_differences(p, 0.95).iloc[0]
>>> int(r["n"]), float(r["diff"]), round(float(r["ci_low"]), 3), round(float(r["ci_high"]), 3)
(3, 2.0, -0.484, 4.484)
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from .rows import Pooled, columns_of

POOLED_COLUMNS = columns_of(Pooled)


def _summarise(values: pd.DataFrame, key: str, ci: float) -> pd.DataFrame:
    """Mean, count and t interval of ``diff`` per (``key``, feature)."""
    from scipy.stats import t as student  # type: ignore[import-untyped]

    ok = values[np.isfinite(values["diff"].to_numpy(dtype=float))]
    if ok.empty:
        empty: pd.DataFrame = pd.DataFrame(columns=POOLED_COLUMNS)
        return empty
    g = ok.groupby([key, "feature"], sort=True)["diff"]
    out = g.agg(["count", "mean", "std"]).reset_index()
    n = out["count"].to_numpy(dtype=float)
    sd = out["std"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        half = np.where(n >= 2, student.ppf(0.5 + ci / 2.0, np.maximum(n - 1, 1))
                        * sd / np.sqrt(n), np.nan)
    mean = out["mean"].to_numpy(dtype=float)
    table: pd.DataFrame = pd.DataFrame(
        {"name": out[key].astype(str), "feature": out["feature"].astype(str),
         "n": out["count"].astype(int), "diff": mean, "ci_low": mean - half,
         "ci_high": mean + half}, columns=POOLED_COLUMNS)
    return table


def pooled_differences(profiles: pd.DataFrame, ci: float = 0.95) -> pd.DataFrame:
    """Per outlet and feature: its mean within-event difference over its events.

    Columns (:class:`~framing.compare.rows.Pooled`): ``name`` (the outlet), ``feature``,
    ``n`` (events), ``diff``, ``ci_low``, ``ci_high``.
    """
    return _summarise(profiles[["outlet", "feature", "diff"]], "outlet", ci)


def group_differences(pooled: pd.DataFrame, groups: Mapping[str, str],
                      ci: float = 0.95) -> pd.DataFrame:
    """Per group of outlets and feature: the mean of its outlets' pooled differences.

    ``groups`` maps an outlet to its group; outlets without one are left out. ``n`` counts
    the group's outlets.
    """
    member = pooled["name"].map(lambda o: groups.get(str(o)))
    rows = pooled.assign(group=member)[member.notna()]
    return _summarise(rows[["group", "feature", "diff"]], "group", ci)


__all__ = ["POOLED_COLUMNS", "group_differences", "pooled_differences"]
