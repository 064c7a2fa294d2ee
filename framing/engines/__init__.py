"""Engines map "article -> ArticleResult"; everything after works on tables."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized

from ..errors import UnknownNameError
from ..types import Article
from .local import default_jobs, run_local
from .pipeline import ArticleResult, Pipeline

ENGINES = ("local", "dask")


def run_pipeline(pipeline: Pipeline, articles: Iterable[Article], *, jobs: int = 1,
                 engine: str = "local", scheduler: str | None = None,
                 progress: bool = False, isolate: bool = False) -> Iterator[ArticleResult]:
    """Run ``pipeline`` over ``articles`` with the chosen engine, in input order
    (``isolate``: the local engine runs even one job in a worker process, see
    :func:`~framing.engines.local.run_local`)."""
    if engine == "local":
        it = run_local(pipeline, articles, jobs=jobs if jobs > 0 else default_jobs(),
                       isolate=isolate)
    elif engine == "dask":
        from .dask import run_dask

        it = run_dask(pipeline, articles, scheduler=scheduler)
    else:
        raise UnknownNameError("engine", engine, list(ENGINES))
    if progress:
        from tqdm import tqdm

        total = len(articles) if isinstance(articles, Sized) else None
        it = iter(tqdm(it, total=total, unit="article", desc="analysing", leave=False))
    return it


__all__ = ["ENGINES", "default_jobs", "run_pipeline"]
