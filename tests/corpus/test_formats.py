"""Source formats: .jsonl/.csv streams, manifests, front matter, HTML, JSON, several sources."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from framing.corpus import Accounting, detect_language, iter_articles, load_corpus, stable_id

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight.")
OTHER = ("Union leaders said the strike would go ahead on Monday unless the company returned "
         "to the table with a better offer on pensions.")

HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Council approves budget | The Ledger</title>
<meta property="og:title" content="Council Approves $2.1 Billion Budget">
<meta property="article:published_time" content="2025-03-05T08:00:00Z">
<link rel="canonical" href="https://ledger.example/council-budget">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/subscribe">Subscribe to The Ledger</a></li></ul></nav></header>
<main><article>
<h1>Council Approves $2.1 Billion Budget</h1>
<p>The city council approved a $2.1 billion budget early on Wednesday, ending a 14-hour
session that stretched past midnight.</p>
<p>“This budget keeps libraries open and buses running,” said Council President Maria Alvarez,
who called the compromise imperfect but necessary.</p>
<p>Opponents warned that property taxes would rise by 3.5% next year and said they would keep
fighting the plan.</p>
</article></main>
<footer><p>© 2025 The Ledger Media Group. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>
</body></html>
"""


def test_jsonl_stream(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    rows = [{"outlet": "Ledger", "title": "Budget", "text": BODY, "event": "budget",
             "published": "2025-03-05", "url": "https://l.example/1", "id": "L1"},
            {"outlet": "Courier", "text": "Strike Looms\n\n" + OTHER}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    arts = list(iter_articles(path))
    assert [a.id for a in arts] == ["L1", stable_id("Courier", OTHER)]
    assert arts[0].title == "Budget" and arts[0].text == BODY and arts[0].event == "budget"
    assert arts[0].published == "2025-03-05" and arts[0].url == "https://l.example/1"
    assert arts[1].title == "Strike Looms" and arts[1].event == "news"
    assert [a.source for a in arts] == [f"{path}:1", f"{path}:2"]


def test_nul_characters_are_dropped_from_records(tmp_path: Path) -> None:
    """A JSON "\u0000" in a field is no text: it is dropped from the metadata and the body,
    so ids and outlets stay what they read as, and every CSV output can be written
    (Python 3.10's csv module refuses a NUL)."""
    from framing.cli.commands import main as cli_main

    path = tmp_path / "nul.jsonl"
    rows = [{"id": "L\u00001", "outlet": "Led\u0000ger", "title": "Bud\u0000get",
             "text": BODY.replace("council", "coun\u0000cil") + " " + OTHER}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert "\\u0000" in path.read_text(encoding="utf-8")
    [art] = list(iter_articles(path))
    assert (art.id, art.outlet, art.title) == ("L1", "Ledger", "Budget")
    assert art.text == BODY + " " + OTHER
    out = tmp_path / "features.csv"
    assert cli_main(["analyze", str(path), "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert (row["id"], row["outlet"]) == ("L1", "Ledger")
    assert "\0" not in out.read_text(encoding="utf-8")


def test_nul_characters_from_a_manifest_or_json_keys_never_reach_the_outputs(
        tmp_path: Path) -> None:
    """The manifest's values are cleaned as the files' own are (a NUL in its outlet gave
    a NUL outlet, and on Python 3.10 a csv error writing inputs.csv), and the skip reason
    of a .json file without 'text' names its keys with repr, escapes included."""
    from framing.cli.commands import main as cli_main

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Budget Passes\n\n" + BODY + "\n", encoding="utf-8")
    (src / "feed.jsonl").write_text(json.dumps({"text": OTHER}) + "\n", encoding="utf-8")
    (src / "bad.json").write_text(json.dumps({"te\u0000xt": BODY}), encoding="utf-8")
    (src / "manifest.jsonl").write_text(
        json.dumps({"file": "a.txt", "outlet": "Led\u0000ger", "event": "bud\u0000get"}) + "\n"
        + json.dumps({"file": "feed.jsonl", "outlet": "Cou\u0000rier"}) + "\n"
        + json.dumps({"file": "bad.json"}) + "\n",
        encoding="utf-8")
    acc = Accounting()
    arts = sorted(iter_articles(src, accounting=acc), key=lambda a: a.outlet)
    assert [(a.outlet, a.event) for a in arts] == [("Courier", "src"), ("Ledger", "budget")]
    [skip] = [r for r in acc if r.status == "skipped"]
    assert skip.source.endswith("bad.json") and "'te\\x00xt'" in skip.reason
    out = tmp_path / "features.csv"
    assert cli_main(["analyze", str(src), "--out", str(out)]) == 0  # a skip is no failure
    inputs = out.with_name("features.inputs.csv")
    for written in (out, inputs):
        assert "\0" not in written.read_text(encoding="utf-8"), written
    with inputs.open(encoding="utf-8", newline="") as fh:
        assert {r["outlet"] for r in csv.DictReader(fh)} >= {"Ledger", "Courier"}


def test_csv_stream_with_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["outlet", "title", "text"])
        writer.writerow(["Ledger", "Budget", BODY + "\n\nA second, quoted, paragraph."])
        writer.writerow(["Courier", "", "Strike Looms\n" + OTHER])
    acc = Accounting()
    arts = list(iter_articles(path, accounting=acc))
    assert [a.outlet for a in arts] == ["Ledger", "Courier"]
    assert arts[0].text == BODY + "\n\nA second, quoted, paragraph."
    assert arts[1].title == "Strike Looms"
    assert [r.source for r in acc] == [f"{path}:2", f"{path}:5"]
    assert acc.summary() == "2 analysed, 0 skipped, 0 duplicates"


@pytest.mark.slow
def test_streaming_memory_stays_flat(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    pad = " ".join(f"word{i}" for i in range(250))
    with path.open("w", encoding="utf-8") as fh:
        for i in range(1500):
            fh.write(json.dumps({"outlet": f"o{i % 5}", "text": f"Item {i}\n{pad}."}) + "\n")
    size = path.stat().st_size
    detect_language(pad)  # load the language model before measuring
    acc = Accounting()
    tracemalloc.start()
    try:
        n = sum(1 for _ in iter_articles(path, accounting=acc))
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 1  # the other 1499 are copies of the first (with other headlines)
    assert acc.summary() == "1 analysed, 0 skipped, 1499 duplicates"
    # what stays is the accounting (one record per input) and the duplicate index: < 1 KB each
    assert kept < 1000 * 1500
    # the working memory on top of it does not grow with the file
    assert peak - kept < size / 5, f"peak {peak - kept} bytes for a {size} byte file"


def test_markdown_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\noutlet: The Ledger\ntitle: Council Approves Budget\npublished: 2025-03-05\n"
        "url: https://ledger.example/a\nevent: city-budget\nid: ledger-1\nauthor: J. Doe\n---\n"
        "Council Approves Budget\n\ntop of page\n\n" + BODY + "\n", encoding="utf-8")
    art = load_corpus(tmp_path).articles[0]
    assert (art.outlet, art.title, art.published, art.url, art.event, art.id) == (
        "The Ledger", "Council Approves Budget", "2025-03-05", "https://ledger.example/a",
        "city-budget", "ledger-1")
    assert art.text == BODY
    assert [(r.line, r.text) for r in art.removed] == [(12, "top of page")]


def test_markdown_matching_manifest_is_fine(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\noutlet: The Ledger\n---\nBudget\n\n" + BODY,
                                   encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"file": "a.md", "outlet": "The Ledger", "event": "e1"}) + "\n",
        encoding="utf-8")
    art = load_corpus(tmp_path).articles[0]
    assert (art.outlet, art.event) == ("The Ledger", "e1")


def test_manifest_metadata_and_defaults(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Budget Passes\n\n" + BODY, encoding="utf-8")
    (tmp_path / "y.txt").write_text("Strike Looms\n\n" + OTHER, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,outlet,title,published,url,event,id\n"
        "x.txt,The Ledger,,2025-03-05,https://l.example/x,,\n"
        'y.txt,"Courier, The",Strike Looms,,,labour,c-9\n', encoding="utf-8")
    corpus = load_corpus(tmp_path)
    x, y = corpus.articles
    assert (x.outlet, x.title, x.published, x.url, x.event) == (
        "The Ledger", "Budget Passes", "2025-03-05", "https://l.example/x", tmp_path.name)
    assert (y.outlet, y.title, y.event, y.id, y.text) == ("Courier, The", "Strike Looms",
                                                          "labour", "c-9", OTHER)


def test_defaults_without_metadata(tmp_path: Path) -> None:
    event_dir = tmp_path / "city-budget"
    event_dir.mkdir()
    (event_dir / "ledger.txt").write_text("\n\nBudget Passes\n\n" + BODY, encoding="utf-8")
    art = load_corpus(event_dir).articles[0]
    assert (art.outlet, art.event, art.title) == ("ledger", "city-budget", "Budget Passes")
    assert art.id == stable_id("ledger", BODY)


def test_html_page_via_trafilatura(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    art = load_corpus(tmp_path).articles[0]
    assert art.title == "Council Approves $2.1 Billion Budget"
    assert art.text.startswith("The city council approved a $2.1 billion budget")
    assert "Alvarez" in art.text and "property taxes" in art.text
    for boiler in ("Home", "Politics", "Subscribe", "All rights reserved", "Privacy policy",
                   "Terms of use"):
        assert boiler not in art.text
    assert art.published == "2025-03-05"
    assert art.url == "https://ledger.example/council-budget"


def test_json_article_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"text": BODY, "outlet": "Ledger",
                                                 "title": "Budget"}), encoding="utf-8")
    art = load_corpus(tmp_path).articles[0]
    assert (art.outlet, art.title, art.text) == ("Ledger", "Budget", BODY)


def test_several_sources_in_one_call(tmp_path: Path) -> None:
    d = tmp_path / "dir"
    d.mkdir()
    (d / "a.txt").write_text("Budget\n\n" + BODY, encoding="utf-8")
    j = tmp_path / "more.jsonl"
    j.write_text(json.dumps({"outlet": "C", "text": OTHER}) + "\n", encoding="utf-8")
    corpus = load_corpus(d, j)
    assert corpus.name == "dir"
    assert [a.outlet for a in corpus] == ["a", "C"]
    assert load_corpus(j, d).name == "more"


def test_files_are_read_in_sorted_order(tmp_path: Path) -> None:
    bodies = {"b.txt": BODY, "a.txt": OTHER, "c.md": "Short body of the third file."}
    for name, body in bodies.items():
        (tmp_path / name).write_text(f"T {name}\n\n{body}", encoding="utf-8")
    assert [a.outlet for a in load_corpus(tmp_path)] == ["a", "b", "c"]


def test_import_has_no_side_effects() -> None:
    code = ("import sys, framing.corpus; "
            "heavy = [m for m in ('trafilatura', 'frontmatter', 'py3langid', 'pandas', 'yaml') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"
    assert out.stderr == ""


def test_trafilatura_imports() -> None:
    import trafilatura  # a required dependency: missing, it is an error, not a skip
    assert callable(trafilatura.bare_extraction)


def test_language_of_a_long_body_is_read_from_three_windows() -> None:
    """The detector reads at most SAMPLE_CHARS characters: a long body's language is found
    whatever its length, and a body that changes language part-way is taken for the
    language of most of it, wherever that part stands."""
    from framing.corpus.language import SAMPLE_CHARS, language_sample

    german = ("Der Bundestag hat am Dienstag nach einer langen Debatte ein neues Gesetz "
              "beschlossen, das die Mieten in den großen Städten begrenzen soll. ")
    english = ("The council voted on Tuesday after a long debate to cap rents in the largest "
               "cities for the next five years. ")
    long_german = german * (3 * SAMPLE_CHARS // len(german))
    long_english = english * (3 * SAMPLE_CHARS // len(english))
    lead_english = english * (SAMPLE_CHARS // len(english) + 1)
    lead_german = german * (SAMPLE_CHARS // len(german) + 1)
    assert len(long_german) > 2 * SAMPLE_CHARS
    assert len(language_sample(long_german * 10)) < SAMPLE_CHARS + 3
    assert detect_language(long_german * 10)[0] == "de"
    assert detect_language(english * 40)[0] == "en"
    # an English lead before a long German text: German; and the other way round
    assert detect_language(lead_english + long_german)[0] == "de"
    assert detect_language(lead_german + long_english)[0] == "en"
    # a German passage in the middle of a long English body: English
    assert detect_language(long_english + lead_german + long_english)[0] == "en"
