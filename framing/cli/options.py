"""Small parsers shared by the command modules (``framing.cli.commands``, ``framing.cli.learn``)."""

from __future__ import annotations

from collections.abc import Sequence

import click


def parse_pairs(
    values: Sequence[str], option: str, example: str = "NAME=NUMBER"
) -> dict[str, float]:
    """``["loaded=0.5", "a:b=2"]`` -> ``{"loaded": 0.5, "a:b": 2.0}``; a bad item is a usage
    error naming the option."""
    out: dict[str, float] = {}
    for v in values:
        name, sep, num = v.partition("=")
        try:
            if not sep or not name.strip():
                raise ValueError
            out[name.strip()] = float(num)
        except ValueError:
            raise click.BadParameter(f"{v!r}: use {example}", param_hint=option) from None
    return out


# -- the validated option layer: every numeric option's range, and checks across options --

#: ``--jobs``: worker processes (omitted: all cores).
JOBS = click.IntRange(min=1)
#: ``--bootstrap``: resamples (0: no intervals).
BOOTSTRAP = click.IntRange(min=0)
#: ``--folds``: cross-validation needs at least two.
FOLDS = click.IntRange(min=2)
#: ``--c``: an inverse regularisation strength, above zero.
C_VALUE = click.FloatRange(min=0.0, min_open=True)

def check_format(out: str, fmt: str | None) -> str:
    """The output format: ``fmt``, else from the name; a name whose extension says another
    format is a usage error (``--format parquet`` into ``out.csv``)."""
    from pathlib import Path

    from ..engines.records import SUFFIXES

    implied = SUFFIXES.get(Path(out).suffix.lower())
    if fmt and implied and implied != fmt:
        raise click.BadParameter(
            f"--format {fmt} into {out!r}, whose extension says {implied}; name the file "
            f"*.{fmt} or drop --format", param_hint="--format")
    return fmt or implied or "jsonl"


def check_engine(engine: str, scheduler: str | None, timeout: float = 5.0) -> None:
    """``--scheduler`` only with ``--engine dask``, and it must answer (fail fast, not after a
    long wait and three tracebacks)."""
    if scheduler is None:
        return
    if engine != "dask":
        raise click.BadParameter("--scheduler is used only with --engine dask; add "
                                 "--engine dask or drop --scheduler", param_hint="--scheduler")
    import socket
    from urllib.parse import urlsplit

    from ..errors import FramingError

    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        host, port = None, None
    if parts.scheme not in ("tcp", "tls") or not host or not port:
        raise click.BadParameter(f"{scheduler!r} is not a scheduler address; use "
                                 "tcp://HOST:PORT, e.g. tcp://localhost:8786",
                                 param_hint="--scheduler")
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FramingError(f"cannot reach the Dask scheduler at {scheduler} ({reason}); "
                           "start one with `dask scheduler` or check the address") from None
