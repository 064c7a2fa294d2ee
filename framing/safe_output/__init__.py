"""The one output-safety routine of every command that writes, and atomic files.

:func:`check_output` is called by ``analyze`` (its output and ``inputs.csv``),
``report`` (the report directory and ``--write-events``), ``evaluate --json``,
``train --out``/``--json`` and ``lexicon new``, before any work is done. It
refuses, with :class:`~framing.errors.OutputError` (exit code 5):

- an output that is one of the run's inputs (sources, label file, lexicon or model
  files), lies inside an input directory, or (a directory output) contains an
  input: even with ``--force``;
- an output that exists but is not a regular file (a named pipe, a device, a
  socket, a directory where a file is meant), or lies in ``/dev``, ``/proc`` or
  ``/sys`` (``/dev/stdout`` included): never replaced, and the message does not
  suggest ``--force``;
- an existing file without ``--force``;
- an output whose folder cannot be created or written (a parent that is a file,
  no permission, a read-only file system), so that a long run does not fail at
  its end.

Files are then written through :func:`atomic_path`: to a temporary file beside
the target (``.NAME.PID.TOKEN.tmp``, vouched for by the marker
``.NAME.PID.TOKEN.framing``), renamed into place when complete. A run ended by
SIGTERM removes its temporary files as it unwinds (the CLI turns the signal into
:class:`~framing.safe_output.sweep.Terminated`); one killed outright leaves them, and the next
run writing beside them removes those a marker vouches for once the process the
marker names is gone (:func:`~framing.safe_output.sweep.sweep_stale`); nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import OutputError
from .special import file_kind
from .sweep import claim, release, sweep_stale

#: ``errno`` values of a failed write that are the output's fault (exit code 5).
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG, errno.EACCES,
                          errno.EPERM, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG})


def _refuse_inputs(path: Path, target: Path, inputs: Iterable[str | Path],
                   directory: bool) -> None:
    for given in inputs:
        src = Path(given).resolve()
        if target == src:
            raise OutputError(f"the output {path} is the input {given}; framing never "
                              "replaces an input, even with --force: choose another output")
        if src.is_dir() and src in target.parents:
            raise OutputError(f"the output {path} would be written inside the input {given}; "
                              "choose an output outside your corpus")
        if directory and target in src.parents:
            raise OutputError(f"the output {path} contains the input {given}; choose an "
                              "output that holds no sources, since --force would replace it")


def check_writable(folder: Path, shown: Path) -> None:
    """Refuse when ``folder`` cannot be created or written (checked on its nearest existing
    ancestor)."""
    here = folder
    while not os.path.lexists(here) and here.parent != here:
        here = here.parent
    if not here.is_dir():
        raise OutputError(f"cannot write {shown}: {here} is a file, not a folder; choose "
                          "another output")
    if not os.access(here, os.W_OK | os.X_OK):
        why = "read-only file system" if _read_only(here) else "permission denied"
        raise OutputError(f"cannot write {shown}: the folder {here} is not writable ({why}); "
                          "choose another output")


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - platform without statvfs
        return False


def check_output(path: str | Path, inputs: Iterable[str | Path] = (), *, force: bool = False,
                 directory: bool = False, option: str = "--out") -> None:
    """Refuse to write ``path`` unless it is safe (see the module docstring).

    Parameters
    ----------
    path : path
        The output file (or, with ``directory``, folder) about to be written.
    inputs : iterable of path
        Everything the run reads: never replaced, even with ``force``.
    force : bool
        Replace an existing regular file. For a directory output an existing,
        non-empty folder is checked by its owner (:func:`framing.report.check_report_dir`).
    directory : bool
        The output is a folder.
    option : str
        The option that named it (for messages).

    Raises
    ------
    OutputError

    Examples
    --------
    >>> try:
    ...     check_output("/tmp", force=True)
    ... except OutputError as exc:
    ...     print(str(exc).partition(": ")[0])
    /tmp is a directory, not a regular file
    """
    given = Path(path)
    target = given.resolve()
    _refuse_inputs(given, target, inputs, directory)
    for where in (Path(os.path.abspath(given)), target):
        if where.parts[1:2] in (("dev",), ("proc",), ("sys",)):
            raise OutputError(f"{given} is in /{where.parts[1]}, a system folder of "
                              "devices and processes, not a regular file: framing writes only "
                              f"regular files; choose another {option}")
    if os.path.lexists(given):
        try:
            mode = os.stat(given).st_mode
        except OSError:  # a dangling symbolic link: replaced by the new file, like a file
            mode = stat.S_IFREG
        if directory:
            if not stat.S_ISDIR(mode):
                what = "a file" if stat.S_ISREG(mode) else file_kind(mode)
                raise OutputError(f"{given} is {what}, not a directory; choose another {option}")
        elif not stat.S_ISREG(mode):
            raise OutputError(f"{given} is {file_kind(mode)}, not a regular file: framing writes "
                              f"only regular files; choose another {option}")
        elif not force:
            raise OutputError(f"{given} exists; pass --force to replace it")
    check_writable(target.parent, given)


def write_error(exc: OSError, path: str | Path) -> OutputError:
    """The :class:`OutputError` for a write to ``path`` that failed with ``exc``."""
    reason = exc.strerror or str(exc)
    return OutputError(f"cannot write {path}: {reason}; no partial output was left behind")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` on success.

    The temporary file, ``.NAME.PID.TOKEN.tmp``, is vouched for by a marker
    (:func:`framing.safe_output.sweep.claim`) and created with the mode ``open()`` gives. A
    failed write (full disk, read-only file system) raises :class:`OutputError` and
    removes the temporary file.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep_stale(path.parent, path.name)
        mine = claim(path.parent, path.name)
    except OSError as exc:
        raise write_error(exc, path) from None
    tmp_path = mine.path("tmp")
    try:
        os.close(os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield tmp_path
        os.replace(tmp_path, path)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        if isinstance(exc, OSError) and exc.errno in WRITE_ERRNOS:
            raise write_error(exc, path) from None
        raise
    finally:
        release(mine)


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w", encoding: str = "utf-8") -> Iterator[IO[Any]]:
    """Open a file for writing that appears at ``path`` only when complete."""
    with atomic_path(path) as tmp, open(tmp, mode, encoding=encoding, newline="") as fh:
        yield fh


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    with atomic_open(path) as fh:
        fh.write(text)


__all__ = ["WRITE_ERRNOS", "atomic_open", "atomic_path", "check_output", "check_writable",
           "write_error", "write_text"]
