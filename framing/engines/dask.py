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
    if scheduler is None:
        # no dashboard; the scheduler's HTTP server (health routes) takes a free port
        # rather than 8787, which a user's own cluster dashboard may be using
        cluster = LocalCluster(n_workers=n_workers or 2, threads_per_worker=1,
                               processes=True, host="127.0.0.1", dashboard_address=None,
                               scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})
        client = Client(cluster)
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
