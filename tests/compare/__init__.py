"""Tests of framing.compare (package: test modules of the same name elsewhere do not clash)."""
