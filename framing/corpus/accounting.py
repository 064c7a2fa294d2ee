"""Where every input went: analysed, skipped (with the reason) or duplicate (of what).

Every input file, and every record of a ``.jsonl``/``.csv`` source, ends as
exactly one :class:`InputRecord`.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Literal

from ..safe_output.cells import neutralise_row
from .exceptions import SkippedInputsError

if TYPE_CHECKING:
    import pandas as pd

Status = Literal["analysed", "skipped", "duplicate"]
STATUSES: tuple[Status, ...] = ("analysed", "skipped", "duplicate")
COLUMNS = ["source", "id", "outlet", "status", "reason", "duplicate_of", "event", "file", "line"]


@dataclass(frozen=True, slots=True)
class InputRecord:
    """What happened to one input file or record.

    ``source`` is ``"path"`` or ``"path:line"``, ``file`` and ``line`` the
    same apart (``line`` is None for a whole file). ``id``, ``outlet`` and
    ``event`` are kept for skipped records too, as far as they were read
    (empty for a line that is not a JSON object). ``reason`` says why an input
    was skipped or duplicated; for an analysed article it holds the notes
    about it, if any (encoding guessed, not English, too short for readability).
    """

    source: str
    id: str
    outlet: str
    status: Status
    reason: str = ""
    duplicate_of: str | None = None
    event: str = ""
    file: str = ""
    line: int | None = None


def summarise(records: list[InputRecord]) -> str:
    """``"5 analysed, 1 skipped, 0 duplicates"`` for a list of records.

    Examples
    --------
    >>> summarise([InputRecord("a.txt", "1", "A", "analysed")])
    '1 analysed, 0 skipped, 0 duplicates'
    """
    counts = Counter(r.status for r in records)
    return (
        f"{counts['analysed']} analysed, {counts['skipped']} skipped, "
        f"{counts['duplicate']} duplicates"
    )


def records_frame(records: list[InputRecord]) -> pd.DataFrame:
    """The records as a DataFrame with the columns :data:`COLUMNS`."""
    import pandas as pd

    frame: pd.DataFrame = pd.DataFrame([asdict(r) for r in records], columns=COLUMNS)
    frame["line"] = frame["line"].astype("Int64")  # a whole file's empty line stays empty
    return frame


def write_records_csv(records: Iterable[InputRecord], fh: IO[str]) -> None:
    """Write the records as CSV (columns :data:`COLUMNS`) to an open text file.

    The same bytes as ``records_frame(records).to_csv(fh, index=False)`` (pandas
    writes with the csv module too: minimal quoting, ``None`` as an empty field,
    ``\\n`` line ends), without importing pandas.
    """
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(neutralise_row(_row(r)) for r in records)


def _row(r: InputRecord) -> list[str]:
    return [r.source, r.id, r.outlet, r.status, r.reason,
            "" if r.duplicate_of is None else r.duplicate_of, r.event, r.file,
            "" if r.line is None else str(r.line)]


def source_file(source: str, line: int | None) -> str:
    """The file of a ``"path:line"`` source (``source`` itself for a whole file).

    Examples
    --------
    >>> source_file("feed.jsonl:3", 3), source_file("news/a.txt", None)
    ('feed.jsonl', 'news/a.txt')
    """
    suffix = f":{line}"
    return source[: -len(suffix)] if line is not None and source.endswith(suffix) else source


def skip_line(record: InputRecord) -> str:
    """``file[:line]: reason`` of a skipped input (the reason names the place already, or
    gets it in front).

    Examples
    --------
    >>> skip_line(InputRecord("news/a.txt", "", "", "skipped", "empty file (0 bytes)"))
    'news/a.txt: empty file (0 bytes)'
    """
    r = record
    return r.reason if r.reason.startswith(f"{r.source}:") else f"{r.source}: {r.reason}"


#: How many skipped inputs a run names on stderr; the rest are counted (inputs.csv has all).
SHOWN_SKIPS = 20


def skip_report(records: Iterable[InputRecord], limit: int = SHOWN_SKIPS,
                total: int | None = None) -> list[str]:
    """The lines a run prints on stderr about its skipped inputs: ``skipped: file:line:
    reason`` for the first ``limit``, then how many more there are (of ``total``, when
    ``records`` holds only the first skips).

    Examples
    --------
    >>> recs = [InputRecord(f"f.jsonl:{n}", "", "", "skipped", f"f.jsonl:{n}: bad", line=n)
    ...         for n in (1, 2, 3)]
    >>> skip_report(recs, limit=2)
    ['skipped: f.jsonl:1: bad', 'skipped: f.jsonl:2: bad', 'skipped: 1 more input(s)']
    """
    skipped = [r for r in records if r.status == "skipped"]
    lines = [f"skipped: {skip_line(r)}" for r in skipped[:limit]]
    count = max(total or 0, len(skipped))  # total: when records holds only the first skips
    if count > len(lines):
        lines.append(f"skipped: {count - len(lines)} more input(s)")
    return lines


def skipped_message(records: list[InputRecord], total: int | None = None) -> str:
    """One message listing the skipped inputs and why (``total``: how many were skipped,
    when ``records`` holds only the first of them)."""
    skipped = [r for r in records if r.status == "skipped"]
    lines = [f"  {skip_line(r)}" for r in skipped]
    count = max(total or 0, len(skipped))
    if count > len(skipped):
        lines.append(f"  and {count - len(skipped)} more (inputs.csv lists every one)")
    return (
        f"{count} input(s) skipped under strict mode; fix or remove them, "
        "or run without --strict:\n" + "\n".join(lines)
    )


@dataclass
class Accounting:
    """Collects one :class:`InputRecord` per input while a corpus is read.

    Pass one to :func:`framing.corpus.iter_articles` to learn, after the
    stream is consumed, what was skipped and why.

    Examples
    --------
    >>> acc = Accounting()
    >>> acc.skip("notes.docx", "unsupported file type '.docx'")
    >>> acc.summary()
    '0 analysed, 1 skipped, 0 duplicates'
    """

    records: list[InputRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[InputRecord]:
        return iter(self.records)

    def add(self, record: InputRecord) -> None:
        """Append one record."""
        self.records.append(record)

    def analysed(self, source: str, id: str, outlet: str, note: str = "", *, event: str = "",
                 line: int | None = None) -> None:
        """Record an article that will be analysed (``note``: a warning about it, if any)."""
        self.add(InputRecord(source, id, outlet, "analysed", note, None, event,
                             source_file(source, line), line))

    def skip(self, source: str, reason: str, *, id: str = "", outlet: str = "",
             event: str = "", line: int | None = None) -> None:
        """Record an input that could not be read as an article (with what was read of it)."""
        self.add(InputRecord(source, id, outlet, "skipped", reason, None, event,
                             source_file(source, line), line))

    def duplicate(self, source: str, id: str, outlet: str, of: str, reason: str, *,
                  event: str = "", line: int | None = None) -> None:
        """Record an article whose text repeats the article ``of``."""
        self.add(InputRecord(source, id, outlet, "duplicate", reason, of, event,
                             source_file(source, line), line))

    def counts(self) -> dict[str, int]:
        """Number of records per status (all three statuses present)."""
        counts = Counter(r.status for r in self.records)
        return {s: counts[s] for s in STATUSES}

    @property
    def skipped(self) -> list[InputRecord]:
        """The skipped records."""
        return [r for r in self.records if r.status == "skipped"]

    def summary(self) -> str:
        """``"5 analysed, 0 skipped, 0 duplicates"``."""
        return summarise(self.records)

    def frame(self) -> pd.DataFrame:
        """All records as a DataFrame (see :func:`records_frame`)."""
        return records_frame(self.records)

    def write_csv(self, fh: IO[str]) -> None:
        """Write all records as CSV to an open text file (see :func:`write_records_csv`)."""
        write_records_csv(self.records, fh)

    def raise_if_skipped(self) -> None:
        """Raise :class:`SkippedInputsError` listing the skipped inputs, if any."""
        if self.skipped:
            raise SkippedInputsError(skipped_message(self.records))


#: How many skipped records a :class:`SpillingAccounting` keeps in memory (for messages).
KEPT_SKIPS = 1000


class SpillingAccounting(Accounting):
    """An :class:`Accounting` that keeps only the skipped records in memory.

    Every record goes at once, as a CSV row, to an unnamed temporary file
    (``tempfile.TemporaryFile``: removed when closed or when the process ends),
    so memory stays flat however many inputs a run reads. :meth:`write_csv`
    writes every record, in input order, as :class:`Accounting` does; iterating
    reads the records back (``duplicate_of`` is None unless the status is
    "duplicate"). ``records`` holds the first :data:`KEPT_SKIPS` skipped records only
    (a file of a million bad lines costs no more). Used by ``framing analyze``; call
    :meth:`close` when done.
    """

    def __init__(self) -> None:
        super().__init__()
        # closed by close(); a TemporaryFile has no name on disk, so none is ever left behind
        self._file: IO[str] = tempfile.TemporaryFile(  # noqa: SIM115
            "w+", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file, lineterminator="\n")
        self._counts: Counter[str] = Counter()

    def __len__(self) -> int:
        return sum(self._counts.values())

    def __iter__(self) -> Iterator[InputRecord]:
        self._file.flush()
        self._file.seek(0)
        rows = list(csv.reader(self._file))
        self._file.seek(0, os.SEEK_END)
        for source, id, outlet, status, reason, of, event, file, line in rows:
            yield InputRecord(source, id, outlet, status,  # type: ignore[arg-type]
                              reason, of if status == "duplicate" else None, event, file,
                              int(line) if line else None)

    def add(self, record: InputRecord) -> None:
        """Write one record to the temporary file (and keep it, if skipped)."""
        self._counts[record.status] += 1
        try:
            self._writer.writerow(_row(record))
        except OSError as exc:  # a full temporary folder: say which, not just "File too large"
            from ..errors import OutputError

            raise OutputError(f"cannot write the account of the inputs to a temporary file in "
                              f"{tempfile.gettempdir()} ({exc.strerror or exc}); free space "
                              "there, or set TMPDIR to another folder") from None
        if record.status == "skipped" and len(self.records) < KEPT_SKIPS:
            self.records.append(record)

    def raise_if_skipped(self) -> None:
        if self._counts["skipped"]:
            raise SkippedInputsError(skipped_message(self.records, self._counts["skipped"]))

    def counts(self) -> dict[str, int]:
        return {s: self._counts[s] for s in STATUSES}

    def summary(self) -> str:
        c = self.counts()
        return (f"{c['analysed']} analysed, {c['skipped']} skipped, "
                f"{c['duplicate']} duplicates")

    def frame(self) -> pd.DataFrame:
        return records_frame(list(self))

    def write_csv(self, fh: IO[str]) -> None:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        self._file.flush()
        self._file.seek(0)
        writer.writerows(neutralise_row(row) for row in csv.reader(self._file))
        self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        """Remove the temporary file."""
        self._file.close()


__all__ = ["COLUMNS", "SHOWN_SKIPS", "Accounting", "InputRecord", "SpillingAccounting",
           "records_frame", "skip_line", "skip_report", "source_file", "summarise",
           "write_records_csv"]
