"""A workbook cell as text: references (`B7`), dates from serial numbers and number formats,
and a value written as a CSV file would hold it (exact, unambiguous in either language)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any
from xml.etree.ElementTree import Element

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

#: the namespace of a sheet's parts (SpreadsheetML)
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

#: number formats Excel shows as dates or times (ECMA-376 18.8.30)
DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
CELL_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def column_letters(column: int) -> str:
    text = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        text = chr(65 + rest) + text
    return text


def serial_date(serial: Decimal) -> str:
    try:
        return (dt.datetime(1899, 12, 30) + dt.timedelta(days=float(serial))).date().isoformat()
    except (OverflowError, ValueError):
        return str(serial)


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


def stored_value(
    cell: Element, reference: str, strings: list[str], dates: frozenset[int], dates_wanted: bool
) -> tuple[str, bool]:
    """A cell's value as text, as stored (the shared-string table `strings`, the styles that
    are `dates`), and whether it holds a formula; a BanencalcError naming the cell when it cannot
    be read as written. `dates_wanted`: a date cell is read as its day, not refused."""
    kind = cell.get("t", "n")
    value = cell.find(f"{MAIN}v")
    formula = cell.find(f"{MAIN}f") is not None
    raw = value.text if value is not None else None
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t")), formula
    if raw is None:
        if formula:
            raise BanencalcError(
                Msg(
                    "cell {cell} holds a formula without a stored value (a workbook written "
                    "by a script, never opened in Excel): open and save it in Excel, or type "
                    "the value",
                    cell=reference,
                )
            )
        return "", False
    if kind == "e":
        raise BanencalcError(
            Msg("cell {cell} holds the error value {error}", cell=reference, error=raw)
        )
    if kind == "s":
        if not raw.isdigit() or int(raw) >= len(strings):
            raise BanencalcError(
                Msg(
                    "cell {cell} points at shared string {index}, which the workbook does not have",
                    cell=reference,
                    index=raw,
                )
            )
        return strings[int(raw)], formula
    if kind in ("str", "inlineStr"):
        return raw, formula
    if kind == "b":
        return ("true" if raw == "1" else "false"), formula
    try:
        number = Decimal(raw)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise BanencalcError(
            Msg("cell {cell} holds {value}, which is not a number", cell=reference, value=raw)
        )
    style = cell.get("s")
    if style is not None and style.isdigit() and int(style) in dates:
        if dates_wanted and number == number.to_integral_value():
            return serial_date(number), formula
        raise BanencalcError(
            Msg(
                "cell {cell} holds a date or time ({value} as a date), where a number is expected",
                cell=reference,
                value=serial_date(number),
            )
        )
    return cell_text(number), formula
