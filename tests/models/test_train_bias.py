"""framing.models.train_bias, model files, and the loaded_learned feature (tiny data only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.engines.pipeline import Pipeline, PipelineConfig
from framing.errors import ModelError
from framing.models import evaluate, load_model, train
from framing.models.vectorizer import text_article

DATA = Path(__file__).resolve().parents[1] / "data" / "learn"
SENTENCES = DATA / "sentences.csv"

ARTICLE = (
    "The council met on Tuesday to discuss the budget. "
    "The reckless mayor rammed through a disastrous and shameful plan. "
    "The budget takes effect in July."
)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("model") / "tiny.model"
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


def _meta(path: Path) -> dict[str, object]:
    import gzip
    import json

    doc = json.loads(gzip.decompress(path.read_bytes()))
    assert doc["framing_model"] == 3 and set(doc) == {"framing_model", "meta", "model"}
    return doc["meta"]  # type: ignore[no-any-return]


def test_model_records_what_it_was_trained_on(trained: tuple[Path, object]) -> None:
    out, _ = trained
    meta = _meta(out)
    for key in ("framing_version", "features_version", "feature_columns", "lexicons",
                "sklearn_version", "data_sha256", "cv"):
        assert key in meta
    from framing.engines.pipeline import Pipeline

    assert [tuple(x) for x in meta["lexicons"]] == [
        lx for lx in Pipeline().lexicons if lx[0] in {n for n, _ in meta["lexicons"]}]
    assert "loaded" in {n for n, _ in meta["lexicons"]}
    assert meta["n_train"] == 36


def test_mismatched_lexicon_version_is_refused(trained: tuple[Path, object]) -> None:
    out, _ = trained
    meta = _meta(out)
    good = [tuple(x) for x in meta["lexicons"]]  # type: ignore[attr-defined]
    assert load_model(out, lexicons=good).meta["n_train"] == 36
    bad = [(n, "99.0.0" if n == "loaded" else v) for n, v in good]
    with pytest.raises(ModelError, match=r"trained with lexicon loaded .*, this run has loaded "
                                         r"99\.0\.0; retrain with framing train"):
        load_model(out, lexicons=bad)
    with pytest.raises(ModelError, match="does not use loaded"):
        load_model(out, lexicons=[x for x in good if x[0] != "loaded"])


def test_other_model_errors(tmp_path: Path) -> None:
    import gzip
    import json

    with pytest.raises(ModelError, match="framing train"):
        load_model(tmp_path / "missing.model")
    junk = tmp_path / "junk.model"
    junk.write_bytes(gzip.compress(json.dumps({"something": 1}).encode()))
    with pytest.raises(ModelError, match="not a model"):
        load_model(junk)
    old = tmp_path / "old.model"  # a model file of an earlier layout
    old.write_text(json.dumps({"framing_model": 2, "meta": {}}), encoding="utf-8")
    with pytest.raises(ModelError, match=r"model file format 2, this framing reads format 3; "
                                         r"retrain with framing train"):
        load_model(old)
    text = tmp_path / "text.model"
    text.write_text("not a model")
    with pytest.raises(ModelError, match="not a model written by framing train"):
        load_model(text)


def test_a_tampered_model_is_refused_before_use(trained: tuple[Path, object],
                                                tmp_path: Path) -> None:
    import gzip
    import json

    out, _ = trained
    doc = json.loads(gzip.decompress(out.read_bytes()))
    for path, value, message in [
        (("model", "clf", "coef"), [1.0], "clf.coef has 1 values"),
        (("model", "lex", "scale"), "x", "lex.scale is not a list"),
        (("model", "ngram", "intercept"), None, "ngram.intercept is not a finite number"),
        (("meta", "lexicons"), {"__reduce__": "os.system"}, "meta is incomplete"),
    ]:
        bad = json.loads(json.dumps(doc))
        node = bad
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
        f = tmp_path / "bad.model"
        f.write_bytes(gzip.compress(json.dumps(bad).encode()))
        with pytest.raises(ModelError, match=message):
            load_model(f)
    bad = json.loads(json.dumps(doc))
    bad["model"]["ngram"]["blocks"][0][1]["idf"][0] = -1.0
    f.write_bytes(gzip.compress(json.dumps(bad).encode()))
    with pytest.raises(ModelError, match="idf holds a value that is not positive"):
        load_model(f)


@pytest.mark.parametrize("marked", [False, True])
def test_model_data_scores_exactly_as_the_fitted_estimator(marked: bool) -> None:
    """The JSON data rebuilt for scoring gives the scikit-learn estimator's probabilities."""
    import pandas as pd

    from framing.models.model_file import estimator_data, linear_model
    from framing.models.train_bias import build_estimator

    rows = pd.read_csv(SENTENCES, sep=";", encoding="utf-8-sig")
    rows = rows[rows["label"].isin(["Biased", "Non-biased"]) & rows["text"].notna()]
    rows = rows.reset_index(drop=True)
    y = (rows["label"] == "Biased").to_numpy().astype(int)
    frame = pd.DataFrame({"text": rows["text"],
                          "lex:loaded": [t.lower().count("reckless") for t in rows["text"]],
                          "tone": [len(t) / 100 for t in rows["text"]]})
    if marked:
        frame["marked"] = [["reckless"] if "reckless" in t.lower() else [] for t in rows["text"]]
    est = build_estimator(["lex:loaded", "tone"], marked=marked).fit(frame, y)
    model = linear_model(estimator_data(est, ["lex:loaded", "tone"]))
    new = pd.DataFrame({"text": ["A reckless, shameful plan.", "The vote is on Monday."],
                        "lex:loaded": [1.0, 0.0], "tone": [0.3, 0.2]})
    if marked:  # marks are read in training only (the estimator wants the column)
        new["marked"] = [[], []]
    assert model.predict_proba(new) == pytest.approx(est.predict_proba(new), abs=1e-12)
    assert model.predict_proba(frame) == pytest.approx(est.predict_proba(frame), abs=1e-12)


