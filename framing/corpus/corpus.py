"""The :class:`Corpus`: the articles that will be analysed and the account of every input."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import Article
from .accounting import Accounting, InputRecord, records_frame, summarise
from .read import Source, check_sources, iter_articles

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Corpus:
    """Articles read from one or more sources, with what happened to every input.

    Attributes
    ----------
    articles : list of Article
        The analysed articles (no skipped inputs, no duplicates), in reading order.
    inputs : list of InputRecord
        One record per input file or record: analysed, skipped or duplicate.
    name : str
        The basename of the first directory source, or the stem of the first file.
    sources : list of str
        The sources as given (a report is never written inside one of them).
    """

    articles: list[Article]
    inputs: list[InputRecord] = field(default_factory=list)
    name: str = "corpus"
    sources: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    @property
    def outlets(self) -> list[str]:
        """The outlets of the analysed articles, sorted."""
        return sorted({a.outlet for a in self.articles})

    @property
    def events(self) -> list[str]:
        """The events of the analysed articles, sorted."""
        return sorted({a.event for a in self.articles})

    @property
    def skipped(self) -> list[InputRecord]:
        """The inputs that were skipped."""
        return [r for r in self.inputs if r.status == "skipped"]

    @property
    def duplicates(self) -> list[InputRecord]:
        """The inputs that repeat an earlier article."""
        return [r for r in self.inputs if r.status == "duplicate"]

    def summary(self) -> str:
        """``"5 analysed, 0 skipped, 0 duplicates"``."""
        return summarise(self.inputs)

    def inputs_frame(self) -> pd.DataFrame:
        """The inputs as a table: source, id, outlet, status, reason, duplicate_of."""
        return records_frame(self.inputs)


def corpus_name(source: Source) -> str:
    """The name of a corpus read from ``source`` (directory basename or file stem).

    Examples
    --------
    >>> corpus_name("corpus/muse-spark/"), corpus_name("data/news.jsonl")
    ('muse-spark', 'news')
    """
    path = Path(source)
    if path.is_dir():
        return path.resolve().name
    return path.stem


def load_corpus(*sources: Source, clean: bool = True, strict: bool = False) -> Corpus:
    """Read, clean and account for every article of the sources.

    Parameters
    ----------
    *sources : str or path
        Directories of articles (``.txt``, ``.md``, ``.html``, ``.json``, with
        an optional ``manifest.csv``/``manifest.jsonl``), ``.jsonl``/``.csv``
        files with one article per record, or single article files.
    clean : bool
        Remove site boilerplate; ``False`` keeps the raw text (CLI ``--no-clean``).
    strict : bool
        Raise instead of skipping any input.

    Returns
    -------
    Corpus

    Raises
    ------
    InputError
        A missing source, a directory without articles, a CSV without ``text``
        column, no readable article at all.
    ManifestError
        A manifest naming a missing file or contradicting a file's metadata.
    SkippedInputsError
        ``strict=True`` and an input was skipped (a :class:`StrictModeError`
        and an :class:`InputError`); the message lists every skip.

    Examples
    --------
    >>> corpus = load_corpus("corpus/muse-spark")      # doctest: +SKIP
    >>> corpus.summary()                               # doctest: +SKIP
    '5 analysed, 0 skipped, 0 duplicates'
    """
    check_sources(sources)
    accounting = Accounting()
    articles = list(iter_articles(*sources, clean=clean, accounting=accounting))
    if strict:
        accounting.raise_if_skipped()
    return Corpus(articles, accounting.records, corpus_name(sources[0]),
                  [str(s) for s in sources])


__all__ = ["Corpus", "corpus_name", "load_corpus"]
