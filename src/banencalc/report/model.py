"""The Report: what a command shows, as data. Renderers (render/) turn it into a table, Markdown,
JSON or CSV; nothing here formats or localises."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from banencalc.base.messages import Msg
from banencalc.dataset.records import Source

#: how a value is shown; "shown" is text formatted already, aligned like a number
#: how a column's values are shown: `text` wraps between words; `key` is an identifier (a
#: figure's or parameter's key), kept whole and left-aligned; the others are numbers
Kind = Literal["text", "key", "int", "signed", "pct", "decimal", "money", "shown"]

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


@dataclass(frozen=True)
class Line:
    """One series of a chart: a label and its points."""

    label: str
    years: Sequence[int]
    values: Sequence[float]


@dataclass(frozen=True)
class Section:
    """A headed list after the table (the inputs, the calculation path)."""

    heading: Msg
    lines: tuple[Msg, ...]


@dataclass(frozen=True)
class Sheet:
    """A further table of a report, for the formats that hold several (a workbook's sheets):
    another level of the same answer (a realisation's quarters beside its years)."""

    title: Msg
    columns: tuple[Column, ...]
    rows: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class Report:
    """What a command shows, typed: renderers format it, and commands read their verdict and
    chart from it, never from the JSON payload."""

    #: the title, in the reader's language when rendered
    title: Msg
    columns: tuple[Column, ...]
    rows: tuple[Mapping[str, Any], ...]
    #: the JSON document (the stable contract of the command)
    payload: Mapping[str, Any]
    notes: tuple[Msg, ...] = ()
    sources: tuple[Source, ...] = ()
    bar: Bar | None = None
    #: key of an int in each row that indents the first column (subsectors)
    depth_key: str | None = None
    #: short lines printed above the table (e.g. the check verdict)
    summary: tuple[Msg, ...] = ()
    #: further headed lists after the table (inputs, the calculation path)
    sections: tuple[Section, ...] = ()
    #: one record shown as "item: value" lines instead of a one-row table
    transpose: bool = False
    #: rows and columns for CSV when they differ from the table's (a scenario: baseline and
    #: scenario rows, marked by a `case` column)
    machine_rows: tuple[Mapping[str, Any], ...] | None = None
    machine_columns: tuple[Column, ...] | None = None
    #: the verdict of a check (None: the command judges nothing)
    passed: bool | None = None
    #: keys of the figures the verdict rests on: --strict judges only these (None: all figures)
    verdict_figures: tuple[str, ...] | None = None
    #: series to draw under the table, and the chart's title
    chart: tuple[Line, ...] = ()
    chart_title: Msg | None = None
    #: further tables, each a sheet of a workbook (the text formats show the main table only)
    sheets: tuple[Sheet, ...] = ()
