"""Tests of framing.lexicon (package: test modules of the same name elsewhere do not clash)."""
