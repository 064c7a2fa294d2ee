"""Fuzzed ingestion: every mutated input ends analysed, skipped with a reason, or a FramingError.

Two sources of bad input:

* a mutation corpus built from the sample articles (``corpus/muse-spark``):
  truncated (also mid-character), re-encoded (cp1252, UTF-16, latin-1),
  HTML-garbled, NUL-injected, CRLF, BOM plus garbage; every version goes
  through reading and analysis, and the whole directory through a report;
* hypothesis strategies: arbitrary bytes and text under every supported
  suffix, and JSONL/CSV files with arbitrary records.

Never an unhandled exception. The number of hypothesis cases is bounded
(``HYPOTHESIS_PROFILE=ci`` in tox, see tests/conftest.py).
"""

from __future__ import annotations

import codecs
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE, examples
from framing.corpus import Accounting, iter_articles, load_corpus
from framing.errors import FramingError

pytestmark = pytest.mark.filterwarnings("ignore::framing.corpus.CorpusWarning")

SAMPLES = sorted(p for p in SAMPLE.glob("*.txt"))


def _garble_html(text: str) -> str:
    paras = text.split("\n\n")
    body = "".join(f"<p class='x'>{p}<b>" if i % 2 else f"<div><p>{p}</span>"
                   for i, p in enumerate(paras))
    return ("<!DOCTYPE html><html><head><title>" + paras[0][:80] + "</title><script>var a='<p>"
            "';</script><style>p{}</style></head><body><nav>Home | News</nav><article>"
            + body + "&amp;&nbsp;&#xZZ;&#99999999;<!-- unclosed comment <p>tail")


