"""Event grouping, the editable manifest, and compare() without event labels."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from framing.compare import assign_events, compare, read_event_manifest, write_event_manifest
from framing.types import Article

LIBRARY = [
    ("a1", "north", "Council votes to close Eastside library branch",
     "The city council voted to close the Eastside library branch. The library closure saves "
     "money, the council said, and the branch books move to Northgate library."),
    ("a2", "south", "Eastside library to close after council vote",
     "Residents protested as the council approved closing the Eastside branch library. "
     "Library staff will move to other branches after the closure."),
    ("a3", "east", "Library branch closure approved",
     "Council members approved the Eastside library branch closure; the library's books go "
     "to Northgate and the council plans a bookmobile."),
]
STORM = [
    ("b1", "north", "Storm floods coastal highway",
     "A winter storm flooded the coastal highway and knocked out power to thousands of homes. "
     "Crews cleared fallen trees from the flooded highway."),
    ("b2", "south", "Storm floods coastal highway, cuts power",
     "The winter storm flooded the coastal highway; power crews worked through the night "
     "to restore power to homes as the storm moved inland."),
]


def _articles(event: str = "") -> list[Article]:
    return [Article(id=i, outlet=o, event=event, title=t, text=x, source=f"src/{i}.txt")
            for i, o, t, x in LIBRARY + STORM]


def test_two_separate_topics_make_two_events() -> None:
    ev = assign_events(_articles())
    assert ev["a1"] == ev["a2"] == ev["a3"]
    assert ev["b1"] == ev["b2"]
    assert ev["a1"] != ev["b1"]
    assert "library" in ev["a1"] and "storm" in ev["b1"]


def test_grouping_is_stable() -> None:
    arts = _articles()
    assert assign_events(arts) == assign_events(list(reversed(arts)))


def test_high_threshold_splits_everything() -> None:
    ev = assign_events(_articles(), threshold=0.99)
    assert len(set(ev.values())) == 5


def test_manifest_round_trip(tmp_path: Path) -> None:
    path = write_event_manifest(_articles(), tmp_path / "manifest.csv")
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "file,id,outlet,title,event"
    mapping = read_event_manifest(path)
    assert mapping == assign_events(_articles())
    # a user moves a3 to its own event
    edited = text.replace(f"a3.txt,a3,east,Library branch closure approved,{mapping['a3']}",
                          "a3.txt,a3,east,Library branch closure approved,other")
    path.write_text(edited, encoding="utf-8")
    assert read_event_manifest(path)["a3"] == "other"


def test_manifest_keeps_given_events(tmp_path: Path) -> None:
    path = write_event_manifest(_articles("given"), tmp_path / "m.csv")
    assert set(read_event_manifest(path).values()) == {"given"}


def test_compare_groups_unlabelled_articles(controlled_analysis: Any) -> None:
    a = controlled_analysis
    unlabelled = type(a)(**{**a.__dict__, "articles": a.articles.assign(event="unknown"),
                            "sentences": a.sentences.assign(event="unknown"),
                            "evidence": a.evidence.assign(event="unknown")})
    comp = compare(unlabelled, n_boot=20)
    assert len(comp.events) == 1 and comp.events[0] != "unknown"
    assert set(comp.event_assignment) == set(a.articles["id"])
    # and an explicit mapping wins
    mapping = {str(i): ("x" if k < 2 else "y") for k, i in enumerate(sorted(a.articles["id"]))}
    comp2 = compare(unlabelled, n_boot=20, events=mapping)
    assert comp2.events == ["x", "y"]
