"""Read news articles from sources, clean them, and account for every input.

Public API::

    load_corpus(*sources, clean=True, strict=False) -> Corpus
    iter_articles(*sources, clean=True, accounting=None) -> Iterator[Article]
    clean_text(raw, *, title=None) -> CleanResult

Importing this package has no side effects: trafilatura, python-frontmatter,
py3langid and pandas are imported on first use.
"""

from __future__ import annotations

from .accounting import Accounting, InputRecord
from .clean import CleanResult, clean_text, split_raw
from .corpus import Corpus, load_corpus
from .dedup import Deduplicator
from .encoding import decode_bytes
from .exceptions import (
    BinaryFileError,
    CorpusWarning,
    DecodeError,
    EmptySourceError,
    MalformedRecordError,
    MissingColumnError,
    MissingSourceError,
    NoArticlesError,
    SkippedInputsError,
)
from .language import detect_language
from .read import iter_articles, stable_id

__all__ = [
    "Accounting",
    "BinaryFileError",
    "CleanResult",
    "Corpus",
    "CorpusWarning",
    "DecodeError",
    "Deduplicator",
    "EmptySourceError",
    "InputRecord",
    "MalformedRecordError",
    "MissingColumnError",
    "MissingSourceError",
    "NoArticlesError",
    "SkippedInputsError",
    "clean_text",
    "decode_bytes",
    "detect_language",
    "iter_articles",
    "load_corpus",
    "split_raw",
    "stable_id",
]
