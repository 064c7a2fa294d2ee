"""Tests of framing.engines (package: test modules of the same name elsewhere do not clash)."""
