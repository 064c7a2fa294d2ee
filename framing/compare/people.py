"""The people and organisations of an event, side by side: tone toward each, and who speaks.

Both tables are read from the analysis's evidence, one event at a time:

* :func:`actor_table` — per actor and outlet, the tone toward the actor in the outlet's own
  voice (the ``actor_tone`` evidence outside quotations: one score per mention, -1..1),
  with a t interval where the outlet names the actor :data:`MIN_MENTIONS` times or more,
  and the same for the other outlets' mentions pooled; ``verdict`` says when the outlet's
  interval lies wholly below the others' (``harder``) or above it (``softer``);
* :func:`speaker_table` — per speaker and outlet, the direct quotations, the reported
  speech and the words quoted directly; ``only_here`` marks a named voice that no other
  outlet on the event quotes.

Names are merged across the event's outlets by :func:`merge_names`: "Zuckerberg",
"Mark Zuckerberg" and "Meta CEO Mark Zuckerberg" are one row.

>>> merge_names(["Zuckerberg", "Mark Zuckerberg", "Meta CEO Mark Zuckerberg", "Meta"])
{'Zuckerberg': 'Mark Zuckerberg', 'Mark Zuckerberg': 'Mark Zuckerberg', \
'Meta CEO Mark Zuckerberg': 'Mark Zuckerberg', 'Meta': 'Meta'}
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from .rows import ActorTone, Speaker, columns_of

#: an outlet's (or the others') mentions of an actor needed for an interval and a verdict
MIN_MENTIONS = 5
ACTOR_COLUMNS = columns_of(ActorTone)
SPEAKER_COLUMNS = columns_of(Speaker)
_POSSESSIVE = re.compile(r"['’]s?$")
#: speakers that are no voice of their own
_NO_VOICE = frozenset({"unknown", ""})


def _frame(rows: list[dict[str, Any]] | None = None, *, columns: list[str]) -> pd.DataFrame:
    """A table of ``rows`` with exactly ``columns`` (empty without rows)."""
    frame: pd.DataFrame = pd.DataFrame(rows or [], columns=columns)
    return frame


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(_POSSESSIVE.sub("", w).lower() for w in name.split())


def merge_names(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the name of its row: a name whose words end another's ("Zuckerberg",
    "Mark Zuckerberg") is merged into it when that is unambiguous (every longer name it
    ends is itself one chain: "Wang" stays apart when both "Alexandr Wang" and "Jing Wang"
    are named). A row is shown by its shortest name of two words or more (else its
    longest); case and a trailing possessive do not matter."""
    given = list(dict.fromkeys(names))
    uniq = sorted(given, key=lambda n: (len(_tokens(n)), n))
    toks = {n: _tokens(n) for n in uniq}

    def ends(longer: str, shorter: str) -> bool:
        a, b = toks[longer], toks[shorter]
        return len(a) > len(b) > 0 and a[-len(b):] == b

    parent: dict[str, str] = {}
    for n in uniq:
        supers = [m for m in uniq if ends(m, n)]
        if supers and all(ends(b, a) for a, b in itertools.pairwise(supers)):
            parent[n] = supers[0]
    same_key: dict[tuple[str, ...], str] = {}
    for n in uniq:  # "Meta" and "Meta's", "META": one name
        if n not in parent and toks[n] in same_key:
            parent[n] = same_key[toks[n]]
        same_key.setdefault(toks[n], n)

    def root(n: str) -> str:
        while n in parent:
            n = parent[n]
        return n

    groups: dict[str, list[str]] = defaultdict(list)
    for n in uniq:
        groups[root(n)].append(n)
    shown: dict[str, str] = {}
    for r, members in groups.items():
        two = [m for m in members if len(toks[m]) >= 2]
        label = min(two, key=lambda m: (len(toks[m]), m)) if two else r
        for m in members:
            shown[m] = label
    return {n: shown[n] for n in given}


def _interval(values: list[float], ci: float) -> tuple[float, float]:
    """The t interval of the mean of ``values`` (NaN under :data:`MIN_MENTIONS`),
    clipped to -1..1."""
    n = len(values)
    if n < MIN_MENTIONS:
        return math.nan, math.nan
    from scipy.stats import t as student  # type: ignore[import-untyped]

    arr = np.asarray(values, dtype=float)
    half = float(student.ppf(0.5 + ci / 2.0, n - 1) * arr.std(ddof=1) / math.sqrt(n))
    mean = float(arr.mean())
    return max(-1.0, mean - half), min(1.0, mean + half)


