"""Language of an article body, with ``py3langid`` (its model ships in the package, offline).

Texts under :data:`MIN_WORDS` words are too short to trust and count as English. The
detector reads at most :data:`SAMPLE_CHARS` characters of a body, taken from its start,
middle and end: its cost grows with the text (read whole, it was the largest part of
reading an article; 600 characters cost it about a third of 2,100), its answer on one
language does not change beyond a few hundred characters, and three windows still see a
body that changes language part-way (an English lead before a long German text, say) as
mostly the language of most of it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: fewer words than this: detection is not trusted and "en" is assumed
MIN_WORDS = 20
#: below this probability the detector's answer is not trusted either
MIN_CONFIDENCE = 0.5
DEFAULT = "en"
#: the detector reads at most this many characters: a longer body is sampled in three
#: windows of a third of this each, at its start, middle and end
SAMPLE_CHARS = 600
#: detector answers that name no language ("no linguistic content", "undetermined")
NOT_LANGUAGES = frozenset({"zxx", "und", "mis"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid identifier with normalised probabilities (loaded on first use)."""
    import tempfile

    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError as exc:  # it unpacks its model into a temporary file first
        from ..errors import OutputError

        raise OutputError(f"cannot load the language detector: it unpacks its model into the "
                          f"temporary folder {tempfile.gettempdir()}, and writing there failed "
                          f"({exc.strerror or exc}); free space there, or set TMPDIR to "
                          "another folder") from None


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of ``text``'s language and the detector's confidence.

    Returns ``("en", 0.0)`` for texts under :data:`MIN_WORDS` words, and for
    answers below :data:`MIN_CONFIDENCE`. At most :data:`SAMPLE_CHARS` characters are
    read (:func:`language_sample`).

    Examples
    --------
    >>> detect_language("Too short to tell.")
    ('en', 0.0)
    >>> detect_language("Der Bundestag hat am Dienstag nach einer langen Debatte ein neues "
    ...                 "Gesetz beschlossen, das die Mieten in den großen Städten für die "
    ...                 "nächsten fünf Jahre begrenzen soll.")[0]
    'de'
    """
    if len(text.split(maxsplit=MIN_WORDS)) < MIN_WORDS:  # no need to split it all
        return DEFAULT, 0.0
    lang, confidence = _identifier().classify(language_sample(text))
    if float(confidence) < MIN_CONFIDENCE or lang in NOT_LANGUAGES:
        return DEFAULT, 0.0
    return str(lang), float(confidence)


def language_sample(text: str) -> str:
    """What the detector reads of ``text``: all of it up to :data:`SAMPLE_CHARS`
    characters, else three windows of a third of that from its start, middle and end,
    joined by newlines.

    Examples
    --------
    >>> sample = language_sample("a" * 2000 + "b" * 2000 + "c" * 2000)
    >>> [(set(window), len(window)) for window in sample.split()]
    [({'a'}, 200), ({'b'}, 200), ({'c'}, 200)]
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    w = SAMPLE_CHARS // 3
    mid = (len(text) - w) // 2
    return "\n".join((text[:w], text[mid:mid + w], text[-w:]))


def language_warning(lang: str, confidence: float, *, source: str) -> str | None:
    """A warning for a body that is not English, else None."""
    if lang == DEFAULT:
        return None
    return (
        f"{source}: body looks like language {lang!r} (confidence {confidence:.2f}), not English; "
        "it is not scored (its features are left missing), since the lexicons are English"
    )


__all__ = ["MIN_WORDS", "SAMPLE_CHARS", "detect_language", "language_sample",
           "language_warning"]
