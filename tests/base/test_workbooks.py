"""Workbooks read exactly or refused: every cell as written, or the row refused naming the cell
and why; malformed workbooks are errors naming the file and the part; a zip bomb is refused at
once. The workbooks are built from their raw parts, as a script or a damaged file has them."""

from __future__ import annotations

import csv
import io
import time
import zipfile
from pathlib import Path

import pytest

from ..conftest import RunCli

HEADER = ("id", "paid_hours", "target_group_hours")
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _row(number: int, cells: str) -> str:
    return f'<row r="{number}">{cells}</row>'


def _text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _num(ref: str, value: str, style: str | None = None) -> str:
    s = f' s="{style}"' if style else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def _header() -> str:
    return _row(1, "".join(_text(f"{c}1", h) for c, h in zip("ABC", HEADER, strict=True)))


def _book(
    path: Path,
    rows: list[str],
    *,
    sheets: list[tuple[str, str]] | None = None,
    shared: list[str] | None = None,
    styles: str | None = None,
    tail: str = "",
    raw_sheet: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A workbook from its parts: `sheets` as (name, state); every sheet holds `rows`."""
    sheets = sheets or [("Blad1", "visible")]
    sheet_xml = raw_sheet or (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'
        + "".join(rows)
        + f"</sheetData>{tail}</worksheet>"
    )
    entries = "".join(
        f'<sheet name="{n}" sheetId="{i + 1}" state="{st}" r:id="rId{i + 1}"/>'
        for i, (n, st) in enumerate(sheets)
    )
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Target="worksheets/sheet{i + 1}.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        for i in range(len(sheets))
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {NS} {RELS_NS}><sheets>{entries}</sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        )
        for i in range(len(sheets)):
            book.writestr(f"xl/worksheets/sheet{i + 1}.xml", sheet_xml)
        if shared is not None:
            items = "".join(f"<si><t>{t}</t></si>" for t in shared)
            book.writestr("xl/sharedStrings.xml", f"<sst {NS}>{items}</sst>")
        if styles is not None:
            book.writestr("xl/styles.xml", styles)
        for name, data in (extra or {}).items():
            book.writestr(name, data)
    return path


def _employer(number: int, paid: str = "300000", tg: str = "0") -> str:
    return _row(
        number,
        _text(f"A{number}", f"E{number}") + _num(f"B{number}", paid) + _num(f"C{number}", tg),
    )


def _run(run_cli: RunCli, book: Path, *extra: str) -> tuple[int, list[dict[str, str]], str]:
    result = run_cli("employer", "--year", "2019", "--file", str(book), *extra)
    rows = list(csv.DictReader(io.StringIO(result.stdout))) if result.exit_code == 0 else []
    assert "Traceback" not in result.stderr
    return result.exit_code, rows, result.stderr


def test_a_formula_without_a_stored_value_is_refused_not_read_as_0(
    tmp_path: Path, run_cli: RunCli
) -> None:
    formula = _row(
        2, _text("A2", "E2") + _num("B2", "300000") + '<c r="C2"><f>SUM(1000,1000)</f></c>'
    )
    code, _, stderr = _run(run_cli, _book(tmp_path / "f.xlsx", [_header(), formula]))
    assert code == 2
    assert "row 2: cell C2 holds a formula without a stored value" in stderr
    stored = _row(
        2,
        _text("A2", "E2") + _num("B2", "300000") + '<c r="C2"><f>SUM(1000,1000)</f><v>2000</v></c>',
    )
    code, rows, _ = _run(run_cli, _book(tmp_path / "g.xlsx", [_header(), stored]))
    assert code == 0 and rows[0]["levy_eur"] == "16500"  # 2,000 target-group hours counted


def test_error_values_dates_and_nan_are_refused_naming_the_cell(
    tmp_path: Path, run_cli: RunCli
) -> None:
    styles = (
        f'<styleSheet {NS}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
        "</styleSheet>"
    )
    rows = [
        _header(),
        _row(2, _text("A2", "E2") + '<c r="B2" t="e"><v>#N/A</v></c>' + _num("C2", "0")),
        _row(3, _text("A3", "E3") + _num("B3", "45000", style="1") + _num("C3", "0")),
        _row(4, _text("A4", "E4") + _num("B4", "NaN") + _num("C4", "0")),
        _employer(5),
    ]
    book = _book(tmp_path / "e.xlsx", rows, styles=styles)
    code, _, stderr = _run(run_cli, book)
    assert code == 2
    assert "row 2: cell B2 holds the error value #N/A" in stderr
    assert "row 3: cell B3 holds a date or time (2023-03-15 as a date)" in stderr
    assert "row 4: cell B4 holds NaN, which is not a number" in stderr
    code, kept, stderr = _run(run_cli, book, "--skip-invalid")
    assert code == 0 and [r["id"] for r in kept] == ["E5"]


def test_a_shared_string_outside_the_table_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    rows = [
        _header(),
        _row(2, '<c r="A2" t="s"><v>-1</v></c>' + _num("B2", "300000") + _num("C2", "0")),
        _row(3, '<c r="A3" t="s"><v>7</v></c>' + _num("B3", "300000") + _num("C3", "0")),
    ]
    code, _, stderr = _run(run_cli, _book(tmp_path / "s.xlsx", rows, shared=["Bakker"]))
    assert code == 2
    assert "cell A2 points at shared string -1" in stderr
    assert "cell A3 points at shared string 7" in stderr


def test_a_merged_cell_is_refused_not_counted_for_one_row(tmp_path: Path, run_cli: RunCli) -> None:
    rows = [
        _header(),
        _employer(2),
        _row(3, _text("A3", "E3") + _num("C3", "0")),  # B3 is under the merge of B2:B3
    ]
    book = _book(
        tmp_path / "m.xlsx", rows, tail='<mergeCells><mergeCell ref="B2:B3"/></mergeCells>'
    )
    code, _, stderr = _run(run_cli, book)
    assert code == 2 and "row 3: cell B3 is part of a merged range" in stderr


def test_empty_trailing_cells_are_empty_cells(tmp_path: Path, run_cli: RunCli) -> None:
    rows = [_header(), _row(2, _text("A2", "E2") + _num("B2", "300000"))]  # C2 not stored
    code, out, _ = _run(run_cli, _book(tmp_path / "t.xlsx", rows))
    assert code == 0 and out[0]["realised_jobs"] == "0.00"


def test_a_hidden_first_sheet_is_passed_over_and_the_sheet_read_is_named(
    tmp_path: Path, run_cli: RunCli
) -> None:
    book = _book(
        tmp_path / "h.xlsx",
        [_header(), _employer(2)],
        sheets=[("Oud", "hidden"), ("Werkgevers", "visible")],
    )
    code, _, stderr = _run(run_cli, book)
    assert code == 0
    assert "read sheet 'Werkgevers'" in stderr and "hidden sheet 'Oud' passed over" in stderr


def test_a_totals_row_is_recognised_and_left_out(tmp_path: Path, run_cli: RunCli) -> None:
    total = _row(4, _text("A4", "Totaal") + '<c r="B4"><f>SUM(B2:B3)</f><v>600000</v></c>')
    book = _book(tmp_path / "tot.xlsx", [_header(), _employer(2), _employer(3), total])
    code, out, stderr = _run(run_cli, book)
    assert code == 0 and [r["id"] for r in out] == ["E2", "E3"]
    assert "row 4 is a totals row ('Totaal'): left out" in stderr


@pytest.mark.parametrize(
    ("parts", "fragment"),
    [
        (
            {"raw_sheet": "<worksheet><sheetData><row r='1'>"},
            "part xl/worksheets/sheet1.xml is not well-formed XML",
        ),
        (
            {
                "raw_sheet": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                f"<worksheet {NS}><sheetData/></worksheet>"
            },
            "declares a DTD or entities",
        ),
        (
            {"styles": f"<styleSheet {NS}><cellXfs><xf numFmtId='x'/></cellXfs></styleSheet>"},
            "part xl/styles.xml is not well-formed",
        ),
        ({"sheets": [("A", "hidden")]}, "every sheet is hidden"),
    ],
)
def test_malformed_workbooks_are_exit_2_naming_the_part(
    tmp_path: Path, run_cli: RunCli, parts: dict[str, object], fragment: str
) -> None:
    book = _book(tmp_path / "bad.xlsx", [_header(), _employer(2)], **parts)  # type: ignore[arg-type]
    code, _, stderr = _run(run_cli, book)
    assert code == 2 and fragment in stderr and str(book) in stderr


def test_a_workbook_without_sheets_or_parts_is_exit_2(tmp_path: Path, run_cli: RunCli) -> None:
    empty = tmp_path / "none.xlsx"
    with zipfile.ZipFile(empty, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
    code, _, stderr = _run(run_cli, empty)
    assert code == 2 and "part xl/_rels/workbook.xml.rels is missing" in stderr


def test_a_zip_bomb_is_refused_in_under_a_second(tmp_path: Path, run_cli: RunCli) -> None:
    """A small workbook whose shared strings unpack to 100 MB."""
    bomb = tmp_path / "bomb.xlsx"
    _book(
        bomb,
        [_header(), _employer(2)],
        extra={"xl/sharedStrings.xml": f"<sst {NS}><si><t>".encode() + b"a" * 100_000_000},
    )
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    code, _, stderr = _run(run_cli, bomb)
    assert time.monotonic() - started < 1.0
    assert code == 2 and "a zip bomb" in stderr


def test_a_workbook_renamed_csv_is_said_to_be_a_workbook(tmp_path: Path, run_cli: RunCli) -> None:
    book = _book(tmp_path / "w.xlsx", [_header(), _employer(2)])
    renamed = tmp_path / "werkgevers.csv"
    renamed.write_bytes(book.read_bytes())
    code, _, stderr = _run(run_cli, renamed)
    assert code == 2 and "this is an Excel workbook, not a CSV file" in stderr
    assert "cp1252" not in stderr
