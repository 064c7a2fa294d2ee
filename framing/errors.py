"""Exceptions of our own, each with a documented exit code for the CLI.

Every message names the file (and line, where there is one) and says what to
do about it. The CLI prints ``error: <message>`` and exits with ``exit_code``.

=========================  ====  ==============================================
exception                  code  raised for
=========================  ====  ==============================================
FramingError               1     anything else of ours
InputError                 2     a source that cannot be read as articles
ManifestError              3     a manifest that does not fit its directory
LexiconError               4     a lexicon file that is not valid
OutputError                5     an output path that is unsafe or already used
StrictModeError            6     ``--strict`` and at least one input skipped
ModelError                 7     a trained model that cannot be used
BelowMinimumError          8     ``evaluate --min``: a figure below the minimum
NothingAnalysedError       9     every input skipped: no article to analyse
=========================  ====  ==============================================
"""

from __future__ import annotations


class FramingError(Exception):
    """Base class of every error raised by framing on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class InputError(FramingError):
    """A source that cannot be read as articles (missing, empty, binary, malformed)."""

    exit_code = 2


class ManifestError(InputError):
    """A manifest that names missing files, misses files, or conflicts with records."""

    exit_code = 3


class LexiconError(FramingError):
    """A lexicon file that fails validation; the message names file, entry and line."""

    exit_code = 4


class OutputError(FramingError):
    """An output location that would overwrite data or leave the output directory."""

    exit_code = 5


class StrictModeError(FramingError):
    """Raised under ``--strict`` when any input was skipped."""

    exit_code = 6


class ModelError(FramingError):
    """A saved model that does not match this version of framing or its lexicons."""

    exit_code = 7


class BelowMinimumError(FramingError):
    """``framing evaluate --min``: a figure of the evaluation is below the minimum set."""

    exit_code = 8


class NothingAnalysedError(InputError):
    """Every input was skipped, so there is no article to analyse (``inputs.csv`` says why).

    An :class:`InputError` too, so ``except InputError`` still catches it.
    """

    exit_code = 9


class UnknownNameError(FramingError, KeyError):
    """An extractor, lexicon or engine name that is not registered."""

    exit_code = 1

    def __init__(self, kind: str, name: str, available: list[str]) -> None:
        listing = ", ".join(sorted(available)) or "(none)"
        super().__init__(f"unknown {kind} {name!r}; available: {listing}")

    def __str__(self) -> str:  # KeyError would otherwise repr() the message
        return str(self.args[0])


__all__ = [
    "BelowMinimumError",
    "FramingError",
    "InputError",
    "LexiconError",
    "ManifestError",
    "ModelError",
    "NothingAnalysedError",
    "OutputError",
    "StrictModeError",
    "UnknownNameError",
]
