"""One renderer for every command: a Report becomes a rich table, JSON, CSV or Markdown.

A Report holds machine values (numbers as numbers); formatting for people happens at rendering
only (tables and Markdown in render_text, which alone imports rich).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any, Literal

from banencalc.dataset.models import Source
from banencalc.render.i18n import Lang, number, t

Format = Literal["table", "json", "csv", "markdown"]
#: how a value is shown; "shown" is text formatted already, aligned like a number
Kind = Literal["text", "int", "signed", "pct", "decimal", "money", "shown"]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Kind = "text"
    #: detail columns appear in CSV only (tables and Markdown stay narrow)
    detail: bool = False


@dataclass(frozen=True)
class Bar:
    """A progress bar per row: `value` towards `total` (keys of the row)."""

    value: str
    total: str
    header: str = "progress"


@dataclass
class Report:
    #: a catalogue key, formatted with title_args (so a title can be translated)
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    #: the JSON document (the stable contract of the command)
    payload: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    bar: Bar | None = None
    #: key of an int in each row that indents the first column (subsectors)
    depth_key: str | None = None
    #: short lines printed above the table (e.g. the check verdict)
    summary: list[str] = field(default_factory=list)
    #: further headed lists after the table (inputs, the calculation path)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    #: one record shown as "item: value" lines instead of a one-row table
    transpose: bool = False
    #: rows and columns for CSV when they differ from the table's (a scenario: baseline and
    #: scenario rows, marked by a `case` column)
    machine_rows: list[dict[str, Any]] | None = None
    machine_columns: list[Column] | None = None
    title_args: dict[str, str] = field(default_factory=dict)


# Characters that would act on a terminal instead of being shown (escape sequences, carriage
# returns, bidirectional overrides that reorder what is read): shown escaped, never sent raw.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """`text` with every control character written out (`\\x1b`), newlines kept."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: a text starting like a formula gets a leading `'`.
    Numbers are written as numbers and never changed."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


#: key of an optional dict in a row: column key -> what a table shows instead of the value:
#: a text, or (prefix, value, kind) formatted in the output language
DISPLAY = "_display"


def format_value(value: Any, kind: Kind, lang: Lang = "en") -> str:
    """A value as people read it, with the thousands and decimal separators of `lang`."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if kind == "shown":
        return value if isinstance(value, str) else format_value(value, "decimal", lang)
    if kind == "int":
        return number(value, lang)
    if kind == "signed":
        return number(value, lang, signed=True) if value else "0"
    if kind == "pct":
        return number(Decimal(value), lang, 2) + "%"
    if kind == "decimal":
        return number(Decimal(value), lang, 2)
    if kind == "money":
        return "EUR " + number(Decimal(value), lang, 2)
    return t(str(value), lang)


def title_of(report: Report, lang: Lang = "en") -> str:
    template = t(report.title, lang)
    return template.format(**report.title_args) if report.title_args else template


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


def render(
    report: Report,
    fmt: Format,
    out: IO[str],
    *,
    full_sources: bool = False,
    color: bool | None = None,
    lang: Lang = "en",
) -> None:
    """Write `report` in `fmt`; `lang` applies to tables and Markdown (JSON/CSV are neutral)."""
    from banencalc.render import table as text

    writers: dict[Format, Callable[[], None]] = {
        "table": lambda: text.table(report, out, full_sources, color, lang),
        "json": lambda: _json(report, out),
        "csv": lambda: _csv(report, out),
        "markdown": lambda: text.markdown(report, out, full_sources, lang),
    }
    writers[fmt]()


def _json(report: Report, out: IO[str]) -> None:
    out.write(dumps_exact(report.payload, indent=2) + "\n")


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


def _csv(report: Report, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    keys = [c.key for c in report.columns]
    rows = report.rows
    if report.machine_rows is not None:
        keys = ["case", *(c.key for c in report.machine_columns or report.columns)]
        rows = report.machine_rows
    writer.writerow(keys)
    for row in rows:
        writer.writerow([_csv_cell(row.get(k)) for k in keys])
