"""The tone-toward-a-target model: the shipped file, tone_toward, training determinism,
evaluate --task tone, and the actor-by-outlet table."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from framing import tone_toward
from framing.errors import FramingError, InputError
from framing.models.tone import MODEL_FILE, ToneModel
from framing.models.tone_train import dumps, fit_model, read_newsmtsc

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpus" / "muse-spark"

#: a few news-like sentences in NewsMTSC's format, labelled by hand (2 neg, 4 neu, 6 pos)
_SMALL = [
    ("Critics accused Smith of lying to investigators.", [("Smith", 2.0)]),
    ("Smith praised the volunteers for their courage.", [("Smith", 4.0)]),
    ("Jones was hailed as a hero after the rescue.", [("Jones", 6.0)]),
    ("Jones met Lee on Tuesday to discuss the budget.", [("Jones", 4.0), ("Lee", 4.0)]),
    ("Lee slammed Brown for a disastrous and corrupt deal.", [("Lee", 4.0), ("Brown", 2.0)]),
    ("Brown won wide praise for a brilliant, honest campaign.", [("Brown", 6.0)]),
    ("Voters blamed Garcia for the failed policy.", [("Garcia", 2.0)]),
    ("Garcia will travel to Ohio next week.", [("Garcia", 4.0)]),
    ("Supporters celebrated Kim's remarkable victory.", [("Kim", 6.0)]),
    ("Kim was charged with fraud and bribery.", [("Kim", 2.0)]),
]


def _write_small(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i, (sent, targets) in enumerate(_SMALL):
            ts = []
            for name, pol in targets:
                a = sent.index(name)
                ts.append({"from": a, "to": a + len(name), "mention": name, "polarity": pol})
            fh.write(json.dumps({"primary_gid": f"t{i}", "sentence_normalized": sent,
                                 "targets": ts}) + "\n")
    return path


def test_shipped_model_is_small_json_and_loads_without_warnings() -> None:
    path = ROOT / "framing" / "models" / MODEL_FILE
    assert path.stat().st_size < 5_000_000
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = ToneModel.load(path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "framing.tone.v2"
    assert model.meta["trained_on"] == "train.jsonl"
    assert "Hamborg" in str(model.meta["licence"])


def _sentence_with(text: str, *names: str) -> str:
    from framing.text.tokens import split_sentences

    for s, e in split_sentences(text):
        if all(n in text[s:e] for n in names):
            return text[s:e]
    raise AssertionError(f"no sample sentence names {names}")


def test_tone_toward_record_and_offsets() -> None:
    text = "The hearing was long. Critics accused Smith of lying to the committee."
    start = text.index("Smith")
    r = tone_toward(text, start, start + 5)
    assert r.label == -1 and r.score < 0
    assert abs(sum(r.probabilities) - 1) < 1e-9 and -1 <= r.score <= 1
    assert r.sentence == (text.index("Critics"), len(text))
    assert r.evidence and text[r.evidence[0].start:r.evidence[0].end] == r.evidence[0].text
    assert "accused" in [e.text for e in r.evidence]
    with pytest.raises(AttributeError):
        r.label = 1  # type: ignore[misc]
    with pytest.raises(FramingError, match="outside the text"):
        tone_toward(text, 5, 500)


def test_rebuild_on_a_slice_is_deterministic(tmp_path: Path) -> None:
    examples = read_newsmtsc(_write_small(tmp_path / "small.jsonl"))
    assert len(examples) == 12 and {x.label for x in examples} == {-1, 0, 1}
    first = dumps(fit_model(examples, trained_on="small.jsonl", keep_count=1))
    second = dumps(fit_model(examples, trained_on="small.jsonl", keep_count=1))
    assert first == second
    model = ToneModel(json.loads(first))
    # what it learnt from a handful of sentences carries to an unseen one
    sent = "Officials accused Park of fraud."
    assert model.predict(sent, 18, 22).label == -1


def test_bad_files_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"sentence_normalized": "Smith spoke.", "targets": [
        {"from": 0, "to": 5, "polarity": 4.0}]}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: not JSON"):  # file:line, exit 2
        read_newsmtsc(bad)
    model_file = tmp_path / "model.json"
    model_file.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(FramingError, match=r"model\.json: not a framing\.tone\.v2"):
        ToneModel.load(model_file)


def test_evaluate_task_tone_prints_model_and_vader(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from framing.cli.commands import main

    path = _write_small(tmp_path / "small.jsonl")
    assert main(["evaluate", "--task", "tone", str(path)]) == 0
    out = capsys.readouterr().out
    assert "12 targets in 10 sentences" in out
    assert "tone model" in out and "VADER whole sentence" in out and "negative P/R" in out
    assert main(["evaluate", "--task", "tone", str(path), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    scores = d["scores"]["tone model (framing.tone.v2)"]
    assert 0 <= scores["macro_f1"] <= 1 and set(scores["per_class"]) == {
        "negative", "neutral", "positive"}


def test_one_read_per_sentence_gives_what_each_mention_alone_gives() -> None:
    """read_sentence (the pipeline's path: the sentence read once, every mention scored)
    and predict (one mention, with evidence) agree on every mention, and the features
    one read shares are those each mention's full feature list holds."""
    from framing.models.tone import shipped_model
    from framing.models.tone_features import featurize, sentence_features

    model = shipped_model()
    text = _sentence_with((SAMPLE / "003_2d2451d633ec01fe.txt").read_text(encoding="utf-8"),
                          "Zuckerberg", "OpenAI", "For two years")
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Zuckerberg", "OpenAI")]
    together = model.read_sentence(text, spans)
    for k, (a, b) in enumerate(spans):
        others = [s for j, s in enumerate(spans) if j != k]
        alone = model.predict(text, a, b, others)
        assert together[k].label == alone.label
        assert abs(together[k].score - alone.score) < 1e-12
        full = set(featurize(text, a, b, others, window=model.window, multi=model.multi).names)
        sf = sentence_features(text, spans, window=model.window, multi=model.multi)
        assert {n for n, _ in sf.shared} | set(sf.mention(k).names) == full
    # the same actor named twice is one target: both mentions read as <T>
    two = "Smith resigned. Critics said Smith lied and Jones agreed."
    sf = sentence_features(two, [(0, 5), (29, 34), (44, 49)], [0, 0, 1])
    assert [sf.words[u] for u in sf.mention_units] == ["", "", ""]
    names = sf.mention(0).names
    assert "s:<T>" in names and "s:<O>" in names and "s2:said_<T>" in names


def _tone_in_sample(file: str, names: tuple[str, ...], key: str = "") -> dict[str, int]:
    text = (SAMPLE / file).read_text(encoding="utf-8")
    sent = _sentence_with(text, *names, *([key] if key else []))
    spans = {n: (sent.index(n), sent.index(n) + len(n)) for n in names}
    return {n: tone_toward(sent, a, b, others=[s for m, s in spans.items() if m != n]).label
            for n, (a, b) in spans.items()}


def test_sample_criticised_actor_negative_neutral_mention_not() -> None:
    # "While Meta was locking down its model, Zhipu AI (Z.ai) published GLM-5.1 under the
    # MIT license." (an explainer on Meta closing its model): Meta reads negative, Zhipu
    # AI, named in passing, does not
    labels = _tone_in_sample("003_2d2451d633ec01fe.txt", ("Meta", "Zhipu AI"),
                             key="locking down")
    assert labels["Meta"] == -1
    assert labels["Zhipu AI"] >= 0


@pytest.mark.xfail(strict=True, reason="the model also reads the critic (the subject of "
                   "'criticized') as negative: NewsMTSC's linear model does not separate "
                   "the critic from the criticised here (issue 22, not solved)")
def test_sample_critic_is_not_negative() -> None:
    # "For two years, Zuckerberg criticized OpenAI for being "a nonprofit that acts like
    # a closed company."": OpenAI is criticised; Zuckerberg is the one speaking
    labels = _tone_in_sample("003_2d2451d633ec01fe.txt", ("Zuckerberg", "OpenAI"),
                             key="For two years")
    assert labels["OpenAI"] == -1
    assert labels["Zuckerberg"] >= 0


