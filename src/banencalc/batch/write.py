"""Writing a batch's records: CSV (standard or Dutch Excel), or JSON lines with exact numbers;
cells copied from the user's file are never run as formulas."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import IO, Any

from banencalc.batch.columns import BOOLEAN_COLUMNS, NUMERIC_COLUMNS, OUTPUT_COLUMNS, OutFormat
from banencalc.render.csv import csv_writer, dutch_decimal, neutral_cell
from banencalc.render.json import dumps_exact


def writer_for(
    out: IO[str],
    out_format: OutFormat,
    columns: tuple[str, ...] = OUTPUT_COLUMNS,
    csv_dialect: str = "standard",
    lang: str | None = None,
) -> Callable[[list[object]], object]:
    """A function that writes one record. The standard CSV and JSON lines are the contract
    (English names and values, whatever the language); the CSV for Dutch Excel (`excel-nl`)
    is for people, and under `lang="nl"` names its columns and says its yes/no and statuses in
    Dutch."""
    #: cells copied from the user's file (id, name): a spreadsheet must not run them as formulas
    copied = 2 if columns[1] == "name" else 1
    if out_format == "csv":
        writer = csv_writer(out, csv_dialect)
        if csv_dialect == "excel-nl":
            return _excel_nl(writer, columns, copied, lang)
        writer.writerow(columns)

        def write_csv(record: list[object]) -> None:
            # Decimals are written by str(): exact, plain for these values.
            writer.writerow([*(neutral_cell(c) for c in record[:copied]), *record[copied:]])

        return write_csv

    def write_json(record: list[object]) -> None:
        values = dict(zip(columns, record, strict=True))
        for key in BOOLEAN_COLUMNS:
            values[key] = values[key] == "true"
        for key in ("quota_pct", "quota_status", *NUMERIC_COLUMNS):
            if values[key] == "":  # no such figure for the row (no percentage, another law)
                values[key] = None
        for key in NUMERIC_COLUMNS:  # figures written as fixed-scale text are numbers in JSON
            if isinstance(values[key], str):
                values[key] = Decimal(str(values[key]))
        out.write(dumps_exact(values) + "\n")

    return write_json


def _excel_nl(
    writer: Any, columns: tuple[str, ...], copied: int, lang: str | None
) -> Callable[[list[object]], object]:
    """quota_pct and the fixed-scale figures get a decimal comma; the rest are not numbers with
    a fraction (id, name, year, sector, liable, status, whole-euro levy)."""
    from banencalc.i18n import in_context, t

    dutch = lang == "nl"
    writer.writerow([in_context("batch", c, "nl") for c in columns] if dutch else columns)
    numeric = {columns.index(c) for c in ("quota_pct", *NUMERIC_COLUMNS)}
    yes_no = {columns.index(c) for c in BOOLEAN_COLUMNS if c in columns}
    status = columns.index("quota_status") if "quota_status" in columns else -1

    def said(index: int, cell: object) -> object:
        if index in numeric and cell != "":
            return dutch_decimal(str(cell))
        if dutch and index in yes_no:
            return {"true": "ja", "false": "nee"}.get(str(cell), cell)
        if dutch and index == status and cell:
            return t(str(cell), "nl")
        return cell

    def write_excel_nl(record: list[object]) -> None:
        writer.writerow(
            [
                *(neutral_cell(c) for c in record[:copied]),
                *(said(i, c) for i, c in enumerate(record[copied:], start=copied)),
            ]
        )

    return write_excel_nl
