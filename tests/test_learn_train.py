"""framing.learn.train, model files, and the loaded_learned feature (tiny data only)."""

from __future__ import annotations

from pathlib import Path

import joblib
import pytest

from framing.errors import ModelError
from framing.learn import evaluate, load_model, train
from framing.pipeline import Pipeline, PipelineConfig
from framing.sklearn import text_article

DATA = Path(__file__).resolve().parent / "data" / "learn"
SENTENCES = DATA / "sentences.csv"

ARTICLE = (
    "The council met on Tuesday to discuss the budget. "
    "The reckless mayor rammed through a disastrous and shameful plan. "
    "The budget takes effect in July."
)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("model") / "tiny.joblib"
    result = train(SENTENCES, out=out, folds=3, c_grid=(1.0, 4.0))
    return out, result


def test_train_reports_cv_and_saves(trained: tuple[Path, object]) -> None:
    out, result = trained
    assert out.is_file()
    cv = result.cv  # type: ignore[attr-defined]
    assert set(cv) == {"macro_f1", "accuracy", "roc_auc"}
    assert all(len(v["folds"]) == 3 for v in cv.values())
    assert cv["roc_auc"]["mean"] > 0.7
    text = result.table()  # type: ignore[attr-defined]
    assert "macro-F1" in text and "±" in text and "excluded 2 rows" in text


def test_model_records_what_it_was_trained_on(trained: tuple[Path, object]) -> None:
    out, _ = trained
    meta = joblib.load(out)["meta"]
    for key in ("framing_version", "features_version", "feature_columns", "lexicons",
                "sklearn_version", "data_sha256", "cv"):
        assert key in meta
    from framing.pipeline import Pipeline

    assert [tuple(x) for x in meta["lexicons"]] == [
        lx for lx in Pipeline().lexicons if lx[0] in {n for n, _ in meta["lexicons"]}]
    assert "loaded" in {n for n, _ in meta["lexicons"]}
    assert meta["n_train"] == 36


def test_mismatched_lexicon_version_is_refused(trained: tuple[Path, object]) -> None:
    out, _ = trained
    meta = joblib.load(out)["meta"]
    good = [tuple(x) for x in meta["lexicons"]]
    assert load_model(out, lexicons=good).meta["n_train"] == 36
    bad = [(n, "99.0.0" if n == "loaded" else v) for n, v in good]
    with pytest.raises(ModelError, match=r"trained with lexicon loaded .*, this run has loaded "
                                         r"99\.0\.0; retrain with framing train"):
        load_model(out, lexicons=bad)
    with pytest.raises(ModelError, match="does not use loaded"):
        load_model(out, lexicons=[x for x in good if x[0] != "loaded"])


def test_other_model_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="framing train"):
        load_model(tmp_path / "missing.joblib")
    junk = tmp_path / "junk.joblib"
    joblib.dump({"something": 1}, junk)
    with pytest.raises(ModelError, match="not a model"):
        load_model(junk)
    old = tmp_path / "old.joblib"  # a model file of an earlier layout (one regression)
    joblib.dump({"framing_model": 1, "estimator": None, "meta": {}}, old)
    with pytest.raises(ModelError, match=r"model file format 1, this framing reads format 2; "
                                         r"retrain with framing train"):
        load_model(old)
    text = tmp_path / "text.joblib"
    text.write_text("not a pickle")
    with pytest.raises(ModelError, match="cannot read"):
        load_model(text)


def test_pipeline_adds_loaded_learned_with_evidence(trained: tuple[Path, object]) -> None:
    out, _ = trained
    pipe = Pipeline(PipelineConfig(model_path=str(out), min_words=0))
    res = pipe.run(text_article(ARTICLE))
    p = res.features["loaded_learned"]
    assert 0.0 <= p <= 1.0
    per = [row["loaded_learned"] for row in res.sentences]
    assert p == pytest.approx(sum(per) / len(per))
    assert per[1] == max(per)  # the loaded sentence
    ev = [s for s in res.evidence if s.feature == "loaded_learned"]
    assert ev and all(s.category == "model_term" for s in ev)
    for s in ev:
        if s.source == "model":  # a word n-gram; else a lexicon match (term: its entry)
            assert ARTICLE[s.start:s.end].lower().split()[0] == s.term.split()[0]
        assert s.weight > 0
    assert any(s.sentence == 1 for s in ev)


def test_evaluate_with_model(trained: tuple[Path, object]) -> None:
    out, _ = trained
    ev = evaluate(SENTENCES, model=out, scores=["loaded", "loaded_learned"], n_boot=50)
    learned = ev.score("loaded_learned")
    assert learned.threshold == 0.5
    assert learned.metrics["auc"].value > 0.9  # in-sample: the model saw these sentences


