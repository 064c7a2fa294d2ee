"""Frames per outlet: the frame mix, the lead frame, and moral foundations.

* frame mix: pooled ``frame_<name>`` shares (share of body sentences carrying
  the frame; ``_quoted`` variants are left out), the dominant frame, and the
  same for policy frames (``policy_<name>``).
* lead frame versus rest: frame cues (evidence rows with feature ``"frame"``)
  counted as distinct sentences in the *lead* (headline and first paragraph)
  and in the rest of the body; ``lead_differs`` when the two leaders differ.
* moral foundations: own-voice rates ``moral_<foundation>_<side>`` beside the
  attributed rates ``..._attributed``, with the top foundation of each.

Columns that the analysis does not have are simply absent.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd


def _argmax(values: dict[str, float]) -> str | None:
    best, best_v = None, 0.0
    for k in sorted(values):
        v = values[k]
        if v == v and v > best_v:
            best, best_v = k, v
    return best


def frame_table(event: str, values: dict[str, dict[str, float]], evidence: pd.DataFrame,
                sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet on the event.

    Parameters
    ----------
    values : dict
        ``outlet -> {feature: pooled value}``.
    evidence, sentences : DataFrame
        The event's evidence rows and body sentence rows (for paragraph numbers).
    """
    para: dict[tuple[str, int], int] = {}
    if not sentences.empty and "paragraph" in sentences.columns:
        body = sentences[sentences["part"] == "body"] if "part" in sentences.columns \
            else sentences
        para = {(str(a), int(s)): int(p) for a, s, p in
                zip(body["article_id"], body["sentence"], body["paragraph"], strict=True)}
    fr = evidence[evidence["feature"] == "frame"] if not evidence.empty else evidence
    rows = []
    for outlet in sorted(values):
        v = values[outlet]
        row: dict[str, object] = {"event": event, "outlet": outlet}
        for prefix in ("frame", "policy"):
            shares = {k[len(prefix) + 1:]: float(x) for k, x in v.items()
                      if k.startswith(prefix + "_") and not k.endswith("_quoted")}
            for k in sorted(shares):
                row[f"{prefix}_{k}"] = shares[k]
            row[f"dominant_{prefix}"] = _argmax(shares)
        lead: Counter[str] = Counter()
        rest: Counter[str] = Counter()
        if not fr.empty:
            sub = fr[fr["outlet"] == outlet]
            seen: set[tuple[str, str, str, int]] = set()
            for r in sub.itertuples(index=False):
                key = (str(r.category), str(r.article_id), str(r.part), int(r.sentence))
                if key in seen:
                    continue
                seen.add(key)
                in_lead = r.part == "headline" or para.get((str(r.article_id),
                                                            int(r.sentence)), 1) == 0
                (lead if in_lead else rest)[str(r.category)] += 1
        row["lead_frame"] = _argmax(dict(lead))
        row["rest_frame"] = _argmax(dict(rest))
        row["lead_differs"] = bool(row["lead_frame"] and row["rest_frame"]
                                   and row["lead_frame"] != row["rest_frame"])
        own = {k[len("moral_"):]: float(x) for k, x in v.items()
               if k.startswith("moral_") and not k.endswith("_attributed")}
        att = {k[len("moral_"):-len("_attributed")]: float(x) for k, x in v.items()
               if k.startswith("moral_") and k.endswith("_attributed")}
        for k in sorted(own):
            row[f"moral_{k}"] = own[k]
            if k in att:
                row[f"moral_{k}_attributed"] = att[k]
        row["top_moral"] = _argmax(own)
        row["top_moral_attributed"] = _argmax(att)
        rows.append(row)
    return pd.DataFrame(rows)
