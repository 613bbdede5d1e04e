"""One renderer per format serves every command: a Report becomes a rich table, Markdown, JSON or
CSV (`render`, text) or an Excel workbook or Word document (`render_file`, bytes). This package is
the only code that formats; each format is imported only when it is written (rich only for
tables, openpyxl only for workbooks, python-docx only for Word)."""

from __future__ import annotations

from typing import IO, Literal

from banencalc.base.messages import Msg
from banencalc.i18n import Lang
from banencalc.report.model import Report

Format = Literal["table", "json", "csv", "markdown"]
#: the formats that are files, never text on a terminal
FileFormat = Literal["xlsx", "docx"]


def render_file(
    report: Report, fmt: FileFormat, lang: Lang = "en", made_by: Msg | None = None
) -> bytes:
    """`report` as a file's bytes: an Excel workbook or a Word document (`made_by`: its last
    line, the version and the data)."""
    if fmt == "xlsx":
        from banencalc.render.xlsx import workbook

        return workbook(report, lang)
    from banencalc.render.docx import document

    return document(report, lang, made_by)


def render(
    report: Report,
    fmt: Format,
    out: IO[str],
    *,
    full_sources: bool = False,
    color: bool | None = None,
    lang: Lang = "en",
    csv_dialect: str = "standard",
) -> None:
    """Write `report` in `fmt`; `lang` applies to tables and Markdown (JSON/CSV are neutral;
    `csv_dialect="excel-nl"` writes CSV for Dutch Excel)."""
    if fmt == "table":
        from banencalc.render.table import table

        table(report, out, full_sources, color, lang)
    elif fmt == "markdown":
        from banencalc.render.markdown import markdown

        markdown(report, out, full_sources, lang)
    elif fmt == "json":
        from banencalc.render.json import write_json

        write_json(report, out)
    else:
        from banencalc.render.csv import write_csv

        write_csv(report, out, csv_dialect, lang)
