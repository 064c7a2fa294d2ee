"""The extractor registry: the built-in extractors, listed in one place, and plugins.

The built-ins are the classes of :data:`BUILTIN`, in the order their features
appear in a run. Third parties add their own through the entry-point group
``framing.extractors`` (the entry point names a class deriving from
:class:`~framing.extractors.base.Extractor`); plugins are found when names are
asked for, not at import, and one that fails to load is skipped with a warning.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import Any

from ..errors import UnknownNameError
from .base import Extractor
from .frames import FramesExtractor
from .lexical import HedgingExtractor, LoadedExtractor
from .opinion_style import OpinionStyleExtractor
from .readability import ReadabilityExtractor
from .sourcing import SourcingExtractor
from .style import StyleExtractor
from .tone import ToneExtractor

#: The built-in extractors, in the order of a run's features.
BUILTIN: tuple[type[Extractor], ...] = (
    FramesExtractor,
    HedgingExtractor,
    LoadedExtractor,
    OpinionStyleExtractor,
    ReadabilityExtractor,
    SourcingExtractor,
    StyleExtractor,
    ToneExtractor,
)
#: The entry-point group plugins advertise their extractors under.
ENTRY_POINT_GROUP = "framing.extractors"

_BUILTIN: dict[str, type[Extractor]] = {cls.name: cls for cls in BUILTIN}


def _plugin_classes() -> dict[str, type[Extractor]]:
    found: dict[str, type[Extractor]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must not break the others
            warnings.warn(
                f"framing: extractor plugin {ep.name!r} ({ep.value}) failed to load: {exc}",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        if not (isinstance(obj, type) and issubclass(obj, Extractor)):
            warnings.warn(
                f"framing: extractor plugin {ep.name!r} is not an Extractor subclass",
                RuntimeWarning,
                stacklevel=2,
            )
            continue
        found[obj.name] = obj
    return found


def available_extractors(plugins: bool = True) -> list[str]:
    """Names of all registered extractors (built-in, then plugins)."""
    names = list(_BUILTIN)
    if plugins:
        names += [n for n in _plugin_classes() if n not in _BUILTIN]
    return names


def get_extractor(name: str, **params: Any) -> Extractor:
    """Instantiate a registered extractor by its versioned name, with keyword ``params``."""
    if name in _BUILTIN:
        return _BUILTIN[name](**params)
    plugins = _plugin_classes()
    if name in plugins:
        return plugins[name](**params)
    raise UnknownNameError("extractor", name, list(_BUILTIN) + list(plugins))


def default_extractors() -> list[Extractor]:
    """The built-in extractors plus installed plugin extractors, except those that run
    only when named (:attr:`Extractor.default` False)."""
    return [ex for ex in map(get_extractor, available_extractors()) if ex.default]


def build_extractors(names: Sequence[str] | None,
                     exclude: Sequence[str] = ()) -> list[Extractor]:
    """The named extractors, or the default ones for ``None``, less those named in
    ``exclude`` (each must be a registered name: a typo raises
    :class:`~framing.errors.UnknownNameError` listing the available ones)."""
    if exclude:
        known = available_extractors()
        for name in exclude:
            if name not in known:
                raise UnknownNameError("extractor", name, known)
    chosen = default_extractors() if names is None else [get_extractor(n) for n in names]
    return [ex for ex in chosen if ex.name not in exclude]


__all__ = ["BUILTIN", "ENTRY_POINT_GROUP", "available_extractors", "build_extractors",
           "default_extractors", "get_extractor"]
