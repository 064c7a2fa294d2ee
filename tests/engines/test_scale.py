"""Scale: streaming with flat memory, worker processes, Dask, and the sentence cache."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas.testing as pdt
import pytest

import framing
from framing.cli.commands import main as cli_main
from framing.corpus import iter_articles, load_corpus
from framing.engines import run_pipeline
from framing.engines.pipeline import Pipeline
from framing.engines.records import write_results
from framing.types import Span

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "muse-spark"
CONTROLLED = Path(__file__).resolve().parents[1] / "data" / "controlled"
#: the scheduler's HTTP server on a free port: tox runs environments side by side, and
#: two clusters asking for 8787 at once make distributed warn
NO_PORT_8787 = {"dashboard_address": "127.0.0.1:0"}


def _pool() -> list[str]:
    """Sentences of the sample corpus, to recombine into generated articles."""
    from framing.text.tokens import split_sentences

    out = []
    for a in load_corpus(SAMPLE).articles:
        for s, e in split_sentences(a.text):
            text = " ".join(a.text[s:e].split())
            if len(text.split()) >= 5 and text[-1] in ".!?":
                out.append(text)
    return out


def write_generated(path: Path, n: int, *, seed: int = 0, sentences: int = 8) -> None:
    """``n`` short JSONL articles recombined from a fixed pool of sentences."""
    rng = random.Random(seed)
    pool = _pool()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = " ".join(rng.sample(pool, sentences))
            rec = {"id": f"gen-{i}", "outlet": f"Outlet {i % 5}", "event": "scale",
                   "title": f"Report number {i}", "text": body}
            fh.write(json.dumps(rec) + "\n")


# The streaming run's peak memory is measured from outside the process (peak RSS, which
# includes pyarrow's buffers that tracemalloc cannot see): tests/engines/test_scale_cli.py.


def test_pipeline_state_built_once_and_not_pickled() -> None:
    import pickle

    pipeline = Pipeline()
    articles = load_corpus(CONTROLLED).articles
    pipeline.run(articles[0])
    state = pipeline._build()
    pipeline.run(articles[1])
    assert pipeline._build() is state  # matcher, extractors, VADER reused
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone._state is None and clone.config == pipeline.config


@pytest.mark.parametrize("source", [SAMPLE, CONTROLLED], ids=["sample", "controlled"])
def test_jobs_results_identical(source: Path) -> None:
    one = framing.analyze(source, jobs=1)
    two = framing.analyze(source, jobs=2)
    pdt.assert_frame_equal(one.articles, two.articles)
    pdt.assert_frame_equal(one.evidence, two.evidence)
    pdt.assert_frame_equal(one.sentences, two.sentences)
    assert one.details == two.details


def test_cli_jobs_output_byte_identical(tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        assert cli_main(["analyze", str(SAMPLE), str(CONTROLLED), "--out", str(out),
                         "--jobs", jobs]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].count(b"\n") == 10


def test_dask_engine_matches_local() -> None:
    import distributed  # in the test extra: missing is an error, not a skip
    local = framing.analyze(SAMPLE)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1", dashboard_address=None,
                                  scheduler_kwargs=NO_PORT_8787) as cluster:
        remote = framing.analyze(SAMPLE, engine="dask", scheduler=cluster.scheduler_address)
    pdt.assert_frame_equal(local.articles, remote.articles)
    pdt.assert_frame_equal(local.evidence, remote.evidence)
    pdt.assert_frame_equal(local.sentences, remote.sentences)


def test_repeated_sentence_scored_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Vader

    calls: Counter[str] = Counter()
    real = Vader.polarity_scores

    def counting(self: Any, text: str) -> dict[str, float]:
        calls[text] += 1
        return real(self, text)

    monkeypatch.setattr(Vader, "polarity_scores", counting)
    wire = "The regulator said the merger would face a lengthy and costly review."
    records = [
        {"id": "a", "outlet": "Daily One", "title": "Merger faces review", "text":
         "Shares fell sharply on Monday after the announcement. " + wire +
         " Analysts were divided about what comes next for the two companies involved."},
        {"id": "b", "outlet": "Evening Two", "title": "Regulators circle deal", "text":
         "Executives defended the plan in a long statement to staff this week. " + wire +
         " Critics called the proposal reckless and warned of job losses in the region."},
        {"id": "c", "outlet": "Wire Three", "title": "Deal under scrutiny", "text":
         wire + " Investors shrugged, and the stock recovered most of its losses by the "
         "close of trading, helped by strong results from rival firms in the sector."},
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    analysis = framing.analyze(src, jobs=1)
    assert len(analysis.articles) == 3 and (analysis.articles["status"] == "ok").all()
    body = analysis.sentences
    assert (body["text"] == wire).sum() == 3  # the syndicated sentence is in every article
    assert calls[wire] == 1  # ... and VADER scored it once
    assert max(calls.values()) == 1


def test_dask_engine_parquet_input_matches_jsonl(tmp_path: Path) -> None:
    import distributed  # in the test extra: missing is an error, not a skip
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "gen.jsonl"
    write_generated(src, 12, seed=3)
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    parquet = tmp_path / "gen.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet, row_group_size=5)
    local = framing.analyze(src)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  protocol="tcp", host="127.0.0.1", dashboard_address=None,
                                  scheduler_kwargs=NO_PORT_8787) as cluster:
        remote = framing.analyze(parquet, engine="dask", scheduler=cluster.scheduler_address)
    cols = [c for c in local.articles.columns if c != "source"]
    assert len(remote.articles) == 12
    pdt.assert_frame_equal(local.articles[cols], remote.articles[cols])
    pdt.assert_frame_equal(local.evidence, remote.evidence)


def test_parquet_row_groups_with_empty_optional_columns(tmp_path: Path) -> None:
    """A first row group without ``published``/``url`` must not fix them as null columns."""
    import pyarrow.parquet as pq

    src = tmp_path / "mixed.jsonl"
    write_generated(src, 6, seed=4)
    lines = src.read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    for r in recs[3:]:
        r["published"], r["url"] = "2026-04-08", "https://example.org/a"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    pipeline = Pipeline()
    out = tmp_path / "mixed.parquet"
    n = write_results(run_pipeline(pipeline, iter_articles(src)), out, "parquet",
                      pipeline.lexicons, row_group=2)
    table = pq.read_table(out)
    assert n == 6 and pq.ParquetFile(out).metadata.num_row_groups == 3
    assert table.column("published").to_pylist() == [None] * 3 + ["2026-04-08"] * 3


def test_pyphen_word_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """textstat's pyphen fallback caches every unseen word; framing keeps it bounded."""
    import pyphen

    from framing.extractors import readability

    monkeypatch.setattr(readability, "PYPHEN_CACHE_LIMIT", 20)
    for i in range(10):
        words = " ".join(f"zor{i}blax{j}quint" for j in range(8))
        readability.readability_scores(f"The {words} went home. It was late.")
    assert pyphen.hdcache and all(len(hd.cache) <= 20 for hd in pyphen.hdcache.values())


