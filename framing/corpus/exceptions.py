"""Errors and warnings raised while reading a corpus.

Each is a subclass of one of :mod:`framing.errors`' exceptions, so the CLI maps
it to the documented exit code; the message names the file (and line) and says
what to do.
"""

from __future__ import annotations

from ..errors import InputError, NothingAnalysedError, StrictModeError


class MissingSourceError(InputError):
    """A source path that does not exist."""


class EmptySourceError(InputError):
    """A directory without article files, or sources without any readable article."""


class NoArticlesError(EmptySourceError, NothingAnalysedError):
    """Sources that were read, but every input in them was skipped (exit code 9)."""


class BinaryFileError(InputError):
    """A file that holds binary data (NUL bytes) rather than text."""


class DecodeError(InputError):
    """A file whose bytes cannot be decoded as text."""


class MalformedRecordError(InputError):
    """A record of a ``.jsonl``/``.csv``/``.json`` source that cannot be read."""


class MissingColumnError(InputError):
    """A ``.csv`` source without the required ``text`` column."""


class SkippedInputsError(StrictModeError, InputError):
    """``strict=True`` and at least one input was skipped.

    It is both a :class:`~framing.errors.StrictModeError` (exit code 6) and an
    :class:`~framing.errors.InputError`, so either ``except`` clause catches it.
    """


class CorpusWarning(UserWarning):
    """A readable input with a problem worth knowing (encoding guessed, not English)."""


__all__ = [
    "BinaryFileError",
    "CorpusWarning",
    "DecodeError",
    "EmptySourceError",
    "MalformedRecordError",
    "MissingColumnError",
    "MissingSourceError",
    "NoArticlesError",
    "SkippedInputsError",
]
