"""Tests of framing.corpus (package: test modules of the same name elsewhere do not clash)."""
