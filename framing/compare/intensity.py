"""A composite framing-intensity index per outlet and event.

Recipe (``docs/comparison.md``): for each part, the outlet's pooled value is
turned into a z-score across the outlets on the event (population standard
deviation; 0 when all outlets agree); the index is the mean of the available
signed z-scores:

``intensity = mean(z(loaded), z(loaded_reporting), z(intensifiers), z(certainty),
z(tone_extremity), -z(hedging))``

``tone_extremity`` is the mean absolute VADER compound over body sentences, so
that strongly positive (promotional) and strongly negative (hostile) tone both
count as intense. Hedging enters with a minus sign: qualified claims are the
opposite of emphatic framing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: (part, sign) of the index, in order.
PARTS: tuple[tuple[str, float], ...] = (
    ("loaded", 1.0), ("loaded_reporting", 1.0), ("intensifiers", 1.0), ("certainty", 1.0),
    ("tone_extremity", 1.0), ("hedging", -1.0))


def zscores(values: np.ndarray) -> np.ndarray:
    """z-scores across outlets (population SD); zeros when the SD is 0; NaN stays NaN.

    Examples
    --------
    >>> zscores(np.array([1.0, 2.0, 3.0])).round(3).tolist()
    [-1.225, 0.0, 1.225]
    """
    v = np.asarray(values, dtype=float)
    ok = np.isfinite(v)
    out = np.full(v.shape, np.nan)
    if not ok.any():
        return out
    mu = v[ok].mean()
    sd = v[ok].std()
    out[ok] = (v[ok] - mu) / sd if sd > 0 else 0.0
    return out


def tone_extremity(sentences: pd.DataFrame) -> dict[str, float]:
    """Mean |VADER compound| over body sentences, per outlet."""
    if sentences.empty or "sentiment" not in sentences.columns:
        return {}
    body = sentences[sentences["part"] == "body"] if "part" in sentences.columns else sentences
    return {str(k): float(v) for k, v in body["sentiment"].abs().groupby(body["outlet"]).mean()
            .items()}


def intensity_table(event: str, values: dict[str, dict[str, float]]) -> pd.DataFrame:
    """The index and its parts for one event.

    Parameters
    ----------
    values : dict
        ``outlet -> {part: pooled value}``.

    Returns
    -------
    DataFrame
        One row per outlet: ``event, outlet, intensity, n_parts``, then for each
        part its raw value and ``z_<part>`` (already signed).
    """
    outlets = sorted(values)
    rows: dict[str, dict[str, object]] = {o: {"event": event, "outlet": o} for o in outlets}
    zs = []
    for part, sign in PARTS:
        raw = np.array([values[o].get(part, np.nan) for o in outlets], dtype=float)
        if not np.isfinite(raw).any():
            continue
        z = sign * zscores(raw)
        zs.append(z)
        for i, o in enumerate(outlets):
            rows[o][part] = raw[i]
            rows[o][f"z_{part}"] = z[i]
    Z = np.vstack(zs) if zs else np.full((1, len(outlets)), np.nan)
    for i, o in enumerate(outlets):
        col = Z[:, i][np.isfinite(Z[:, i])]
        rows[o]["intensity"] = float(col.mean()) if len(col) else np.nan
        rows[o]["n_parts"] = len(col)
    front = ["event", "outlet", "intensity", "n_parts"]
    if not rows:  # no outlet with a scored article in this event
        return pd.DataFrame(columns=front)
    df = pd.DataFrame(list(rows.values()))
    return df[front + [c for c in df.columns if c not in front]]
