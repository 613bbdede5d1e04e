"""A page printed to PDF by a headless browser (Chromium or Chrome), as a reader would print it.

No PDF library and no browser driver: one command, `chromium --headless --print-to-pdf`, prints
the page with its own print CSS (A4, page breaks between sections), so the PDF is what a reader
gets from File > Print. The browser runs in a process group of its own under a time limit; on
timeout the whole group is killed, and what it wrote must be a PDF or nothing is kept.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

TIMEOUT_SECONDS = 60.0
#: browsers tried in this order; $BANENCALC_BROWSER names another
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> str | None:
    """The headless browser to use: $BANENCALC_BROWSER, else the first of BROWSERS found."""
    chosen = os.environ.get("BANENCALC_BROWSER")
    if chosen:
        return shutil.which(chosen) or (chosen if Path(chosen).is_file() else None)
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def headless_arguments(profile: Path) -> list[str]:
    """Headless, offline, with a throwaway profile (no sync, no updates, no first-run pages)."""
    arguments = [
        "--headless",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        arguments.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return arguments


def require_browser() -> str:
    """The browser to print with, or a clear error before any work."""
    browser = find_browser()
    if browser is None:
        raise BanencalcError(
            Msg(
                "a PDF is printed by a headless browser, and none was found: install Chromium "
                "(Debian/Ubuntu: apt install chromium) or Google Chrome, or name one in "
                "$BANENCALC_BROWSER; or write -o report.html and print it from any browser"
            ),
            field="output",
        )
    return browser


def _failed(browser: str, why: Msg) -> BanencalcError:
    return BanencalcError(
        Msg(
            "{browser} could not print the page to PDF ({why}); is it Chromium or Chrome? "
            "$BANENCALC_BROWSER names the browser to use",
            browser=browser,
            why=why,
        ),
        field="output",
    )


def print_to_pdf(html: str, browser: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """The page as PDF bytes, printed by `browser` in one headless run."""
    with tempfile.TemporaryDirectory(prefix="banencalc-pdf-") as folder:
        page, pdf, profile = Path(folder) / "page.html", Path(folder) / "page.pdf", Path(folder)
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            *headless_arguments(profile / "profile"),
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group: a timeout kills every child
            )
        except OSError as exc:
            raise _failed(browser, Msg.text(exc.strerror or str(exc))) from None
        try:
            _, errors = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise _failed(
                browser, Msg("no answer within {seconds} seconds", seconds=int(timeout))
            ) from None
        if process.returncode != 0:
            last = (errors or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
            raise _failed(
                browser,
                Msg(
                    "exit status {code}{detail}",
                    code=process.returncode,
                    detail=Msg.text(f": {last[0][:200]}" if last else ""),
                ),
            )
        printed = pdf.read_bytes() if pdf.is_file() else b""
    if not printed.startswith(b"%PDF-"):
        raise _failed(browser, Msg("what it wrote is not a PDF"))
    return printed
