"""Shared fixtures, and the guard that fails any test opening a network connection."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "muse-spark"
CONTROLLED = Path(__file__).resolve().parent / "data" / "controlled"
SHARED = ROOT.parent / "shared"


try:  # HYPOTHESIS_PROFILE=ci (set by tox): a bounded number of cases, no deadline
    from hypothesis import settings as _hyp_settings
except ImportError:  # pragma: no cover - hypothesis is a test extra
    pass
else:
    _hyp_settings.register_profile("ci", max_examples=25, deadline=None, print_blob=True)
    _hyp_settings.register_profile("dev", max_examples=50, deadline=None)
    if os.environ.get("HYPOTHESIS_PROFILE"):
        _hyp_settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


class NetworkAccessError(RuntimeError):
    """Raised when code under test tries to reach the network."""


def _is_local(address: Any) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in ("localhost", "::1", "0.0.0.0", "") or host.startswith("127.")
    return isinstance(address, (str, bytes))  # AF_UNIX paths


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Fail any test whose code opens a non-loopback connection.

    Loopback stays allowed for the Dask LocalCluster and the browser test, which
    talk to processes on this machine only.
    """
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def guard(address: Any) -> None:
        if not _is_local(address):
            raise NetworkAccessError(f"test {request.node.nodeid} tried to reach {address!r}")

    def connect(self: socket.socket, address: Any) -> Any:
        guard(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (None, "localhost", "127.0.0.1", "::1", "0.0.0.0", "") and not str(
            host
        ).startswith("127."):
            raise NetworkAccessError(f"test {request.node.nodeid} tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def controlled_dir() -> Path:
    return CONTROLLED


@pytest.fixture(scope="session")
def sample_analysis() -> Any:
    import framing

    return framing.analyze(SAMPLE)


@pytest.fixture(scope="session")
def controlled_analysis() -> Any:
    import framing

    return framing.analyze(CONTROLLED)
