"""Issue 35: the answer first (summary, headlines), groups of outlets, no silent merge."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from framing.report import write_report

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "muse-spark"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    import framing
    from framing.compare import compare

    comp = compare(framing.analyze(SAMPLE))
    out = tmp_path_factory.mktemp("summary") / "r"
    write_report(comp, out)
    return out, comp


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_the_index_opens_with_the_summary_then_all_five_headlines(sample: tuple[Path, Any]
                                                                   ) -> None:
    out, comp = sample
    page = (out / "index.html").read_text("utf-8")
    main = page[page.index("<main>"):]
    summary, headlines = main.index('class="summary"'), main.index("Headlines side by side")
    assert summary < headlines < main.index("Facts the outlets disagree on") \
        < main.index("Where the outlets differ")
    table = " ".join(html.unescape(re.sub(
        r"<[^>]+>", "", main[headlines:main.index("</table>", headlines)])).split())
    titles = list(comp.analysis.articles["title"])
    assert len(titles) == 5
    for title in titles:
        assert " ".join(title.split()) in table


def test_every_summary_sentence_names_an_outlet_and_a_dimension_it_stands_apart_on(
        sample: tuple[Path, Any]) -> None:
    out, comp = sample
    page = (out / "index.html").read_text("utf-8")
    items = re.findall(r'<li class="finding" data-outlet="([^"]*)" data-feature="([^"]*)">'
                       r"(.*?)</li>", page, flags=re.S)
    assert items, "the sample's summary says nothing"
    p = comp.profiles
    for outlet, feature, body in items:
        outlet = html.unescape(outlet)
        sentence = _text(body)
        assert sentence.startswith(outlet), sentence
        rows = p[(p["feature"] == feature)].set_index("outlet")
        me, others = rows.loc[outlet], rows.drop(index=outlet)
        apart = (me["ci_low"] > others["ci_high"].max()) or (me["ci_high"] < others["ci_low"].min())
        assert apart, (outlet, feature, sentence)
        assert 'href="sources/' in body and f"#f-{feature}" in body  # one click to evidence
    # the panel site quotes people in about a third of its sentences, the guides site in none
    said = " ".join(_text(b) for _, _, b in items)
    assert "AI News (guides site) attributes far fewer of its sentences to anyone" in said


def test_the_noise_the_issue_names_is_no_fact(sample: tuple[Path, Any]) -> None:
    _, comp = sample
    facts = set(comp.coverage["fact"])
    for noise in ("API", "CEO", "Chinese", "Business Model", "Open Source"):
        assert noise not in facts
    assert {"Muse Spark", "Alexandr Wang", "$14.3 billion"} <= facts


STORIES = [
    ("Council closes the Eastside library", "The city council voted to close the Eastside "
     "library on Tuesday, citing a budget gap of two million dollars."),
    ("Storm floods the harbour district", "A winter storm flooded the harbour district "
     "overnight and fishermen lost boats to the surging tide."),
    ("Teachers strike over pay", "Teachers walked out of every school in the district to "
     "demand higher pay and smaller classes."),
]


def _records(n_stories: int) -> list[dict[str, str]]:
    out = []
    for k in range(n_stories):
        title, body = STORIES[k % len(STORIES)]
        tag = f"Zorblat{k}"  # each story its own name and words
        for j, outlet in enumerate(("Daily Planet", "The Ledger", "Morning Post")):
            out.append({"id": f"s{k}-{j}", "outlet": outlet,
                        "title": f"{title} in {tag}",
                        "text": f"{body} Officials in {tag} said the {tag} plan "
                                f"{['was reckless', 'may help', 'is final'][j]}. "
                                f"Residents of {tag} gathered at the {tag} hall."})
    return out


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "framing", *args], capture_output=True,
                          text=True, timeout=600)


def test_thirty_stories_without_an_event_become_more_than_one(tmp_path: Path) -> None:
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records(30)), "utf-8")
    res = _run("report", str(src), "--out", str(tmp_path / "rep"), "--jobs", "1",
               "--bootstrap", "50")
    assert res.returncode == 0, res.stderr
    assert "90 articles came without an event: grouped into" in res.stdout
    inputs = (tmp_path / "rep" / "inputs.csv").read_text("utf-8")
    events = {line.split(",")[6] for line in inputs.splitlines()[1:]}
    assert len(events) > 1 and "stories" not in events
    index = (tmp_path / "rep" / "index.html").read_text("utf-8")
    assert "came without an event; framing grouped them into" in index
    assert len(list((tmp_path / "rep" / "events").glob("*.html"))) == len(events)


def test_two_groups_of_outlets_get_a_group_comparison(tmp_path: Path) -> None:
    recs = _records(6)
    for k, r in enumerate(recs):
        r["event"] = f"story-{k // 3}"
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    table = tmp_path / "outlets.csv"
    table.write_text("outlet,lean\nDaily Planet,tabloid\nThe Ledger,broadsheet\n"
                     "Morning Post,broadsheet\n", "utf-8")
    res = _run("report", str(src), "--out", str(tmp_path / "rep"), "--jobs", "1",
               "--bootstrap", "50", "--group-by", "lean", "--outlets", str(table))
    assert res.returncode == 0, res.stderr
    index = (tmp_path / "rep" / "index.html").read_text("utf-8")
    assert 'id="groups"' in index and "Groups of outlets by lean" in index
    assert "tabloid" in index and "broadsheet" in index
    doc = json.loads((tmp_path / "rep" / "comparison.json").read_text("utf-8"))
    assert doc["groups"]["by"] == "lean"
    assert doc["groups"]["members"] == {"broadsheet": ["Morning Post", "The Ledger"],
                                        "tabloid": ["Daily Planet"]}
    assert set(doc["groups"]["profiles"]) == {"broadsheet", "tabloid"}


def test_a_report_of_many_events_says_how_to_read_and_the_method_once(tmp_path: Path) -> None:
    recs = _records(6)
    for k, r in enumerate(recs):
        r["event"] = f"story-{k // 3}"
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    res = _run("report", str(src), "--out", str(tmp_path / "rep"), "--jobs", "1",
               "--bootstrap", "50")
    assert res.returncode == 0, res.stderr
    rep = tmp_path / "rep"
    index = (rep / "index.html").read_text("utf-8")
    reading = index[index.index('<h2 id="reading">'):]
    assert "intervals do not overlap" in reading and "generic news frames" in reading
    assert "Names, numbers and amounts" in reading and 'id="method"' in index
    pages = sorted((rep / "events").glob("*.html"))
    assert len(pages) == 6
    for page in pages:  # the explanations live on the index, linked from each section
        text = page.read_text("utf-8")
        assert 'href="../index.html#reading"' in text and "generic news frames" not in text
    for page in (rep / "sources").glob("*.*"):
        text = page.read_text("utf-8")
        assert "../index.html#method" in text and "n_boot" not in text, page.name
        if page.suffix == ".html" and 'id="distinctive"' in text:
            words = text[text.index('id="distinctive"'):text.index('id="omissions"')]
            assert '<mark class="term">' in words and '<mark class="term" title' not in words


def test_a_comparison_of_many_events_names_all_zero_features_once(tmp_path: Path) -> None:
    recs = _records(11)
    for k, r in enumerate(recs):
        r["event"] = f"story-{k // 3}"
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), "utf-8")
    res = _run("report", str(src), "--out", str(tmp_path / "rep"), "--jobs", "1",
               "--bootstrap", "50")
    assert res.returncode == 0, res.stderr
    doc = json.loads((tmp_path / "rep" / "comparison.json").read_text("utf-8"))
    assert len(doc["events"]) == 11
    for block in doc["events"].values():
        zero = set(block["zero_features"])
        assert "exclamations" in zero  # none of these stories has an exclamation mark
        profiles = [o["profile"] for o in block["outlets"].values()]
        assert len(profiles) == 3
        for profile in profiles:
            assert not zero & set(profile) and "sentiment" in profile
        kept = set.intersection(*(set(p) for p in profiles))
        assert kept == set.union(*(set(p) for p in profiles))
        # a kept feature is one on which some outlet is not the all-tied zero
        for f in kept:
            assert any(p[f] != [0, 0, 0, 0, 1, 1, 1, 1, 3] for p in profiles), f
    # source pages name each article once above its listed sentences in a section
    grouped = 0
    for page in (tmp_path / "rep" / "sources").glob("*.html"):
        for section in page.read_text("utf-8").split('<ul class="sentences">')[1:]:
            listed = section.split("</ul>\n<")[0]  # a nested list closes with </ul></li>
            titles = re.findall(r'<span class="src">([^<]*)</span>', listed)
            assert len(titles) == len(set(titles)), page.name
            grouped += listed.count("</span><ul>")
    assert grouped
