"""Tests of framing.safe_output (package: test modules of the same name elsewhere do not clash)."""
