"""framing.models.evaluation on small label files written for these tests (no BABE)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from framing.errors import FramingError, InputError
from framing.models import evaluate, read_labels
from framing.models.labels import parse_labels, read_table
from framing.models.metrics import auc, classification_metrics, spearman, weighted_auc
from framing.models.scores import DEFAULT_SCORES

DATA = Path(__file__).resolve().parents[1] / "data" / "learn"
SENTENCES = DATA / "sentences.csv"
RANKED = DATA / "ranked.jsonl"


@pytest.fixture(scope="module")
def evaluation() -> object:
    return evaluate(SENTENCES, n_boot=300, seed=1)


def test_loaded_separates_loaded_from_neutral_sentences(evaluation: object) -> None:
    loaded = evaluation.score("loaded").metrics  # type: ignore[attr-defined]
    assert loaded["auc"].value > 0.8
    assert loaded["recall"].value > 0.8


def test_intervals_contain_the_point_estimate(evaluation: object) -> None:
    for s in evaluation.scores:  # type: ignore[attr-defined]
        for name, est in s.metrics.items():
            if np.isnan(est.low):
                continue
            assert est.low <= est.value + 1e-9 <= est.high + 2e-9, (s.name, name, est)


def test_excluded_labels_are_counted(evaluation: object) -> None:
    ev = evaluation
    assert ev.excluded == {"label 'No agreement'": 2, "label 'Unclear'": 1,  # type: ignore[attr-defined]
                           "empty text": 1}
    assert ev.n_rows == 40 and ev.n_used == 36  # type: ignore[attr-defined]
    text = ev.table()  # type: ignore[attr-defined]
    assert "excluded 2 rows with label 'No agreement'" in text
    assert "excluded 1 row with label 'Unclear'" in text


def test_json_schema(evaluation: object) -> None:
    d = json.loads(evaluation.to_json())  # type: ignore[attr-defined]
    assert {"source", "mode", "unit", "scale", "n_rows", "n_used", "excluded", "classes",
            "bootstrap", "lexicons", "scores"} <= set(d)
    assert d["mode"] == "labels" and d["bootstrap"]["resamples"] == 300
    assert [s["name"] for s in d["scores"]] == list(DEFAULT_SCORES)
    for s in d["scores"]:
        for metric in ("auc", "precision", "recall", "f1"):
            assert set(s[metric]) == {"value", "low", "high"}
    assert {"reason": "label 'No agreement'", "rows": 2} in d["excluded"]
    assert d["classes"]["positive"] == 18 and d["classes"]["negative"] == 18


def test_cli_writes_json_and_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli.commands import main

    out = tmp_path / "eval.json"
    code = main(["evaluate", str(SENTENCES), "--score", "loaded", "--score", "hedging",
                 "--bootstrap", "50", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "ROC-AUC" in printed and "loaded" in printed
    d = json.loads(out.read_text())
    assert [s["name"] for s in d["scores"]] == ["loaded", "hedging"]
    assert main(["evaluate", str(SENTENCES), "--score", "loaded", "--bootstrap", "0",
                 "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["scores"][0]["auc"]["low"] is None
    assert main(["evaluate", str(SENTENCES), "--json", str(out)]) == 5  # exists, no --force


def test_unknown_score_and_missing_model() -> None:
    with pytest.raises(FramingError, match="available"):
        evaluate(SENTENCES, scores=["nonsense"], n_boot=0)
    with pytest.raises(FramingError, match="--model"):
        evaluate(SENTENCES, scores=["loaded_learned"], n_boot=0)


def test_label_handling_delimiters_and_columns(tmp_path: Path) -> None:
    f = tmp_path / "x.csv"
    f.write_text("sentence,label_bias\nA cruel sham.,1\nThe vote is Monday.,0\nHm.,2\n",
                 encoding="utf-8")
    d = read_labels(f, text_column="sentence")
    assert d.y.tolist() == [1, 0] and d.excluded == {"label '2'": 1}
    with pytest.raises(InputError, match="--text-column"):
        read_labels(f)
    j = tmp_path / "x.jsonl"
    j.write_text('{"text": "a", "label": "yes"}\n{"text": "b", "label": "no"}\n')
    assert read_labels(j).y.tolist() == [1, 0]
    j.write_text('{"text": "a", "label": "yes"}\n{oops\n')
    with pytest.raises(InputError, match=":2:"):
        read_labels(j)


def test_positive_and_negative_labels() -> None:
    frame = read_table(SENTENCES)
    d = parse_labels(frame, positive=["Biased"], negative=["Non-biased", "No agreement"])
    assert len(d.texts) == 38 and d.excluded == {"label 'Unclear'": 1, "empty text": 1}
    # only two other labels: with a custom positive, the remaining one is the negative class
    import pandas as pd

    two = pd.DataFrame({"text": ["a", "b", "c"], "label": ["spin", "plain", "spin"]})
    assert parse_labels(two, positive=["spin"]).y.tolist() == [1, 0, 1]
    with pytest.raises(InputError, match="both classes"):
        parse_labels(two)


def test_ranking_mode() -> None:
    ev = evaluate(RANKED, scores=["loaded", "hedging"], n_boot=200)
    assert ev.mode == "ranking" and ev.unit == "article"
    assert ev.classes["events"] == 3  # the one-article event is left out
    loaded = ev.score("loaded")
    assert loaded.metrics["spearman"].value > 0.5
    assert loaded.metrics["top1"].value == 1.0
    assert set(loaded.extra["per_event"]) == {"budget", "storm", "merger"}
    table = ev.table()
    assert "Spearman" in table and "top-1" in table
    d = json.loads(ev.to_json())
    assert d["scores"][0]["spearman"]["value"] == pytest.approx(loaded.metrics["spearman"].value)


def test_metrics_match_reference_implementations() -> None:
    rng = np.random.default_rng(0)
    for _ in range(20):
        n = int(rng.integers(4, 200))
        y = rng.integers(0, 2, n)
        if y.min() == y.max():
            continue
        s = rng.integers(0, 4, n).astype(float)
        assert auc(y, s) == pytest.approx(roc_auc_score(y, s))
        idx = rng.integers(0, n, n)
        w = np.bincount(idx, minlength=n)[None, :].astype(float)
        if y[idx].min() != y[idx].max():
            assert weighted_auc(y, s, w)[0] == pytest.approx(roc_auc_score(y[idx], s[idx]))
    from scipy.stats import spearmanr

    a, b = rng.normal(size=30), rng.integers(0, 5, 30)
    assert spearman(a, b) == pytest.approx(spearmanr(a, b)[0])
    m = classification_metrics(np.array([1, 1, 0, 0]), np.array([2.0, 0.0, 1.0, 0.0]), 0,
                               n_boot=0)
    assert m["precision"].value == 0.5 and m["recall"].value == 0.5


def test_jsonl_labels_keep_line_separators_inside_strings(tmp_path: Path) -> None:
    """A raw U+2028 inside a JSON string (valid JSON Lines) does not split the record."""
    import json

    from framing.models import read_labels

    rows = [{"text": "First part\u2028second part of one sentence.", "label": "Biased"},
            {"text": "A plain sentence.", "label": "Non-biased"}]
    path = tmp_path / "labels.jsonl"
    path.write_text("\r\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\r\n",
                    encoding="utf-8")
    data = read_labels(path, label_column="label", positive=["Biased"])
    assert len(data.texts) == 2
    assert "\u2028second part" in data.texts[0]
