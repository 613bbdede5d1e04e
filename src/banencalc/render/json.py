"""JSON with exact numbers: every Decimal is written as a JSON number, digit for digit."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import IO, Any

from banencalc.report.model import Report


def json_default(value: Any) -> Any:
    """Decimals travel through json.dumps as marked strings that dumps_exact turns into numbers."""
    if isinstance(value, Decimal):
        return f"{_MARK}{value:f}{_MARK}"
    raise TypeError(f"cannot serialise {type(value).__name__}")


_MARK = "\x00"
_MARKED = re.compile(r'"\\u0000([-+0-9.eE]+)\\u0000"')


def dumps_exact(value: Any, indent: int | None = None) -> str:
    """JSON with every Decimal written as an exact JSON number (2.14, never 2.1399999)."""
    text = json.dumps(value, indent=indent, default=json_default, ensure_ascii=False)
    return _MARKED.sub(r"\1", text)


def write_json(report: Report, out: IO[str]) -> None:
    out.write(dumps_exact(report.payload, indent=2) + "\n")
