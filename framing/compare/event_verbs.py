"""Verbs of the same meaning, for the events that dates and durations are claims about.

The sets are data, in ``lexicons/claims/event_verbs.toml`` (inside an installed wheel
``framing/_claims/event_verbs.toml``): each has a ``label`` ("closes") and the word
forms that mean it ("close", "shut down", "shutter", ...). :mod:`.discrepancies` keys a
date by the set's label, so "the branch will shutter on June 30" and "the branch closes
on July 15" are two claims about ``date the branch closes`` and conflict.

>>> label_of("shuttered"), label_of("Shut  down"), label_of("closure")
('closes', 'closes', 'closes')
>>> label_of("wrote") is None
True
"""

from __future__ import annotations

import importlib.resources
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import FramingError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

FILE = "event_verbs.toml"


def _path() -> Any:
    installed = importlib.resources.files("framing") / "_claims" / FILE
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parents[2] / "lexicons" / "claims" / FILE


def _sets(data: dict[str, Any], origin: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    events = data.get("event")
    if not isinstance(events, list) or not events:
        raise FramingError(f"{origin}: no [[event]] sets; restore the file from the framing "
                           "distribution")
    out: list[tuple[str, tuple[str, ...]]] = []
    for i, ev in enumerate(events, 1):
        label, forms = (ev.get("label"), ev.get("forms")) if isinstance(ev, dict) else (None,
                                                                                         None)
        if not isinstance(label, str) or not label.strip():
            raise FramingError(f"{origin}: event set {i} has no label")
        if (not isinstance(forms, list) or not forms
                or not all(isinstance(f, str) and re.fullmatch(r"[a-z]+(?: [a-z]+)*", f)
                           for f in forms)):
            raise FramingError(f"{origin}: event set {i} ({label}): forms must be a list of "
                               "lower-case words (one to three, separated by one space)")
        out.append((label, tuple(forms)))
    seen: dict[str, str] = {}
    for label, forms in out:
        for f in forms:
            if seen.setdefault(f, label) != label:
                raise FramingError(f"{origin}: the form {f!r} is in two sets ({seen[f]}, "
                                   f"{label})")
    return tuple(out)


@lru_cache(maxsize=1)
def event_sets() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The shipped sets as ``(label, forms)`` pairs, in the file's order (read once)."""
    path = _path()
    origin = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FramingError(f"{origin}: cannot read the event verb sets ({exc})") from exc
    return _sets(data, origin)


def form_pattern(forms: tuple[str, ...]) -> str:
    """A regular expression matching any of ``forms`` (escaped; longest first; the words
    of a form separated by any spaces)."""
    ordered = sorted(forms, key=lambda f: (-len(f), f))
    return "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in ordered)


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    return {f: label for label, forms in event_sets() for f in forms}


def label_of(verb: str) -> str | None:
    """The label of the set ``verb`` belongs to (case and spacing ignored), or None."""
    return _lookup().get(" ".join(verb.lower().split()))


__all__ = ["event_sets", "form_pattern", "label_of"]
