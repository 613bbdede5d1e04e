"""Dutch output: labels and number formatting in tables and Markdown; JSON and CSV stay neutral."""

from __future__ import annotations

import json
from decimal import Decimal

from banencalc.i18n import number
from banencalc.render.text import format_value

from ..conftest import RunCli
from ..po import CATALOGUE, IN_CONTEXT


def test_dutch_numbers() -> None:
    assert number(66097, "nl") == "66.097"
    assert format_value(Decimal("2.14"), "pct", "nl") == "2,14%"
    assert format_value(Decimal("24042.07"), "money", "nl") == "EUR 24.042,07"
    assert format_value(-1403, "signed", "nl") == "-1.403"
    assert format_value(Decimal("2.14"), "pct", "en") == "2.14%"
    assert format_value(True, "text", "nl") == "ja"


def test_status_in_dutch(run_cli: RunCli) -> None:
    out = run_cli("status", "--year", "2020", "--lang", "nl").stdout
    for text in (
        "Banenafspraak 2020: extra banen",
        "Marktsector",
        "Overheid",
        "Totaal",
        "66.097",
        "97,92%",
        "-1.403",
        "doel",
        "Bronnen:",
    ):
        assert text in out, text


def test_language_from_environment(run_cli: RunCli) -> None:
    out = run_cli(
        "employer", "--year", "2018", "--paid-hours", "300000", env={"BANENCALC_LANG": "nl"}
    ).stdout
    assert "EUR 21.500,00" in out and "plichtig" in out and "ja" in out


def test_markdown_in_dutch(run_cli: RunCli) -> None:
    out = run_cli("status", "--year", "2020", "--lang", "nl", "-f", "markdown").stdout
    assert "| Totaal | 67.500 | 66.097 | -1.403 | 1.403 | 97,92% |" in out


def test_json_and_csv_are_never_localised(run_cli: RunCli) -> None:
    english = run_cli("status", "--year", "2020", "-f", "json").stdout
    dutch = run_cli("status", "--year", "2020", "-f", "json", "--lang", "nl").stdout
    assert english == dutch
    assert json.loads(dutch)["rows"][-1]["achievement_pct"] == 97.92
    assert (
        run_cli("status", "--year", "2020", "-f", "csv", "--lang", "nl").stdout
        == run_cli("status", "--year", "2020", "-f", "csv").stdout
    )


def test_unknown_language(run_cli: RunCli) -> None:
    result = run_cli("status", "--lang", "de")
    assert result.exit_code == 2 and "--lang" in result.stderr


def test_catalogue_templates_keep_their_placeholders() -> None:
    import string

    pairs = [*CATALOGUE.items(), *((english, dutch) for (_, english), dutch in IN_CONTEXT.items())]
    for english, dutch in pairs:
        fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(dutch) if f}, english
