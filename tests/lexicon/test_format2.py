"""Lexicon format 2: word forms instead of stems, sense rules, calibration figures, and the
calibrated sentence probability (issue 21; combined as a noisy OR since issue 33)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from framing.lexicon.calibrate import CalibrationCounts, apply_counts
from framing.lexicon.entries import Category, Entry, Lexicon
from framing.lexicon.evidence import combine, sentence_probabilities
from framing.lexicon.load import LexiconFormatWarning, parse_lexicon
from framing.lexicon.matcher import Matcher
from framing.lexicon.write import lexicon_toml
from framing.models.calibrate import count_entries
from framing.models.labels import LabelledData
from framing.models.split import in_part, sentence_part
from framing.text.doc import parse_text

HEAD = """
[lexicon]
name = "demo"
version = "1.0.0"
{fmt}
kind = "loaded"
description = "d"
license = "CC0-1.0"
provenance = "p"
[categories.c]
description = "c"
"""

V2 = HEAD.format(fmt="format = 2") + """
[[entries]]
term = "slam"
category = "c"
forms = ["slams", "slammed", "slamming"]
exclude = ["slam dunk", "slammed into"]

[[entries]]
term = "apologist"
category = "c"

[[entries]]
term = "trash"
category = "c"
forms = ["trashed", "trashing"]
require = ["trashed the", "trashing the", "trash the"]
"""


def _terms(lex: Lexicon, text: str) -> list[str]:
    return [m.term for m in Matcher([lex]).match(parse_text(text))]


def test_forms_match_and_stems_do_not() -> None:
    lex = parse_lexicon(V2)
    assert _terms(lex, "Critics slammed the plan.") == ["slam"]
    # an entry matches its listed forms only: "apologized" is not a form of "apologist"
    assert _terms(lex, "He apologized on Monday.") == []
    assert _terms(lex, "He is an apologist for the regime.") == ["apologist"]


def test_sense_rules() -> None:
    lex = parse_lexicon(V2)
    assert _terms(lex, "The vote was a slam dunk.") == []
    assert _terms(lex, "A truck slammed into a wall.") == []
    assert _terms(lex, "They trashed the proposal.") == ["trash"]
    assert _terms(lex, "The trash was collected on Monday.") == []


def test_format1_inflected_is_read_with_a_warning() -> None:
    old = HEAD.format(fmt="") + ('[[entries]]\nterm = "betrayal"\ncategory = "c"\n'
                                 'mode = "inflected"\n')
    with pytest.warns(LexiconFormatWarning, match="format 1"):
        lex = parse_lexicon(old, package="some-plugin")
    assert _terms(lex, "They betrayed us.") == ["betrayal"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parse_lexicon(V2)  # format 2 reads silently


def test_format2_rejects_inflected_mode() -> None:
    bad = HEAD.format(fmt="format = 2") + ('[[entries]]\nterm = "x"\ncategory = "c"\n'
                                             'mode = "inflected"\n')
    with pytest.raises(Exception, match="format 1 only"):
        parse_lexicon(bad)


def test_write_round_trip() -> None:
    lex = parse_lexicon(V2)
    again = parse_lexicon(lexicon_toml(lex))
    assert [(e.term, e.forms, e.exclude, e.require) for e in again.entries] == \
        [(e.term, e.forms, e.exclude, e.require) for e in lex.entries]


def test_calibration_counts_and_drop_rule() -> None:
    lex = parse_lexicon(V2)
    texts = ["Critics slammed the plan."] * 6 + ["He slammed the door."] * 6 + \
        ["An apologist spoke.", "Not an apologist."]
    y = np.array([1] * 6 + [0] * 6 + [1, 0])
    counts = count_entries(lex, LabelledData(texts=texts, y=y, source="t.csv"))
    # the negated match is no evidence, so it is not counted
    assert counts.counts == {("slam", "c"): (12, 6), ("apologist", "c"): (1, 1)}
    cal, figures = apply_counts(lex, counts, prior=0.7)
    kept = {e.term: e for e in cal.entries}
    # 'slam' fires as often on negatives as on positives here: dropped
    assert "slam" not in kept and not next(f for f in figures if f.term == "slam").kept
    # seen once: smoothed toward the prior, kept above the base rate
    assert kept["apologist"].precision == pytest.approx((1 + 4 * 0.7) / 5, abs=1e-3)
    assert cal.calibration is not None and cal.calibration.base_rate == pytest.approx(0.5)
    assert parse_lexicon(lexicon_toml(cal)).calibration == cal.calibration


def test_sentence_probability() -> None:
    # issue 33: evidence combines as independent chances that a reader marks it (noisy OR);
    # a counter-evidence category (precision below the base rate) no longer lowers a
    # sentence's score: it is simply not evidence
    cats = {"c": Category("c", ""), "a": Category("a", "", {"evidence": "against"})}
    lex = Lexicon("demo", "1.0.0", "loaded", cats, (
        Entry("sham", "c", precision=0.8), Entry("said", "a", precision=0.2)))
    cal = apply_counts(lex, CalibrationCounts("x", 100, 50, {}), prior=0.5)[0]
    lex = cal.with_entries((Entry("sham", "c", precision=0.8), Entry("hoax", "c", precision=0.6),
                            Entry("said", "a", precision=0.2)))
    m = Matcher([lex])
    doc = parse_text("It was a sham. The vote is on May 5. It was not a sham. A sham, he said. "
                     "A sham and a hoax.")
    probs = sentence_probabilities(len(doc.sentences), m.match(doc))
    assert probs[0] == pytest.approx(0.8)
    assert probs[1] == 0.0  # no evidence: exactly 0
    assert probs[2] == 0.0  # negated: no evidence
    assert probs[3] == pytest.approx(0.8)  # 'said' is no evidence for or against
    assert probs[4] == pytest.approx(1 - 0.2 * 0.4)
    assert combine([0.9]) == pytest.approx(0.9)


def test_split_is_by_text_hash() -> None:
    assert sentence_part("b") == "test" and sentence_part("a") == "development"
    assert in_part(["a", "b", "c"], "development") == [True, False, True]


def test_calibrate_command_writes_a_calibrated_lexicon(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from framing.cli.commands import cli

    src = tmp_path / "demo.toml"
    src.write_text(V2, encoding="utf-8")
    labels = Path(__file__).resolve().parents[1] / "data" / "learn" / "sentences.csv"
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["lexicon", "calibrate", str(labels), "--lexicon", str(src),
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "base rate" in res.output and "precision" in res.output
    lex = parse_lexicon((out / "demo.toml").read_text(encoding="utf-8"))
    assert lex.calibration is not None and lex.calibration.source == "sentences.csv"
    assert all(e.precision is not None and e.support is not None for e in lex.entries)
    tsv = (out / "demo.calibration.tsv").read_text(encoding="utf-8").splitlines()
    assert tsv[0] == "term\tcategory\tsupport\tpositives"
    # a second run without --force refuses to overwrite
    again = CliRunner().invoke(cli, ["lexicon", "calibrate", str(labels), "--lexicon", str(src),
                                     "--out", str(out)])
    assert again.exit_code != 0 and "--force" in again.output + str(again.exception)
