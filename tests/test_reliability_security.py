"""Security: lexicon-term text is escaped in every page, and a lexicon is validated before use."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from framing.cli import main
from framing.report import write_report
from report_fake import fake_comparison

EVIL_TERM = "<img src=x onerror=alert(9)>"


def test_lexicon_term_text_is_escaped(tmp_path: Path) -> None:
    comp = fake_comparison()
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


BAD_LEXICONS = {
    "bad-weight": ('[lexicon]\nname = "mine"\nversion = "1.0"\nlanguage = "en"\nkind = "loaded"\n'
                   '[categories.x]\ndescription = "x"\n[[entries]]\nterm = "evil"\ncategory = "x"\n'
                   'weight = "heavy"\nmode = "exact"\n'),
    "unknown-category": ('[lexicon]\nname = "mine"\nversion = "1.0"\nlanguage = "en"\n'
                         'kind = "loaded"\n[categories.x]\ndescription = "x"\n[[entries]]\n'
                         'term = "evil"\ncategory = "nope"\nweight = 1.0\nmode = "exact"\n'),
    "not-toml": "[lexicon\nname = ",
    "empty-term": ('[lexicon]\nname = "mine"\nversion = "1.0"\nlanguage = "en"\nkind = "loaded"\n'
                   '[categories.x]\ndescription = "x"\n[[entries]]\nterm = ""\ncategory = "x"\n'
                   'weight = 1.0\nmode = "exact"\n'),
}


@pytest.mark.parametrize("name", sorted(BAD_LEXICONS))
def test_a_bad_lexicon_is_refused_before_anything_is_read(tmp_path: Path, name: str) -> None:
    lex = tmp_path / f"{name}.toml"
    lex.write_text(BAD_LEXICONS[name], encoding="utf-8")
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text("Title\n\nThe council met and voted on the evil budget plan "
                               "for the coming year after a long debate.\n", encoding="utf-8")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["analyze", str(src), "-o", str(tmp_path / "out.jsonl"), "-j", "1",
                     "--lexicon", str(lex)])
    assert code == 4, err.getvalue()
    assert err.getvalue().startswith("error: ") and f"{name}.toml" in err.getvalue()
    assert not (tmp_path / "out.jsonl").exists()
