"""The monitor page in a real browser: Chromium (headless) opens it, takes a screenshot and
prints it to PDF. `.ci/run` installs Debian's chromium; without a browser these tests are
skipped, saying so."""

from __future__ import annotations

import os
import re
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from banencalc.render.pdf import find_browser

from ..conftest import RunCli
from ..devtools import Browser

BROWSER = find_browser()
if BROWSER is None and os.environ.get("BANENCALC_REQUIRE_BROWSER"):  # CI: never skip silently
    raise RuntimeError("BANENCALC_REQUIRE_BROWSER is set but no headless browser was found")
pytestmark = [
    pytest.mark.slow,  # a real browser: run in CI; `pytest -m 'not slow'` leaves it out locally
    pytest.mark.skipif(
        BROWSER is None,
        reason="no headless browser (install chromium, or set BANENCALC_BROWSER) for the page test",
    ),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ..conftest import invoke

    out = tmp_path_factory.mktemp("report") / "rapport.html"
    result = invoke(["report", "--year", "2023", "--lang", "nl", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert BROWSER is not None
    with Browser(BROWSER) as session:
        yield session


def test_the_page_opens_without_errors_or_requests(page: Path, browser: Browser) -> None:
    browser.open(page)
    assert browser.problems() == []
    # self-contained: the page asks for nothing but itself
    assert browser.requests() == [page.resolve().as_uri()]


def test_the_key_numbers_are_on_the_rendered_page(page: Path, browser: Browser) -> None:
    browser.open(page)
    text = browser.text()
    for shown in (
        "Banenafspraak 2023: Totaal",
        "105.000",
        "85.665",
        "19.335",
        "81,59%",
        "Inhaalpad: Totaal naar 125.000 in 2025",
        "2,99%",  # the government's indicative quota percentage of 2023
        "Bronnen",
    ):
        assert shown in text, shown
    # a reader's page: no figure key, regime id, project file or command line in its text
    for internal in (
        r"\b(targets|realised|quota_percentages|parameters)\.[a-z_]+",
        r"regime:",
        r"quotum-not-executed|quota-law",
        r"\bseed\b|\.txt\b",
        r"--[a-z]",
        r"Cijfers en hun status",  # the appendix, only when asked
    ):
        assert not re.search(internal, text), internal


def test_a_screenshot_of_the_page(page: Path, browser: Browser, tmp_path: Path) -> None:
    browser.open(page, width=1100)
    png = browser.screenshot()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert width == 1100 and height > 3000  # the whole page, not one screen of it
    (tmp_path / "rapport.png").write_bytes(png)


def test_the_page_prints_to_a4(page: Path, browser: Browser) -> None:
    browser.open(page)
    pdf = browser.pdf()
    assert pdf.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
    assert 2 <= len(pages) <= 4  # the year's page fits a few A4 pages; the appendix is asked for
    boxes = set(re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf))
    assert boxes and all(abs(float(w) - 595.9) < 2 and abs(float(h) - 842) < 2 for w, h in boxes)


def test_report_writes_a_pdf(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    result = run_cli("report", "--year", "2023", "--lang", "nl", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_the_appendix_lists_every_figure_when_asked(browser: Browser, tmp_path: Path) -> None:
    from ..conftest import invoke

    out = tmp_path / "rapport.html"
    result = invoke(["report", "--year", "2023", "--lang", "nl", "--appendix", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    browser.open(out)
    text = browser.text()
    assert "Cijfers en hun status" in text and "targets.total.2023" in text


#: every chart's vertical axis title and its tick labels, as boxes on the rendered page
AXIS_BOXES = """
Array.from(document.querySelectorAll("svg.chart")).map(function (svg) {
  var texts = Array.from(svg.querySelectorAll("text.tick"));
  var title = texts.filter(function (t) { return t.getAttribute("transform"); })[0];
  var box = function (t) { var r = t.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom]; };
  return {title: box(title), ticks: texts.filter(function (t) { return t !== title; }).map(box)};
})
"""


def test_axis_titles_never_overlap_the_tick_labels(page: Path, browser: Browser) -> None:
    browser.open(page)
    found = browser.call("Runtime.evaluate", expression=AXIS_BOXES, returnByValue=True)
    charts = found["result"]["value"]
    assert charts  # the page has charts
    for chart in charts:
        left, top, right, bottom = chart["title"]
        for t_left, t_top, t_right, t_bottom in chart["ticks"]:
            apart = right <= t_left or t_right <= left or bottom <= t_top or t_bottom <= top
            assert apart, (chart["title"], (t_left, t_top, t_right, t_bottom))
