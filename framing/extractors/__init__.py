"""Per-article feature extractors: one module per feature family.

:mod:`~framing.extractors.base` holds the contract every extractor follows,
:mod:`~framing.extractors.registry` the list of built-in extractors and the
plugin lookup.
"""

from __future__ import annotations

from .base import ArticleContext, Extractor
from .registry import (
    BUILTIN,
    available_extractors,
    build_extractors,
    default_extractors,
    get_extractor,
)

__all__ = [
    "BUILTIN",
    "ArticleContext",
    "Extractor",
    "available_extractors",
    "build_extractors",
    "default_extractors",
    "get_extractor",
]
