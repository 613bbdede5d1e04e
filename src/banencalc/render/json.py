"""JSON with exact numbers: every Decimal is written as a JSON number, digit for digit.

The standard library writes a Decimal only through float (2.14 may become 2.1399999...), so this
module writes the document itself: strings through `json.dumps` (escaping is the library's), a
Decimal as its own decimal literal. No marker travels through user text, so an id such as
"\\x0042\\x00" stays the string it is.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import IO, Any

from banencalc.report.model import Report


def _number(value: Decimal) -> str:
    if not value.is_finite():  # JSON has no NaN or infinity; the core never makes them
        raise ValueError(f"not a finite number: {value}")
    return f"{value:f}"


def _encode(value: Any, indent: int | None, level: int, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, Decimal):
        out.append(_number(value))
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(json.dumps(value))  # only from outside the core; written as Python does
    elif isinstance(value, Mapping | list | tuple):
        mapping = isinstance(value, Mapping)
        items = list(value.items()) if isinstance(value, Mapping) else list(value)
        opening, closing = ("{", "}") if mapping else ("[", "]")
        if not items:
            out.append(opening + closing)
            return
        # as json.dumps separates: ", " on one line, a new line and the indent otherwise
        first, between, last = (
            ("", ", ", "")
            if indent is None
            else (
                "\n" + " " * (indent * (level + 1)),
                ",\n" + " " * (indent * (level + 1)),
                "\n" + " " * (indent * level),
            )
        )
        out.append(opening + first)
        for i, item in enumerate(items):
            if i:
                out.append(between)
            if mapping:
                key, item = item
                out.append(json.dumps(str(key), ensure_ascii=False) + ": ")
            _encode(item, indent, level + 1, out)
        out.append(last + closing)
    else:
        raise TypeError(f"cannot serialise {type(value).__name__}")


def dumps_exact(value: Any, indent: int | None = None) -> str:
    """JSON with every Decimal written as an exact JSON number (2.14, never 2.1399999), laid out
    as `json.dumps` lays it out (one line with ", " and ": ", or indented)."""
    out: list[str] = []
    _encode(value, indent, 0, out)
    return "".join(out)


def to_json(result: object, indent: int | None = 2) -> str:
    """The JSON text `--format json` prints for the same result (exact decimals)."""
    from banencalc.report.contract import to_dict

    return dumps_exact(to_dict(result), indent=indent)


def write_json(report: Report, out: IO[str]) -> None:
    out.write(dumps_exact(report.payload, indent=2) + "\n")
