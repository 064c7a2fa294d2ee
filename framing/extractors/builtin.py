"""Importing this module registers the built-in extractors."""

from __future__ import annotations

from . import frames, lexical, readability, sourcing, style, tone

__all__ = ["frames", "lexical", "readability", "sourcing", "style", "tone"]
