"""The ``framing`` command: a thin shell over the public API.

Exit codes: 0 success; 1 other framing error; 2 input error; 3 manifest error;
4 lexicon error; 5 output error; 6 ``--strict`` with skipped inputs; 7 model
error; 8 ``evaluate`` below a ``--min``; 9 every input skipped (see
:mod:`framing.errors`).
"""

from __future__ import annotations

import sys
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import click

from .._version import __version__
from ..errors import FramingError, InputError, OutputError
from .options import BOOTSTRAP, JOBS, SEED, check_engine, check_format, parse_pairs

F = TypeVar("F", bound=Callable[..., Any])


def _weights(values: Sequence[str]) -> dict[str, float]:
    return parse_pairs(values, "--weight", "NAME=WEIGHT, e.g. loaded=0.5 or loaded:betrayal=2")


def analysis_options(f: F) -> F:
    """Options shared by ``analyze`` and ``report``."""
    opts = [
        click.option(
            "--no-clean", is_flag=True, help="Keep scraped text as is (no boilerplate removal)."
        ),
        click.option("--strict", is_flag=True, help="Fail when any input is skipped."),
        click.option(
            "--lexicon",
            "lexicon_files",
            multiple=True,
            type=click.Path(dir_okay=False),
            help="Add a lexicon TOML file (repeatable).",
        ),
        click.option(
            "--no-lexicon",
            "disabled",
            multiple=True,
            metavar="NAME",
            help="Disable a built-in or plugin lexicon (repeatable).",
        ),
        click.option(
            "--no-extractor",
            "no_extractors",
            multiple=True,
            metavar="NAME",
            help="Leave out an extractor by its versioned name, e.g. framing.actor_tone.v1 "
            "(repeatable).",
        ),
        click.option(
            "--weight",
            "weights",
            multiple=True,
            metavar="NAME=W",
            help="Scale a lexicon (loaded=0.5) or one term (loaded:betrayal=2).",
        ),
        click.option(
            "--jobs",
            "-j",
            type=JOBS,
            default=None,
            show_default="all cores",
            help="Worker processes for the local engine.",
        ),
        click.option(
            "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True
        ),
        click.option(
            "--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786."
        ),
        click.option(
            "--model",
            "model_path",
            type=click.Path(dir_okay=False, exists=True),
            help="A model from `framing train`: adds the loaded_learned feature.",
        ),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _analysis_kwargs(kw: dict[str, Any]) -> dict[str, Any]:
    return {
        "clean": not kw["no_clean"],
        "strict": kw["strict"],
        "extra_lexicons": list(kw["lexicon_files"]),
        "exclude_lexicons": list(kw["disabled"]),
        "exclude_extractors": list(kw["no_extractors"]),
        "weights": _weights(kw["weights"]),
        "jobs": kw["jobs"] or 0,
        "engine": kw["engine"],
        "scheduler": kw["scheduler"],
        "model": kw["model_path"],
    }


def _inputs(sources: Sequence[str], kw: dict[str, Any]) -> list[Path]:
    """Every file the run reads (never replaced by an output)."""
    extra = [*kw["lexicon_files"], *([kw["model_path"]] if kw["model_path"] else [])]
    return [Path(s) for s in (*sources, *extra)]


def _echo_skipped(lines: Sequence[str], inputs_csv: Path) -> None:
    """Name the skipped inputs on stderr, each with its file, line and reason (the first
    20; the account lists every one)."""
    for line in lines:
        click.echo(line, err=True)
    if lines:
        click.echo(f"skipped: every input and its reason is in {inputs_csv}", err=True)


def _echo_not_scored(counts: Counter[str]) -> None:
    """Say how many articles were read but not scored (their features are left empty)."""
    if counts:
        parts = ", ".join(f"{n} {status.replace('_', ' ')}" for status, n in sorted(counts.items()))
        click.echo(f"not scored ({parts}): their features are left empty; see the status column")


class _Group(click.Group):
    """The ``framing`` group; ``evaluate`` and ``train`` are imported when first asked for.

    They live in :mod:`framing.models`, whose import brings scikit-learn, SciPy and
    pandas (about 150 MB and a second or two); ``analyze`` and ``report`` need none.
    """

    lazy_commands: ClassVar[dict[str, str]] = {
        "evaluate": "evaluate_command", "train": "train_command"}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd = super().get_command(ctx, cmd_name)
        if cmd is None and cmd_name in self.lazy_commands:
            try:
                from . import learn as learn_cli
            except ImportError:  # pragma: no cover - during development only
                return None
            cmd = getattr(learn_cli, self.lazy_commands[cmd_name])
            self.add_command(cmd, cmd_name)
        return cmd


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing")
def cli() -> None:
    """Compare how news outlets frame the same event.

    Exit codes: 0 ok, 1 error, 2 input, 3 manifest, 4 lexicon, 5 output,
    6 --strict with skipped inputs, 7 model, 8 evaluate below --min, 9 every
    input skipped; see docs/errors.md.
    """


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    help="Output format (default: from the file extension).",
)
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@analysis_options
def analyze(sources: tuple[str, ...], out: str, fmt: str | None, force: bool, **kw: Any) -> None:
    """Score every article of SOURCES and write one record per article.

    Reads and writes as a stream: memory stays flat however many articles a
    .jsonl or .csv source holds.
    """
    from ..engines.stream import analyze_to

    fmt = check_format(out, fmt)
    check_engine(kw["engine"], kw["scheduler"])
    opts = _analysis_kwargs(kw)
    done = analyze_to(
        sources, out, fmt=fmt, force=force, exclude_lexicons=opts["exclude_lexicons"],
        extra_lexicons=opts["extra_lexicons"], weights=opts["weights"],
        exclude_extractors=opts["exclude_extractors"], clean=opts["clean"],
        strict=opts["strict"], jobs=opts["jobs"], engine=opts["engine"],
        scheduler=opts["scheduler"], model=opts["model"], say=click.echo)
    click.echo(done.summary)
    _echo_skipped(done.skipped, done.inputs_csv)
    _echo_not_scored(done.not_scored)
    click.echo(f"wrote {done.written} records to {done.out} (inputs: {done.inputs_csv})")


