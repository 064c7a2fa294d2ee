"""Render the Markdown mirror of each source page.

Every value printed by the templates is escaped for Markdown (see
:func:`framing.report.highlight.md_escape`) unless a template marks it ``|raw``,
which only highlighted sentences (escaped piecewise when built) and slugs are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from .common import by_article
from .highlight import md_escape


class MdSafe(str):
    """Text already escaped for Markdown."""

    __slots__ = ()


def _finalize(value: Any) -> str:
    if isinstance(value, MdSafe):
        return value
    if value is None:
        return ""
    return md_escape(str(value))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of the Markdown templates (Markdown escaping by default)."""
    env = Environment(loader=PackageLoader("framing.report", "templates"), autoescape=False,
                      undefined=StrictUndefined, finalize=_finalize, keep_trailing_newline=True)
    env.filters["raw"] = MdSafe
    env.filters["by_article"] = by_article
    return env


def render_source_md(site: dict[str, Any], page: dict[str, Any]) -> str:
    """One outlet's page as GitHub-flavoured Markdown."""
    text = environment().get_template("source.md.j2").render(site=site, p=page)
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:  # at most one blank line in a row
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"
