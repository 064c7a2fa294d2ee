"""Safe, unique file names for outlets.

>>> slugify("Café Zürich")
'cafe-zurich'
>>> slugify("../../etc")
'etc'
>>> slugify("")
'outlet'
>>> unique_slugs(["A/B", "a b", "a-b"])
{'A/B': 'a-b', 'a b': 'a-b-2', 'a-b': 'a-b-3'}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG = 60
FALLBACK = "outlet"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(name: str, *, max_length: int = MAX_SLUG, fallback: str = FALLBACK) -> str:
    """A file-name-safe slug: ASCII letters, digits and single dashes, never empty.

    Parameters
    ----------
    name : str
        Any text, e.g. an outlet name.
    max_length : int
        Longest slug returned (cut at a dash where possible).
    fallback : str
        Returned when nothing usable is left.

    Returns
    -------
    str
        Matches ``[a-z0-9]+(-[a-z0-9]+)*``; never contains ``/`` or ``..``.
    """
    ascii_ = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length]
        if "-" in slug[max_length // 2:]:
            slug = slug[: slug.rindex("-")]
        slug = slug.strip("-")
    return slug or fallback


def unique_slugs(names: Iterable[str], *, max_length: int = MAX_SLUG) -> dict[str, str]:
    """Map each distinct name to a distinct slug, adding ``-2``, ``-3`` on collisions.

    Names are taken in the order given, so the mapping is deterministic for a
    given order (callers pass sorted names).
    """
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        if name in out:
            continue
        base = slugify(name, max_length=max_length - 4)
        slug = base
        n = 2
        while slug in used:
            slug = f"{base}-{n}"
            n += 1
        used.add(slug)
        out[name] = slug
    return out
