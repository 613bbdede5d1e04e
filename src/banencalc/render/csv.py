"""CSV for scripts and spreadsheets: plain numbers, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import re
from decimal import Decimal
from typing import IO, Any

from banencalc.i18n import Lang, t
from banencalc.report.model import Column, Report

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


def write_csv(report: Report, out: IO[str], dialect: str = "standard", lang: Lang = "en") -> None:
    """The report's rows. The standard CSV is the contract: the columns' keys and plain values
    in any language. The CSV for Dutch Excel (`excel-nl`) is for people: under Dutch its header
    names the columns as the table does, and yes/no is ja/nee."""
    writer = csv_writer(out, dialect)
    columns = list(report.columns)
    rows = report.rows
    if report.machine_rows is not None:
        columns = [Column("case", "case"), *(report.machine_columns or report.columns)]
        rows = report.machine_rows
    keys = [c.key for c in columns]
    dutch = dialect == "excel-nl" and lang == "nl"
    if dutch:
        writer.writerow([re.sub(r"-\n", "", t(c.header, lang)).replace("\n", " ") for c in columns])
    else:
        writer.writerow(keys)
    for row in rows:
        if dutch:
            writer.writerow([_dutch_cell(row, k) for k in keys])
        else:
            writer.writerow([_csv_cell(row.get(k), dialect) for k in keys])


def _dutch_cell(row: Any, key: str) -> Any:
    """A cell as a Dutch reader's Excel shows it: the Dutch name where the row has one, yes/no
    as ja/nee, a status in words, a decimal comma."""
    value = row.get(f"{key}_nl", row.get(key)) if row.get(f"{key}_nl") else row.get(key)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if key.endswith("status") and isinstance(value, str):
        return t(value, "nl")
    return _csv_cell(value, "excel-nl")
