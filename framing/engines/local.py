"""Local engines: in-process, and a pool of worker processes (``--jobs N``)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from ..pipeline import ArticleResult, Pipeline
from ..types import Article

_WORKER: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    _WORKER = pipeline
    pipeline.matcher  # noqa: B018  build matcher, extractors and VADER once per worker


def _run_chunk(chunk: Sequence[Article]) -> list[ArticleResult]:
    assert _WORKER is not None
    return [_WORKER.run(a) for a in chunk]


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
        pending = []
        for chunk in _chunks(articles, chunk_size):
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= jobs * 4:
                yield from pending.pop(0).result()
        for fut in pending:
            yield from fut.result()
