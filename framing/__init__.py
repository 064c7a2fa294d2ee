"""framing: how news outlets frame the same event."""

__version__ = "0.1.0"
