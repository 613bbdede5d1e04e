"""Excel workbooks: the report's rows as real numeric cells with number formats, and a second
sheet with the title, the notes, the calculation path and the sources.

openpyxl writes the file (imported only here, when a workbook is asked for): the xlsx format is a
zip of XML parts whose details (shared strings, styles, content types) a hand-written writer
would get wrong in ways only Excel notices.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.i18n import Lang, t
from banencalc.render.text import say, xml_text
from banencalc.report.model import Column, Kind, Report

#: Excel's number formats per kind of value. A percentage is stored as Excel stores one, a
#: fraction (0.9792 for 97.92%, exact: the figure divided by 100) with a % format, so a formula or
#: a change of format gives what a spreadsheet user expects; CSV and JSON keep 97.92
NUMBER_FORMATS: dict[Kind, str] = {
    "int": "#,##0",
    "signed": "+#,##0;-#,##0;0",
    "pct": "0.00%",
    "decimal": "#,##0.00",
    "money": '"EUR "#,##0.00',
    "shown": "#,##0.00",
}

#: the words of the workbook itself
SHEET_WORDS = {
    "en": {"result": "Result", "about": "Sources and calculation", "summary": "Summary"},
    "nl": {"result": "Uitkomst", "about": "Bronnen en berekening", "summary": "Samenvatting"},
}

#: Excel limits a sheet name to 31 characters and a cell to 32,767
_CELL_LIMIT = 32_767


def header_text(column: Column, lang: Lang) -> str:
    """A column's header on one line (`gereali-\\nseerd` becomes `gerealiseerd`)."""
    return re.sub(r"-\n", "", t(column.header, lang)).replace("\n", " ")


def workbook(report: Report, lang: Lang = "en") -> bytes:
    """The report as an .xlsx file's bytes: its table, a sheet per further table, and a sheet
    with the title, notes and sources."""
    from openpyxl import Workbook

    words = SHEET_WORDS[lang]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = words["result"]
    columns: list[Column] = list(report.columns)
    rows: Sequence[Any] = report.rows
    if report.machine_rows is not None:
        columns = [Column("case", "case"), *(report.machine_columns or report.columns)]
        rows = report.machine_rows
    title = say(report.title, lang)
    _fill(sheet, columns, rows, lang, title)
    for extra in report.sheets:
        name = _sheet_name(say(extra.title, lang))
        _fill(book.create_sheet(name), list(extra.columns), extra.rows, lang, f"{title}: {name}")
    about = book.create_sheet(words["about"])
    for line in _about(report, lang):
        about.append([_text(line)])
        _format(about.cell(row=about.max_row, column=1), "text")
    about.column_dimensions["A"].width = 120
    _printable(about, title)
    book.properties.title = title
    book.properties.creator = "banencalc"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheet_name(text: str) -> str:
    """A sheet's name as Excel allows it: at most 31 characters, none of []:*?/\\."""
    return re.sub(r"[\[\]:*?/\\]", " ", text)[:31].strip() or "-"


def _fill(sheet: Any, columns: list[Column], rows: Sequence[Any], lang: Lang, title: str) -> None:
    """A table on `sheet`: a bold header, numbers as numbers, frozen header, a filter, and a
    page that prints."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headers = [header_text(c, lang) for c in columns]
    sheet.append(headers)
    for row in rows:
        sheet.append(
            [_cell_value(_value(row, c.key, lang), lang, c.kind == "pct") for c in columns]
        )
    for index, column in enumerate(columns, start=1):
        sheet.cell(row=1, column=index).font = Font(bold=True)
        for cells in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
            _format(cells[0], column.kind)
        widest = max([len(headers[index - 1]), *(len(str(r.get(column.key) or "")) for r in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(10, widest + 2), 60)
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
    _printable(sheet, title)


def _value(row: Any, key: str, lang: Lang) -> Any:
    """A row's value for `key`; under Dutch its Dutch twin (`name_nl`) where the row has one."""
    if lang == "nl" and row.get(f"{key}_nl") is not None:
        return row[f"{key}_nl"]
    return row.get(key)


def _printable(sheet: Any, title: str) -> None:
    """Printed, a sheet is landscape, one page wide, with the title at the top of every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4 (the paper-size code of the xlsx format)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    # `&` starts a code in a header: written as `&&`; a header holds 255 characters
    sheet.oddHeader.center.text = title.replace("&", "&&")[:200]


def _cell_value(value: Any, lang: Lang, percent: bool = False) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if isinstance(value, int | Decimal):
        return Decimal(value) / 100 if percent else value
    if isinstance(value, Msg):
        return _text(say(value, lang))
    if isinstance(value, list):
        return _text("; ".join(map(str, value)))
    return _text(t(str(value), lang))


def _text(text: str) -> str:
    """Text as a cell can hold it: control characters written out (a workbook cannot store
    them); longer than Excel's 32,767 characters, cut with a note in the cell that says so."""
    text = xml_text(text)
    if len(text) <= _CELL_LIMIT:
        return text
    note = f" [cut: {len(text):,} characters; a cell holds {_CELL_LIMIT:,}]"
    return text[: _CELL_LIMIT - len(note)] + note


