"""Temporary files and folders of a run: named after the process, removed when it is gone.

Every temporary output is created beside its target with a name that starts
with ``.NAME.PID.`` (``NAME`` the target's name, ``PID`` the writing process):
``.out.jsonl.4242.k3j1.tmp`` for a file, ``.report.4242.new-k3j1`` for a report
being staged and ``.report.4242.old-k3j1`` for the report it replaces.
A run that unwinds normally, on an error, Ctrl-C or SIGTERM (:class:`Terminated`)
removes its own. One killed outright (SIGKILL, power loss) leaves them;
:func:`sweep_stale`, called before writing beside them again, removes those whose
process no longer runs, and puts back a report whose swap was cut between its two
renames.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from pathlib import Path


class Terminated(KeyboardInterrupt):
    """Raised in the main thread when the process receives SIGTERM (exit code 143).

    A ``KeyboardInterrupt`` so that everything that cleans up after Ctrl-C
    (temporary files, staging folders, worker pools) does the same here.
    """


def temp_prefix(name: str) -> str:
    """The prefix of this process's temporary files beside an output called ``name``."""
    return f".{name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # someone else's process; or not a pid
        return True
    return True


def sweep_stale(folder: Path, name: str) -> list[Path]:
    """Remove temporary outputs named after ``name`` in ``folder`` left by dead processes.

    A leftover backup of a report (``.NAME.PID.old-*``) is put back as ``NAME``
    when ``NAME`` is missing (the run died between its two renames), else removed.
    Returns what was removed or restored.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / ".out.jsonl.999999999.ab12.tmp").write_text("half")
    >>> [p.name for p in sweep_stale(d, "out.jsonl")]
    ['.out.jsonl.999999999.ab12.tmp']
    """
    pattern = re.compile(r"\." + re.escape(name) + r"\.(\d+)\.(?:.*\.tmp|(new|old)-.*)")
    done: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return done
    for entry in sorted(entries, key=lambda e: e.name):
        m = pattern.fullmatch(entry.name)
        if not m or _alive(int(m.group(1))):
            continue
        path = Path(entry.path)
        with contextlib.suppress(OSError):
            if m.group(2) == "old" and not os.path.lexists(folder / name):
                os.replace(path, folder / name)
            elif entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
            done.append(path)
    return done


__all__ = ["Terminated", "sweep_stale", "temp_prefix"]
