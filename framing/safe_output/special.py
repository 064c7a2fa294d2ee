"""Files that are not regular files, on either side of a run.

framing never writes into a named pipe, a device or a socket
(:func:`framing.safe_output.check_output`), and never reads one either: a named pipe
blocks until someone writes to it, ``/dev/zero`` never ends. :func:`read_regular` reads a
regular file, and at most ``limit`` bytes of it, or raises an :class:`OSError` subclass
that says what the path is; the readers (sources, manifests, lexicons, labels) turn it
into their own error with the file's name.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def file_kind(mode: int) -> str:
    """What a file of this ``st_mode`` is, for messages.

    Examples
    --------
    >>> import stat
    >>> file_kind(stat.S_IFIFO), file_kind(stat.S_IFDIR)
    ('a named pipe (FIFO)', 'a directory')
    """
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a regular file"


class NotRegularFileError(OSError):
    """A path that is a named pipe, a device, a socket or a directory: never read."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class FileTooLargeError(OSError):
    """A regular file over the reader's limit: not read beyond it."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"is over {limit:,} bytes")
        self.limit = limit


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    The file is opened without following it into a pipe (``O_NONBLOCK``) and checked
    on the open descriptor, so a path swapped for a pipe between a check and the read
    does not block either.

    Raises
    ------
    NotRegularFileError
        The path (or what a link points to) is not a regular file.
    FileTooLargeError
        It holds more than ``limit`` bytes (only ``limit + 1`` are read to know).
    OSError
        It cannot be opened or read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(file_kind(mode))
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(limit)
    return data


__all__ = ["FileTooLargeError", "NotRegularFileError", "file_kind", "read_regular"]