def _format(cell: Any, kind: Kind) -> None:
    if isinstance(cell.value, str):
        # text is text: a cell starting with `=` is not run as a formula (CSV injection)
        cell.data_type = "s"
    elif cell.value is not None and kind in NUMBER_FORMATS:
        cell.number_format = NUMBER_FORMATS[kind]


def _about(report: Report, lang: Lang) -> Iterable[str]:
    """The title, what is said around the table, the calculation path, and the sources."""
    yield say(report.title, lang)
    yield ""
    for line in report.summary:
        yield say(line, lang)
    for section in report.sections:
        yield ""
        yield say(section.heading, lang)
        for line in section.lines:
            yield "  " + say(line, lang)
    if report.notes:
        yield ""
        yield t("Notes:", lang)
        for note in report.notes:
            yield "  " + say(note, lang)
    if report.sources:
        yield ""
        yield t("Sources:", lang)
        for source in report.sources:
            yield f"  [{source.id}] {source.full()}"


#: number formats of the batch's columns (the values stay exact; only the display rounds)
BATCH_FORMATS = {
    "quota_pct": "0.00%",  # stored as a fraction, as NUMBER_FORMATS says
    "required_hours": "#,##0.00",
    "required_jobs": "#,##0.00",
    "realised_jobs": "#,##0.00",
    "shortfall_jobs": "#,##0.0",
    "levy_eur": '"EUR "#,##0.00',
    "shortfall_jobs_unrounded": "#,##0.00",
    "levy_eur_unrounded": '"EUR "#,##0.00',
}


def batch_workbook(
    lines: Iterable[str],
    lang: Lang = "en",
    summary: Sequence[str] = (),
    summed: Sequence[str] = (),
) -> bytes:
    """The batch's JSON lines as a workbook: the same columns as its CSV (named in the reader's
    language), numbers as numbers, yes/no as Excel's TRUE/FALSE, a totals row under the columns
    `summed`, and a second sheet with the run's summary (`summary`, said in the reader's language).
    Written row by row (openpyxl's write-only mode)."""
    import json

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from banencalc.i18n import in_context

    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_WORDS[lang]["result"])
    sheet.freeze_panes = "A2"
    _printable(sheet, "banencalc employer --file")
    columns: list[str] | None = None
    totals: dict[str, Decimal] = {}
    for line in lines:
        record = json.loads(line, parse_float=Decimal)
        if columns is None:
            columns = list(record)
            heading = []
            for index, key in enumerate(columns):
                name = in_context("batch", key, lang)
                sheet.column_dimensions[_letter(index)].width = max(12, len(name) + 2)
                cell = WriteOnlyCell(sheet, value=name)
                cell.font = Font(bold=True)
                heading.append(cell)
            sheet.append(heading)
        cells = []
        for key in columns:
            value = record[key]
            if key in summed and isinstance(value, int | Decimal):
                totals[key] = totals.get(key, Decimal(0)) + value
            if key == "quota_pct" and isinstance(value, int | Decimal):
                value = Decimal(value) / 100
            elif key == "quota_status" and isinstance(value, str):
                value = t(value, lang)
            cell = WriteOnlyCell(sheet, value=_batch_value(value))
            if isinstance(record[key], str):
                cell.data_type = "s"  # an id or name copied from the user's file is never run
            elif key in BATCH_FORMATS:
                cell.number_format = BATCH_FORMATS[key]
            cells.append(cell)
        sheet.append(cells)
    if columns is not None and summed:
        row = []
        for index, key in enumerate(columns):
            total: Any = t("total", lang) if index == 0 else totals.get(key)
            cell = WriteOnlyCell(sheet, value=total)
            cell.font = Font(bold=True)
            if key in BATCH_FORMATS and index:
                cell.number_format = BATCH_FORMATS[key]
            row.append(cell)
        sheet.append(row)
    about = book.create_sheet(SHEET_WORDS[lang]["summary"])
    about.column_dimensions["A"].width = 120
    _printable(about, "banencalc employer --file")
    for said in summary:
        about.append([_text(said)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _batch_value(value: Any) -> Any:
    return _text(value) if isinstance(value, str) else value


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
