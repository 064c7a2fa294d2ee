"""The report of the real sample corpus (five outlets on Meta's Muse Spark launch)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from framing.report import write_report

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "muse-spark"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    from framing.compare import compare
    from framing.engines.analysis import analyze

    comp = compare(analyze(SAMPLE))
    out = tmp_path_factory.mktemp("sample") / "muse-spark"
    write_report(comp, out)
    return out, comp


def _page_of(out: Path, comp: Any, file_prefix: str, ext: str = "html") -> str:
    arts = comp.analysis.articles
    outlet = arts.loc[arts["source"].astype(str).str.contains(file_prefix), "outlet"].iloc[0]
    from framing.report.site import slugs_of

    slug = slugs_of(sorted(set(arts["outlet"])))[outlet]
    return (out / "sources" / f"{slug}.{ext}").read_text(encoding="utf-8")


def _text(page: str) -> str:
    """Page text with tags dropped and entities decoded (marks split words otherwise)."""
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_index_and_five_source_pages(sample_report: tuple[Path, Any]) -> None:
    out, comp = sample_report
    assert (out / "index.html").is_file()
    assert len(list((out / "sources").glob("*.html"))) == 5
    assert len(list((out / "sources").glob("*.md"))) == 5
    for name in ("comparison.json", "articles.csv", "evidence.csv"):
        assert (out / name).is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    for outlet in sorted(set(comp.analysis.articles["outlet"])):
        assert html.escape(outlet, quote=False) in index
    assert "5 analysed" in index


def test_both_discrepancies_on_index_and_outlet_pages(sample_report: tuple[Path, Any]) -> None:
    out, comp = sample_report
    index = _text((out / "index.html").read_text(encoding="utf-8"))
    assert "more than 9%" in index and "6.5%" in index
    assert "27 when he was recruited" in index and "Wang, 29" in index
    assert "more than 9%" in _text(_page_of(out, comp, "001_"))
    stock_and_age = _text(_page_of(out, comp, "003_"))
    assert "6.5%" in stock_and_age and "27 when he was recruited" in stock_and_age
    assert "Wang, 29" in _text(_page_of(out, comp, "004_"))
    md = _page_of(out, comp, "004_", "md")
    assert "29" in md and "27" in md


def test_loaded_terms_are_highlighted(sample_report: tuple[Path, Any]) -> None:
    out, _ = sample_report
    pages = [p.read_text(encoding="utf-8") for p in sorted((out / "sources").glob("*.html"))]
    assert sum('<mark class="loaded own"' in p for p in pages) >= 3
    assert any('<mark class="loaded attributed"' in p for p in pages)
    assert any('<mark class="hedge"' in p for p in pages)
    mds = [p.read_text(encoding="utf-8") for p in sorted((out / "sources").glob("*.md"))]
    assert any("[own" in m for m in mds)


def test_missing_values_are_not_shown_as_nan(sample_report: tuple[Path, Any]) -> None:
    """Three sample articles have no date: their pages say so without a stray "nan"."""
    import re

    out, comp = sample_report
    assert comp.analysis.articles["published"].isna().any()
    for page in sorted((out / "sources").iterdir()):
        text = page.read_text(encoding="utf-8")
        body = _text(text) if page.suffix == ".html" else text
        assert not re.search(r"\bnan\b", body, flags=re.IGNORECASE), page.name


def test_negated_booster_is_shown_as_negated_and_not_counted(
        sample_report: tuple[Path, Any]) -> None:
    """001 writes "with no confirmed timeline": the booster is highlighted as negated, listed
    apart from the counted terms, and the section's total leaves it out (issue 33 item 5)."""
    out, comp = sample_report
    md = _page_of(out, comp, "001_", "md")
    boosters = md[md.index("### Boosters"):md.index("## Loaded reporting verbs")]
    assert r"no **confirmed** \[booster, negated\] timeline" in boosters
    assert "confirmed, negated (1)" in boosters
    ev = comp.analysis.evidence
    counted = ev[(ev.article_id.isin(ev[ev.surface == "confirmed"].article_id))
                 & (ev.feature == "certainty") & ~ev.negated]
    assert f"### Boosters ({len(counted)})" in boosters
    page = _page_of(out, comp, "001_")
    assert '<mark class="booster negated" title="booster, negated">confirmed</mark>' in page
