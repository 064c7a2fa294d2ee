"""Tests of framing.report (package: test modules of the same name elsewhere do not clash)."""
