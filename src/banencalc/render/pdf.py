"""A page printed to PDF by a headless browser (Chromium or Chrome), as a reader would print it.

No PDF library: the browser that shows the page also prints it, with the page's own print CSS
(A4, page breaks between sections), so the PDF is what a reader gets from File > Print.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from banencalc.errors import BanencalcError
from banencalc.messages import Msg
from banencalc.render.browser import Browser, find_browser


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


def print_to_pdf(html: str, browser: str) -> bytes:
    """The page as PDF bytes."""
    with tempfile.TemporaryDirectory(prefix="banencalc-pdf-") as folder:
        page = Path(folder) / "page.html"
        page.write_text(html, encoding="utf-8")
        with Browser(browser) as session:
            session.open(page)
            printed = session.pdf()
    if not printed.startswith(b"%PDF"):
        raise BanencalcError(
            Msg("{browser} could not print the page ({why})", browser=browser, why="no PDF")
        )
    return printed
