"""Tests of framing.models (package: test modules of the same name elsewhere do not clash)."""
