"""Tests of framing.cli (package: test modules of the same name elsewhere do not clash)."""
