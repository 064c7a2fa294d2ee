"""framing.models.linear_file: the one model file format of the bias and the tone model."""

from __future__ import annotations

import copy
import gzip
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from framing.errors import ModelError
from framing.models.linear_file import (
    FORMAT_NAME,
    FORMAT_VERSION,
    linear_document,
    read_linear_model,
    write_linear_model,
)
from framing.models.tone import MODEL_FILE, ToneModel, shipped_model

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "framing" / "models" / MODEL_FILE


def _bias_doc() -> dict[str, Any]:
    return linear_document(
        "bias", [0, 1], [-0.5], {"lex": {"columns": ["lex:loaded"]}},
        {"final": [["ngram", 1.25], ["lex:loaded", 0.75]]}, {"n_train": 3})


def _tone_doc() -> dict[str, Any]:
    return linear_document(
        "tone", [-1, 0, 1], [0.1, 0.2, -0.3], {"window": 6},
        {"dense": [["position", 0.5, 0.0, -0.5]],
         "sparse": [["s:praised", -1.0, 0.0, 1.0], ["s:accused", 1.5, 0.0, -1.5]]},
        {"trained_on": "a.jsonl"})


@pytest.mark.parametrize("make", [_bias_doc, _tone_doc])
@pytest.mark.parametrize("name", ["m.json", "m.json.gz"])
def test_write_then_read_gives_the_document_back(make: Callable[[], dict[str, Any]],
                                                 name: str, tmp_path: Path) -> None:
    doc = make()
    path = write_linear_model(doc, tmp_path / name)
    raw = path.read_bytes()
    assert (raw[:2] == b"\x1f\x8b") == name.endswith(".gz")  # gzip told by magic bytes
    assert json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw) == doc
    lf = read_linear_model(path, doc["task"])
    assert lf.task == doc["task"] and list(lf.classes) == doc["classes"]
    assert list(lf.intercept) == doc["intercept"] and lf.features == doc["features"]
    assert {b: [[n, *w] for n, w in rows] for b, rows in lf.weights.items()} == doc["weights"]
    assert lf.meta == doc["meta"]
    write_linear_model(doc, tmp_path / ("again" + name))  # the same document, the same bytes
    assert (tmp_path / ("again" + name)).read_bytes() == raw


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc.pop(key)


@pytest.mark.parametrize(("change", "message"), [
    (_set(("format",), "framing.other"), "not a model written by scripts/train_tone.py "
                                         r"\(format 'framing.other'"),
    (_set(("version",), 2), "format framing.linear-model version 2, this framing reads "
                            "version 1"),
    (_set(("task",), "bias"), "field task is 'bias', expected 'tone'"),
    (_set(("classes",), [1, 1, 0]), "field classes is not a list of two or more distinct"),
    (_set(("classes",), "abc"), "field classes is not a list"),
    (_set(("intercept",), [0.1, 0.2]), "field intercept is not a list of 3 finite numbers"),
    (_set(("intercept",), [0.1, 0.2, "0.3"]), "field intercept is not a list of 3"),
    (_drop("features"), "field features is missing or not an object"),
    (_set(("weights",), []), "field weights is missing or not an object"),
    (_drop("meta"), "field meta is missing or not an object"),
    (_set(("weights", "sparse"), {"s:a": 1}), r"field weights.sparse is not a list of rows"),
    (_set(("weights", "sparse", 1), ["s:accused", 1.5, 0.0]),
     r"field weights.sparse\[1\] is not \[name, 3 finite number\(s\)\]"),
    (_set(("weights", "sparse", 0), [7, 1.0, 0.0, 1.0]), r"field weights.sparse\[0\] is not"),
    (_set(("weights", "sparse", 1, 0), "s:praised"), "field weights.sparse repeats a feature"),
    (_set(("weights", "dense", 0, 1), True), r"field weights.dense\[0\] is not \[name"),
])
def test_each_bad_field_is_named_with_the_file(change: Callable[[dict[str, Any]], None],
                                               message: str, tmp_path: Path) -> None:
    doc = copy.deepcopy(_tone_doc())
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ModelError, match=f"^{re.escape(str(path))}: .*{message}") as exc:
        read_linear_model(path, "tone")
    assert exc.value.exit_code == 7
    assert str(exc.value).endswith("rebuild it with scripts/train_tone.py")


def test_the_tone_model_checks_its_own_fields(tmp_path: Path) -> None:
    """What the envelope allows but the tone model cannot use: named field by field."""
    for change, message in [
        (_set(("classes",), [0, 1, 2]), r"field classes is not \[-1, 0, 1\]"),
        (_set(("features", "window"), "6"), "field features.window is not a whole number"),
        (_set(("features", "dense"), ["position"]), "field features.dense does not list"),
        (_drop("weights"), "field weights is missing"),
    ]:
        doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
        change(doc)
        path = tmp_path / "tone.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(ModelError, match=f"^{re.escape(str(path))}: .*{message}"):
            ToneModel.load(path)


def test_the_shipped_tone_model_is_this_format_and_rewrites_to_its_own_bytes(
        tmp_path: Path) -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"], doc["task"]) == (FORMAT_NAME, FORMAT_VERSION, "tone")
    assert write_linear_model(doc, tmp_path / "t.json").read_bytes() == SHIPPED.read_bytes()
    # compressed, it loads and reads a sentence exactly as the shipped file does
    packed = ToneModel.load(write_linear_model(doc, tmp_path / "t.json.gz"))
    text = "Critics accused Smith of lying, while Jones praised Lee for her courage."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Smith", "Jones", "Lee")]
    assert packed.read_sentence(text, spans) == shipped_model().read_sentence(text, spans)


def test_an_old_tone_model_is_refused_with_exit_code_7(tmp_path: Path) -> None:
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    old = {"format": "framing.tone.v2", "version": 2, "classes": doc["classes"],
           "features": doc["features"], "intercept": doc["intercept"],
           "dense": doc["weights"]["dense"], "sparse": doc["weights"]["sparse"][:5]}
    path = tmp_path / "tone_v2.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(ModelError, match=f"^{re.escape(str(path))}: model file of the tone "
                                         "model format 'framing.tone.v2' .*this framing "
                                         "reads framing.linear-model version 1; rebuild it "
                                         "with scripts/train_tone.py$") as exc:
        ToneModel.load(path)
    assert exc.value.exit_code == 7


def test_an_old_bias_model_given_to_the_command_exits_7(tmp_path: Path) -> None:
    """A model file of format 3 (framing train before this format): exit 7, how to rebuild."""
    old = tmp_path / "old.model"
    old.write_bytes(gzip.compress(json.dumps(
        {"framing_model": 3, "meta": {"n_train": 3}, "model": {"clf": {}}}).encode()))
    src = tmp_path / "a.txt"
    src.write_text("The council approved the budget on Wednesday after a long session "
                   "that ran for fourteen hours and ended past midnight.\n", encoding="utf-8")
    framing = Path(sys.executable).with_name("framing")
    proc = subprocess.run([str(framing), "analyze", str(src), "-o", str(tmp_path / "o.jsonl"),
                           "-j", "1", "--model", str(old)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 7, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == (
        f"error: {old}: model file of the bias model format 3 of framing before the "
        "linear-model format; this framing reads framing.linear-model version 1; retrain "
        "with framing train")
    assert not (tmp_path / "o.jsonl").exists()
