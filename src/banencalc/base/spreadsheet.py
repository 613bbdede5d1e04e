"""Reading a sheet of an Excel workbook (.xlsx) as rows of text, as a CSV file gives them.

openpyxl reads the workbook (imported only here, when an .xlsx is given). A cell Excel holds as a
number becomes the text of that exact number, written so that no language reads it otherwise:
`1234.567` would be a thousand times more in Dutch (`1.234.567`), so it is written `1234.5670`.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

#: the most a workbook may unpack to: a small file that unpacks to gigabytes is refused
MAX_UNPACKED_BYTES = 1_000_000_000

SUFFIXES = (".xlsx", ".xlsm")


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_sheet(path: Path, sheet: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(row number, cells as text) for every row of `sheet` (the first when None) with something
    in it; the first row yielded is the header."""
    name = str(path)
    _check_unpacked_size(path)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BanencalcError(
            Msg("{name}: not an Excel workbook (.xlsx) ({why})", name=name, why=str(exc))
        ) from None
    try:
        if sheet is None:
            chosen = book.worksheets[0]
        elif sheet in book.sheetnames:
            chosen = book[sheet]
        else:
            raise BanencalcError(
                Msg(
                    "{name}: no sheet {sheet}; the workbook has {sheets}",
                    name=name,
                    sheet=repr(sheet),
                    sheets=", ".join(map(repr, book.sheetnames)),
                ),
                field="sheet",
            )
        for number, values in enumerate(chosen.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if any(c.strip() for c in cells):
                yield number, cells
    finally:
        book.close()


def cell_text(value: Any) -> str:
    """A cell's value as the text a CSV file would hold, numbers exact and unambiguous."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        # repr gives the shortest text that is this float: the number as typed in Excel
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if number == number.to_integral_value():
            return f"{number.to_integral_value():f}"
        text = f"{number.normalize():f}"
        if len(text.partition(".")[2]) == 3:
            text += "0"  # not `1234.567`, which Dutch input reads as 1234567
        return text
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _check_unpacked_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise BanencalcError(
            Msg("{name}: not an Excel workbook (.xlsx): it is not a zip archive", name=str(path))
        ) from None
    except OSError as exc:
        raise BanencalcError(f"{path}: {exc.strerror or exc}") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise BanencalcError(
            Msg(
                "{name}: the workbook unpacks to {size} bytes, more than the {limit} accepted",
                name=str(path),
                size=unpacked,
                limit=MAX_UNPACKED_BYTES,
            )
        )