def actor_table(event: str, evidence: pd.DataFrame, ci: float = 0.95) -> pd.DataFrame:
    """Tone toward each actor per outlet on ``event`` (columns: :class:`ActorTone`), from
    the ``actor_tone`` evidence rows; actors in order of mentions, then name."""
    if not len(evidence) or "feature" not in evidence.columns:
        return _frame(columns=ACTOR_COLUMNS)
    rows = evidence[evidence["feature"] == "actor_tone"]
    if not len(rows):
        return _frame(columns=ACTOR_COLUMNS)
    names = [str(c) for c in rows["category"]]
    merged = merge_names(names)
    own: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    quoted: dict[tuple[str, str], list[float]] = defaultdict(list)
    raw: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, outlet, weight, term, attributed in zip(
            names, rows["outlet"].astype(str), rows["weight"].astype(float), rows["term"],
            rows["attributed"].astype(bool), strict=True):
        key = (merged[name], outlet)
        raw[key].add(name)
        if attributed:
            quoted[key].append(weight)
        else:
            own[key].append((weight, str(term)))
    total: dict[str, int] = defaultdict(int)
    for (actor, _), mentions in own.items():
        total[actor] += len(mentions)
    out: list[dict[str, Any]] = []
    for actor, outlet in sorted(raw, key=lambda k: (-total[k[0]], k[0], k[1])):
        vals = [w for w, _ in own.get((actor, outlet), [])]
        terms = [t for _, t in own.get((actor, outlet), [])]
        others = [w for (a, o), vs in own.items() if a == actor and o != outlet
                  for w, _ in vs]
        low, high = _interval(vals, ci)
        o_low, o_high = _interval(others, ci)
        verdict = ""
        if not (math.isnan(low) or math.isnan(o_low)):
            verdict = "harder" if high < o_low else "softer" if low > o_high else ""
        q = quoted.get((actor, outlet), [])
        out.append({
            "event": event, "actor": actor, "outlet": outlet, "n": len(vals),
            "tone": float(np.mean(vals)) if vals else math.nan, "ci_low": low, "ci_high": high,
            "negative": terms.count("negative"), "neutral": terms.count("neutral"),
            "positive": terms.count("positive"), "quoted_n": len(q),
            "quoted_tone": float(np.mean(q)) if q else math.nan,
            "others_n": len(others), "others_tone": float(np.mean(others)) if others
            else math.nan, "others_low": o_low, "others_high": o_high, "verdict": verdict,
            "names": sorted(raw[(actor, outlet)])})
    return _frame(out, columns=ACTOR_COLUMNS)


def _named(speaker: str) -> bool:
    """A voice with a name (an actor), not a described source ("a spokesperson")."""
    return bool(speaker) and speaker[0].isupper() and speaker.lower() not in _NO_VOICE


def speaker_table(event: str, evidence: pd.DataFrame) -> pd.DataFrame:
    """Who each outlet quotes on ``event`` (columns: :class:`Speaker`): direct quotations,
    reported speech and the words of the direct quotations per speaker; speakers in order
    of quotations over all outlets, then name."""
    if not len(evidence) or "feature" not in evidence.columns:
        return _frame(columns=SPEAKER_COLUMNS)
    rows = evidence[evidence["feature"].isin(("quote", "reported_speech"))]
    if not len(rows):
        return _frame(columns=SPEAKER_COLUMNS)
    speakers = [str(s) if isinstance(s, str) and s else "unknown" for s in rows["speaker"]]
    merged = merge_names([s for s in speakers if _named(s)])
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    raw: dict[tuple[str, str], set[str]] = defaultdict(set)
    for sp, outlet, feature, surface in zip(speakers, rows["outlet"].astype(str),
                                            rows["feature"], rows["surface"], strict=True):
        key = (merged.get(sp, sp), outlet)
        raw[key].add(sp)
        c = counts[key]
        if feature == "quote":
            c[0] += 1
            c[2] += len(str(surface).split()) if isinstance(surface, str) else 0
        else:
            c[1] += 1
    outlets_of: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    for (sp, outlet), c in counts.items():
        outlets_of[sp].add(outlet)
        total[sp] += c[0] + c[1]
    n_outlets = len({o for _, o in counts})
    out = [{"event": event, "speaker": sp, "outlet": outlet, "quotes": c[0], "reported": c[1],
            "words": c[2], "named": _named(sp),
            "only_here": _named(sp) and len(outlets_of[sp]) == 1 and n_outlets > 1,
            "names": sorted(raw[(sp, outlet)])}
           for (sp, outlet), c in sorted(counts.items(),
                                         key=lambda kv: (-total[kv[0][0]], kv[0][0], kv[0][1]))]
    return _frame(out, columns=SPEAKER_COLUMNS)


def by_outlet(rows: Iterable[Any], outlets: list[str]) -> list[dict[str, Any]]:
    """Rows of one table (ActorTone or Speaker) as one entry per actor or speaker with a
    cell per outlet (None where the outlet has none), in the table's order."""
    order: dict[str, dict[str, Any]] = {}
    for r in rows:
        name = r.actor if isinstance(r, ActorTone) else r.speaker
        order.setdefault(name, {})[r.outlet] = r
    return [{"name": name, "cells": [cells.get(o) for o in outlets]}
            for name, cells in order.items()]


__all__ = ["ACTOR_COLUMNS", "MIN_MENTIONS", "SPEAKER_COLUMNS", "actor_table", "by_outlet",
           "merge_names", "speaker_table"]
