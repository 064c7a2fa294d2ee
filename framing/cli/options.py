"""Small parsers shared by the command modules (``framing.cli.commands``, ``framing.cli.learn``)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

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
        if not math.isfinite(out[name.strip()]):
            raise click.BadParameter(f"{v!r}: {num.strip()} is not a finite number; use "
                                     f"{example}", param_hint=option)
    return out


class FiniteFloatRange(click.FloatRange):
    """A :class:`click.FloatRange` that also refuses ``nan`` and ``inf`` (a range check
    alone lets NaN through: every comparison with it is false)."""

    name = "finite float range"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> float:
        number = click.FLOAT.convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        converted: float = super().convert(number, param, ctx)
        return converted


# -- the validated option layer: every numeric option's range, and checks across options --

# Every range is documented in docs/errors.md (exit code 2) and checked by click before
# any work starts.

#: ``--jobs``: worker processes (omitted: all cores); more than 256 is no machine's count.
JOBS = click.IntRange(min=1, max=256)
#: ``--bootstrap``: resamples (0: no intervals); memory and time grow with them, and
#: 10,000 (ten times the default) is past where intervals stop changing.
BOOTSTRAP = click.IntRange(min=0, max=10_000)
#: ``--seed``: numpy's seed range.
SEED = click.IntRange(min=0, max=2**32 - 1)
#: ``--folds``: cross-validation needs at least two; a fold per text at most is absurd.
FOLDS = click.IntRange(min=2, max=100)
#: ``--c``: an inverse regularisation strength; outside 1e-4..1e4 liblinear runs for
#: minutes without a better model (1e-300: ten minutes and more).
C_VALUE = FiniteFloatRange(min=1e-4, max=1e4)
#: ``lexicon calibrate --margin``: a difference of two precisions.
MARGIN = FiniteFloatRange(min=0.0, max=1.0)
#: ``lexicon calibrate --min-support``: a count of sentences, at least one.
MIN_SUPPORT = click.IntRange(min=1)

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

    try:
        parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
        scheme, host, port = parts.scheme, parts.hostname, parts.port
    except ValueError:  # 'tcp://[::1' (an unclosed IPv6 bracket), a port over 65535
        scheme, host, port = "", None, None
    if scheme not in ("tcp", "tls") or not host or not port:
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
    from ..engines.dask import probe_scheduler

    probe_scheduler(f"{scheme}://{host}:{port}" if ":" not in host
                    else f"{scheme}://[{host}]:{port}", timeout)
