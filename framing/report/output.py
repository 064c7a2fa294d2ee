"""Where a report may be written, and how it replaces an old one.

A report lists the files it wrote in :data:`FILE_LIST` (``report-files.json``).
``--force`` replaces an existing report directory only when every file in it is
on that list: a file a user added (``sources/notes.md`` included) is never
deleted, and a directory without the list (not a report, or one written before
the list existed) is not replaced.

A report is built in a fresh temporary directory beside ``out_dir`` and then
swapped in (old directory renamed to a backup, new one renamed into place,
the backup's own files deleted), so an interrupted run leaves either the old
report or the new one whole. The folder is looked at again at the swap: a file
saved into it while the report was written is moved into the new report, not
deleted (:func:`swap_into_place`). Each file inside is also written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import warnings
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import OutputError
from ..safe_output import check_output, write_text
from ..safe_output.sweep import claimed, sweep_stale

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


def _entries(folder: Path) -> Iterator[str]:
    """The files of a report folder, relative (``sources/`` and ``events/`` entered, any
    other folder, or a symbolic link to one, given whole as ``name/``)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        rel_dir = Path(dirpath).relative_to(folder)
        for name in filenames:
            yield (rel_dir / name).as_posix()
        for name in list(dirnames):
            rel = (rel_dir / name).as_posix()
            if rel not in ("sources", "events") or os.path.islink(os.path.join(dirpath, name)):
                yield rel + "/"
                dirnames.remove(name)


def foreign_files(out_dir: Path, ours: set[str] | None = None) -> list[str]:
    """Files and folders in ``out_dir`` that the report in it did not write.

    Only the files on the report's own :data:`FILE_LIST` are its own (or, when
    given, those in ``ours``); without a list, everything is foreign. A folder other
    than ``sources/`` is listed whole, as ``name/``.
    """
    if ours is None:
        ours = written_files(out_dir) or set()
    return sorted(rel for rel in _entries(out_dir) if rel not in ours)


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
    sweep_stale(out.parent, out.name, retire_backup)
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
def staging_dir(out_dir: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a fresh directory beside ``out_dir``; swap it into place on success.

    The staging directory (``.NAME.PID.TOKEN.new``) and the old report's backup during
    the swap (``.NAME.PID.TOKEN.old``) are vouched for by one marker
    (:func:`framing.safe_output.sweep.claim`), removed last. See :func:`swap_into_place` for
    what ``force`` allows at the swap.
    """
    out = Path(out_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale(out.parent, out.name, retire_backup)
    with claimed(out.parent, out.name) as mine:
        tmp = mine.path("new")
        os.mkdir(tmp)
        try:
            yield tmp
            swap_into_place(tmp, out, mine.path("old"), force=force, shown=Path(out_dir))
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise


def swap_into_place(new: Path, out: Path, backup: Path, *, force: bool = False,
                    shown: Path | None = None) -> list[str]:
    """Replace directory ``out`` by ``new``, keeping whatever in ``out`` is not the report's.

    ``out`` is looked at again here, at the swap, not only before the run: it is
    renamed to ``backup``, ``new`` is renamed into place, and then
    :func:`retire_backup` deletes from the backup only the files its own
    :data:`FILE_LIST` names (none without ``force``) and moves everything else (a
    file a user saved into the folder while the report was written) into the new
    report. When such a file has the name of a file of the new report, nothing is
    replaced: the old folder is put back as it was and :class:`OutputError` raised.

    ``shown`` is the folder as the user named it, for messages (default ``out``).

    Returns
    -------
    list of str
        What was kept from the old folder, relative to ``out`` (also said in a warning).
    """
    shown = shown or out
    if not os.path.lexists(out):
        os.rename(new, out)  # an empty folder made meanwhile is replaced; a non-empty one fails
        return []
    os.rename(out, backup)
    try:
        clashes = [rel for rel in _not_own(backup, force) if os.path.lexists(new / rel)]
        if clashes:
            listing = ", ".join(clashes[:5]) + (" ..." if len(clashes) > 5 else "")
            raise OutputError(f"{shown} gained files while the report was written ({listing}); "
                              "the new report writes files of the same names, so the folder "
                              "was left as it was and no report was written: move them away "
                              "and run again")
        os.rename(new, out)
    except BaseException:
        os.rename(backup, out)
        raise
    kept = _retire(backup, out, force)
    if kept:
        listing = ", ".join(kept[:5]) + (" ..." if len(kept) > 5 else "")
        warnings.warn(f"{shown}: kept {listing}, saved into the report folder while the report "
                      "was written; it is not the report's, so a later --force refuses to "
                      "replace the folder until it is moved", UserWarning, stacklevel=2)
    return kept


def _not_own(folder: Path, force: bool) -> list[str]:
    """What in ``folder`` its report did not write (everything, without ``force``)."""
    ours = (written_files(folder) or set()) if force else set()
    return [f.rstrip("/") for f in foreign_files(folder, ours)]


def _retire(backup: Path, out: Path, force: bool) -> list[str]:
    """Delete the backup's own files (none without ``force``) and move the rest into
    ``out``; returns what was moved."""
    own = (written_files(backup) or set()) if force else set()
    for rel in list(_entries(backup)):
        if rel in own:  # a file of the list that is there (never a path the list makes up)
            (backup / rel).unlink()
    kept: list[str] = []
    for rel in _not_own(backup, force=False):  # all that is left
        target = out / rel
        if os.path.lexists(target):
            continue  # the backup then stays (see below)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.rename(backup / rel, target)
        kept.append(rel)
    for sub in ("sources", "events"):
        with contextlib.suppress(OSError):
            if (backup / sub).is_dir() and not (backup / sub).is_symlink():
                os.rmdir(backup / sub)
    try:
        os.rmdir(backup)
    except OSError:
        warnings.warn(f"{backup}: the earlier report's folder still holds files it did not "
                      "write, whose names the new report uses; they were kept there: move "
                      "them out", UserWarning, stacklevel=3)
    return kept


def retire_backup(backup: Path, out: Path) -> bool:
    """What the sweep does with a dead run's backup of a report (:func:`sweep_stale`).

    The run died during its swap: when ``out`` is missing the backup is put back;
    otherwise the new report is in place, and the backup's own files are deleted and
    anything else in it moved into ``out``. Returns whether the backup is gone.
    """
    if not os.path.lexists(out):
        os.rename(backup, out)
        return True
    _retire(backup, out, force=True)
    return not os.path.lexists(backup)
