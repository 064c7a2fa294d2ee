"""`--weight`, `--no-lexicon` and `--lexicon` on `framing analyze`, on the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import framing_main

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "muse-spark"


def _run(tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, dict]]:
    out = tmp_path / f"out{len(list(tmp_path.iterdir()))}.jsonl"
    code, stdout, stderr = framing_main("analyze", str(SAMPLE), "--out", str(out), "-j", "1",
                                        *extra)
    records = {}
    if out.exists():
        for line in out.read_text("utf-8").splitlines():
            r = json.loads(line)
            records[r["outlet"]] = r
    return code, stdout + stderr, records


def test_weight_scales_a_lexicon_and_one_term(tmp_path: Path) -> None:
    _, _, base = _run(tmp_path)
    _, _, half = _run(tmp_path, "--weight", "loaded=0.5")
    explainer = "Explainer site"
    assert base[explainer]["features"]["loaded"] > 0
    # loaded is a probability built from weighted evidence (framing.lexicon.evidence): halving
    # every weight halves every lift, which lowers it (not to exactly one half)
    assert 0 < half[explainer]["features"]["loaded"] < base[explainer]["features"]["loaded"]
    # one term: the explainer's own "felt betrayed" is the entry 'betray'; set to 0 it is no
    # evidence, so the own-voice score drops and the attributed one does not move
    _, _, term = _run(tmp_path, "--weight", "loaded:betray=0")
    before, after = base[explainer]["features"], term[explainer]["features"]
    assert after["loaded"] < before["loaded"]
    assert after["loaded_attributed"] == before["loaded_attributed"]
    assert not any(e["term"] == "betray" and e["feature"] == "loaded"
               for e in term[explainer]["evidence"])


def test_bad_weight_is_a_usage_error(tmp_path: Path) -> None:
    code, output, records = _run(tmp_path, "--weight", "loaded")
    assert code == 2 and "--weight" in output and "NAME=WEIGHT" in output
    assert not records


def test_no_lexicon_disables_it_and_the_record_says_so(tmp_path: Path) -> None:
    _, _, base = _run(tmp_path)
    _, _, off = _run(tmp_path, "--no-lexicon", "loaded")
    rec = off["Explainer site"]
    # without the lexicon nothing is loaded (scare quotes count as opinion style since
    # issue 33, not as loaded wording), and the opinion-style marks stay
    assert base["Explainer site"]["features"]["loaded"] > 0
    assert rec["features"]["loaded"] == 0.0
    assert not [e for e in rec["evidence"] if e["feature"] == "loaded"]
    assert rec["features"]["opinion_style"] == base["Explainer site"]["features"]["opinion_style"]
    assert "loaded" in {lx["name"] for lx in base["Explainer site"]["lexicons"]}
    assert "loaded" not in {lx["name"] for lx in rec["lexicons"]}


def test_added_lexicon_file_is_used(tmp_path: Path) -> None:
    src = ROOT / "lexicons" / "plugins" / "tech-hype"
    files = sorted(src.rglob("*.toml"))
    lex = next(f for f in files if f.name != "pyproject.toml")
    _, _, base = _run(tmp_path)
    _, _, more = _run(tmp_path, "--lexicon", str(lex))
    names = {lx["name"] for r in more.values() for lx in r["lexicons"]}
    assert names - {lx["name"] for r in base.values() for lx in r["lexicons"]}
