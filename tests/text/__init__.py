"""Tests of framing.text (package: test modules of the same name elsewhere do not clash)."""
