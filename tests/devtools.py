"""For the tests and the README's screenshot: a headless browser session over the Chrome
DevTools Protocol, on a pipe (no extra package). The product prints its PDF with one browser
command (banencalc.render.pdf); this session also sees what a page logs and fetches.

Chromium started with `--remote-debugging-pipe` reads commands on its file descriptor 3 and
writes answers and events on 4, each a JSON message ended by a NUL byte. That is enough to open
a page, see what it logs and what it fetches, read its text, and take a screenshot or a PDF: the
monitor page is printed with it, and its browser test and the README's screenshot use it too.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.render.pdf import headless_arguments

TIMEOUT_SECONDS = 60.0


class BrowserError(BanencalcError):
    """The browser did not start, answer or load the page."""


_TRAMPOLINE = (
    "import os, sys; os.dup2(int(sys.argv[1]), 3); os.dup2(int(sys.argv[2]), 4); "
    "os.execvp(sys.argv[3], sys.argv[3:])"
)


def _above_nine(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless browser with one tab: `open` a file, then read, capture or print it."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="banencalc-browser-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # A small Python trampoline puts the pipe ends on the descriptors the browser expects (3
        # and 4), then becomes the browser; the ends are moved above 9 first, so that neither is
        # 3 or 4 itself and overwritten by the other.
        to_browser_r, from_browser_w = _above_nine(to_browser_r), _above_nine(from_browser_w)
        arguments = [
            *headless_arguments(Path(self._profile.name)),
            "--remote-debugging-pipe",
            "--hide-scrollbars",
            "about:blank",
        ]
        try:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _TRAMPOLINE,
                    str(to_browser_r),
                    str(from_browser_w),
                    executable,
                    *arguments,
                ],
                pass_fds=(to_browser_r, from_browser_w),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError as exc:
            raise BrowserError(
                Msg("{browser} did not start ({why})", browser=executable, why=str(exc))
            ) from None
        finally:
            os.close(to_browser_r)
            os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    # -- the protocol ------------------------------------------------------------------------
    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer (events that come first are kept)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self._session is not None and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._receive()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(
                        Msg(
                            "the browser refused {method}: {why}",
                            method=method,
                            why=str(answer["error"]),
                        )
                    )
                result: dict[str, Any] = answer.get("result", {})
                return result
            if "method" in answer:
                self.events.append(answer)

    def _receive(self, timeout: float = TIMEOUT_SECONDS) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(left, 0))
            if not ready:
                raise BrowserError(
                    Msg("the browser did not answer within {seconds} seconds", seconds=int(timeout))
                )
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise BrowserError(Msg("the browser closed the connection"))
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def wait_for(self, method: str, timeout: float = TIMEOUT_SECONDS) -> dict[str, Any]:
        """The first event `method` since the last call (kept in `events` too)."""
        for event in self.events:
            if event["method"] == method and not event.get("_seen"):
                event["_seen"] = True
                return event
        while True:
            event = self._receive(timeout)
            if "method" in event:
                self.events.append(event)
                if event["method"] == method:
                    event["_seen"] = True
                    return event

    # -- what a test or a script asks --------------------------------------------------------
    def open(self, page: Path, width: int = 1100, height: int = 1400) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        self.call("Page.navigate", url=page.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def text(self) -> str:
        """The page's rendered text, as a reader sees it."""
        found = self.call(
            "Runtime.evaluate", expression="document.body.innerText", returnByValue=True
        )
        return str(found["result"]["value"])

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions, and logged errors (a failed load among them)."""
        found = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(str(params.get("exceptionDetails", {}).get("text", "exception")))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(str(params["entry"].get("text", "")))
        return found

    def requests(self) -> list[str]:
        """Every address the page asked for."""
        return [
            str(e["params"]["request"]["url"])
            for e in self.events
            if e["method"] == "Network.requestWillBeSent"
        ]

    def screenshot(self, full_page: bool = True) -> bytes:
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": size["height"],
                "scale": 1,
            }
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.call("Page.captureScreenshot", **params)["data"])

    def pdf(self) -> bytes:
        """The page printed as its print CSS says (A4, page breaks), without a browser header."""
        printed = self.call(
            "Page.printToPDF",
            preferCSSPageSize=True,
            printBackground=True,
            displayHeaderFooter=False,
        )
        return base64.b64decode(printed["data"])

    # -- lifetime --------------------------------------------------------------------------------
    def close(self) -> None:
        try:
            self.call("Browser.close")
        except BanencalcError:
            pass
        finally:
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            for fd in (self._to_browser, self._from_browser):
                with contextlib.suppress(OSError):
                    os.close(fd)
            self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
