"""A workbook cell as text: references (`B7`), dates from serial numbers and number formats,
and a value written as a CSV file would hold it (exact, unambiguous in either language)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

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