@cli.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@click.option(
    "--out",
    "-o",
    type=click.Path(file_okay=False),
    help="Report directory (default: reports/<corpus name>/).",
)
@click.option("--force", is_flag=True, help="Replace an existing report directory.")
@click.option(
    "--bootstrap",
    "n_boot",
    type=BOOTSTRAP,
    default=1000,
    show_default=True,
    help="Bootstrap replicates for confidence intervals.",
)
@click.option("--seed", type=SEED, default=0, show_default=True)
@click.option(
    "--write-events",
    type=click.Path(dir_okay=False),
    help="Write the event grouping as an editable manifest CSV.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar (default: on when the input has over 20 articles and stderr is a terminal).",
)
@click.option("--group-by", "group_by", default="", metavar="COLUMN",
              help="Compare groups of outlets by this column of --outlets FILE (or of the "
              "articles table).")
@click.option("--outlets", "outlets_file", type=click.Path(dir_okay=False, exists=True),
              help="A CSV table of outlets: a column 'outlet' and the --group-by column.")
@analysis_options
def report(
    sources: tuple[str, ...],
    out: str | None,
    force: bool,
    n_boot: int,
    seed: int,
    write_events: str | None,
    progress: bool | None,
    group_by: str,
    outlets_file: str | None,
    **kw: Any,
) -> None:
    """Analyse SOURCES, compare outlets per event, and write the report."""
    from ..compare import compare
    from ..corpus import load_corpus
    from ..corpus.accounting import skip_report
    from ..engines.analysis import analyze as run_analysis
    from ..extractors.registry import build_extractors
    from ..lexicon import select_lexicons
    from ..report import check_report_dir, write_report
    from ..safe_output import check_output

    check_engine(kw["engine"], kw["scheduler"])
    inputs = _inputs(sources, kw)
    if out:  # checked before anything is read (the default needs the corpus's name)
        check_report_dir(Path(out), inputs, force)
    if write_events:
        check_output(write_events, inputs, force=force, option="--write-events")
        if out and Path(write_events).resolve().is_relative_to(Path(out).resolve()):
            raise OutputError(f"--write-events {write_events} lies inside the report directory "
                              f"{out}, which the report replaces; write it elsewhere")
    opts = _analysis_kwargs(kw)
    strict = opts.pop("strict")
    # fail early on a bad lexicon, before any article is read (as analyze does)
    select_lexicons(exclude=opts["exclude_lexicons"], extra_files=opts["extra_lexicons"],
                    weights=opts["weights"])
    build_extractors(None, exclude=opts["exclude_extractors"])  # and on --no-extractor
    corpus = load_corpus(*sources, clean=opts.pop("clean"))
    if strict and corpus.skipped:
        from ..corpus.accounting import Accounting

        click.echo(corpus.summary())
        click.echo("no report written (--strict)")
        Accounting(list(corpus.inputs)).raise_if_skipped()
    out_dir = Path(out) if out else Path("reports") / corpus.name
    check_report_dir(out_dir, inputs, force)
    show = progress if progress is not None else (len(corpus) > 20 and sys.stderr.isatty())
    # the analysis in worker processes (one with --jobs 1): the models it loads leave with
    # them, so that the comparison and the pages do not add to their memory
    analysis = run_analysis(corpus, progress=bool(show), isolate=True, **opts)
    groups = read_outlet_table(outlets_file, group_by) if outlets_file else None
    comparison = compare(analysis, n_boot=n_boot, seed=seed, groups=groups, group_by=group_by)
    if write_events:
        from ..compare import write_event_manifest

        write_event_manifest(analysis, Path(write_events))
    written = write_report(comparison, out_dir, force=force)
    click.echo(corpus.summary())
    _echo_skipped(skip_report(corpus.inputs), out_dir / "inputs.csv")
    if comparison.event_assignment:
        n_events = len(set(comparison.event_assignment.values()))
        click.echo(f"{len(comparison.event_assignment)} articles came without an event: "
                   f"grouped into {n_events} event(s) by headline and text similarity (the "
                   "event column of inputs.csv; --write-events FILE to review it)")
    statuses = list(analysis.articles["status"].astype(str))
    _echo_not_scored(Counter(s for s in statuses if s != "ok"))
    if "ok" not in statuses:
        click.echo("no article could be scored, so the report's rankings and comparisons are "
                   "empty; see inputs.csv and articles.csv (status) for why")
    click.echo(
        f"report for {len(corpus.outlets)} outlets written to {out_dir}/index.html "
        f"({len(written)} files)"
    )


