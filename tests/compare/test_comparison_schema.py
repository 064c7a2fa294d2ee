"""docs/comparison.schema.json describes the comparison.json that reports write.

Every comparison.json a test writes is also checked against it (tests/conftest.py).
"""

from __future__ import annotations

import copy
from pathlib import Path

import jsonschema
import pytest

from conftest import validate_comparison
from framing.report import write_report
from report_real import real_comparison


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("schema") / "r"
    write_report(real_comparison(), out)
    return validate_comparison(out / "comparison.json")


def test_a_real_two_event_comparison_is_valid(written: dict[str, object]) -> None:
    assert written["schema"] == "framing.comparison/3"
    events = written["events"]
    assert isinstance(events, dict) and sorted(events) == ["council-budget", "muse-spark"]


@pytest.mark.parametrize("breakage", [
    "events-as-list", "no-outlets", "score-as-text", "wrong-schema", "profile-of-three"])
def test_the_schema_rejects_what_the_writer_never_writes(written: dict[str, object],
                                                          breakage: str, tmp_path: Path) -> None:
    doc = copy.deepcopy(written)
    events = doc["events"]
    assert isinstance(events, dict)
    block = events["muse-spark"]
    outlet = next(iter(block["outlets"].values()))
    if breakage == "events-as-list":  # what tests/report_fake.py used to write
        doc["events"] = list(events)
    elif breakage == "no-outlets":
        del block["outlets"]
    elif breakage == "score-as-text":
        outlet["profile"]["loaded"] = "high"
    elif breakage == "wrong-schema":
        doc["schema"] = "framing.comparison/1"
    else:
        outlet["profile"]["loaded"] = [0, 1, 2]
    path = tmp_path / "broken.json"
    path.write_text(__import__("json").dumps(doc), encoding="utf-8")
    with pytest.raises(jsonschema.ValidationError):
        validate_comparison(path)