MUTATIONS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "truncated-10pct": (".txt", lambda b: b[: len(b) // 10]),
    "truncated-half": (".txt", lambda b: b[: len(b) // 2]),
    "truncated-mid-char": (".txt", lambda b: b[: next((i for i in range(len(b) // 2, len(b))
                                                        if b[i] >= 0xC0), len(b)) + 1]),
    "cp1252": (".txt", lambda b: b.decode("utf-8").encode("cp1252", errors="replace")),
    "utf-16": (".txt", lambda b: b.decode("utf-8").encode("utf-16")),
    "utf-16-no-bom": (".txt", lambda b: b.decode("utf-8").encode("utf-16-le")),
    "latin-1": (".txt", lambda b: b.decode("utf-8").encode("latin-1", errors="replace")),
    "double-utf8": (".txt", lambda b: b.decode("latin-1").encode("utf-8")),
    "html-garbled": (".html", lambda b: _garble_html(b.decode("utf-8")).encode("utf-8")),
    "html-as-txt": (".txt", lambda b: _garble_html(b.decode("utf-8")).encode("utf-8")),
    "nul-injected": (".txt", lambda b: b[:200] + b"\x00" + b[200:]),
    "crlf": (".txt", lambda b: b.replace(b"\n", b"\r\n")),
    "bom-garbage": (".txt", lambda b: codecs.BOM_UTF16_LE + b[:101]),
    "json-truncated": (".json", lambda b: json.dumps({"title": "T", "text": b.decode()})
                       .encode()[:-40]),
    "md-bad-front-matter": (".md", lambda b: b"---\ntitle: [unclosed\n---\n" + b),
}


@pytest.fixture(scope="module")
def mutated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("mutations")
    for src in SAMPLES:
        data = src.read_bytes()
        for name, (suffix, mutate) in MUTATIONS.items():
            (d / f"{src.stem}.{name}{suffix}").write_bytes(mutate(data))
    return d


def _outcome(path: Path) -> tuple[str, Accounting, list[Any]]:
    acc = Accounting()
    try:
        arts = list(iter_articles(path, accounting=acc))
    except FramingError as exc:
        assert str(exc), path  # a clear message
        return "error", acc, []
    return "read", acc, arts


def test_every_mutation_is_analysed_skipped_or_a_clear_error(mutated: Path) -> None:
    from framing.engines.pipeline import Pipeline, PipelineConfig

    pipe = Pipeline(PipelineConfig())
    seen = 0
    for path in sorted(mutated.iterdir()):
        kind, acc, arts = _outcome(path)
        if kind == "read":
            assert len(acc) == 1, (path, acc.records)  # one file, one record
            rec = acc.records[0]
            assert rec.status in ("analysed", "skipped", "duplicate")
            if rec.status == "skipped":
                assert rec.reason, path
        for art in arts:
            res = pipe.run(art)
            assert res.status in ("ok", "not_english"), path
            seen += 1
    assert seen >= len(SAMPLES) * 8  # most mutations stay readable


def test_the_mutation_corpus_goes_through_a_report(mutated: Path, tmp_path: Path) -> None:
    import framing
    from framing.compare import compare
    from framing.report import write_report

    corpus = load_corpus(mutated)
    assert len(corpus.inputs) == len(SAMPLES) * len(MUTATIONS)
    assert {r.status for r in corpus.inputs} <= {"analysed", "skipped", "duplicate"}
    assert all(r.reason for r in corpus.inputs if r.status != "analysed")
    assert all(r.duplicate_of for r in corpus.inputs if r.status == "duplicate")
    analysis = framing.analyze(corpus)
    written = write_report(compare(analysis, n_boot=20, seed=0), tmp_path / "rep")
    assert (tmp_path / "rep" / "index.html") in written
    inputs = (tmp_path / "rep" / "inputs.csv").read_text(encoding="utf-8")
    assert inputs.count("\n") >= len(corpus.inputs)


SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".csv"]
fuzz_settings = settings(max_examples=examples(), deadline=None,
                         suppress_health_check=[HealthCheck.too_slow])


def _check_file(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        for source in (path, Path(tmp)):
            kind, acc, arts = _outcome(source)
            if kind == "read":
                assert arts or acc.records
                for rec in acc.records:
                    assert rec.status in ("analysed", "skipped", "duplicate")
                    assert rec.status == "analysed" or rec.reason
                assert sum(r.status == "analysed" for r in acc.records) == len(arts)


@fuzz_settings
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=2000))
def test_arbitrary_bytes(suffix: str, data: bytes) -> None:
    _check_file("a" + suffix, data)


@fuzz_settings
@given(suffix=st.sampled_from(SUFFIXES), text=st.text(max_size=1500),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig", "cp1252", "latin-1"]))
def test_arbitrary_text_in_any_encoding(suffix: str, text: str, encoding: str) -> None:
    _check_file("a" + suffix, text.encode(encoding, errors="replace"))


_values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=200), st.lists(st.text(max_size=5), max_size=3))
_records = st.lists(st.dictionaries(
    st.sampled_from(["text", "title", "outlet", "event", "id", "published", "url", "other"]),
    _values, max_size=6), min_size=1, max_size=6)


@fuzz_settings
@given(records=_records, broken=st.booleans())
def test_arbitrary_jsonl_and_csv_records(records: list[dict[str, Any]], broken: bool) -> None:
    import csv
    import io

    lines = [json.dumps(r) for r in records]
    if broken:
        lines.insert(len(lines) // 2, lines[0][:-1])
    _check_file("feed.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    keys = sorted({k for r in records for k in r})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=keys)
    writer.writeheader()
    for r in records:
        row = {k: r.get(k, "") for k in keys}
        if sys.version_info < (3, 11):  # 3.10's csv writer cannot write a NUL at all
            row = {k: v.replace("\0", "") if isinstance(v, str) else v for k, v in row.items()}
        writer.writerow(row)
    _check_file("feed.csv", buf.getvalue().encode("utf-8"))


@settings(max_examples=examples(0.5), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=3000))
def test_arbitrary_article_text_through_analysis(text: str) -> None:
    from framing.engines.pipeline import Pipeline, PipelineConfig

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.txt"
        path.write_text("Headline\n\n" + text, encoding="utf-8")
        _, _, arts = _outcome(path)
        pipe = _pipeline(Pipeline, PipelineConfig)
        for art in arts:
            assert pipe.run(art).status in ("ok", "not_english")


_PIPE: dict[str, Any] = {}


def _pipeline(cls: Any, config: Any) -> Any:
    if "p" not in _PIPE:
        _PIPE["p"] = cls(config())
    return _PIPE["p"]