def test_a_pickle_given_as_model_runs_nothing_and_exits_7(tmp_path: Path) -> None:
    """Issue 27 point 5: a crafted pickle (it would create a file when unpickled) as --model."""
    import pickle
    import subprocess
    import sys

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (eval, (f"open({str(marker)!r}, 'w').write('ran')",))

    for name, payload in (("evil.joblib", pickle.dumps(Exploit(), protocol=4)),
                          ("evil.pkl", pickle.dumps({"framing_model": 3, "x": Exploit()},
                                                    protocol=2))):
        model = tmp_path / name
        model.write_bytes(payload)
        src = tmp_path / "a.txt"
        src.write_text("The council approved the budget on Wednesday after a long "
                       "session that ran for fourteen hours and ended past midnight.\n")
        framing = Path(sys.executable).with_name("framing")
        for args in (["analyze", str(src), "-o", str(tmp_path / "o.jsonl"), "-j", "1"],
                     ["evaluate", str(SENTENCES), "--bootstrap", "0"]):
            proc = subprocess.run([str(framing), *args, "--model", str(model)],
                                  capture_output=True, text=True, timeout=300)
            assert proc.returncode == 7, proc.stderr
            assert "looks like a Python pickle" in proc.stderr and "never loads" in proc.stderr
            assert "Traceback" not in proc.stderr
            assert not marker.exists()
    assert not (tmp_path / "o.jsonl").exists()


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
    from framing.cli.commands import main

    out = tmp_path / "m.model"
    args = ["train", str(SENTENCES), "--out", str(out), "--folds", "3", "--c", "1", "-q"]
    assert main(args) == 0
    assert "macro-F1" in capsys.readouterr().out and out.is_file()
    assert main(args) == 5  # refuses to overwrite without --force
    small = tmp_path / "small.csv"
    small.write_text("text,label\nA sham.,1\nThe vote.,0\nA cruel lie.,1\n")
    assert main(["train", str(small), "--out", str(tmp_path / "s.model")]) == 2


def test_analyze_with_model(trained: tuple[Path, object], tmp_path: Path) -> None:
    import framing.engines.analysis

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = " ".join([ARTICLE] * 4)
    (corpus / "a.txt").write_text(f"A budget passes\n\n{body}\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Budget approved\n\n" + " ".join(
        ["The council approved the budget on Tuesday by a vote of seven to two."] * 5) + "\n",
        encoding="utf-8")
    out, _ = trained
    analysis = framing.engines.analysis.analyze(corpus, model=out)
    assert "loaded_learned" in analysis.articles.columns
    assert analysis.articles["loaded_learned"].notna().all()
    assert (analysis.evidence["feature"] == "loaded_learned").any()


# -- word-level marks (framing.models.marked) ----------------------------------------------

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
    from framing.models.marked import parse_marked

    assert parse_marked("['cult', 'fringe']") == ["cult", "fringe"]
    assert parse_marked('["cult"]') == ["cult"]
    assert parse_marked("cult, fringe;  sham") == ["cult", "fringe", "sham"]
    assert parse_marked(["a", " "]) == ["a"]
    assert parse_marked("") == parse_marked("[]") == parse_marked(None) == []


def test_marked_words_are_cross_fitted() -> None:
    """A training row's features never use its own marks; new text uses all of them."""
    import numpy as np
    import pandas as pd

    from framing.models.marked import MARKED_COLUMN, MarkedWords

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
    out = tmp_path / "m.model"
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
    from framing.cli.commands import main

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
