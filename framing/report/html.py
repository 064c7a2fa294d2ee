"""Render the HTML pages with Jinja2 (autoescaping on: every piece of text is escaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .common import by_article


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the HTML templates (autoescape on, strict undefined)."""
    env = Environment(loader=PackageLoader("framing.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["by_article"] = by_article
    return env


def _trusted_event(e: dict[str, Any]) -> dict[str, Any]:
    """Mark an event's rendered charts as markup (SVG written by matplotlib, text escaped
    by it)."""
    for key in ("differ", "same"):
        for f in e["dimensions"][key]:
            f["chart"] = Markup(f["chart"])
    for key in ("intensity", "frames"):
        if e.get(key):
            e[key]["chart"] = Markup(e[key].get("chart", ""))
    return e


#: The stylesheet of a report of many events, shared by its pages (a report of one event
#: keeps the style in each page, so that any one page can be sent on its own).
STYLESHEET = "style.css"


def stylesheet() -> str:
    """The pages' style as a CSS file (the body of ``templates/_style.html.j2``)."""
    text = environment().get_template("_style.html.j2").render()
    return text.strip().removeprefix("<style>").removesuffix("</style>").strip() + "\n"


def render_index(site: dict[str, Any], one: dict[str, Any] | None,
                 events: list[dict[str, Any]], across: dict[str, Any],
                 groups: dict[str, Any] | None, has_inputs: bool) -> str:
    """The index page: the one event's comparison, or the summary across events, the group
    comparison and the list of events."""
    n_events: dict[str, int] = {}
    for e in events:
        for o in e["outlets"]:
            n_events[o] = n_events.get(o, 0) + 1
    ctx = {"site": site, "one": _trusted_event(one) if one else None, "events": events,
           "across": across, "groups": groups, "root": "", "current": "index",
           "slugs": site["slugs"], "has_inputs": has_inputs,
           "n_events": {o["name"]: n_events.get(o["name"], 0) for o in site["outlets"]},
           "cleaning_n": {c["outlet"]: c["n"] for c in site["cleaning"]}}
    return environment().get_template("index.html.j2").render(ctx)


def render_event(site: dict[str, Any], e: dict[str, Any], has_inputs: bool) -> str:
    """One event's page (it lives in ``events/``, so links go up one level)."""
    return environment().get_template("event.html.j2").render(
        site=site, e=_trusted_event(e), root="../", current="", slugs=site["slugs"],
        has_inputs=has_inputs)


def render_source(site: dict[str, Any], page: dict[str, Any], has_inputs: bool) -> str:
    """One outlet's page (it lives in ``sources/``, so links go up one level)."""
    return environment().get_template("source.html.j2").render(
        site=site, p=page, root="../", current=page["slug"], slugs=site["slugs"],
        has_inputs=has_inputs)
