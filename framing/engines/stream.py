"""``framing.analyze_to``: score sources and stream one record per article to a file.

The streaming path of ``framing analyze``, as a function a notebook can call too: articles are
read, scored and written one at a time (memory stays flat however large the source), every
input's fate goes to ``<out stem>.inputs.csv`` beside the output, and the output appears only
once it is complete (:mod:`framing.safe_output`).
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path

from ..errors import NothingAnalysedError, StrictModeError
from ..safe_output import atomic_open, check_output
from .pipeline import ArticleResult, Pipeline, PipelineConfig
from .records import format_of, write_results

Source = str | PathLike[str]


@dataclass
class StreamSummary:
    """What :func:`analyze_to` wrote: the record count, both paths, the inputs' summary line
    (``"5 analysed, 0 skipped, 0 duplicates"``), the count of articles read but not scored,
    by status, and the lines naming the skipped inputs
    (:func:`framing.corpus.accounting.skip_report`)."""

    written: int
    out: Path
    inputs_csv: Path
    summary: str
    not_scored: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)


def inputs_path(out: Source) -> Path:
    """Where the account of every input goes: ``out.jsonl`` -> ``out.inputs.csv``."""
    path = Path(out)
    return path.with_name(path.stem + ".inputs.csv")


def analyze_to(
    sources: Source | Sequence[Source],
    out: Source,
    *,
    fmt: str | None = None,
    force: bool = False,
    exclude_lexicons: Sequence[str] = (),
    extra_lexicons: Sequence[Source] = (),
    weights: dict[str, float] | None = None,
    exclude_extractors: Sequence[str] = (),
    clean: bool = True,
    strict: bool = False,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    model: Source | None = None,
    say: Callable[[str], None] | None = None,
) -> StreamSummary:
    """Score every article of ``sources`` and write one record per article to ``out``.

    Parameters
    ----------
    sources : path or list of paths
        Directories, ``.jsonl``/``.csv``/``.parquet`` files.
    out : path
        The output file: JSONL (records with evidence), CSV or Parquet (features), by
        ``fmt`` or else by its extension.
    force : bool
        Replace an existing output; the inputs and anything that is not a regular file are
        never replaced.
    strict : bool
        Raise :class:`framing.errors.StrictModeError` when any input is skipped; no output
        is left behind, only the inputs' account.
    say : callable, optional
        Called with each line to tell the user (the account's summary, what was removed).
    Other parameters are those of :func:`framing.analyze`.

    Returns
    -------
    StreamSummary

    Examples
    --------
    >>> import framing
    >>> framing.analyze_to("corpus/muse-spark", "out/muse.jsonl").written   # doctest: +SKIP
    5
    """
    from ..corpus import iter_articles
    from ..corpus.accounting import SpillingAccounting, skip_report
    from . import run_pipeline

    tell = say or (lambda line: None)
    srcs = [sources] if isinstance(sources, (str, PathLike)) else list(sources)
    out_path = Path(out)
    fmt = fmt or format_of(out_path)
    inputs_csv = inputs_path(out_path)
    read = [Path(s) for s in (*srcs, *extra_lexicons, *([model] if model else []))]
    check_output(out_path, read, force=force)
    check_output(inputs_csv, read, force=force)
    pipeline = Pipeline(PipelineConfig(
        exclude_lexicons=tuple(exclude_lexicons),
        extra_lexicon_files=tuple(str(p) for p in extra_lexicons),
        weights=tuple(sorted((weights or {}).items())),
        exclude_extractors=tuple(exclude_extractors),
        model_path=str(model) if model is not None else None,
    ))
    pipeline.matcher  # noqa: B018  fail early on a bad lexicon, before reading
    pipeline.extractors  # noqa: B018  and on an unknown --no-extractor name
    accounting = SpillingAccounting()  # every input's record, in a temporary file
    articles = iter_articles(*srcs, clean=clean, accounting=accounting)
    results = run_pipeline(pipeline, articles, jobs=jobs, engine=engine, scheduler=scheduler)
    not_scored: Counter[str] = Counter()

    def checked() -> Iterator[ArticleResult]:
        for res in results:
            if res.status != "ok":
                not_scored[res.status] += 1
            yield res
        if strict:  # before the output is renamed into place: none is left behind
            accounting.raise_if_skipped()

    with contextlib.closing(accounting):
        try:
            n = write_results(checked(), out_path, fmt, pipeline.lexicons)
        except (StrictModeError, NothingAnalysedError) as exc:
            with atomic_open(inputs_csv) as fh:  # the account says what to fix
                accounting.write_csv(fh)
            tell(accounting.summary())
            if force and out_path.is_file():  # not an old output beside the new account
                out_path.unlink()
                tell(f"removed the earlier {out_path} (--force)")
            why = "--strict" if isinstance(exc, StrictModeError) else "every input was skipped"
            tell(f"no records written ({why}); inputs: {inputs_csv}")
            raise
        with atomic_open(inputs_csv) as fh:
            accounting.write_csv(fh)
        summary = accounting.summary()
    return StreamSummary(n, out_path, inputs_csv, summary, not_scored,
                         skip_report(accounting.skipped, total=accounting.counts()["skipped"]))


__all__ = ["StreamSummary", "analyze_to", "inputs_path"]
