"""Frames per outlet: the frame mix, the lead frame, and moral foundations.

* frame mix: pooled ``frame_<name>`` shares (share of body sentences carrying
  the frame) with ``frame_<name>_quoted`` (the share whose cues for it are all in
  quoted or attributed speech), the dominant frame (largest share; ties go to the
  larger own-voice share, then alphabetically), and the same for policy frames
  (``policy_<name>``).
* lead frame versus rest: frame cues (evidence rows with feature ``"frame"``)
  counted as distinct sentences in the *lead* (headline, counted twice as the most
  prominent sentence, and first paragraph) and in the rest of the body;
  ``lead_differs`` when the two leaders differ.
* moral foundations: own-voice rates ``moral_<foundation>_<side>`` beside the
  attributed rates ``..._attributed``, with the top foundation of each.
* loaded language that is also a moral foundation: ``loaded_moral`` (own voice) and
  ``loaded_moral_attributed``, e.g. ``"loyalty_vice: betrayal (3); fairness_vice:
  cheating (1)"`` -- loaded-language cues (features ``"loaded"``, ``"loaded_attributed"``)
  whose span overlaps a
  moral-foundation cue (feature ``"moral"``) in the same sentence, so the report can say
  that "betrayal" is a loyalty vice and "cheating" a fairness vice.

Columns that the analysis does not have are simply absent.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pandas as pd

from ..frames import HEADLINE_WEIGHT, SHARE_KINDS
from ..frames import argmax as _argmax


def loaded_moral(evidence: pd.DataFrame) -> dict[tuple[str, bool], dict[str, Counter[str]]]:
    """Loaded-language cues that are also moral-foundation cues.

    Returns ``(outlet, attributed) -> moral category -> Counter(loaded term)`` for every
    loaded evidence row (feature ``"loaded"`` or ``"loaded_attributed"``) overlapping a
    moral evidence row (feature ``"moral"``) in the same article, part and sentence.
    """
    out: dict[tuple[str, bool], dict[str, Counter[str]]] = defaultdict(
        lambda: defaultdict(Counter))
    need = {"feature", "article_id", "part", "sentence", "start", "end", "category", "term"}
    if evidence.empty or not need <= set(evidence.columns):
        return out
    # the columns as lists once (the values row iteration gives), the rows in table order
    features = list(evidence["feature"])
    moral = [i for i, f in enumerate(features) if f == "moral"]
    loaded = [i for i, f in enumerate(features) if f in ("loaded", "loaded_attributed")]
    if not moral or not loaded:
        return out
    col = {c: list(evidence[c]) for c in need}
    outlets = list(evidence["outlet"]) if "outlet" in evidence.columns else None
    attributed = (list(evidence["attributed"]) if "attributed" in evidence.columns
                  else [False] * len(features))
    art, part, sent = col["article_id"], col["part"], col["sentence"]
    start, end, category = col["start"], col["end"], col["category"]
    spans: dict[tuple[str, str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for i in moral:
        spans[(str(art[i]), str(part[i]), int(sent[i]))].append(
            (int(start[i]), int(end[i]), str(category[i])))
    for i in loaded:
        key = (str(art[i]), str(part[i]), int(sent[i]))
        lo, hi = int(start[i]), int(end[i])
        cats = sorted({c for s, e, c in spans.get(key, ()) if s < hi and lo < e})
        for c in cats:
            if outlets is None:
                raise AttributeError("outlet")  # as the row without it did
            out[(str(outlets[i]), bool(attributed[i]))][c][str(col["term"][i])] += 1
    return out


def _describe(by_cat: dict[str, Counter[str]] | None) -> str:
    if not by_cat:
        return ""
    parts = []
    for cat in sorted(by_cat, key=lambda c: (-sum(by_cat[c].values()), c)):
        terms = sorted(by_cat[cat].items(), key=lambda kv: (-kv[1], kv[0]))
        parts.append(f"{cat}: " + ", ".join(f"{t} ({n})" for t, n in terms))
    return "; ".join(parts)


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
    # the frame cues of each outlet, in table order, as (category, article, part, sentence)
    cues: dict[str, list[tuple[Any, Any, Any, Any]]] = defaultdict(list)
    if not fr.empty:
        for o, *cue in zip(list(fr["outlet"]), list(fr["category"]), list(fr["article_id"]),
                           list(fr["part"]), list(fr["sentence"]), strict=True):
            if isinstance(o, str):  # fr["outlet"] == outlet matches str values only
                cues[o].append((cue[0], cue[1], cue[2], cue[3]))
    lm = loaded_moral(evidence)
    rows = []
    for outlet in sorted(values):
        v = values[outlet]
        row: dict[str, object] = {"event": event, "outlet": outlet}
        for _, prefix in SHARE_KINDS:
            shares = {k[len(prefix) + 1:]: float(x) for k, x in v.items()
                      if k.startswith(prefix + "_") and not k.endswith("_quoted")}
            own_share: dict[str, float] = {}
            for k in sorted(shares):
                row[f"{prefix}_{k}"] = shares[k]
                q = v.get(f"{prefix}_{k}_quoted")
                if q is not None:
                    row[f"{prefix}_{k}_quoted"] = float(q)
                    own_share[k] = shares[k] - float(q)
            row[f"dominant_{prefix}"] = _argmax(shares, own_share)
        lead: dict[str, float] = defaultdict(float)
        rest: dict[str, float] = defaultdict(float)
        if not fr.empty:
            seen: set[tuple[str, str, str, int]] = set()
            for category, article_id, part, sentence in cues.get(outlet, ()):
                key = (str(category), str(article_id), str(part), int(sentence))
                if key in seen:
                    continue
                seen.add(key)
                in_lead = part == "headline" or para.get((str(article_id),
                                                          int(sentence)), 1) == 0
                w = HEADLINE_WEIGHT if part == "headline" else 1.0
                (lead if in_lead else rest)[str(category)] += w
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
        row["loaded_moral"] = _describe(lm.get((outlet, False)))
        row["loaded_moral_attributed"] = _describe(lm.get((outlet, True)))
        rows.append(row)
    return pd.DataFrame(rows)


def best_sentences(evidence: pd.DataFrame, outlet: str, feature: str, category: str | None,
                   attributed: bool | None = False, n: int = 1) -> list[str]:
    """The ``n`` sentences of ``outlet`` that carry the most weight of ``category``.

    Evidence rows of ``feature`` (``"frame"``, ``"policy"``, ``"moral"``) and ``category``;
    ``attributed`` False keeps the outlet's own voice, True quoted or attributed speech,
    None both. Sentences rank by summed cue weight (negated cues count half), then number
    of distinct cue terms, then position (earlier first).
    """
    if not category or evidence.empty:
        return []
    ev = evidence[(evidence["outlet"] == outlet) & (evidence["feature"] == feature)
                  & (evidence["category"] == category)]
    if attributed is not None and "attributed" in ev.columns:
        ev = ev[ev["attributed"].astype(bool) == attributed]
    if ev.empty:
        return []
    score: dict[tuple[str, str, int], list[float]] = {}
    text: dict[tuple[str, str, int], str] = {}
    terms: dict[tuple[str, str, int], set[str]] = defaultdict(set)
    for r in ev.itertuples(index=False):
        key = (str(r.article_id), str(r.part), int(r.sentence))
        negated = bool(getattr(r, "negated", False))
        score.setdefault(key, [0.0])[0] += float(r.weight) * (0.5 if negated else 1.0)
        terms[key].add(str(r.term))
        text[key] = str(r.sentence_text)
    order = sorted(score, key=lambda k: (-score[k][0], -len(terms[k]),
                                         k[0], k[1] != "headline", k[2]))
    out: list[str] = []
    for k in order:
        if text[k] not in out:
            out.append(text[k])
        if len(out) == n:
            break
    return out


def _str(v: object) -> str | None:
    return v if isinstance(v, str) and v else None


def frames_summary(frames: pd.DataFrame, evidence: pd.DataFrame,
                   event: str | None = None) -> pd.DataFrame:
    """One row per (event, outlet): dominant generic frame and top moral foundations with
    evidence sentences (``dominant_evidence`` one own-voice sentence, or a quoted one when
    the frame is only quoted; ``top_moral_evidence`` up to two own-voice sentences;
    ``top_moral_attributed_evidence`` up to two quoted ones).

    ``frames`` is ``Comparison.frames``, ``evidence`` ``Analysis.evidence``.
    """
    rows = []
    df = frames if event is None else frames[frames["event"] == event]
    for r in df.to_dict("records"):
        outlet = str(r["outlet"])
        ev = evidence[evidence["event"] == r["event"]] if "event" in evidence.columns \
            else evidence
        dom, moral = _str(r.get("dominant_frame")), _str(r.get("top_moral"))
        moral_att = _str(r.get("top_moral_attributed"))
        share = r.get(f"frame_{dom}") if dom else None
        quoted = r.get(f"frame_{dom}_quoted") if dom else None
        dom_ev = (best_sentences(ev, outlet, "frame", dom, attributed=False)
                  or best_sentences(ev, outlet, "frame", dom, attributed=None))
        rows.append({
            "event": r["event"], "outlet": outlet,
            "dominant_frame": dom, "dominant_share": share, "dominant_quoted": quoted,
            "dominant_evidence": dom_ev[0] if dom_ev else "",
            "lead_frame": _str(r.get("lead_frame")), "rest_frame": _str(r.get("rest_frame")),
            "top_moral": moral,
            "top_moral_value": r.get(f"moral_{moral}") if moral else None,
            "top_moral_evidence": best_sentences(ev, outlet, "moral", moral, n=2),
            "top_moral_attributed": moral_att,
            "top_moral_attributed_evidence": best_sentences(ev, outlet, "moral", moral_att,
                                                            attributed=True, n=2),
            "loaded_moral": _str(r.get("loaded_moral")) or "",
            "loaded_moral_attributed": _str(r.get("loaded_moral_attributed")) or "",
        })
    return pd.DataFrame(rows)
