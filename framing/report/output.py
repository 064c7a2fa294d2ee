"""Where a report may be written, and how it replaces an old one.

A report lists the files it wrote in :data:`FILE_LIST` (``report-files.json``).
``--force`` replaces an existing report directory only when every file in it is
on that list: a file a user added (``sources/notes.md`` included) is never
deleted, and a directory without the list (not a report, or one written before
the list existed) is not replaced.

A report is built in a fresh temporary directory beside ``out_dir`` and then
swapped in (old directory renamed to a backup, new one renamed into place,
backup removed), so an interrupted run leaves either the old report or the new
one whole. Each file inside is also written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import OutputError
from ..safe_output import check_output, write_text
from ..safe_output.sweep import sweep_stale, temp_prefix

#: The list of the files a report wrote, kept in the report directory.
FILE_LIST = "report-files.json"
#: Its schema name.
FILE_LIST_SCHEMA = "framing.report-files/1"


def inside(root: Path, relative: str | Path) -> Path:
    """``root / relative``, refusing any path that would leave ``root``.

    >>> root = Path("/tmp/r")
    >>> inside(root, "sources/a.html") == root.resolve() / "sources" / "a.html"
    True
    """
    root_r = root.resolve()
    target = (root_r / relative).resolve()
    if target == root_r or root_r not in target.parents:
        raise OutputError(f"refusing to write {relative!r} outside the report directory {root}")
    return target


def written_files(out_dir: Path) -> set[str] | None:
    """The files the report in ``out_dir`` says it wrote (its :data:`FILE_LIST`), or None
    when it has no readable list."""
    try:
        data = json.loads((Path(out_dir) / FILE_LIST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != FILE_LIST_SCHEMA:
        return None
    files = data.get("files")
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return {*files, FILE_LIST}


def write_file_list(out_dir: Path, files: Sequence[str]) -> None:
    """Write :data:`FILE_LIST` into ``out_dir``: the report's files, relative, sorted."""
    doc = {"schema": FILE_LIST_SCHEMA, "files": sorted(files)}
    write_text(inside(out_dir, FILE_LIST), json.dumps(doc, indent=1) + "\n")


def foreign_files(out_dir: Path) -> list[str]:
    """Files and folders in ``out_dir`` that the report in it did not write.

    Only the files on the report's own :data:`FILE_LIST` are its own; without a
    list, everything is foreign.
    """
    ours = written_files(out_dir) or set()
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(out_dir):
        rel_dir = Path(dirpath).relative_to(out_dir)
        for name in filenames:
            rel = (rel_dir / name).as_posix()
            if rel not in ours:
                found.append(rel)
        for name in list(dirnames):
            rel = (rel_dir / name).as_posix()
            if rel != "sources" or os.path.islink(os.path.join(dirpath, name)):
                found.append(rel + "/")
                dirnames.remove(name)
    return sorted(found)


def check_report_dir(out_dir: Path, inputs: Iterable[Path], force: bool) -> None:
    """Refuse a report directory that would touch the inputs or an earlier report.

    Parameters
    ----------
    out_dir : Path
        The report directory (it may not exist yet).
    inputs : iterable of Path
        The sources being analysed (files or directories).
    force : bool
        Allow replacing an existing report.

    Raises
    ------
    OutputError
        When ``out_dir`` is an input, lies inside an input directory, or
        contains an input; when it is a file; when it exists, is not empty and
        ``force`` is false; or when it holds files a report does not write
        (those are never deleted, even with ``force``).
    """
    out = Path(out_dir).resolve()
    for src in inputs:
        src_r = Path(src).resolve()
        if out == src_r or src_r in out.parents:
            raise OutputError(f"the report directory {out_dir} is inside the input {src}; "
                              "choose an --out outside your corpus (e.g. reports/<name>)")
        if out in src_r.parents:
            raise OutputError(f"the report directory {out_dir} contains the input {src}; "
                              "choose an --out that holds no sources, since --force would "
                              "replace it")
    sweep_stale(out.parent, out.name)
    check_output(out_dir, inputs, force=force, directory=True)
    if out.is_dir() and any(out.iterdir()):
        if not force:
            raise OutputError(f"{out_dir} exists and is not empty; pass --force to replace "
                              "the report in it, or choose another --out")
        foreign = foreign_files(out)
        if foreign:
            listing = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
            why = "" if written_files(out) is not None else (
                f"; it has no {FILE_LIST}, so it is no report of this framing version")
            raise OutputError(f"{out_dir} holds files a report does not write ({listing}){why}; "
                              "move them away or choose another --out (--force only replaces "
                              "the files an earlier report listed as its own)")


@contextlib.contextmanager
def staging_dir(out_dir: Path) -> Iterator[Path]:
    """Yield a fresh directory beside ``out_dir``; swap it into place on success."""
    out = Path(out_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(out.name) + "new-", dir=out.parent))
    try:
        yield tmp
        swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def swap_into_place(new: Path, out: Path) -> None:
    """Replace directory ``out`` by ``new``; on failure the old ``out`` is restored."""
    _usual_modes(new)
    if not out.exists():
        os.replace(new, out)
        return
    backup = Path(tempfile.mkdtemp(prefix=temp_prefix(out.name) + "old-", dir=out.parent))
    backup.rmdir()
    os.replace(out, backup)
    try:
        os.replace(new, out)
    except BaseException:
        os.replace(backup, out)
        raise
    shutil.rmtree(backup, ignore_errors=True)  # cut short by a signal: the next run sweeps it


def _usual_modes(root: Path) -> None:
    """Give the staged files the modes ``open()`` would (temp files are created 0600)."""
    mask = _umask()
    os.chmod(root, 0o777 & ~mask)
    for dirpath, dirnames, filenames in os.walk(root):
        for d in dirnames:
            os.chmod(os.path.join(dirpath, d), 0o777 & ~mask)
        for f in filenames:
            os.chmod(os.path.join(dirpath, f), 0o666 & ~mask)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
