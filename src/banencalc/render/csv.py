"""CSV for scripts and spreadsheets: plain numbers, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
from decimal import Decimal
from typing import IO, Any

from banencalc.report.model import Report

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a text starting like a formula gets a leading `'`.
    Numbers are written as numbers and never changed."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


#: `standard`: `,` and decimal points, for scripts; `excel-nl`: what Dutch Excel opens as columns
#: of numbers: `;`, decimal commas, CRLF and a UTF-8 BOM (so accents survive)
DIALECTS = ("standard", "excel-nl")


def dutch_decimal(text: str) -> str:
    """A plain decimal written with a decimal comma (no thousands separator: Excel reads it)."""
    return text.replace(".", ",")


def _csv_cell(value: Any, dialect: str = "standard") -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return dutch_decimal(f"{value:f}") if dialect == "excel-nl" else f"{value:f}"
    if isinstance(value, list):
        return neutral_cell("; ".join(map(str, value)))
    return neutral_cell(value)


def csv_writer(out: IO[str], dialect: str = "standard") -> Any:
    """A csv.writer for `dialect` (the BOM, for excel-nl, is written here)."""
    if dialect == "excel-nl":
        out.write("\ufeff")
        return csv.writer(out, delimiter=";", lineterminator="\r\n")
    return csv.writer(out, lineterminator="\n")


def write_csv(report: Report, out: IO[str], dialect: str = "standard") -> None:
    writer = csv_writer(out, dialect)
    keys = [c.key for c in report.columns]
    rows = report.rows
    if report.machine_rows is not None:
        keys = ["case", *(c.key for c in report.machine_columns or report.columns)]
        rows = report.machine_rows
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_csv_cell(row.get(k), dialect) for k in keys])
