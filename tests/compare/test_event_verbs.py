"""Claims matched by meaning (issue 34 item 5): two outlets that date the same event with
different verbs of one meaning ("shutter", "close down", "shut") are compared, and the
discrepancy keeps each outlet's sentence."""

from __future__ import annotations

import pytest

from framing.compare.discrepancies import Sent, extract_claims, find_discrepancies
from framing.compare.event_verbs import _sets, event_sets, label_of
from framing.errors import FramingError

SHUTTER = "The Elm Street branch will shutter on June 30, the library board said."
CLOSE_DOWN = "The Elm Street branch closes down on July 15 after the vote."
SHUT = "The Elm Street branch will shut its doors on June 30."


def _sent(outlet: str, text: str) -> Sent:
    return Sent(outlet, outlet.lower().replace(" ", "-"), 0, text, "2026-05-01")


def test_verbs_of_one_meaning_key_one_subject() -> None:
    for text in (SHUTTER, CLOSE_DOWN, SHUT):
        claims = extract_claims([_sent("Any", text)])
        assert [c.subject for c in claims] == ["date the branch closes"], text
    # "down" of "closes down" is not read as what closes
    assert extract_claims([_sent("Any", CLOSE_DOWN)])[0].surface == "July 15"


def test_a_date_conflict_across_verbs_keeps_both_sentences() -> None:
    found = find_discrepancies("library", [_sent("North Post", SHUTTER),
                                           _sent("South Ledger", CLOSE_DOWN),
                                           _sent("West Wire", SHUT)])
    assert [d.subject for d in found] == ["date the branch closes"]
    by_outlet = {c.outlet: c.sentence for c in found[0].claims}
    assert by_outlet == {"North Post": SHUTTER, "South Ledger": CLOSE_DOWN, "West Wire": SHUT}


def test_same_date_in_other_words_is_no_discrepancy() -> None:
    assert find_discrepancies("library", [_sent("North Post", SHUTTER),
                                          _sent("West Wire", SHUT)]) == []


def test_different_meanings_stay_apart() -> None:
    opens = "The Elm Street branch opens on July 15."
    assert find_discrepancies("library", [_sent("North Post", SHUTTER),
                                          _sent("South Ledger", opens)]) == []
    assert label_of("stepped down") == label_of("quit") == "resigns"
    assert label_of("shuttered") == label_of("closure") == "closes"
    assert label_of("open") is None  # an adjective as often as a verb: not in any set


def test_the_sets_are_data_and_a_bad_file_is_a_clear_error() -> None:
    labels = [label for label, _ in event_sets()]
    assert labels[0] == "closes" and len(labels) == len(set(labels))
    with pytest.raises(FramingError, match=r"x\.toml: event set 1 \(closes\): forms"):
        _sets({"event": [{"label": "closes", "forms": ["clos(e|es)"]}]}, "x.toml")
    with pytest.raises(FramingError, match="'shut' is in two sets"):
        _sets({"event": [{"label": "closes", "forms": ["shut"]},
                         {"label": "ends", "forms": ["shut"]}]}, "x.toml")
    with pytest.raises(FramingError, match=r"x\.toml: no \[\[event\]\] sets"):
        _sets({}, "x.toml")
