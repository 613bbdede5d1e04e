"""Regenerate the README's pictures, each as a reader sees it:
- docs/report-2023-nl.png: the first screen of `banencalc report --year 2023 --lang nl`;
- docs/rapport-2023-nl-pdf-p1.png: page 1 of the same page printed to PDF (`-o rapport.pdf`);
- docs/brief-nl-docx-p1.png: the first page of `employer ... --lang nl -o brief.docx`, as
  LibreOffice prints it;
- docs/monitor-nl.png: the first screen of `monitor examples/monitor/monitor.yaml --lang nl -o
  monitor.html`.

    uv run python scripts/report_screenshot.py

Needs a headless browser (Debian: apt install chromium; or set BANENCALC_BROWSER), LibreOffice
(soffice) and poppler's pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from banencalc.render.pdf import find_browser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the DevTools session lives with the tests
from tests.devtools import Browser  # noqa: E402

PICTURE = ROOT / "docs" / "report-2023-nl.png"
COMMAND = ["report", "--year", "2023", "--lang", "nl"]
LETTER = ["employer", "--year", "2019", "--paid-hours", "300000", "--lang", "nl"]
MONITOR = ["monitor", "examples/monitor/monitor.yaml", "--lang", "nl"]


def main() -> None:
    browser = find_browser()
    if browser is None:
        raise SystemExit("no headless browser: install chromium, or set BANENCALC_BROWSER")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "rapport.html"
        banencalc(*COMMAND, "-o", str(page))
        with Browser(browser) as session:
            session.open(page, width=1000, height=1500)
            problems = session.problems()
            if problems:
                raise SystemExit(f"the page logged errors: {problems}")
            PICTURE.write_bytes(session.screenshot(full_page=False))
            monitor = Path(folder) / "monitor.html"
            banencalc(*MONITOR, "-o", str(monitor))
            session.open(monitor, width=1000, height=1300)
            (ROOT / "docs" / "monitor-nl.png").write_bytes(session.screenshot(full_page=False))
        pdf = Path(folder) / "rapport.pdf"
        banencalc(*COMMAND, "-o", str(pdf))
        first_page(pdf, ROOT / "docs" / "rapport-2023-nl-pdf-p1.png")
        word = Path(folder) / "brief.docx"
        banencalc(*LETTER, "-o", str(word))
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(word)],
            check=True,
            capture_output=True,
        )
        first_page(Path(folder) / "brief.pdf", ROOT / "docs" / "brief-nl-docx-p1.png")
    print(
        "wrote docs/report-2023-nl.png, docs/rapport-2023-nl-pdf-p1.png, "
        "docs/brief-nl-docx-p1.png, docs/monitor-nl.png"
    )


def banencalc(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "banencalc", *args, "-q"], check=True, cwd=ROOT)


def first_page(pdf: Path, picture: Path) -> None:
    """Page 1 of `pdf` as a PNG of 80 dpi (an A4 page 662 pixels wide)."""
    stem = picture.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )


if __name__ == "__main__":
    main()
