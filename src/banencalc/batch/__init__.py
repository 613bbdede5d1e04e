"""Many employers from a CSV file, streamed: memory stays flat whatever the file's size.

Input columns (header row required, names case-insensitive, `,` or `;` separated, UTF-8 with or
without BOM or another encoding given, any line ending; Dutch names are accepted too, see ALIASES,
and any header can be mapped onto a column with `columns`):

    id                  the employer's reference (e.g. loonheffingennummer)
    paid_hours          total paid hours in the year
    target_group_hours  paid hours of target-group employees (0 when empty)
    name                optional: the employer's name, copied to the output beside the id
    sector              optional; default from --sector (government)
    year                optional; default from --year
    previous_year_hours optional: paid hours of the previous year (Wfsv art 34 lid 4 test)
    hired_out_hours     optional: a lender's hired-out agency hours (Besluit Wfsv art 2.31, 2.33)
    hours_from_lenders  optional: target-group hours attributed by a lender (art 2.28 lid 4)
    hours_to_hirers     optional: target-group hours attributed to hirers (art 2.28 lid 5)
    wsw_hours           optional: own Wsw staff not seconded (Wfsv art 38g lid 2; out of A)
    premium_wage        optional, from 2026: the premium wage (base of the inclusiviteitsopslag)
    hired_out_premium_wage, wsw_premium_wage, benefits_premium_wage  optional, from 2026: what
                        Wet banenafspraak art 6 lid 4 a, b and c exempt from the surcharge
    premium_wage_two_years_before, employer_since  optional, from 2026: the small-employer
                        test (Besluit Wfsv art 2.19d lid 1 and 4)
    target_group_employees  optional, from 2026: the number of target-group employees (LKV cap)

Each row is computed under its own year's law: the quota law up to 2025, the Wet banenafspraak
from 2026 (Wet banenafspraak art 12). A row in a sector whose quota was never activated (the
market) is answered "not liable" with its realised jobs; a row without a sector takes the default
sector, and the summary says how many did.

Output: one row per employer (CSV or JSON lines) and a summary. Results are written to a temporary
file first, so a bad row stops the run (exit 2) before any output appears; with `skip_invalid`
bad rows are listed and left out of the output. No row is dropped silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO

from banencalc.base.errors import BanencalcError
from banencalc.base.files import discard_stdout, open_binary, write_atomic, write_stdout
from banencalc.base.messages import Msg
from banencalc.base.spreadsheet import (
    Row,
    SheetRead,
    is_workbook,
    looks_like_a_workbook,
    read_sheet,
)
from banencalc.batch.assess import RowAssessor
from banencalc.batch.columns import (
    ALIASES,
    MAX_REPORTED,
    OPTIONAL,
    OUTPUT_COLUMNS,
    REQUIRED,
    OutFormat,
)
from banencalc.batch.parallel import Job, assess_in_parallel, workers_for
from banencalc.batch.read import CsvLayout, checked_encoding, columns_of, csv_header
from banencalc.batch.rows import assess_rows
from banencalc.batch.write import writer_for
from banencalc.dataset.records import Dataset

__all__ = [
    "ALIASES",
    "OPTIONAL",
    "OUTPUT_COLUMNS",
    "REQUIRED",
    "BadRowsError",
    "BatchSummary",
    "RowAssessor",
    "run_batch",
    "write_output",
]


@dataclass
class BatchSummary:
    rows: int = 0
    liable: int = 0
    shortfall_jobs: Decimal = Decimal(0)
    levy_eur: Decimal = Decimal(0)
    #: the first MAX_LISTED skipped rows (line, reason); skipped_count counts them all
    skipped: list[tuple[int, Msg]] = field(default_factory=list)
    skipped_count: int = 0
    #: rows that had no sector of their own and took the default one
    default_sector_rows: int = 0
    #: the sheet read from a workbook, what was passed over, and a totals row left out
    sheet: SheetRead = field(default_factory=SheetRead)
    #: the rows' levies are all for years in which a levy is collected (Wfsv art 122na: none
    #: before 2026); False as soon as one is not
    levy_charged: bool = True


class BadRowsError(BanencalcError):
    """One or more rows could not be read; nothing was written."""


def run_batch(
    data: Dataset,
    path: Path,
    *,
    year: int | None,
    sector: str,
    out: IO[str],
    out_format: OutFormat = "csv",
    skip_invalid: bool = False,
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
    staged: bool = False,
    lang: str | None = None,
    encoding: str = "utf-8",
    columns: dict[str, str] | None = None,
    csv_dialect: str = "standard",
    sheet: str | None = None,
) -> BatchSummary:
    """Assess every employer in `path`; write the results to `out` only when the run succeeds.

    `staged`: `out` is a temporary file its caller discards when this raises (an --output written
    atomically), so the rows go straight into it; otherwise they are held in a spool first.
    `lang`: the language numbers are written in (`300.000` is Dutch for 300000; see parsing).
    `encoding`: the file's text encoding (a UTF-8 BOM is skipped); `columns`: column -> header.
    `csv_dialect`: `excel-nl` writes `;`, decimal commas and a BOM (render.csv).
    `sheet`: for an Excel workbook (.xlsx), the sheet to read (the first when None).
    """
    from_stdin = str(path) == "-"  # `--file -`: a CSV on standard input, for pipelines
    name = "standard input" if from_stdin else str(path)
    encoding = checked_encoding(encoding)
    if sheet is not None and not is_workbook(path):
        raise BanencalcError(Msg("--sheet applies to an Excel workbook (.xlsx)"), field="sheet")
    source = _stdin() if from_stdin else open_binary(path, "--file")
    summary = BatchSummary()
    spool_or_out = (
        contextlib.nullcontext(out)
        if staged
        else tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115 - `with` below
    )
    with source, spool_or_out as spool:
        rows: Iterator[tuple[int, Row]]
        layout: CsvLayout | None = None
        if is_workbook(path) and not from_stdin:
            rows = read_sheet(path, sheet, summary.sheet)
            number, first = next(rows, (0, []))
            if isinstance(first, BanencalcError):
                raise BanencalcError(
                    Msg("{name}: row {row}: {why}", name=name, row=str(number), why=first.msg)
                )
            header = first
            if not header:
                raise BanencalcError(
                    Msg("{name}: the sheet is empty (a header row is needed)", name=name)
                )
            rows = _padded(rows, len(header))
        else:
            if looks_like_a_workbook(source.peek(4)[:4] if hasattr(source, "peek") else b""):
                raise BanencalcError(
                    Msg(
                        "{name}: this is an Excel workbook, not a CSV file: give it the name "
                        "it has (.xlsx) or save it as CSV",
                        name=name,
                    )
                )
            header, layout = csv_header(source, name, encoding)
            rows = layout.rows(source, on_progress)
        indices = columns_of(header, name, columns)
        name_at = indices.get("name")
        output_columns = OUTPUT_COLUMNS if name_at is None else ("id", "name", *OUTPUT_COLUMNS[1:])
        write = writer_for(spool, out_format, output_columns, csv_dialect, lang)
        assess_row = RowAssessor(data, indices, year, sector, strict, len(header), lang)
        workers = 1 if layout is None else workers_for(None if from_stdin else _size(path))
        if layout is not None and workers > 1:
            job = Job(
                layout, assess_row, name_at, out_format, output_columns, csv_dialect, skip_invalid
            )
            assess_in_parallel(source, job, spool, summary, workers, on_progress)
        else:
            assess_rows(rows, assess_row, write, name_at, summary, skip_invalid)
        summary.liable = assess_row.liable
        summary.shortfall_jobs = Decimal(assess_row.tenths) / 10
        summary.levy_eur = Decimal(assess_row.levy)
        summary.default_sector_rows = assess_row.defaulted
        summary.levy_charged = not assess_row.uncollected
        if summary.skipped and not skip_invalid:
            key = "\n  row {line}: {reason}" if summary.sheet.sheet else "\n  line {line}: {reason}"
            lines = [Msg(key, line=str(n), reason=reason) for n, reason in summary.skipped]
            more = (
                Msg(" (stopped at the first 20)")
                if summary.skipped_count >= MAX_REPORTED
                else Msg.text("")
            )
            raise BadRowsError(
                Msg(
                    "{name}: {count} bad row(s){more}; nothing was written (--skip-invalid leaves "
                    "them out and goes on):{lines}",
                    name=name,
                    count=summary.skipped_count,
                    more=more,
                    lines=Msg.joined(lines, separator=""),
                )
            )
        if staged:
            return summary
        spool.seek(0)
        try:
            shutil.copyfileobj(spool, out)
            out.flush()
        except BrokenPipeError:  # the reader went away (`| head`): the summary still stands
            discard_stdout()
    return summary


def write_output(
    path: Path | None, produce: Callable[[IO[str], bool], BatchSummary]
) -> BatchSummary:
    """Run `produce(out, staged)` into `path` atomically (a failed run leaves no file: the rows
    can go straight into the temporary file), or into stdout (spooled first)."""
    if path is None:
        done: list[BatchSummary] = []
        write_stdout(lambda out: done.append(produce(out, False)))
        return done[0] if done else BatchSummary()
    return write_atomic(path, lambda out: produce(out, True))


def _padded(rows: Iterator[tuple[int, Row]], width: int) -> Iterator[tuple[int, Row]]:
    """A workbook's rows as wide as its header: empty trailing cells are empty cells (a CSV row
    that is short is refused; a sheet does not store the empty cells at its end)."""
    for number, row in rows:
        if not isinstance(row, BanencalcError) and len(row) < width:
            row = row + [""] * (width - len(row))
        yield number, row


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _stdin() -> IO[bytes]:
    """Standard input as bytes, kept open for the caller (who closes what it opens)."""
    import io
    import sys

    if sys.stdin is None:
        raise BanencalcError(Msg("--file -: standard input is closed"), field="file")
    return io.BufferedReader(io.FileIO(os.dup(sys.stdin.fileno()), "rb"))
