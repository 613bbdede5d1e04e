"""Reports for people: rich tables and Markdown, in English or Dutch; and scenario comparisons.

Tables fit an 80-column terminal: numbers never wrap; headers and labels wrap at spaces; the
progress bar (a picture of the % column) is drawn only when there is room.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import IO, Any, cast

from banencalc.base.messages import Msg
from banencalc.dataset.records import Source
from banencalc.i18n import Lang, t
from banencalc.render.text import escape_controls, format_value, say, title_of
from banencalc.report.model import DISPLAY, Column, Report

BAR_WIDTH = 8
#: the space rich puts between two columns with collapsed padding
COLUMN_GAP = 2
#: the first (label) column may wrap down to this width
LABEL_MIN_WIDTH = 12
_NUMERIC_KINDS = ("int", "signed", "pct", "decimal", "money")


def shown_columns(report: Report) -> list[Column]:
    return [c for c in report.columns if not c.detail]


def header(column: Column, lang: Lang) -> str:
    return t(column.header, lang)


def label(
    report: Report, row: Mapping[str, Any], column: Column, first: bool, lang: Lang = "en"
) -> str:
    """The text of one cell: a DISPLAY override, the Dutch name, or the formatted value."""
    shown = row.get(DISPLAY, {})
    if column.key in shown:
        entry = shown[column.key]
        text = (
            entry[0] + format_value(entry[1], entry[2], lang)
            if isinstance(entry, tuple)
            else t(entry, lang)
        )
    elif lang == "nl" and f"{column.key}_nl" in row:
        text = str(row[f"{column.key}_nl"])
    else:
        text = format_value(row.get(column.key), column.kind, lang)
    if first and report.depth_key:
        text = "  " * int(row.get(report.depth_key) or 0) + text
    return text


def _source_lines(sources: Sequence[Source], full: bool) -> list[str]:
    return [f"[{s.id}] {s.full() if full else s.short()}" for s in sources]


def _sources_heading(full: bool) -> str:
    return "Sources:" if full else "Sources: (--sources for full references)"


#: the narrowest a table is laid out for, whatever COLUMNS says
NARROWEST = 40


def _broken_pipe() -> None:
    raise BrokenPipeError


_TRAILING_SPACES = re.compile(r" +\n")


class _Trimmed:
    """The output with no spaces at the end of a line (rich pads wrapped notes and lists to the
    width; pasted into Word or a mail, the padding shows)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def write(self, text: str) -> int:
        return self.out.write(_TRAILING_SPACES.sub("\n", text))

    def flush(self) -> None:
        self.out.flush()

    def isatty(self) -> bool:
        return self.out.isatty()

    def fileno(self) -> int:
        return self.out.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.out, "encoding", "utf-8") or "utf-8"


