"""Local engines: in-process, and a pool of worker processes (``--jobs N``)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from ..pipeline import ArticleResult, Pipeline
from ..types import Article

_WORKER: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline
    pipeline.matcher  # noqa: B018  build matcher, extractors and VADER once per worker


def _run_chunk(chunk: Sequence[Article]) -> list[tuple[Any, ...]]:
    assert _WORKER is not None
    return [_pack(_WORKER.run(a)) for a in chunk]


# Results travel back to the parent packed: without the article (the parent has it) and
# with the per-sentence rows as (keys, sparse values), since most per-sentence feature
# values are 0.0. This halves what the parent unpickles, which on two cores competes
# with the workers for CPU. _unpack rebuilds the exact ArticleResult (same key order,
# same types; -0.0 is kept).


def _is_plain_zero(v: Any) -> bool:
    return type(v) is float and v == 0.0 and math.copysign(1.0, v) > 0


def _pack(res: ArticleResult) -> tuple[Any, ...]:
    rows = res.sentences
    keys = tuple(rows[0]) if rows else ()
    if any(tuple(r) != keys for r in rows):  # rows of different shapes: send them as they are
        packed_rows: Any = rows
    else:
        packed_rows = [[(i, v) for i, v in enumerate(r.values()) if not _is_plain_zero(v)]
                       for r in rows]
    return (res.status, res.n_words, res.n_sentences, res.features, res.evidence, keys,
            packed_rows, res.details)


def _unpack(article: Article, packed: tuple[Any, ...]) -> ArticleResult:
    status, n_words, n_sentences, features, evidence, keys, rows, details = packed
    if keys:
        sentences = []
        for pairs in rows:
            row = dict.fromkeys(keys, 0.0)
            for i, v in pairs:
                row[keys[i]] = v
            sentences.append(row)
    else:
        sentences = rows
    return ArticleResult(article, status, n_words, n_sentences, features, evidence, sentences,
                         details)


def _started() -> None:
    """A no-op task whose submission starts the worker processes."""


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    """All cores available to this process."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run_local(pipeline: Pipeline, articles: Iterable[Article], *, jobs: int = 1,
              chunk_size: int = 16) -> Iterator[ArticleResult]:
    """Yield results in input order; ``jobs > 1`` uses worker processes.

    Results are identical to ``jobs=1``: workers run the same pipeline
    configuration and results are collected in submission order.
    """
    if jobs <= 1:
        for a in articles:
            yield pipeline.run(a)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(pipeline,)) as pool:
        # start the workers before the first article is read: forked now, they do not
        # carry what reading loads in this process (the language model, about 75 MB)
        pool.submit(_started)
        # keep a bounded number of chunks in flight so memory stays flat
        pending: list[tuple[list[Article], Future[list[tuple[Any, ...]]]]] = []
        for chunk in _chunks(articles, chunk_size):
            pending.append((chunk, pool.submit(_run_chunk, chunk)))
            if len(pending) >= jobs * 4:
                done, fut = pending.pop(0)
                yield from map(_unpack, done, fut.result())
        for done, fut in pending:
            yield from map(_unpack, done, fut.result())
