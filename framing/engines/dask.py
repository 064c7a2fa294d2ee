"""The Dask engine: map article -> features over a dask.distributed cluster.

``framing analyze SOURCE --engine dask --scheduler tcp://HOST:8786`` sends the
per-article step to an existing cluster; without ``--scheduler`` a
``LocalCluster`` is started for the run (on loopback). Articles stream from the
sources (``.jsonl``, ``.csv``, ``.parquet`` files or directories) on the client
and go to the workers in partitions of ``partition_size`` articles, with a
bounded number of partitions in flight. Only the article -> result step is
distributed; tables are built on the client, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from ..types import Article
from .pipeline import ArticleResult, Pipeline


def probe_scheduler(address: str, timeout: float = 5.0) -> None:
    """Check that ``address`` answers as a Dask scheduler within ``timeout`` seconds.

    A port that accepts the connection but never speaks Dask's protocol (a silent
    listener, a web server) would otherwise keep ``distributed.Client`` waiting for
    ever: its own timeout does not cover the handshake. Here the handshake
    (:func:`distributed.comm.connect`) runs under one deadline.

    Raises
    ------
    FramingError
        When nothing answers as a Dask scheduler in time (exit code 1).
    """
    import asyncio

    from ..errors import FramingError

    try:
        from distributed.comm.core import connect
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise FramingError("the Dask engine needs the 'dask' extra: "
                           "pip install 'framing-analysis[dask]'") from exc

    async def handshake() -> None:
        comm = await asyncio.wait_for(connect(address, timeout=timeout), timeout)
        await comm.close()

    try:
        asyncio.run(handshake())
    except (asyncio.TimeoutError, TimeoutError):
        raise FramingError(f"{address} accepted the connection but did not answer as a Dask "
                           f"scheduler within {timeout:g} s; check the address (a Dask "
                           "scheduler listens on 8786 by default)") from None
    except (OSError, ValueError, TypeError, MemoryError, EOFError) as exc:
        # whatever else answers reads as a malformed Dask frame: an HTTP server's reply can
        # announce a frame of exabytes (MemoryError from distributed's buffer), a closed
        # connection ends the read (EOFError, or distributed's CommClosedError, an OSError)
        what = "a frame too large to be Dask's" if isinstance(exc, MemoryError) else \
            f"{type(exc).__name__}: {exc}"
        raise FramingError(f"{address} is not a Dask scheduler ({what}); "
                           "check the address") from None


def _run_partition(pipeline: Pipeline, chunk: list[Article]) -> list[ArticleResult]:
    return [pipeline.run(a) for a in chunk]


def run_dask(pipeline: Pipeline, articles: Iterable[Article], *, scheduler: str | None = None,
             partition_size: int = 64, n_workers: int | None = None) -> Iterator[ArticleResult]:
    """Yield results in input order, computed on a Dask cluster."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the install
        from ..errors import FramingError

        raise FramingError("the Dask engine needs the 'dask' extra: "
                           "pip install 'framing-analysis[dask]'") from exc
    cluster = None
    scratch = None
    if scheduler is None:
        import logging
        import shutil
        import tempfile

        import dask

        # the scheduler's and the workers' files go to a folder of this run, removed with
        # it (Dask's default, TMPDIR/dask-scratch-space, would stay behind)
        scratch = tempfile.mkdtemp(prefix="framing-dask-")
        try:
            with dask.config.set({"temporary-directory": scratch}):
                # no dashboard; the scheduler's HTTP server (health routes) takes a free
                # port rather than 8787, which a user's own cluster dashboard may be using;
                # the workers ignore Ctrl-C (framing.engines.dask_worker): this process
                # answers it; the cluster's own log lines (a connection closed while it
                # shuts down) are not ours to show: the run's errors reach us as exceptions
                cluster = LocalCluster(
                    n_workers=n_workers or 2, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=None,
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                    preload=["framing.engines.dask_worker"], silence_logs=logging.CRITICAL)
            client = Client(cluster)
        except BaseException:
            if cluster is not None:
                cluster.close()
            shutil.rmtree(scratch, ignore_errors=True)
            raise
    else:
        client = Client(scheduler)
    try:
        remote = client.scatter(pipeline, broadcast=True)
        it = iter(articles)
        futures = []
        while chunk := list(islice(it, partition_size)):
            futures.append(client.submit(_run_partition, remote, chunk, pure=False))
            if len(futures) >= 16:
                yield from futures.pop(0).result()
        for fut in futures:
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if scratch is not None:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)
