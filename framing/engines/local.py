"""Local engines: in-process, and a pool of worker processes (``--jobs N``)."""

from __future__ import annotations

import os
import signal
from array import array
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import fields
from itertools import islice
from operator import attrgetter
from typing import Any

from ..types import Article, Span, filled
from .heap import thaw
from .pipeline import ArticleResult, Pipeline

_WORKER: Pipeline | None = None
#: Signals held back while a worker is forked, until it has set its own handlers.
_FORK_BLOCKED = {signal.SIGINT, signal.SIGTERM}


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group: the parent handles it (and ends the
    # workers), so a worker neither prints a KeyboardInterrupt traceback nor dies
    # half-way through a result the parent is waiting for
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (how the parent ends its workers) ends a worker quietly, not through the
    # parent's handler, which the fork copied
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _FORK_BLOCKED)  # blocked by _submit's fork
    _WORKER = pipeline
    # matcher, extractors, textstat and VADER: once per worker, then frozen out of the
    # garbage collector's way (the worker ends with the run)
    pipeline.prepare(freeze=True)


def _run_chunk(chunk: Sequence[Article]) -> list[tuple[Any, ...]]:
    assert _WORKER is not None
    return [_pack(a, _WORKER.run(a)) for a in chunk]


# Results travel back to the parent compactly, since on two cores the parent's
# unpickling competes with the workers for CPU: without the article (the parent has it),
# evidence spans as tuples of their fields, per-sentence columns of one number type as
# arrays (one bytes object instead of a float object per value; a column of zeros as
# its length), and the sentence texts,
# which are slices of the article, not at all. _unpack rebuilds the exact ArticleResult
# (same key order, same types; -0.0 and NaN are kept bit for bit).

_SPAN_FIELDS = tuple(f.name for f in fields(Span))
_N_SPAN_FIELDS = len(_SPAN_FIELDS)
_span_fields = attrgetter(*_SPAN_FIELDS)


def _pack_column(values: list[Any]) -> tuple[str, Any]:
    kinds = set(map(type, values))
    if kinds == {float}:
        data = array("d", values).tobytes()
        return ("0", len(values)) if not any(data) else ("d", data)  # all +0.0: a count
    if kinds == {int}:
        try:
            return "q", array("q", values).tobytes()
        except OverflowError:  # beyond 64 bits: as the values
            return "", values
    if kinds == {bool}:
        return "?", bytes(values)
    return "", values


def _unpack_column(code: str, data: Any) -> list[Any]:
    if code == "0":
        return [0.0] * data
    if code == "?":
        return [bool(b) for b in data]
    if code:
        col = array(code)
        col.frombytes(data)
        return col.tolist()
    return list(data)


def _pack(article: Article, res: ArticleResult) -> tuple[Any, ...]:
    cols = res.sentence_columns
    text = article.text
    sliced = "text" in cols and cols["text"] == [
        text[s:e] for s, e in zip(cols.get("start", ()), cols.get("end", ()), strict=True)]
    packed_cols = [(name, ("text", None) if name == "text" and sliced else _pack_column(v))
                   for name, v in cols.items()]
    # a plain Span travels as its fields; a subclass, or a span given extra attributes,
    # as itself
    spans: list[Any] = [
        _span_fields(s) if type(s) is Span and len(vars(s)) == _N_SPAN_FIELDS else s
        for s in res.evidence]
    return (res.status, res.n_words, res.n_sentences, res.features, spans, packed_cols,
            res.details)


def _unpack(article: Article, packed: tuple[Any, ...]) -> ArticleResult:
    status, n_words, n_sentences, features, spans, packed_cols, details = packed
    cols: dict[str, list[Any]] = {}
    for name, (code, data) in packed_cols:
        if code == "text":
            text = article.text
            cols[name] = [text[s:e] for s, e in zip(cols["start"], cols["end"], strict=True)]
        else:
            cols[name] = _unpack_column(code, data)
    evidence = [t if isinstance(t, Span) else filled(Span, zip(_SPAN_FIELDS, t, strict=True))
                for t in spans]
    return ArticleResult(article, status, n_words, n_sentences, features, evidence, cols,
                         details)


def _submit(pool: ProcessPoolExecutor, fn: Any, *args: Any) -> Future[Any]:
    """``pool.submit``, with SIGINT and SIGTERM blocked while it may fork a worker: a
    signal then waits in the parent (delivered when unblocked) and never reaches a
    worker before :func:`_init_worker` has set its handlers (a worker's traceback
    otherwise)."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _FORK_BLOCKED)
    try:
        return pool.submit(fn, *args)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


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
              chunk_size: int = 16, isolate: bool = False) -> Iterator[ArticleResult]:
    """Yield results in input order; ``jobs > 1`` uses worker processes.

    Results are identical to ``jobs=1``: workers run the same pipeline
    configuration and results are collected in submission order. ``isolate`` runs even
    one job in a worker process, so that what the pipeline loads (lexicons, models,
    dictionaries: some 200 MB) leaves with the worker when the run ends.
    """
    if jobs <= 1 and not isolate:
        pipeline.prepare(freeze=True)
        try:
            for a in articles:
                yield pipeline.run(a)
        finally:
            thaw()  # what loading froze goes back to the collector
        return
    jobs = max(1, jobs)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(pipeline,))
    try:
        # start the workers before the first article is read: forked now, they do not
        # carry what reading loads in this process (the language model, about 75 MB)
        _submit(pool, _started)
        # keep a bounded number of chunks in flight so memory stays flat
        pending: list[tuple[list[Article], Future[list[tuple[Any, ...]]]]] = []
        for chunk in _chunks(articles, chunk_size):
            pending.append((chunk, _submit(pool, _run_chunk, chunk)))
            if len(pending) >= jobs * 4:
                done, fut = pending.pop(0)
                yield from map(_unpack, done, fut.result())
        for done, fut in pending:
            yield from map(_unpack, done, fut.result())
    except BaseException:  # Ctrl-C, SIGTERM, an error, or the consumer stopped early
        _stop(pool)
        raise
    pool.shutdown()


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now: pending chunks are dropped, running ones not waited for (waiting
    on a pool whose workers were interrupted could hang)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        if proc.is_alive():
            proc.terminate()
    for proc in workers:
        proc.join(timeout=5)
