"""Per-article feature extractors: one module per feature family."""

from __future__ import annotations

from .base import (
    ArticleContext,
    Extractor,
    available_extractors,
    build_extractors,
    default_extractors,
    get_extractor,
    register,
)

__all__ = [
    "ArticleContext",
    "Extractor",
    "available_extractors",
    "build_extractors",
    "default_extractors",
    "get_extractor",
    "register",
]
