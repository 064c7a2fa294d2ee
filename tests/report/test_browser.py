"""The report in a real headless Chromium: no console errors, no network, charts, links.

Talks to Chromium over its DevTools protocol through ``--remote-debugging-pipe``
(file descriptors 3 and 4), so no extra Python package is needed. Skipped when
no Chromium is installed, unless ``FRAMING_REQUIRE_BROWSER=1``; ``FRAMING_BROWSER``
names the binary. Screenshots go to ``test-output/screenshots/``.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from framing.report import write_report
from report_real import real_comparison

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
pytestmark = pytest.mark.browser


def chromium_binary() -> str | None:
    env = os.environ.get("FRAMING_BROWSER")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
                 "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """A headless Chromium driven through the DevTools protocol over a pipe."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # chromium reads commands from fd 3 and writes replies to fd 4
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--remote-debugging-pipe", f"--user-data-dir={profile}",
                "--window-size=1280,1000", "about:blank"]

        def child_fds() -> None:  # in the child, before exec: move the pipe ends to 3 and 4
            r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(r, 3)
            os.dup2(w, 4)

        # our own descriptors are not inheritable (PEP 446), so only 0-4 reach chromium
        self.proc = subprocess.Popen(args, close_fds=False, preexec_fn=child_fds,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []
        self.session = ""
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"],
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def _read(self, timeout: float) -> dict[str, Any] | None:
        while b"\0" not in self._buf:
            ready, _, _ = select.select([self._from_chrome], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return dict(json.loads(msg))

    def call(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        self._id += 1
        msg: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            msg["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = self._read(deadline - time.monotonic())
            if reply is None:
                break
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self.events.append(reply)
        raise TimeoutError(f"no reply to {method}")

    def wait_for(self, event: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.get("method") == event for e in self.events):
                return
            msg = self._read(deadline - time.monotonic())
            if msg is not None:
                self.events.append(msg)
        raise TimeoutError(f"no {event}")

    def open(self, path: Path) -> None:
        self.events.clear()
        self.call("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")
        self.call("Runtime.evaluate", expression="1")  # flush pending events

    def js(self, expression: str) -> Any:
        res = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return res["result"].get("value")

    def errors(self) -> list[str]:
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p["exceptionDetails"])[:300])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(json.dumps(p.get("args"))[:300])
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(p["entry"].get("text", "")[:300])
        return out

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    def screenshot(self, path: Path, max_height: int = 9000) -> None:
        height = min(int(self.js("document.documentElement.scrollHeight")), max_height)
        self.call("Emulation.setDeviceMetricsOverride", width=1280, height=height,
                  deviceScaleFactor=1, mobile=False)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        self.call("Emulation.clearDeviceMetricsOverride")

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("FRAMING_REQUIRE_BROWSER") == "1":
            pytest.fail("FRAMING_REQUIRE_BROWSER=1 but no chromium binary was found "
                        "(install it: apt-get install chromium)")
        pytest.skip("no chromium binary found (install chromium, or set FRAMING_BROWSER)")
    b = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield b
    finally:
        b.close()


def _report(tmp_path: Path, kind: str) -> Path:
    """The report of the real sample (one event), or of a small real corpus of two events
    with a hostile outlet, its outlets in two groups."""
    import framing
    from framing.compare import compare

    out = tmp_path / "report"
    if kind == "sample":
        write_report(compare(framing.analyze(ROOT / "corpus" / "muse-spark"), n_boot=50), out)
    else:
        analysis = real_comparison().analysis
        assert analysis is not None
        groups = {"Daily Planet": "tabloid", "The Ledger": "broadsheet",
                  "<script>alert(1)</script>": "tabloid"}
        write_report(compare(analysis, n_boot=50, groups=groups, group_by="lean"), out)
    return out


def _check_page(browser: Browser, out: Path, rel: str) -> None:
    """No console error, no request to the network, no script, every local link resolves."""
    browser.open(out / rel)
    assert browser.errors() == [], (rel, browser.errors())
    bad = [u for u in browser.requests() if not u.startswith(("file:", "data:", "about:"))]
    assert bad == [], f"{rel} fetched from the network: {bad}"
    assert browser.js("document.querySelectorAll('script').length") == 0
    back = browser.js("[...document.querySelectorAll('a[href]')].map(a => "
                      "a.getAttribute('href')).filter(h => !/^(https?:|#)/.test(h))")
    for h in back:
        assert ((out / rel).parent / h.split("#")[0]).resolve().is_file(), (rel, h)


@pytest.mark.parametrize("kind", ["sample", "hostile"])
def test_pages_render_offline_without_errors(browser: Browser, tmp_path: Path,
                                             kind: str) -> None:
    out = _report(tmp_path, kind)
    _check_page(browser, out, "index.html")
    # the answer first: the summary box is the first thing under the title
    first = browser.js("document.querySelector('main h1').nextElementSibling"
                       ".nextElementSibling.className")
    assert first == "summary", first
    assert browser.js("document.querySelector('section.summary').getBoundingClientRect()"
                      ".top") < 400
    browser.screenshot(SHOTS / f"index-{kind}.png")
    hrefs: list[str] = browser.js(
        "[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    local = sorted({h.split("#")[0] for h in hrefs
                    if not h.startswith(("http://", "https://", "#"))})
    sources = [h for h in local if h.startswith("sources/")]
    events = [h for h in local if h.startswith("events/")]
    assert sources, "the index links to no source page"
    if kind == "sample":
        assert browser.js("document.querySelectorAll('svg.chart').length") >= 2
        assert browser.js("document.querySelectorAll('table.headlines tbody tr').length") == 5
    else:
        assert len(events) == 2, events
        assert browser.js("document.querySelectorAll('#groups').length") == 1
        assert "tabloid" in browser.js("document.querySelector('#groups').parentElement"
                                       ".innerText")
        browser.screenshot(SHOTS / "index-groups.png")
    for i, rel in enumerate(events):
        _check_page(browser, out, rel)
        assert browser.js("document.querySelectorAll('section.summary').length") == 1
        assert browser.js("document.querySelectorAll('svg.chart').length") >= 2
        assert browser.js("Math.max(...[...document.querySelectorAll('svg.chart')]"
                          ".map(s => s.getBoundingClientRect().width))") > 200
        if i == 0:
            browser.screenshot(SHOTS / "event-hostile.png")
    for i, rel in enumerate(sources):
        _check_page(browser, out, rel)
        h1 = browser.js("document.querySelector('h1').textContent")
        names = browser.js("[...document.querySelectorAll('nav.top a.current')]"
                           ".map(a => a.textContent)")
        assert names == [h1], (rel, names, h1)
        assert browser.js("document.querySelector('#apart') !== null")
        if i == 0:
            browser.screenshot(SHOTS / f"source-{kind}.png")


def test_hostile_text_stays_text_in_the_browser(browser: Browser, tmp_path: Path) -> None:
    out = tmp_path / "report"
    write_report(real_comparison(), out)
    for page in [out / "index.html", *sorted((out / "sources").glob("*.html"))]:
        browser.open(page)
        assert browser.errors() == []
        assert browser.js("document.querySelectorAll('script, img').length") == 0
    browser.open(out / "sources" / "script-alert-1-script.html")
    assert browser.js("document.querySelector('h1').textContent") == "<script>alert(1)</script>"
    body = browser.js("document.body.innerText")
    assert "onerror=alert(1)>" in body