def test_cli_train(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli import main

    out = tmp_path / "m.joblib"
    args = ["train", str(SENTENCES), "--out", str(out), "--folds", "3", "--c", "1", "-q"]
    assert main(args) == 0
    assert "macro-F1" in capsys.readouterr().out and out.is_file()
    assert main(args) == 5  # refuses to overwrite without --force
    small = tmp_path / "small.csv"
    small.write_text("text,label\nA sham.,1\nThe vote.,0\nA cruel lie.,1\n")
    assert main(["train", str(small), "--out", str(tmp_path / "s.joblib")]) == 2


def test_analyze_with_model(trained: tuple[Path, object], tmp_path: Path) -> None:
    import framing.analysis

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = " ".join([ARTICLE] * 4)
    (corpus / "a.txt").write_text(f"A budget passes\n\n{body}\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Budget approved\n\n" + " ".join(
        ["The council approved the budget on Tuesday by a vote of seven to two."] * 5) + "\n",
        encoding="utf-8")
    out, _ = trained
    analysis = framing.analysis.analyze(corpus, model=out)
    assert "loaded_learned" in analysis.articles.columns
    assert analysis.articles["loaded_learned"].notna().all()
    assert (analysis.evidence["feature"] == "loaded_learned").any()


# -- word-level marks (framing.learn.marked) ----------------------------------------------

MARKS = {"reckless", "disastrous", "radical", "shameful", "betrayal", "rammed", "gut",
         "cruel", "sham", "outrageous", "disgraceful", "corrupt"}


def _with_marks(tmp_path: Path) -> Path:
    """sentences.csv plus a `words` column: the hand-picked MARKS found in Biased rows."""
    import pandas as pd

    frame = pd.read_csv(SENTENCES, sep=";", encoding="utf-8-sig")
    frame["words"] = [
        str([w for w in str(t).lower().replace(".", " ").split() if w in MARKS])
        if lab == "Biased" else "[]" for t, lab in zip(frame["text"], frame["label"], strict=True)]
    out = tmp_path / "marked.csv"
    frame.to_csv(out, sep=";", index=False)
    return out


def test_parse_marked() -> None:
    from framing.learn.marked import parse_marked

    assert parse_marked("['cult', 'fringe']") == ["cult", "fringe"]
    assert parse_marked('["cult"]') == ["cult"]
    assert parse_marked("cult, fringe;  sham") == ["cult", "fringe", "sham"]
    assert parse_marked(["a", " "]) == ["a"]
    assert parse_marked("") == parse_marked("[]") == parse_marked(None) == []


def test_marked_words_are_cross_fitted() -> None:
    """A training row's features never use its own marks; new text uses all of them."""
    import numpy as np
    import pandas as pd

    from framing.learn.marked import MARKED_COLUMN, MarkedWords

    texts = [f"Plain sentence number {i}." for i in range(8)] + ["A grotesque plan."]
    marks: list[list[str]] = [[] for _ in range(8)] + [["grotesque"]]
    frame = pd.DataFrame({"text": texts, MARKED_COLUMN: marks})
    mw = MarkedWords(folds=3)
    train_features = mw.fit_transform(frame, np.array([0] * 8 + [1]))
    assert train_features[-1, 0] == 0.0  # "grotesque" is marked only in this row
    new = mw.transform(pd.DataFrame({"text": ["Grotesque!"]}))
    assert new[0, 0] == pytest.approx(1 / 3)  # marked once, seen once, smoothed by 2


def test_train_with_marked_words(tmp_path: Path) -> None:
    labels = _with_marks(tmp_path)
    out = tmp_path / "m.joblib"
    result = train(labels, out=out, folds=3, c_grid=(1.0,), words_column="words")
    assert result.scorer.meta["marked_words"] is True
    assert result.params["words_column"] == "words"
    model = load_model(out)
    pipe = Pipeline(PipelineConfig(model_path=str(out), min_words=0))
    per = [row["loaded_learned"] for row in pipe.run(text_article(ARTICLE)).sentences]
    assert per[1] == max(per)
    assert model.meta["n_train"] == 36
    from framing.errors import InputError

    with pytest.raises(InputError, match="no words column 'nope'"):
        train(labels, folds=3, c_grid=(1.0,), words_column="nope")


def test_cli_analyze_and_report_with_model_on_sample_corpus(
        trained: tuple[Path, object], tmp_path: Path) -> None:
    """End to end: the sample corpus, analysed and reported with a model of the fixture."""
    import json

    from corpus_fixtures import SAMPLE
    from framing.cli import main

    model, _ = trained
    out = tmp_path / "sample.jsonl"
    assert main(["analyze", str(SAMPLE), "--out", str(out), "--model", str(model),
                 "--jobs", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    text = json.dumps(records)
    assert "loaded_learned" in text and "model_term" in text
    report_dir = tmp_path / "report"
    assert main(["report", str(SAMPLE), "--out", str(report_dir), "--model", str(model),
                 "--bootstrap", "20", "--jobs", "1"]) == 0
    written = "".join(p.read_text(encoding="utf-8", errors="replace")
                      for p in report_dir.rglob("*") if p.is_file()
                      and p.suffix in {".html", ".csv", ".json", ".jsonl", ".md"})
    assert "loaded_learned" in written