def table(
    report: Report, out: IO[str], full_sources: bool, color: bool | None, lang: Lang = "en"
) -> None:
    from rich import box
    from rich.console import Console
    from rich.progress_bar import ProgressBar
    from rich.table import Table

    console = Console(
        file=cast("IO[str]", _Trimmed(out)),
        no_color=None if color is None else not color,
        force_terminal=None if color is None else color,
        highlight=False,
    )
    if console.width < NARROWEST:
        # COLUMNS=0 or 5: lay out for the narrowest width that keeps every word and figure
        # whole; the terminal wraps the longer lines itself, and nothing is lost
        console.width = NARROWEST
    # rich ends the process with exit 1 on a broken pipe, which CI would read as "target
    # missed"; the caller decides instead (files.write_stdout: the command keeps its own code).
    console.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    if report.transpose:
        report = _transposed(report, lang)
    grid = Table(
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    columns = shown_columns(report)
    texts = [
        [escape_controls(label(report, row, c, i == 0, lang)) for i, c in enumerate(columns)]
        for row in report.rows
    ]
    min_widths = []
    for i, column in enumerate(columns):
        head = header(column, lang)
        header_width = max((len(w) for w in head.splitlines()), default=1)
        widest = max((len(x[i]) for x in texts), default=1)
        if column.kind != "text":
            min_widths.append(max(header_width, widest))
        else:  # wrap at spaces, never inside a word
            longest_word = max(
                (len(w) + len(x[i]) - len(x[i].lstrip()) for x in texts for w in x[i].split()),
                default=1,
            )
            min_widths.append(max(header_width, min(widest, max(longest_word, LABEL_MIN_WIDTH))))
    # Too wide for the terminal: text columns give way (down to LABEL_MIN_WIDTH, folding long
    # words) so that numbers are never cut off.
    excess = sum(min_widths) + COLUMN_GAP * (len(min_widths) - 1) - console.width
    for i, column in enumerate(columns):
        if excess > 0 and column.kind == "text":
            give = min(excess, min_widths[i] - LABEL_MIN_WIDTH)
            if give > 0:
                min_widths[i] -= give
                excess -= give
    if excess > 0:  # even so too wide: one record per block, where nothing can be cut off
        _print_head(console, report, lang)
        _blocks(console, columns, texts, lang)
        _print_tail(console, report, full_sources, lang)
        return
    if columns and columns[0].kind == "text":
        shortened = _shorten_labels(texts, min_widths, console.width)
        if shortened:
            said = [
                Msg(
                    "{short} = {full} (shortened to fit the width)",
                    short=Msg.text(short),
                    full=Msg.text(full),
                )
                for short, full in shortened
            ]
            report = replace(report, notes=(*said, *report.notes))
    for column, width in zip(columns, min_widths, strict=True):
        numeric = column.kind not in ("text", "key")
        grid.add_column(
            header(column, lang),
            justify="right" if numeric else "left",
            no_wrap=column.kind != "text",
            min_width=width,
            overflow="fold",
        )
    needed = sum(min_widths) + COLUMN_GAP * len(min_widths) + BAR_WIDTH
    show_bar = report.bar is not None and needed <= console.width
    if show_bar:
        grid.add_column("", width=BAR_WIDTH, no_wrap=True)
    for row, row_texts in zip(report.rows, texts, strict=True):
        cells: list[Any] = list(row_texts)
        if show_bar and report.bar is not None:
            value, total = row.get(report.bar.value), row.get(report.bar.total)
            cells.append(
                ProgressBar(total=float(total), completed=float(min(value, total)), width=BAR_WIDTH)
                if value is not None and total
                else ""
            )
        grid.add_row(*cells)
    _print_head(console, report, lang)
    console.print(grid)
    _print_tail(console, report, full_sources, lang)


def _shorten_labels(texts: list[list[str]], widths: list[int], width: int) -> list[tuple[str, str]]:
    """Labels of the first column that would break inside a word, or (indented, a part under
    its whole) lose their indent on a second line, shortened to one line ending in `.`; returns
    (short, full) for a note. Only where the table is too narrow for them."""
    room = max(widths[0], width - sum(widths[1:]) - COLUMN_GAP * (len(widths) - 1))
    widest = max((len(row[0]) for row in texts), default=0)
    if widest <= room:
        return []
    widths[0] = room
    shortened: dict[str, str] = {}
    for row in texts:
        label_text = row[0]
        if len(label_text) <= room:
            continue
        indented = label_text.startswith(" ")
        if not indented and all(len(word) <= room for word in label_text.split()):
            continue  # wraps between words
        short = label_text[: room - 1].rstrip() + "."
        shortened[short.strip()] = label_text.strip()
        row[0] = short
    return list(shortened.items())


def _print_head(console: Any, report: Report, lang: Lang) -> None:
    # The title is printed on its own, so it wraps at the terminal's width, not the table's.
    console.print(escape_controls(title_of(report, lang)), style="bold", markup=False)
    for line in report.summary:
        console.print(escape_controls(say(line, lang)), markup=False)


def _print_tail(console: Any, report: Report, full_sources: bool, lang: Lang) -> None:
    for section in report.sections:
        _bullets(console, say(section.heading, lang), [say(n, lang) for n in section.lines])
    _bullets(console, t("Notes:", lang), [say(n, lang) for n in report.notes])
    if report.sources:
        _bullets(
            console,
            t(_sources_heading(full_sources), lang),
            _source_lines(report.sources, full_sources),
        )


def _blocks(
    console: Any, columns: Sequence[Column], texts: Sequence[Sequence[str]], lang: Lang
) -> None:
    """Rows as blocks: the first cell as a heading, then one `header: value` line per column.

    For a terminal too narrow for the table. Lines are written whole (soft wrap): a terminal may
    wrap a long one, but no digit is ever cut off.
    """
    names = [header(c, lang).replace("-\n", "").replace("\n", " ") for c in columns]
    if len(columns) == 2:  # item and value: one line each
        for row in texts:
            console.print(f"{row[0].strip()}: {row[1]}", markup=False, soft_wrap=True)
        return
    for row in texts:
        console.print(row[0].strip() or "-", style="bold", markup=False, soft_wrap=True)
        for name, value in zip(names[1:], row[1:], strict=True):
            console.print(f"  {name}: {value}", markup=False, soft_wrap=True, highlight=False)


def _transposed(report: Report, lang: Lang) -> Report:
    """A one-record report as a two-column table: item, value."""
    rows = [
        {
            "item": header(c, lang).replace("-\n", "").replace("\n", " "),
            "value": label(report, row, c, False, lang),
        }
        for row in report.rows
        for c in shown_columns(report)
    ]
    return replace(
        report,
        columns=(Column("item", "item"), Column("value", "value", "shown")),
        rows=tuple(rows),
        transpose=False,
        depth_key=None,
        bar=None,
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
        grid.add_row(" -", Text(escape_controls(line)))
    console.print(grid)
