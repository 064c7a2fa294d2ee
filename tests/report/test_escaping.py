"""Every piece of text from articles, outlets, lexicons and speakers is shown as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.report import write_report
from framing.report.highlight import Mark, highlight_html, highlight_markdown, md_escape
from report_real import real_comparison

RAW = ["<script>alert", "<img src=x", "<script>", '"><img']


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("esc") / "r"
    comp = real_comparison()
    comp.analysis.lexicons.append(("<b>lex</b>", "1<2"))
    comp.analysis.params["note"] = "<script>alert(3)</script>"
    write_report(comp, out)
    return out


def _pages(out: Path) -> list[Path]:
    return [out / "index.html", *sorted((out / "sources").iterdir())]


def test_no_raw_markup_from_the_data_in_any_page(report: Path) -> None:
    for page in _pages(report):
        text = page.read_text(encoding="utf-8")
        if page.suffix == ".md":  # Markdown: every < is backslash-escaped
            assert re.search(r"(?<!\\)<", text) is None, page.name
            assert "<b>lex</b>" not in text
            continue
        for raw in RAW:
            assert raw not in text, (page.name, raw)
        assert "<b>lex</b>" not in text


def test_escaped_forms_are_shown(report: Path) -> None:
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert "&lt;b&gt;lex&lt;/b&gt;" in index
    page = (report / "sources" / "script-alert-1-script.html").read_text(encoding="utf-8")
    assert "<h1 class=\"break\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    # "Critics called it a disgraceful sham": loaded, attributed to the critics
    assert '<mark class="loaded attributed" title="attributed">sham</mark>' in page
    assert "A body with &lt;script&gt;alert(2)&lt;/script&gt; inside" in page
    md = (report / "sources" / "script-alert-1-script.md").read_text(encoding="utf-8")
    assert md.startswith("# \\<script\\>alert(1)\\</script\\>\n")
    assert "sham" in md


def _tags(text: str) -> list[tuple[str, dict[str, str | None]]]:
    from html.parser import HTMLParser

    found: list[tuple[str, dict[str, str | None]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Tags().feed(text)
    return found


def test_pages_are_self_contained(report: Path) -> None:
    for page in [p for p in _pages(report) if p.suffix == ".html"]:
        text = page.read_text(encoding="utf-8").lower()
        assert "<script" not in text and "onerror=" not in text.replace("onerror=alert(1)&gt;",
                                                                        "")
        # a report of many events shares one stylesheet, the report's own style.css
        links = re.findall(r"<link[^>]*>", text)
        assert all(re.fullmatch(r'<link rel="stylesheet" href="(\.\./)?style\.css">', k)
                   for k in links), links
        assert "@import" not in text
        assert re.search(r"url\((?!#)", text) is None, "only in-page url(#id) references"
        # no element loads anything (links to the articles are fine); escaped text that
        # reads "src=" inside an attribute value is text, so the tags are parsed
        assert not [t for t in _tags(text) if "src" in t[1]], page.name
        assert "http://" not in text.replace("http://www.w3.org", "")
    css = report / "style.css"
    if css.exists():  # the shared stylesheet loads nothing either
        style = css.read_text(encoding="utf-8").lower()
        assert "@import" not in style and re.search(r"url\(", style) is None


def test_highlight_escapes_between_and_inside_marks() -> None:
    text = '<i>a</i> "bad" & <b>worse</b>'
    marks = [Mark(10, 13, "loaded own", 'x"y'), Mark(17, 29, "hedge", "h"),
             Mark(11, 12, "booster", "overlap"), Mark(50, 60, "booster", "outside")]
    html = str(highlight_html(text, marks))
    assert html == ('&lt;i&gt;a&lt;/i&gt; &#34;<mark class="loaded own" title="x&#34;y">bad'
                    '</mark>&#34; &amp; <mark class="hedge" title="h">&lt;b&gt;worse&lt;/b&gt;'
                    "</mark>")
    md = highlight_markdown(text, marks)
    # the label's brackets are escaped too (issue 32 item 6: no link can start there)
    assert md == '\\<i\\>a\\</i\\> "**bad** \\[x"y\\]" & **\\<b\\>worse\\</b\\>** \\[h\\]'


def test_md_escape_keeps_tables_intact() -> None:
    assert md_escape("a|b\nc *d* _e_ [f](g) `h` #i") == \
        "a\\|b c \\*d\\* \\_e\\_ \\[f\\](g) \\`h\\` \\#i"


def test_unsafe_urls_are_not_links(tmp_path: Path) -> None:
    comp = real_comparison()
    arts = comp.analysis.articles
    arts.loc[0, "url"] = "javascript:alert(1)"
    out = tmp_path / "r"
    write_report(comp, out)
    page = (out / "sources" / "daily-planet.html").read_text(encoding="utf-8")
    assert 'href="javascript' not in page
    assert "javascript:alert(1)" in page
