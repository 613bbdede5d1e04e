"""The Report: what a command shows, as data. Renderers (render/) turn it into a table, Markdown,
JSON or CSV; nothing here formats or localises."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from banencalc.dataset.records import Source

#: how a value is shown; "shown" is text formatted already, aligned like a number
Kind = Literal["text", "int", "signed", "pct", "decimal", "money", "shown"]

#: key of an optional dict in a row: column key -> what a table shows instead of the value:
#: a text, or (prefix, value, kind) formatted in the output language
DISPLAY = "_display"


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


@dataclass(frozen=True)
class Line:
    """One series of a chart: a label and its points."""

    label: str
    years: Sequence[int]
    values: Sequence[float]