def read_outlet_table(path: str, column: str) -> dict[str, str]:
    """``outlet -> value of column`` from a small CSV table of outlets.

    Raises
    ------
    InputError
        Without a ``column`` (or ``outlet``) column, naming the file and its columns.
    """
    import csv

    from ..errors import InputError

    if not column:
        raise InputError(f"--outlets {path} needs --group-by COLUMN: which of its columns "
                         "groups the outlets", path=path)
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        names = reader.fieldnames or []
        if "outlet" not in names or column not in names:
            raise InputError(f"{path}: needs the columns 'outlet' and {column!r}; it has "
                             f"{', '.join(names) or 'none'}", path=path)
        return {str(r["outlet"]).strip(): str(r[column]).strip() for r in reader
                if (r.get("outlet") or "").strip() and (r.get(column) or "").strip()}


def _attach_optional_groups() -> None:
    try:
        from .lexicon import lexicon_group
    except ImportError:  # pragma: no cover - during development only
        return
    cli.add_command(lexicon_group, "lexicon")
    # evaluate and train: loaded on demand by _Group.get_command; so is `lexicon calibrate`


_attach_optional_groups()


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Print a warning as ``warning: <message>`` (it names the file), without our source line."""
    click.echo(f"warning: {message}", err=True)


def _terminate(signum: int, frame: Any) -> None:
    """SIGTERM: unwind like Ctrl-C, so that temporary files and folders are removed."""
    from ..safe_output.sweep import Terminated

    raise Terminated


def _interrupted(exc: BaseException) -> int:
    from ..safe_output.sweep import Terminated

    click.echo("interrupted; no partial output was left behind", err=True)
    return 143 if isinstance(exc, Terminated) else 130


def _caused_by_interrupt(exc: BaseException) -> BaseException | None:
    """The Ctrl-C or SIGTERM behind ``exc``, if one is in its chain of causes."""
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, KeyboardInterrupt):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; maps our errors to exit codes."""
    import signal
    import threading

    from ..safe_output import WRITE_ERRNOS

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning
            # Without standalone mode click returns the status a command ends with
            # (click.exceptions.Exit(code), as the lexicon commands raise) instead of exiting.
            status = cli.main(
                args=list(argv) if argv is not None else None,
                prog_name="framing",
                standalone_mode=False,
            )
    except FramingError as exc:
        click.echo(f"error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort as exc:  # click turns Ctrl-C into Abort
        return _interrupted(exc.__context__ or exc)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except KeyboardInterrupt as exc:
        return _interrupted(exc)
    except UnicodeDecodeError as exc:  # pragma: no cover - corpus reader should catch these
        err = InputError(f"cannot decode input: {exc}")
        click.echo(f"error: {err}", err=True)
        return err.exit_code
    except Exception as exc:
        if _caused_by_interrupt(exc):  # e.g. an ImportError of a C extension cut off by it
            return _interrupted(_caused_by_interrupt(exc) or exc)
        if not isinstance(exc, OSError):
            raise
        # a write that failed midway (full disk), or the system's refusal
        code = OutputError.exit_code if exc.errno in WRITE_ERRNOS else FramingError.exit_code
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}", err=True)
        return code
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return status if isinstance(status, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
