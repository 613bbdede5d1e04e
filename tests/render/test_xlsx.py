"""Excel both ways: any command writes a workbook with real numbers; the batch reads and writes
one; a number Excel holds is read exactly, in either language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from banencalc.base.cells import cell_text
from banencalc.base.numbers import parse_decimal

from ..conftest import RunCli


def _sheet_rows(path: Path, sheet: int = 0) -> list[list[Any]]:
    book = load_workbook(path)
    return [[c.value for c in row] for row in book.worksheets[sheet].iter_rows()]


def test_status_workbook_has_numbers_formats_and_sources(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "status.xlsx"
    result = run_cli("status", "--year", "2020", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    result_sheet, about = book.worksheets
    assert (result_sheet.title, about.title) == ("Result", "Sources and calculation")
    header = [c.value for c in result_sheet[1]]
    total = next(r for r in result_sheet.iter_rows(min_row=2) if r[0].value == "total")
    cells = dict(zip(header, total, strict=True))
    assert cells["realised"].value == 66097 and cells["realised"].data_type == "n"
    assert cells["realised"].number_format == "#,##0"
    # a percentage is stored as Excel stores one (a fraction), shown with Excel's % format
    assert cells["% of target"].value == pytest.approx(0.9792)
    assert cells["% of target"].number_format == "0.00%"
    assert result_sheet.freeze_panes == "A2"
    # it prints: bold header repeated on every page, landscape, one page wide, titled
    assert all(c.font.b for c in result_sheet[1])
    assert result_sheet.page_setup.orientation == "landscape"
    assert result_sheet.page_setup.fitToWidth == 1
    assert result_sheet.sheet_properties.pageSetUpPr.fitToPage
    assert result_sheet.print_title_rows == "$1:$1"
    assert "Banenafspraak 2020" in (result_sheet.oddHeader.center.text or "")
    text = "\n".join(str(r[0]) for r in _sheet_rows(out, 1) if r[0])
    assert "Banenafspraak 2020" in text and "[kst-34352-219]" in text


def test_dutch_workbook_speaks_dutch(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    assert run_cli("status", "--year", "2020", "--lang", "nl", "-o", str(out)).exit_code == 0
    book = load_workbook(out)
    assert [s.title for s in book.worksheets] == ["Uitkomst", "Bronnen en berekening"]
    rows = _sheet_rows(out)
    assert "gerealiseerd" in rows[0] and "Totaal" in [r[1] for r in rows]


def test_employer_workbook_carries_the_calculation_path(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "werkgever.xlsx"
    args = ("employer", "--year", "2019", "--paid-hours", "300.000", "--lang", "nl")
    assert run_cli(*args, "--format", "xlsx", "-o", str(out)).exit_code == 0
    rows = _sheet_rows(out)
    cells = dict(zip(rows[0], rows[1], strict=True))
    levy = next(h for h in cells if h.startswith("heffing"))
    assert "niet geïnd" in levy and "122na" in levy  # no levy is collected for 2019: not a bill
    assert cells[levy] == 24000 and cells["tekort (banen)"] == pytest.approx(4.8)
    about = "\n".join(str(r[0]) for r in _sheet_rows(out, 1) if r[0])
    assert "Rekenweg:" in about and "Besluit Wfsv art 2.23 lid 3" in about


def test_a_workbook_needs_a_file(run_cli: RunCli) -> None:
    result = run_cli("status", "--format", "xlsx")
    assert result.exit_code == 2 and "--output NAME.xlsx" in result.stderr


def test_format_and_extension_must_agree(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("status", "--format", "json", "-o", str(tmp_path / "x.xlsx"))
    assert result.exit_code == 2 and "--format" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def _workbook(path: Path, rows: list[list[Any]], sheet: str = "Blad1") -> Path:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = sheet
    for row in rows:
        first.append(row)
    book.create_sheet("Toelichting").append(["alleen tekst"])
    book.save(path)
    return path


ROWS: list[list[Any]] = [
    ["Loonheffingennummer", "Naam", "Verloonde uren", "Doelgroep uren"],
    ["A1", "Acme B.V.", 300000, 1200.5],
    ["B2", "Bakker", 1234.567, 0],
    ["C3", "Centrum", 2500000.25, 333.333],
]


def test_batch_reads_a_workbook_as_it_reads_the_same_csv(run_cli: RunCli, tmp_path: Path) -> None:
    book = _workbook(tmp_path / "werkgevers.xlsx", ROWS)
    csv_file = tmp_path / "werkgevers.csv"
    # the same numbers as typed in an English CSV (a fraction of three digits gets a fourth, as
    # `1234.567` would be ambiguous)
    csv_file.write_text(
        "id,name,paid_hours,target_group_hours\n"
        "A1,Acme B.V.,300000,1200.5\n"
        "B2,Bakker,1234.5670,0\n"
        "C3,Centrum,2500000.25,333.3330\n",
        encoding="utf-8",
    )
    for lang in ("en", "nl"):
        from_book = run_cli("employer", "--year", "2024", "--file", str(book), "--lang", lang)
        from_csv = run_cli("employer", "--year", "2024", "--file", str(csv_file), "--lang", "en")
        assert from_book.exit_code == 0, from_book.stderr
        assert from_csv.exit_code == 0, from_csv.stderr
        assert from_book.stdout == from_csv.stdout
    assert "B2,Bakker,2024,government,quota-law,false" in from_book.stdout


def test_batch_sheet_option(run_cli: RunCli, tmp_path: Path) -> None:
    book = _workbook(tmp_path / "w.xlsx", ROWS, sheet="Werkgevers")
    named = run_cli("employer", "--year", "2024", "--file", str(book), "--sheet", "Werkgevers")
    assert named.exit_code == 0 and named.stdout.count("\n") == 4
    wrong = run_cli("employer", "--year", "2024", "--file", str(book), "--sheet", "Blad9")
    assert wrong.exit_code == 2
    assert "'Blad9'" in wrong.stderr and "'Werkgevers', 'Toelichting'" in wrong.stderr
    other = run_cli("employer", "--year", "2024", "--file", str(book), "--sheet", "Toelichting")
    assert other.exit_code == 2 and "paid_hours" in other.stderr


def test_batch_writes_a_workbook_with_numbers(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id;naam;verloonde_uren;doelgroep_uren\nA1;=1+1;300.000;1.200,5\n", "utf-8")
    out = tmp_path / "uit.xlsx"
    result = run_cli(
        "employer", "--year", "2024", "--file", str(source), "--lang", "nl", "-o", str(out)
    )
    assert result.exit_code == 0, result.stderr
    sheet = load_workbook(out).worksheets[0]
    header = [c.value for c in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))
    assert cells["naam"].value == "=1+1" and cells["naam"].data_type == "s"  # Dutch headers
    assert cells["plichtig"].value is True
    # 300,000 x 2.76% = 8,280 hours; (8,280 - 1,200.5) / 1,331 = 5.3 jobs; 5.3 x EUR 5,000
    levy = cells["heffing (EUR)"]
    assert levy.data_type == "n" and levy.value == 26500
    assert levy.number_format == '"EUR "#,##0.00'
    assert cells["quotum %"].value == pytest.approx(0.0276)
    assert cells["quotum %"].number_format == "0.00%"


def test_batch_workbook_output_from_extension_or_option(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,paid_hours,target_group_hours\nA1,300000,0\n", "utf-8")
    refused = run_cli("employer", "--file", str(source), "--batch-format", "xlsx")
    assert refused.exit_code == 2 and "--output" in refused.stderr
    clash = tmp_path / "x.csv"
    mixed = run_cli("employer", "--file", str(source), "--batch-format", "xlsx", "-o", str(clash))
    assert mixed.exit_code == 2 and not clash.exists()


@pytest.mark.parametrize(
    "content", [b"not a zip at all", b"PK\x03\x04broken", b""], ids=["text", "broken", "empty"]
)
def test_a_broken_workbook_is_a_clear_error(
    run_cli: RunCli, tmp_path: Path, content: bytes
) -> None:
    book = tmp_path / "kapot.xlsx"
    book.write_bytes(content)
    result = run_cli("employer", "--year", "2024", "--file", str(book))
    assert result.exit_code == 2, result.stderr
    assert "kapot.xlsx" in result.stderr and "Traceback" not in result.stderr


@given(st.builds(lambda n, k: n / 10**k, st.integers(-(10**11), 10**11), st.integers(0, 6)))
def test_a_number_excel_holds_is_read_exactly_in_either_language(value: float) -> None:
    text = cell_text(value)
    for lang in ("en", "nl"):
        assert parse_decimal(text, "cell", lang) == Decimal(repr(value))


def test_a_dutch_batch_workbook_has_dutch_headers_a_totals_row_and_its_summary(
    run_cli: RunCli, tmp_path: Path
) -> None:
    employers = tmp_path / "werkgevers.csv"
    employers.write_text(
        "id,name,paid_hours,target_group_hours\nA,Bakker,300000,100\nB,Smit,400000,2000\n",
        encoding="utf-8",
    )
    out = tmp_path / "uitkomst.xlsx"
    result = run_cli("employer", "--year", "2019", "--file", str(employers), "--lang", "nl",
                     "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Uitkomst", "Samenvatting"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = rows[0]
    assert header[:3] == ("id", "naam", "jaar") and "vereiste banen" in header
    total = dict(zip(header, rows[-1], strict=True))
    assert total["id"] == "totaal"
    assert total["heffing (EUR)"] == 23_500 + 24_500
    assert total["tekort (banen)"] == pytest.approx(4.7 + 4.9)
    assert dict(zip(header, rows[1], strict=True))["status quotum"] == "definitief"
    summary = [r[0] for r in book.worksheets[1].iter_rows(values_only=True)]
    assert summary[0].startswith("2 werkgevers, 2 plichtig") and "niet geïnd" in summary[0]
    # read back as input, the totals row is left out (and said)
    again = run_cli("employer", "--year", "2019", "--file", str(out), "--lang", "nl")
    assert "totaal" in again.stderr or again.exit_code == 2
