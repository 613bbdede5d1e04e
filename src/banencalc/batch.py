"""Many employers from a CSV file, streamed: memory stays flat whatever the file's size.

Input columns (header row required, names case-insensitive, `,` or `;` separated, UTF-8 with or
without BOM, any line ending):

    id                  the employer's reference (e.g. loonheffingennummer)
    paid_hours          total paid hours in the year
    target_group_hours  paid hours of target-group employees (0 when empty)
    sector              optional; default from --sector (government)
    year                optional; default from --year

Output: one row per employer (CSV or JSON lines) and a summary. Results are written to a temporary
file first, so a bad row stops the run (exit 2) before any output appears; with `skip_invalid`
bad rows are listed and left out of the output. No row is dropped silently.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Literal

from .calc.employer import Rules, position, rules_for
from .errors import BanencalcError
from .models import Dataset
from .parsing import parse_decimal
from .render import dumps_exact

OutFormat = Literal["csv", "jsonl"]
REQUIRED = ("id", "paid_hours", "target_group_hours")
OPTIONAL = ("sector", "year")
OUTPUT_COLUMNS = (
    "id",
    "year",
    "sector",
    "liable",
    "quota_pct",
    "quota_status",
    "required_hours",
    "required_jobs",
    "realised_jobs",
    "shortfall_jobs",
    "levy_eur",
)
MAX_REPORTED = 20


@dataclass
class BatchSummary:
    rows: int = 0
    liable: int = 0
    shortfall_jobs: Decimal = Decimal(0)
    levy_eur: Decimal = Decimal(0)
    skipped: list[tuple[int, str]] = field(default_factory=list)


class BadRowsError(BanencalcError):
    """One or more rows could not be read; nothing was written."""


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _columns(header: list[str], name: str) -> dict[str, int]:
    names = [h.strip().lower().replace(" ", "_") for h in header]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise BanencalcError(
            f"{name}: line 1: missing column(s) {', '.join(missing)}; the header has "
            f"{', '.join(names) or 'nothing'} (needed: {', '.join(REQUIRED)}; optional: "
            f"{', '.join(OPTIONAL)})"
        )
    return {c: names.index(c) for c in (*REQUIRED, *OPTIONAL) if c in names}


def run_batch(
    data: Dataset,
    path: Path,
    *,
    year: int | None,
    sector: str,
    out: IO[str],
    out_format: OutFormat = "csv",
    skip_invalid: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Assess every employer in `path`; write the results to `out` only when the run succeeds."""
    name = str(path)
    try:
        source = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise BanencalcError(f"{name}: cannot open ({exc.strerror})") from None
    summary = BatchSummary()
    rules_cache: dict[tuple[int, str], Rules] = {}
    with source, tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        try:
            first = source.readline()
        except UnicodeDecodeError:
            raise BanencalcError(f"{name}: not UTF-8 text") from None
        if not first.strip():
            raise BanencalcError(f"{name}: the file is empty (a header row is needed)")
        delimiter = _delimiter(first)
        columns = _columns(next(csv.reader([first], delimiter=delimiter)), name)
        writer = _writer(spool, out_format)
        for line_no, row in _rows(source, delimiter, name, on_progress):
            try:
                record = _assess_row(data, row, columns, year, sector, rules_cache, name, line_no)
            except BanencalcError as exc:
                if not skip_invalid and len(summary.skipped) >= MAX_REPORTED:
                    break
                summary.skipped.append((line_no, exc.message))
                continue
            summary.rows += 1
            if record[3]:
                summary.liable += 1
                summary.shortfall_jobs += record[9]
                summary.levy_eur += record[10]
            writer(record)
        if summary.skipped and not skip_invalid:
            lines = [f"  line {n}: {reason}" for n, reason in summary.skipped]
            more = " (stopped at the first 20)" if len(summary.skipped) >= MAX_REPORTED else ""
            raise BadRowsError(
                f"{name}: {len(summary.skipped)} bad row(s){more}; nothing was written "
                "(--skip-invalid leaves them out and goes on):\n" + "\n".join(lines)
            )
        spool.seek(0)
        shutil.copyfileobj(spool, out)
    return summary


