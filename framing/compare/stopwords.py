"""English stop words: scikit-learn's list, shipped as data.

``framing/compare/english_stop_words.txt`` holds the words of scikit-learn's public
``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS`` (a test checks they are the same), so
that the comparison reads them without importing scikit-learn, which would cost every
``framing report`` about a second and 180 MB for a constant.
"""

from __future__ import annotations

from importlib.resources import files


def _load() -> frozenset[str]:
    text = files(__package__).joinpath("english_stop_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


#: the words of ``sklearn.feature_extraction.text.ENGLISH_STOP_WORDS``
ENGLISH_STOP_WORDS: frozenset[str] = _load()

__all__ = ["ENGLISH_STOP_WORDS"]
