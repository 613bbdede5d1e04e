"""One renderer for every command: a Report becomes a rich table, JSON, CSV or Markdown.

A Report holds machine values (numbers as numbers); formatting for people happens here only.
Rich is imported only when a table is drawn, so JSON/CSV output never pays for it.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any, Literal

from .models import Source

Format = Literal["table", "json", "csv", "markdown"]
FORMATS: tuple[Format, ...] = ("table", "json", "csv", "markdown")
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


#: key of an optional dict in a row: column key -> the text a table shows instead of the value
DISPLAY = "_display"
BAR_WIDTH = 8
#: the space rich puts between two columns with collapsed padding
COLUMN_GAP = 2
#: the first (label) column may wrap down to this width
LABEL_MIN_WIDTH = 12


def format_value(value: Any, kind: Kind) -> str:
    """A value as people read it (English conventions; thousands separators)."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if kind == "shown":
        return value if isinstance(value, str) else format_value(value, "decimal")
    if kind == "int":
        return f"{value:,}"
    if kind == "signed":
        return f"{value:+,}" if value else "0"
    if kind == "pct":
        return f"{Decimal(value):,.2f}%"
    if kind == "decimal":
        return f"{Decimal(value):,.2f}"
    if kind == "money":
        return f"EUR {Decimal(value):,.2f}"
    return str(value)


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
) -> None:
    writers: dict[Format, Callable[[], None]] = {
        "table": lambda: _table(report, out, full_sources, color),
        "json": lambda: _json(report, out),
        "csv": lambda: _csv(report, out),
        "markdown": lambda: _markdown(report, out, full_sources),
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
        return "; ".join(map(str, value))
    return value


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


def _shown(report: Report) -> list[Column]:
    return [c for c in report.columns if not c.detail]


def _label(report: Report, row: dict[str, Any], column: Column, first: bool) -> str:
    shown = row.get(DISPLAY, {})
    text = (
        shown[column.key] if column.key in shown else format_value(row.get(column.key), column.kind)
    )
    if first and report.depth_key:
        text = "  " * int(row.get(report.depth_key) or 0) + text
    return text


def _source_lines(sources: Sequence[Source], full: bool) -> list[str]:
    return [f"[{s.id}] {s.full() if full else s.short()}" for s in sources]


def _markdown(report: Report, out: IO[str], full_sources: bool) -> None:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("-\n", "").replace("\n", " ")

    out.write(f"### {cell(report.title)}\n\n")
    for line in report.summary:
        out.write(f"{line}\n\n")
    columns = _shown(report)
    if report.transpose:
        out.write("| item | value |\n|---|---:|\n")
        for row in report.rows:
            for c in columns:
                out.write(f"| {cell(c.header)} | {cell(_label(report, row, c, False))} |\n")
    else:
        out.write("| " + " | ".join(cell(c.header) for c in columns) + " |\n")
        out.write("|" + "|".join("---:" if c.kind != "text" else "---" for c in columns) + "|\n")
        for row in report.rows:
            cells = [_label(report, row, c, i == 0) for i, c in enumerate(columns)]
            out.write(
                "| " + " | ".join(cell(t).replace("  ", "&nbsp;&nbsp;") for t in cells) + " |\n"
            )
    for heading, lines in report.sections:
        out.write(f"\n{cell(heading)}\n\n" + "".join(f"- {cell(n)}\n" for n in lines))
    if report.notes:
        out.write("\nNotes:\n\n" + "".join(f"- {cell(n)}\n" for n in report.notes))
    if report.sources:
        out.write("\nSources:\n\n")
        out.write("".join(f"- {cell(s)}\n" for s in _source_lines(report.sources, full_sources)))


def _table(report: Report, out: IO[str], full_sources: bool, color: bool | None) -> None:
    from rich import box
    from rich.console import Console
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    console = Console(
        file=out,
        no_color=None if color is None else not color,
        force_terminal=None if color is None else color,
        highlight=False,
    )
    # Narrow by design: the table must fit an 80-column terminal. Numbers never wrap; headers and
    # sector names may (at spaces).
    table = Table(
        title=report.title,
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    if report.transpose:
        report = _transposed(report)
    columns = _shown(report)
    texts = [[_label(report, row, c, i == 0) for i, c in enumerate(columns)] for row in report.rows]
    min_widths = []
    for i, column in enumerate(columns):
        numeric = column.kind != "text"
        header_width = max((len(w) for w in column.header.splitlines()), default=1)
        widest = max((len(t[i]) for t in texts), default=1)
        if numeric:
            min_widths.append(max(header_width, widest))
        else:  # wrap at spaces, never inside a word
            longest_word = max(
                (len(w) + len(t[i]) - len(t[i].lstrip()) for t in texts for w in t[i].split()),
                default=1,
            )
            min_widths.append(max(header_width, min(widest, max(longest_word, LABEL_MIN_WIDTH))))
        table.add_column(
            column.header,
            justify="right" if numeric else "left",
            no_wrap=numeric,
            min_width=min_widths[-1],
            overflow="fold",
        )
    # The bar repeats the % column as a picture: drawn only when the terminal is wide enough.
    needed = sum(min_widths) + COLUMN_GAP * len(min_widths) + BAR_WIDTH
    show_bar = report.bar is not None and needed <= console.width
    if show_bar:
        table.add_column("", width=BAR_WIDTH, no_wrap=True)
    for row, row_texts in zip(report.rows, texts, strict=True):
        cells: list[Any] = list(row_texts)
        if show_bar and report.bar is not None:
            value, total = row.get(report.bar.value), row.get(report.bar.total)
            cells.append(
                ProgressBar(total=float(total), completed=float(min(value, total)), width=BAR_WIDTH)
                if value is not None and total
                else ""
            )
        table.add_row(*cells)
    for line in report.summary:
        console.print(line, markup=False)
    console.print(table)
    for heading, lines in report.sections:
        _bullets(console, heading, lines)
    _bullets(console, "Notes:", report.notes)
    _bullets(
        console,
        "Sources:" + ("" if full_sources else " (--sources for full references)"),
        _source_lines(report.sources, full_sources) if report.sources else [],
    )


def _transposed(report: Report) -> Report:
    """A one-record report as a two-column table: item, value."""
    rows = [
        {
            "item": c.header.replace("-\n", "").replace("\n", " "),
            "value": _label(report, row, c, False),
        }
        for row in report.rows
        for c in _shown(report)
    ]
    return Report(
        report.title,
        [Column("item", "item"), Column("value", "value", "shown")],
        rows,
        report.payload,
        report.notes,
        report.sources,
        summary=report.summary,
        sections=report.sections,
    )


def _bullets(console: Any, heading: str, lines: Sequence[str]) -> None:
    """A heading and a bulleted list whose long lines wrap with a hanging indent."""
    from rich.table import Table
    from rich.text import Text

    if not lines:
        return
    console.print(heading, style="bold")
    grid = Table.grid(padding=(0, 1), pad_edge=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for line in lines:
        grid.add_row(" -", Text(line))
    console.print(grid)


_NUMERIC_KINDS = ("int", "signed", "pct", "decimal", "money")


def _delta(old: Any, new: Any, kind: Kind) -> str:
    """`new - old` formatted like the column; empty where it has no meaning."""
    if kind not in _NUMERIC_KINDS or isinstance(old, bool) or isinstance(new, bool):
        return ""
    if not isinstance(old, int | Decimal) or not isinstance(new, int | Decimal):
        return ""
    delta = Decimal(new) - Decimal(old)
    text = format_value(delta, "signed" if kind == "int" else kind)
    return f"+{text}" if delta > 0 and not text.startswith("+") else text


def compare(
    baseline: Report,
    scenario: Report,
    name: str,
    changes: list[str],
    change_payload: list[dict[str, Any]],
) -> Report:
    """Baseline and scenario side by side, with the difference, and what the scenario changed."""
    columns = _shown(scenario)
    if scenario.transpose:  # one record: item | baseline | scenario | difference
        rows: list[dict[str, Any]] = []
        for base_row, new_row in zip(baseline.rows, scenario.rows, strict=False):
            for column in columns:
                old, new = base_row.get(column.key), new_row.get(column.key)
                rows.append(
                    {
                        "item": column.header.replace("-\n", "").replace("\n", " "),
                        "baseline": _label(baseline, base_row, column, False),
                        "scenario": _label(scenario, new_row, column, False),
                        "difference": _delta(old, new, column.kind) if old != new else "",
                    }
                )
        shown_columns = [
            Column("item", "item"),
            Column("baseline", "baseline", "shown"),
            Column("scenario", "scenario", "shown"),
            Column("difference", "difference", "shown"),
        ]
    else:  # a changed row becomes three: baseline, scenario, difference
        rows, label = [], columns[0].key
        for base_row, new_row in zip(baseline.rows, scenario.rows, strict=False):
            if all(base_row.get(c.key) == new_row.get(c.key) for c in columns):
                rows.append(new_row)
                continue
            name_text = _label(scenario, new_row, columns[0], True)
            rows.append(
                {
                    **base_row,
                    DISPLAY: {**base_row.get(DISPLAY, {}), label: f"{name_text} (baseline)"},
                }
            )
            indent = " " * (len(name_text) - len(name_text.lstrip()) + 2)
            rows.append(
                {**new_row, DISPLAY: {**new_row.get(DISPLAY, {}), label: f"{indent}scenario"}}
            )
            diff = {
                c.key: _delta(base_row.get(c.key), new_row.get(c.key), c.kind)
                for c in columns[1:]
                if base_row.get(c.key) != new_row.get(c.key)
            }
            rows.append(
                {
                    DISPLAY: {c.key: diff.get(c.key, "") for c in columns[1:]}
                    | {label: f"{indent}difference"}
                }
            )
        shown_columns = columns
    return Report(
        title=f"{scenario.title}: scenario '{name}' against the baseline",
        columns=shown_columns + [c for c in scenario.columns if c.detail],
        rows=rows,
        payload={
            "baseline": baseline.payload,
            "scenario": scenario.payload,
            "changes": change_payload,
        },
        notes=scenario.notes,
        sources=scenario.sources,
        summary=scenario.summary,
        sections=[("Changed by the scenario (old -> new):", changes), *scenario.sections],
        machine_rows=[{"case": "baseline", **r} for r in baseline.rows]
        + [{"case": "scenario", **r} for r in scenario.rows],
        machine_columns=scenario.columns,
    )