def write_output(
    path: Path | None, produce: Callable[[IO[str]], BatchSummary], stdout: IO[str]
) -> BatchSummary:
    """Run `produce` into `path` atomically (a failed run leaves no file), or into stdout."""
    if path is None:
        return produce(stdout)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as f:
            summary = produce(f)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return summary


def _rows(
    source: IO[str], delimiter: str, name: str, on_progress: Callable[[int], None] | None
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(source, delimiter=delimiter)
    try:
        for row in reader:
            if on_progress is not None and reader.line_num % 10_000 == 0:
                on_progress(reader.line_num)
            if row and any(cell.strip() for cell in row):
                yield reader.line_num + 1, row  # +1: the header was read before the reader
    except UnicodeDecodeError:
        raise BanencalcError(f"{name}: line {reader.line_num + 2}: not UTF-8 text") from None
    except csv.Error as exc:
        raise BanencalcError(f"{name}: line {reader.line_num + 1}: {exc}") from None


def _assess_row(
    data: Dataset,
    row: list[str],
    columns: dict[str, int],
    default_year: int | None,
    default_sector: str,
    rules_cache: dict[tuple[int, str], Rules],
    name: str,
    line_no: int,
) -> tuple[str, int, str, bool, Decimal, str, Decimal, Decimal, Decimal, Decimal, Decimal]:
    def cell(column: str) -> str:
        index = columns.get(column)
        return row[index].strip() if index is not None and index < len(row) else ""

    if len(row) < len(columns) - sum(1 for c in OPTIONAL if c in columns):
        raise BanencalcError(f"has {len(row)} field(s); expected {len(columns)}")
    employer_id = cell("id")
    if not employer_id:
        raise BanencalcError("id is empty")
    paid = parse_decimal(cell("paid_hours"), "paid_hours")
    tg_text = cell("target_group_hours")
    target_group = parse_decimal(tg_text, "target_group_hours") if tg_text else Decimal(0)
    if paid < 0 or target_group < 0 or not paid.is_finite() or not target_group.is_finite():
        raise BanencalcError("hours must be finite and not negative")
    year_text = cell("year")
    if year_text:
        if not year_text.isdigit():
            raise BanencalcError(f"year: {year_text!r} is not a year")
        year = int(year_text)
    elif default_year is not None:
        year = default_year
    else:
        raise BanencalcError("no year in the row and no --year given")
    sector = cell("sector") or default_sector
    key = (year, sector)
    rules = rules_cache.get(key)
    if rules is None:
        if year not in data.years():
            raise BanencalcError(
                f"year {year}: the data covers {data.years()[0]}-{data.years()[-1]}"
            )
        rules = rules_for(data, year, sector, "year")
        if rules.quota_pct is None:
            raise BanencalcError(f"no quota percentage is published for {sector} in {year}")
        rules_cache[key] = rules
    p = position(rules, paid, target_group)
    assert rules.quota_pct is not None
    return (
        employer_id,
        year,
        sector,
        p.liable,
        rules.quota_pct,
        str(rules.quota_status),
        p.required_hours,
        p.required_jobs,
        p.realised_jobs,
        p.shortfall_jobs,
        p.levy_eur,
    )


def _writer(out: IO[str], out_format: OutFormat) -> Callable[[tuple[object, ...]], None]:
    if out_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(OUTPUT_COLUMNS)

        def write_csv(record: tuple[object, ...]) -> None:
            writer.writerow(
                [
                    f"{v:f}"
                    if isinstance(v, Decimal)
                    else "true"
                    if v is True
                    else "false"
                    if v is False
                    else v
                    for v in record
                ]
            )

        return write_csv

    def write_json(record: tuple[object, ...]) -> None:
        out.write(dumps_exact(dict(zip(OUTPUT_COLUMNS, record, strict=True))) + "\n")

    return write_json
