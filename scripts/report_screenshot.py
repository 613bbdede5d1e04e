"""Regenerate the README's picture of the monitor page: `banencalc report --year 2023 --lang nl`,
opened in headless Chromium, the first screen of it saved as docs/report-2023-nl.png.

    uv run python scripts/report_screenshot.py

Needs a headless browser (Debian: apt install chromium; or set BANENCALC_BROWSER).
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


def main() -> None:
    browser = find_browser()
    if browser is None:
        raise SystemExit("no headless browser: install chromium, or set BANENCALC_BROWSER")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "rapport.html"
        subprocess.run(
            [sys.executable, "-m", "banencalc", *COMMAND, "-o", str(page)], check=True, cwd=ROOT
        )
        with Browser(browser) as session:
            session.open(page, width=1000, height=1500)
            problems = session.problems()
            if problems:
                raise SystemExit(f"the page logged errors: {problems}")
            PICTURE.write_bytes(session.screenshot(full_page=False))
    print(f"wrote {PICTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
