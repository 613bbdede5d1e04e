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


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, list):
        return neutral_cell("; ".join(map(str, value)))
    return neutral_cell(value)


def write_csv(report: Report, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    keys = [c.key for c in report.columns]
    rows = report.rows
    if report.machine_rows is not None:
        keys = ["case", *(c.key for c in report.machine_columns or report.columns)]
        rows = report.machine_rows
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_csv_cell(row.get(k)) for k in keys])
