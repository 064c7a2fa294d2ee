"""Tests of framing.extractors (package: test modules of the same name elsewhere do not clash)."""