def test_worker_results_are_packed_and_rebuilt_exactly() -> None:
    """What a worker sends back (no article, compact columns) rebuilds the same result."""
    import pickle

    from framing.corpus import iter_articles
    from framing.engines.local import _pack, _unpack
    from framing.engines.pipeline import Pipeline

    pipeline = Pipeline()
    for article in iter_articles(SAMPLE):
        res = pipeline.run(article)
        res.sentence_columns["sentiment"][0] = -0.0  # a signed zero must survive
        packed = _pack(article, res)
        again = _unpack(article, pickle.loads(pickle.dumps(packed)))
        assert repr(again) == repr(res)  # NaN-safe, order- and type-exact
        assert all(type(a[k]) is type(b[k]) for a, b in zip(again.sentences, res.sentences,
                                                             strict=True) for k in a)
        assert str(again.sentences[0]["sentiment"]) == "-0.0"
        assert len(pickle.dumps(packed)) < 0.75 * len(pickle.dumps(res))


def test_worker_packing_keeps_what_it_cannot_pack_compactly() -> None:
    """Span subclasses, spans with extra attributes or attributes set in another order,
    sentence texts that are not slices of the article and integers beyond 64 bits come
    back as they were."""
    import dataclasses
    import pickle

    from framing.corpus import iter_articles
    from framing.engines.local import _pack, _unpack
    from framing.engines.pipeline import Pipeline

    article = next(iter(iter_articles(SAMPLE)))
    res = Pipeline().run(article)
    first, second = res.evidence[0], res.evidence[1]
    object.__setattr__(second, "extra", 7)  # a plugin's additional attribute
    res.evidence[0] = MarkedSpan(**{f.name: getattr(first, f.name)
                                for f in dataclasses.fields(Span)})
    third = res.evidence[2]
    reordered = object.__new__(Span)  # a plain span whose attributes were set last first
    vars(reordered).update(reversed([(f.name, getattr(third, f.name))
                                     for f in dataclasses.fields(Span)]))
    res.evidence[2] = reordered
    res.sentence_columns["text"][0] = "rewritten by a plugin"
    res.sentence_columns["big"] = [2 ** 70] + [1] * (res.n_sentences - 1)
    again = _unpack(article, pickle.loads(pickle.dumps(_pack(article, res))))
    assert type(again.evidence[0]) is MarkedSpan and again.evidence[0] == res.evidence[0]
    assert vars(again.evidence[1])["extra"] == 7
    assert again.evidence[2] == third
    assert again.evidence[3:] == res.evidence[3:]
    assert again.sentence_columns["text"][0] == "rewritten by a plugin"
    assert again.sentence_columns["text"][1:] == res.sentence_columns["text"][1:]
    assert again.sentence_columns["big"][0] == 2 ** 70
    assert repr(again) == repr(res)


@dataclass(frozen=True)
class MarkedSpan(Span):
    """A plugin's span type with a field of its own (module level, so it pickles)."""

    note: str = "plugin"
