"""Temporary files and folders of a run, and the markers that prove which run made them.

Every temporary output is created beside its target under the name
``.NAME.PID.TOKEN.KIND``: ``NAME`` the target's name, ``PID`` the writing process,
``TOKEN`` 12 random hex digits and ``KIND`` ``tmp`` (a file being written), ``new`` (a
report being staged) or ``old`` (the report it replaces, during the swap). Before it
creates one, the process writes a *marker* beside it, ``.NAME.PID.TOKEN.framing``: JSON
naming the process (its pid, its start time and the boot it started in, where the
system tells them) and the token. The marker goes last, after the temporary output.

A run that unwinds normally, on an error, Ctrl-C or SIGTERM (:class:`Terminated`)
removes its own. One killed outright (SIGKILL, power loss) leaves them;
:func:`sweep_stale`, called before writing beside them again, removes only what a
marker vouches for, and only once the process the marker names is gone (no such pid,
or the pid now belongs to a process started at another time or in another boot). A
file or folder whose name merely looks like ours (a user's ``.out.jsonl.4000000.draft.tmp``
or ``.rep.999999.old-mybackup/``) has no marker and is never touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


class Terminated(KeyboardInterrupt):
    """Raised in the main thread when the process receives SIGTERM (exit code 143).

    A ``KeyboardInterrupt`` so that everything that cleans up after Ctrl-C
    (temporary files, staging folders, worker pools) does the same here.
    """


#: The schema name inside every marker.
MARKER_SCHEMA = "framing.temp-owner/1"
#: The kinds of temporary output a marker vouches for.
KINDS = ("tmp", "new", "old")
_MARKER_SUFFIX = "framing"
_MAX_MARKER_BYTES = 4096


def _proc_start(pid: int) -> str:
    """The start time of process ``pid`` (clock ticks since boot), or "" when unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read(4096).decode("ascii", "replace")
    except OSError:
        return ""
    fields = stat.rpartition(")")[2].split()  # the command name may hold spaces and ")"
    return fields[19] if len(fields) > 19 else ""  # field 22 of proc(5), the 20th after ")"


def _boot_id() -> str:
    """This boot's id (Linux), or "" when the system does not tell it."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read(64).strip()
    except OSError:
        return ""


@dataclass(frozen=True)
class Claim:
    """The temporary outputs one process may create beside ``folder / name``.

    Attributes
    ----------
    folder : Path
        Where the target and its temporary outputs live.
    name : str
        The target's name.
    pid : int
        The process that wrote the marker.
    token : str
        Random hex digits, so that two claims never share names.
    """

    folder: Path
    name: str
    pid: int
    token: str

    @property
    def stem(self) -> str:
        """``.NAME.PID.TOKEN``, the start of every name of this claim."""
        return f".{self.name}.{self.pid}.{self.token}"

    @property
    def marker(self) -> Path:
        """The marker file that vouches for this claim's temporary outputs."""
        return self.folder / f"{self.stem}.{_MARKER_SUFFIX}"

    def path(self, kind: str) -> Path:
        """The temporary output of ``kind`` (one of :data:`KINDS`)."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of temporary output {kind!r}")
        return self.folder / f"{self.stem}.{kind}"


def _marker_re(name: str) -> re.Pattern[str]:
    return re.compile(r"\." + re.escape(name) + r"\.(\d{1,10})\.([0-9a-f]{12})\."
                      + _MARKER_SUFFIX)


def claim(folder: Path, name: str) -> Claim:
    """Write a new marker beside ``folder / name`` and return its claim.

    Raises
    ------
    OSError
        When the marker cannot be written (the caller turns it into an OutputError).
    """
    mine = Claim(Path(folder), name, os.getpid(), secrets.token_hex(6))
    doc = {"schema": MARKER_SCHEMA, "pid": mine.pid, "token": mine.token,
           "started": _proc_start(mine.pid), "boot": _boot_id()}
    fd = os.open(mine.marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, json.dumps(doc).encode("ascii") + b"\n")
    finally:
        os.close(fd)
    return mine


def release(mine: Claim) -> None:
    """Remove the marker of a claim, unless one of its temporary outputs is still there
    (a run cut short while it removed them: the next run's sweep finds them by it)."""
    if any(os.path.lexists(mine.path(kind)) for kind in KINDS):
        return
    with contextlib.suppress(FileNotFoundError):
        mine.marker.unlink()


@contextlib.contextmanager
def claimed(folder: Path, name: str) -> Iterator[Claim]:
    """A :func:`claim` whose marker is removed on the way out (the caller removes the
    temporary outputs first)."""
    mine = claim(folder, name)
    try:
        yield mine
    finally:
        release(mine)


def _read_marker(path: Path, pid: int, token: str) -> dict[str, str] | None:
    """The marker's owner fields, when it is a marker of ours that matches its name."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read(_MAX_MARKER_BYTES + 1)[:_MAX_MARKER_BYTES])
    except (OSError, ValueError):
        return None
    if (not isinstance(data, dict) or data.get("schema") != MARKER_SCHEMA
            or data.get("pid") != pid or data.get("token") != token):
        return None
    return {k: str(data.get(k) or "") for k in ("started", "boot")}


def _gone(pid: int, owner: dict[str, str]) -> bool:
    """Whether the process a marker names has ended."""
    boot = _boot_id()
    if owner["boot"] and boot and owner["boot"] != boot:
        return True  # written before the last reboot
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):  # someone else's process; or not a pid
        pass
    started = _proc_start(pid)
    return bool(owner["started"] and started and owner["started"] != started)  # pid reused


#: What :func:`sweep_stale` does with a dead run's ``old`` folder: called with the folder
#: and the target; returns True when the folder is gone (put back or removed).
Retire = Callable[[Path, Path], bool]


def sweep_stale(folder: Path, name: str, retire: Retire | None = None) -> list[Path]:
    """Remove the temporary outputs beside ``folder / name`` of runs that are gone.

    Only what a valid marker vouches for is touched, and only once the process the
    marker names has ended. A ``tmp`` file and a ``new`` folder are removed; an
    ``old`` folder (a report being replaced) is handed to ``retire``, which puts it
    back or removes what is its own; without ``retire`` it is left, with its marker.
    Returns what was removed.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / ".out.jsonl.999999999.draft.tmp").write_text("a user's file")
    >>> sweep_stale(d, "out.jsonl")   # no marker vouches for it: left alone
    []
    """
    pattern = _marker_re(name)
    done: list[Path] = []
    try:
        entries = sorted(e.name for e in os.scandir(folder))
    except OSError:
        return done
    for entry in entries:
        m = pattern.fullmatch(entry)
        if not m:
            continue
        dead = Claim(Path(folder), name, int(m.group(1)), m.group(2))
        owner = _read_marker(dead.marker, dead.pid, dead.token)
        if owner is None or not _gone(dead.pid, owner):
            continue
        left = False
        with contextlib.suppress(OSError):
            for kind in KINDS:
                path = dead.path(kind)
                if not os.path.lexists(path):
                    continue
                if kind == "old":
                    if retire is None or not retire(path, Path(folder) / name):
                        left = True
                        continue
                elif path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
                done.append(path)
            if not left:
                release(dead)
                done.append(dead.marker)
    return done


__all__ = ["KINDS", "MARKER_SCHEMA", "Claim", "Retire", "Terminated", "claim", "claimed",
           "release", "sweep_stale"]
