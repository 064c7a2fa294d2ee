"""The people side by side: the actor x outlet and speaker x outlet tables of an event
(``templates/_side_by_side.html.j2``), and what a source page says of them.

The rows come from the comparison's ``actors`` and ``speakers`` tables
(:mod:`framing.compare.people`): names are merged across the event's outlets there. An
actor cell links to the outlet's page, where the sentences behind the tone are listed.
"""

from __future__ import annotations

import math
from typing import Any

from ..compare.rows import ActorTone, Speaker
from .common import ReportData, fmt_tone
from .slugs import slugify

#: rows of the actor table on an event (most mentioned first); the rest are in
#: comparison.json
MAX_ACTORS = 20
#: rows of the speaker table on an event
MAX_SPEAKERS = 25


def actor_anchor(name: str) -> str:
    """The id of an actor's row on a source page."""
    return "actor-" + slugify(name, fallback="actor")


def _sign(v: float) -> str:
    return "pos" if v > 0.05 else "neg" if v < -0.05 else "zero"


def _actor_cell(r: ActorTone, slug: str, root: str) -> dict[str, Any]:
    has_ci = not (math.isnan(r.ci_low) or math.isnan(r.ci_high))
    return {
        "tone": fmt_tone(r.tone) if r.n else "–",
        "interval": f"{fmt_tone(r.ci_low)} … {fmt_tone(r.ci_high)}"
        if has_ci else "",
        "n": r.n, "quoted_n": r.quoted_n, "sign": _sign(r.tone) if r.n else "zero",
        "verdict": r.verdict,
        "href": f"{root}sources/{slug}.html#{actor_anchor(r.names[0] if r.names else r.actor)}",
        # an event page of a report of many events (root set) says it short: the index's
        # "How to read an event page" explains it
        "title": (f"{r.negative} neg, {r.neutral} neutral, {r.positive} pos; "
                  f"{r.quoted_n} quoted") if root else
                 (f"{r.negative} negative, {r.neutral} neutral, {r.positive} positive "
                  f"mentions in its own voice; {r.quoted_n} inside quotations"),
    }


def actor_section(data: ReportData, event: str, outlets: list[str], slugs: dict[str, str],
                  root: str = "") -> dict[str, Any] | None:
    """The actor x outlet table of ``event`` (None when no actor is read)."""
    rows = data.tables.actors.rows(event=event) if len(data.tables.actors) else []
    by_actor: dict[str, dict[str, ActorTone]] = {}
    for r in rows:
        by_actor.setdefault(r.actor, {})[r.outlet] = r
    shown = [(a, cells) for a, cells in by_actor.items()
             if sum(c.n for c in cells.values()) >= 1]
    if not shown:
        return None
    return {
        "outlets": outlets,
        "rows": [{"actor": a,
                  "cells": [_actor_cell(cells[o], slugs[o], root) if o in cells and o in slugs
                            else None for o in outlets]}
                 for a, cells in shown[:MAX_ACTORS]],
        "more": max(0, len(shown) - MAX_ACTORS),
    }


def speaker_section(data: ReportData, event: str, outlets: list[str],
                    slugs: dict[str, str], root: str = "") -> dict[str, Any] | None:
    """The speaker x outlet table of ``event`` (None when nobody is quoted)."""
    rows = data.tables.speakers.rows(event=event) if len(data.tables.speakers) else []
    by_speaker: dict[str, dict[str, Speaker]] = {}
    for r in rows:
        by_speaker.setdefault(r.speaker, {})[r.outlet] = r
    if not by_speaker:
        return None
    out = []
    for sp, cells in list(by_speaker.items())[:MAX_SPEAKERS]:
        out.append({"speaker": sp, "named": any(c.named for c in cells.values()),
                    "cells": [{"quotes": cells[o].quotes, "reported": cells[o].reported,
                               "words": cells[o].words, "only_here": cells[o].only_here,
                               "href": f"{root}sources/{slugs[o]}.html#quotes"}
                              if o in cells and o in slugs else None for o in outlets]})
    return {"outlets": outlets, "rows": out, "more": max(0, len(by_speaker) - MAX_SPEAKERS)}


def outlet_people(data: ReportData, outlet: str) -> dict[str, Any]:
    """What a source page says of the outlet next to the others on its events: the actors
    it treats harder or softer than the others do (intervals apart), and the named voices
    only it quotes."""
    actors = data.tables.actors.rows(outlet=outlet) if len(data.tables.actors) else []
    speakers = data.tables.speakers.rows(outlet=outlet) if len(data.tables.speakers) else []
    many = len(data.events) > 1
    verdicts = [{"actor": r.actor, "verdict": r.verdict, "event": r.event if many else "",
                 "tone": fmt_tone(r.tone), "others": fmt_tone(r.others_tone),
                 "n": r.n, "others_n": r.others_n,
                 "anchor": actor_anchor(r.names[0] if r.names else r.actor)}
                for r in actors if r.verdict]
    only = [{"speaker": r.speaker, "event": r.event if many else "", "quotes": r.quotes,
             "reported": r.reported, "words": r.words}
            for r in speakers if r.only_here]
    return {"verdicts": verdicts, "only_here": only}


__all__ = ["MAX_ACTORS", "MAX_SPEAKERS", "actor_anchor", "actor_section", "outlet_people",
           "speaker_section"]
