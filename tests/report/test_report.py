"""`banencalc report`: the monitor page, read as HTML (tests/report/test_report_browser.py opens it
in a real browser)."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banencalc
from banencalc.render.svg import line_chart_svg
from banencalc.report.model import Line

from ..conftest import RunCli
from ..i18n.test_catalogue import ENGLISH

EPOCH = {"SOURCE_DATE_EPOCH": "1795000000"}  # 2026-11-18: the same inputs give the same page


class _Page(HTMLParser):
    """What a reader sees (text outside <style>), and the page's tags and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.text.append(" ".join(data.split()))


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def _report(run_cli: RunCli, tmp_path: Path, *args: str, name: str = "rapport.html") -> str:
    out = tmp_path / name
    result = run_cli("report", *args, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    return out.read_text(encoding="utf-8")


@pytest.fixture
def epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in EPOCH.items():
        monkeypatch.setenv(key, value)


def test_the_page_shows_the_year_in_dutch(run_cli: RunCli, tmp_path: Path, epoch: None) -> None:
    html = _report(run_cli, tmp_path, "--year", "2023", "--lang", "nl")
    page = _parse(html)
    text = "\n".join(page.text)
    assert page.tags[0] == ("html", {"lang": "nl"})
    # the headline: target, realised, shortfall and % of target of 2023, in Dutch numbers
    for shown in ("105.000", "85.665", "19.335", "81,59%"):
        assert shown in text
    assert "Geldende wet vanaf 2019: de quotumwet (Wet banenafspraak en quotum" in text
    # the sectors as far as published: Rijk and Politie have a share, the other ten nothing
    assert "Marktsector" in text and "Overheid" in text and "Rijk" in text and "Politie" in text
    assert "Gemeenten" not in text
    # the series, the catch-up path, the quota of both sectors and the sources
    for heading in (
        "Banenafspraak 2015-2023: Totaal",
        "Inhaalpad: Totaal naar 125.000 in 2025",
        "Quotumpercentage, Marktsector, rond 2023",
        "Quotumpercentage, Overheid, rond 2023",
        "Bronnen",
    ):
        assert any(heading in t for t in page.text), heading
    assert "Gemaakt op 2026-11-18 door banencalc" in text
    # the list of every figure is the appendix, asked for
    assert not any("Cijfers en hun status" in t for t in page.text)
    appendix = _parse(_report(run_cli, tmp_path, "--year", "2023", "--lang", "nl", "--appendix"))
    assert any("Cijfers en hun status" in t for t in appendix.text)


def test_every_figure_links_to_a_listed_source(
    run_cli: RunCli, tmp_path: Path, epoch: None
) -> None:
    page = _parse(_report(run_cli, tmp_path, "--year", "2024", "--appendix"))
    ids = {attrs.get("id") for _, attrs in page.tags}
    links = [attrs["href"] for tag, attrs in page.tags if tag == "a" and attrs.get("href")]
    inside = [link for link in links if link and link.startswith("#")]
    assert inside and all(link[1:] in ids for link in inside)
    figure_rows = [
        a for t, a in page.tags if t == "tr" and (a.get("id") or "").startswith("figure-")
    ]
    assert any(a["id"] == "figure-realised.total.2024" for a in figure_rows)
    text = "\n".join(page.text)
    # 2024's realised figure is derived and approximate: the page says both
    assert re.search(r"realised\.total\.2024\n~89,665\nderived\napproximate", text), text


def test_the_page_is_self_contained(run_cli: RunCli, tmp_path: Path, epoch: None) -> None:
    html = _report(run_cli, tmp_path, "--year", "2023")
    page = _parse(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert "@import" not in html and "url(" not in html
    # the only outside addresses are the sources' own links, for a reader to follow
    outside = [a for t, a in page.tags if t == "a" and not (a.get("href") or "#").startswith("#")]
    assert outside and all(
        (a.get("href") or "").startswith(("https://", "http://")) for a in outside
    )
    assert all(a.get("rel") == "noreferrer" for a in outside)
    svgs = [a for t, a in page.tags if t == "svg"]
    assert len(svgs) == 2 and all(a.get("role") == "img" and a.get("aria-labelledby") for a in svgs)


def test_tables_have_captions_and_headers(run_cli: RunCli, tmp_path: Path, epoch: None) -> None:
    html = _report(run_cli, tmp_path, "--year", "2023")
    assert html.count("<table>") == html.count("<caption") >= 5
    page = _parse(html)
    scopes = [a.get("scope") for t, a in page.tags if t == "th"]
    assert scopes and all(s in ("col", "row") for s in scopes)


def test_the_page_can_be_made_again(run_cli: RunCli, tmp_path: Path, epoch: None) -> None:
    """Version, data hash and command are on the page; the same inputs give the same bytes."""
    first = _report(run_cli, tmp_path, "--year", "2023", name="a.html")
    second = _report(run_cli, tmp_path, "--year", "2023", name="b.html")
    assert first == second
    data = banencalc.bundled_data_dir()
    digest = hashlib.sha256()
    for name in ("targets.yaml", "sectors.yaml"):
        digest.update((data / name).read_bytes())
    assert digest.hexdigest() in first
    assert f"banencalc {banencalc.__version__}" in first
    appendix = _report(run_cli, tmp_path, "--year", "2023", "--appendix", name="c.html")
    assert "banencalc report --year 2023 --sector total --lang en --appendix" in appendix


def test_a_scenario_stands_beside_the_baseline(
    run_cli: RunCli, tmp_path: Path, epoch: None
) -> None:
    plain = _report(run_cli, tmp_path, "--year", "2023", name="plain.html")
    html = _report(
        run_cli, tmp_path, "--year", "2023", "--set", "realised.total.2023=95000", name="s.html"
    )
    text = "\n".join(_parse(html).text)
    assert 'id="scenario"' in html and 'id="scenario"' not in plain
    assert "realised.total.2023: 85,665 -> 95,000" in text
    assert "Total (baseline)" in text and "+9,335" in text
    # the what-if is what the reader asked about: right after the headline
    assert html.index('id="scenario"') < html.index('id="sectors"')
    digest = re.compile(r"SHA-256 ([0-9a-f]{64})")
    assert digest.search(html) and digest.search(plain)
    assert digest.search(html).group(1) != digest.search(plain).group(1)  # type: ignore[union-attr]


def test_text_from_the_data_is_escaped(
    run_cli: RunCli, tmp_path: Path, data_copy: Path, epoch: None
) -> None:
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    text = text.replace(
        "title: Kamerbrief Landelijke monitor banenafspraak over 2022",
        f'title: "Kamerbrief {hostile}"',
        1,
    )
    targets.write_text(text, encoding="utf-8")
    html = _report(run_cli, tmp_path, "--year", "2023", "--data", str(data_copy))
    assert hostile not in html and "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Kamerbrief <script>alert(1)</script>" in "\n".join(_parse(html).text)


def test_a_source_address_that_is_not_a_web_page_is_not_a_link(
    run_cli: RunCli, tmp_path: Path, data_copy: Path, epoch: None
) -> None:
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    text = text.replace(
        "url: https://zoek.officielebekendmakingen.nl/kst-34352-299.html",
        "url: javascript:alert(1)",
        1,
    )
    targets.write_text(text, encoding="utf-8")
    result = run_cli("validate", "--data", str(data_copy))
    if result.exit_code == 0:  # the data files allow it: the page must not make it a link
        html = _report(run_cli, tmp_path, "--year", "2023", "--data", str(data_copy))
        assert 'href="javascript:' not in html
    else:
        assert "url" in result.stdout + result.stderr


def test_the_dutch_page_has_no_english_sentence(
    run_cli: RunCli, tmp_path: Path, epoch: None
) -> None:
    page = _parse(_report(run_cli, tmp_path, "--year", "2023", "--lang", "nl"))
    text = page.text
    end = text.index("Bronnen")  # the publications' own titles follow
    shown = [
        line
        for line in text[:end]
        if not re.fullmatch(r"[\w.-]+\.\d{4}|quota_input\.\w+|[\w-]+", line)  # keys and ids
    ]
    ids = re.compile(r"'[^']*'|[\w-]+(\.[\w-]+)+|\b\w+(-\w+)+\b")  # quoted, keys, ids
    english = [line for line in shown if ENGLISH.search(ids.sub("", line))]
    assert english == []


def test_a_year_without_a_target_says_why(run_cli: RunCli, tmp_path: Path, epoch: None) -> None:
    html = _report(run_cli, tmp_path, "--year", "2026", "--sector", "government")
    text = "\n".join(_parse(html).text)
    assert "Law in force from 2026: the Wet banenafspraak. Wet banenafspraak: one national" in text
    assert "Not available for this year and sector" in text or "Catch-up" in text


@pytest.mark.parametrize("name", ["report.csv", "report.png", "report.xlsx"])
def test_only_html_or_pdf(run_cli: RunCli, tmp_path: Path, name: str) -> None:
    result = run_cli("report", "-o", str(tmp_path / name))
    assert result.exit_code == 2 and ".html" in result.stderr and ".pdf" in result.stderr
    assert not (tmp_path / name).exists()


def test_no_format_option(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("report", "--format", "json", "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "No such option: --format" in result.stderr
    assert not (tmp_path / "r.html").exists()


def test_a_pdf_without_a_browser_says_what_to_install(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BANENCALC_BROWSER", str(tmp_path / "no-such-browser"))
    result = run_cli("report", "--year", "2023", "-o", str(tmp_path / "r.pdf"))
    assert result.exit_code == 2
    assert "apt install chromium" in result.stderr and "-o report.html" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_the_page_goes_to_stdout_without_output(run_cli: RunCli, epoch: None) -> None:
    result = run_cli("report", "--year", "2020")
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    assert "66,097" in result.stdout


def test_chart_text_is_escaped_and_lines_differ_without_colour() -> None:
    lines = [
        Line("target", [2020, 2021], [10.0, 20.0]),
        Line("realised<b>", [2020, 2021], [5.0, 15.0]),
    ]
    svg = line_chart_svg(lines, "A & B <title>", "desc <x>", "en", "c1")
    assert "A &amp; B &lt;title&gt;" in svg and "realised&lt;b&gt;" in svg
    assert "<b>" not in svg.replace("<b>", "", 0)
    dashes = re.findall(r'<polyline [^>]*?(stroke-dasharray="[^"]*")?/>', svg)
    assert len(dashes) == 2 and dashes[0] != dashes[1]  # told apart by the dash, not the colour


def test_the_catch_up_path_starts_in_the_year_of_the_page(
    run_cli: RunCli, tmp_path: Path, epoch: None
) -> None:
    text = "\n".join(_parse(_report(run_cli, tmp_path, "--year", "2020")).text)
    assert "Total: from 66,097 at the end of 2020 to 125,000 by the end of 2025" in text
    first = "\n".join(_parse(_report(run_cli, tmp_path, "--year", "2015", name="f.html")).text)
    assert "2015 is the first year with a realised figure: there is no pace before it" in first


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    template=st.sampled_from(
        [
            ["--year", "{v}"],
            ["--sector", "{v}"],
            ["--year", "2023", "--set", "realised.total.2023={v}"],
            ["--year", "2023", "--set", "{v}"],
        ]
    ),
    value=st.one_of(
        st.sampled_from(["2023", "1999", "-1", "<script>", "Gemeenten", "1e9", "", "2.5"]),
        st.text(max_size=12),
    ),
    lang=st.sampled_from(["en", "nl"]),
)
def test_hostile_options_give_a_page_or_one_clear_error(
    run_cli: RunCli, template: list[str], value: str, lang: str
) -> None:
    args = [part.replace("{v}", value) for part in template]
    result = run_cli("report", *args, "--lang", lang)
    assert result.exit_code in (0, 2), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code == 0:
        assert result.stdout.startswith("<!DOCTYPE html>") and "<script" not in result.stdout
    else:
        assert result.stdout == "" and result.stderr.startswith("banencalc: ")


def test_the_shipped_compiled_template_is_the_template_compiled_now(tmp_path: Path) -> None:
    """After editing the page's template, `uv run python scripts/templates.py` recompiles it."""
    from banencalc.render.html import COMPILED, page_environment

    page_environment(compiled=False).compile_templates(str(tmp_path), extensions=["j2"], zip=None)
    fresh = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.py")}
    shipped = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert fresh and shipped == fresh, "run scripts/templates.py"
