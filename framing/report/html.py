"""Render the HTML pages with Jinja2 (autoescaping on: every piece of text is escaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the HTML templates (autoescape on, strict undefined)."""
    env = Environment(loader=PackageLoader("framing.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    return env


def _trusted(ctx: dict[str, Any]) -> dict[str, Any]:
    """Mark the rendered charts as markup (SVG written by matplotlib, text escaped by it)."""
    for e in ctx.get("events", []):
        for f in e.get("features", []):
            f["chart"] = Markup(f["chart"])
        for key in ("intensity", "frames"):
            if key in e:
                e[key]["chart"] = Markup(e[key]["chart"])
    return ctx


def render_index(site: dict[str, Any], events: list[dict[str, Any]], has_inputs: bool) -> str:
    """The index page."""
    ctx = _trusted({"site": site, "events": events, "root": "", "current": "index",
                    "slugs": site["slugs"], "has_inputs": has_inputs,
                    "cleaning_n": {c["outlet"]: c["n"] for c in site["cleaning"]}})
    return environment().get_template("index.html.j2").render(ctx)


def render_index_summary(site: dict[str, Any], events: list[dict[str, Any]],
                         has_inputs: bool) -> str:
    """The index of the summary layout: one row per event (``site.summary_layout``)."""
    n_events: dict[str, int] = {}
    for e in events:
        for o in e["outlets"]:
            n_events[o] = n_events.get(o, 0) + 1
    ctx = {"site": site, "events": events, "root": "", "current": "index",
           "slugs": site["slugs"], "has_inputs": has_inputs,
           "n_events": {o["name"]: n_events.get(o["name"], 0) for o in site["outlets"]},
           "cleaning_n": {c["outlet"]: c["n"] for c in site["cleaning"]}}
    return environment().get_template("index_summary.html.j2").render(ctx)


def render_source(site: dict[str, Any], page: dict[str, Any], has_inputs: bool) -> str:
    """One outlet's page (it lives in ``sources/``, so links go up one level)."""
    return environment().get_template("source.html.j2").render(
        site=site, p=page, root="../", current=page["slug"], slugs=site["slugs"],
        has_inputs=has_inputs)
