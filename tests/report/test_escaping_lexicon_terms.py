"""Security: lexicon-term text is escaped in every page, and a lexicon is validated before use."""

from __future__ import annotations

import re
from pathlib import Path

from framing.report import write_report
from report_real import real_comparison

EVIL_TERM = "<img src=x onerror=alert(9)>"


def test_lexicon_term_text_is_escaped(tmp_path: Path) -> None:
    comp = real_comparison()
    ev = comp.analysis.evidence
    ev.loc[ev.index[0], "term"] = EVIL_TERM
    ev.loc[ev.index[0], "category"] = "<b>cat</b>"
    comp.distinctive.loc[comp.distinctive.index[0], "term"] = EVIL_TERM
    out = tmp_path / "r"
    write_report(comp, out)
    pages = [out / "index.html", *sorted((out / "sources").glob("*.html"))]
    shown = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert EVIL_TERM not in text and "<b>cat</b>" not in text, page.name
        shown += text.count("&lt;img src=x onerror=alert(9)&gt;")
    assert shown > 0, "the term is shown (escaped) somewhere"
    for md in (out / "sources").glob("*.md"):
        assert re.search(r"(?<!\\)<img", md.read_text(encoding="utf-8")) is None


# A lexicon with one bad entry (weight, category, empty term), missing metadata or a
# syntax error is refused before anything is read: one case each in
# tests/cli/test_error_table.py, through the installed command.
