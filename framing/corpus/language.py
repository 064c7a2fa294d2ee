"""Language of an article body, with ``py3langid`` (its model ships in the package, offline).

Texts under :data:`MIN_WORDS` words are too short to trust and count as English. The
detector reads the first :data:`SAMPLE_CHARS` characters of a body: its cost grows with the
text (it was the largest part of reading an article), and its answer does not change
beyond a few hundred characters of one language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: fewer words than this: detection is not trusted and "en" is assumed
MIN_WORDS = 20
#: below this probability the detector's answer is not trusted either
MIN_CONFIDENCE = 0.5
DEFAULT = "en"
#: the detector reads this many characters from the start of the body
SAMPLE_CHARS = 2_000
#: detector answers that name no language ("no linguistic content", "undetermined")
NOT_LANGUAGES = frozenset({"zxx", "und", "mis"})


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid identifier with normalised probabilities (loaded on first use)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of ``text``'s language and the detector's confidence.

    Returns ``("en", 0.0)`` for texts under :data:`MIN_WORDS` words, and for
    answers below :data:`MIN_CONFIDENCE`. Only the first :data:`SAMPLE_CHARS`
    characters are read.

    Examples
    --------
    >>> detect_language("Too short to tell.")
    ('en', 0.0)
    >>> detect_language("Der Bundestag hat am Dienstag nach einer langen Debatte ein neues "
    ...                 "Gesetz beschlossen, das die Mieten in den großen Städten für die "
    ...                 "nächsten fünf Jahre begrenzen soll.")[0]
    'de'
    """
    if len(text.split()) < MIN_WORDS:
        return DEFAULT, 0.0
    lang, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    if float(confidence) < MIN_CONFIDENCE or lang in NOT_LANGUAGES:
        return DEFAULT, 0.0
    return str(lang), float(confidence)


def language_warning(lang: str, confidence: float, *, source: str) -> str | None:
    """A warning for a body that is not English, else None."""
    if lang == DEFAULT:
        return None
    return (
        f"{source}: body looks like language {lang!r} (confidence {confidence:.2f}), not English; "
        "it is not scored (its features are left missing), since the lexicons are English"
    )


__all__ = ["MIN_WORDS", "SAMPLE_CHARS", "detect_language", "language_warning"]
