"""Shared fixtures, and the guard that fails any test opening a network connection."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "muse-spark"
CONTROLLED = Path(__file__).resolve().parent / "data" / "controlled"
SHARED = ROOT.parent / "shared"
#: the installed console script, beside the interpreter running the tests
FRAMING = Path(sys.executable).parent / ("framing.exe" if os.name == "nt" else "framing")


def framing_script(*args: str, cwd: Path | None = None, env: Mapping[str, str] | None = None,
                   timeout: float = 300, stdin: str | None = None
                   ) -> subprocess.CompletedProcess[str]:
    """Run the installed ``framing`` console script as a user does: exit code, stdout, stderr."""
    assert FRAMING.is_file(), f"no console script at {FRAMING}; install the package (pip -e .)"
    full_env = {**os.environ, "MPLBACKEND": "Agg", **(env or {})}
    return subprocess.run([str(FRAMING), *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout, input=stdin if stdin is not None else "")


#: ``[sys.executable, "-c", FORKED, program, *args]`` runs ``program`` as the child of a small
#: Python: Linux carries a process's RSS high-water mark across fork and exec, so a program
#: started straight from the test process would count the test process's RSS in its own
#: ``ru_maxrss`` (its peak, measured late in a run or in a pytest-xdist worker, would be
#: the test process's). The exit status is the program's (128 + N after signal N).
FORKED = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
sys.exit(code if code >= 0 else 128 - code)
"""


def framing_main(*args: str) -> tuple[int, str, str]:
    """``framing.cli.main`` as the console script calls it, in this process (monkeypatches hold).

    Returns the exit status the script would end with, and what it wrote to stdout and stderr.
    """
    from framing.cli.commands import main

    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(list(args))
    return code, stdout.getvalue(), stderr.getvalue()


def need_shared(path: Path, what: str) -> Path:
    """``path`` under ../shared, or a skip saying why; under CI (env CI set) a failure instead.

    CI lays ../shared beside the clone, so a missing file there is a broken set-up, not a
    clone without the data.
    """
    if path.exists():
        return path
    reason = (f"{what} not found at {path}: the shared data (../shared beside the repository) "
              "is not on this machine")
    if os.environ.get("CI"):
        pytest.fail(f"{reason}, but CI is set and CI provides it")
    pytest.skip(reason)


try:  # HYPOTHESIS_PROFILE=ci (set by tox): a bounded number of cases, no deadline
    from hypothesis import settings as _hyp_settings
except ImportError:  # pragma: no cover - hypothesis is a test extra
    pass
else:
    _hyp_settings.register_profile("ci", max_examples=25, deadline=None, print_blob=True)
    _hyp_settings.register_profile("dev", max_examples=50, deadline=None)
    if os.environ.get("HYPOTHESIS_PROFILE"):
        _hyp_settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])


def examples(share: float = 1.0) -> int:
    """A property test's number of examples: ``share`` of the active hypothesis profile's.

    Slow properties (a whole analysis per example) run a fraction of the profile's count,
    so ``HYPOTHESIS_PROFILE`` scales every property test; none fixes its own count.
    """
    from hypothesis import settings

    return max(5, round(settings.default.max_examples * share))


SCHEMA = ROOT / "docs" / "comparison.schema.json"


def validate_comparison(path: Path) -> dict[str, Any]:
    """Check one written comparison.json against docs/comparison.schema.json; its content."""
    import json

    import jsonschema

    doc = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    return dict(doc)


@pytest.fixture(autouse=True)
def _written_comparisons_follow_the_schema(request: pytest.FixtureRequest) -> Any:
    """After a test with a ``tmp_path``: every comparison.json written under it is valid."""
    tmp = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    yield
    if tmp is not None:
        for path in tmp.rglob("comparison.json"):
            validate_comparison(path)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Every comparison.json written anywhere under this run's temporary directory (also by
    module- and session-scoped fixtures) follows the schema; a bad one fails the run."""
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None or getattr(factory, "_basetemp", None) is None:
        return
    bad = []
    for path in Path(factory.getbasetemp()).rglob("comparison.json"):
        try:
            validate_comparison(path)
        except Exception as exc:  # jsonschema.ValidationError, or not JSON at all
            bad.append(f"{path}: {str(exc).splitlines()[0]}")
    if bad:
        sys.stderr.write("comparison.json not valid against docs/comparison.schema.json:\n"
                         + "\n".join(bad) + "\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


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


# -- the mutation check (scripts/mutation_check.py) ------------------------------------------
# mutmut learns which tests reach a function from the calls made between one test's teardown
# and the next; a session or module fixture (or a cached helper) built by the first test that
# asks for it would credit that test alone, and a mutant of code only such a fixture runs would
# be tested against it alone. While mutmut collects its stats (MUTANT_UNDER_TEST=stats), the
# functions each fixture's setup reaches are kept and credited to every test using the fixture.
MUTATION_STATS = os.environ.get("MUTANT_UNDER_TEST") == "stats"


class _FixtureCredit:
    """Credits the functions a fixture's setup reaches to every test that uses the fixture
    (registered as a plugin, so that it also sees the session's fixtures)."""

    def __init__(self) -> None:
        self.hits: dict[int, set[str]] = {}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_fixture_setup(self, fixturedef: Any) -> Any:
        from mutmut.state import state

        outer = state()._stats
        state()._stats = set()
        try:
            yield
        finally:
            hit = state()._stats
            state()._stats = outer | hit
            self.hits.setdefault(id(fixturedef), set()).update(hit)

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_teardown(self, item: pytest.Item) -> None:
        from mutmut.state import state

        defs = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
        for fixturedefs in defs.values():
            for fixturedef in fixturedefs:
                state()._stats.update(self.hits.get(id(fixturedef), ()))


def pytest_configure(config: pytest.Config) -> None:
    if MUTATION_STATS:
        config.pluginmanager.register(_FixtureCredit(), "framing-fixture-credit")
