"""Many employers from a CSV file, streamed: memory stays flat whatever the file's size.

Input columns (header row required, names case-insensitive, `,` or `;` separated, UTF-8 with or
without BOM, any line ending):

    id                  the employer's reference (e.g. loonheffingennummer)
    paid_hours          total paid hours in the year
    target_group_hours  paid hours of target-group employees (0 when empty)
    sector              optional; default from --sector (government)
    year                optional; default from --year
    previous_year_hours optional: paid hours of the previous year (Wfsv art 34 lid 4 test)
    hired_out_hours     optional: a lender's hired-out agency hours (Besluit Wfsv art 2.31, 2.33)
    hours_from_lenders  optional: target-group hours attributed by a lender (art 2.28 lid 4)
    hours_to_hirers     optional: target-group hours attributed to hirers (art 2.28 lid 5)

Output: one row per employer (CSV or JSON lines) and a summary. Results are written to a temporary
file first, so a bad row stops the run (exit 2) before any output appears; with `skip_invalid`
bad rows are listed and left out of the output. No row is dropped silently.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Literal

from banencalc.calc.employer import EmployerInput, Rules, position, rules_for
from banencalc.dataset.records import Dataset
from banencalc.errors import BanencalcError
from banencalc.files import discard_stdout, open_binary, write_atomic, write_stdout
from banencalc.parsing import LARGEST, parse_decimal
from banencalc.render.csv import neutral_cell
from banencalc.render.json import dumps_exact

OutFormat = Literal["csv", "jsonl"]
REQUIRED = ("id", "paid_hours", "target_group_hours")
OPTIONAL = (
    "sector",
    "year",
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
)
#: optional columns of hours, with the EmployerInput field each fills
OPTIONAL_HOURS = OPTIONAL[2:]
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
    "shortfall_jobs_unrounded",
    "levy_eur_unrounded",
)
MAX_REPORTED = 20  # bad rows reported before a run without --skip-invalid stops
MAX_LISTED = 1000  # skipped rows listed with --skip-invalid (all are counted)


@dataclass
class BatchSummary:
    rows: int = 0
    liable: int = 0
    shortfall_jobs: Decimal = Decimal(0)
    levy_eur: Decimal = Decimal(0)
    #: the first MAX_LISTED skipped rows (line, reason); skipped_count counts them all
    skipped: list[tuple[int, str]] = field(default_factory=list)
    skipped_count: int = 0


class BadRowsError(BanencalcError):
    """One or more rows could not be read; nothing was written."""


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _columns(header: list[str], name: str) -> dict[str, int]:
    names = [h.strip().lower().replace(" ", "_") for h in header]
    duplicated = sorted({n for n in names if n and names.count(n) > 1})
    if duplicated:
        raise BanencalcError(
            f"{name}: line 1: column(s) {', '.join(duplicated)} appear more than once in the "
            "header; which one is meant cannot be guessed"
        )
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
    strict: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Assess every employer in `path`; write the results to `out` only when the run succeeds."""
    name = str(path)
    source = open_binary(path, "--file")
    summary = BatchSummary()
    with source, tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
        try:
            first = source.readline().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BanencalcError(f"{name}: line 1: not UTF-8 text") from None
        if not first.strip():
            raise BanencalcError(f"{name}: the file is empty (a header row is needed)")
        delimiter = _delimiter(first)
        header = next(csv.reader([first], delimiter=delimiter))
        columns = _columns(header, name)
        write = _writer(spool, out_format)
        assess_row = _RowAssessor(data, columns, year, sector, strict, len(header))
        liable = shortfall = levy = ZERO
        for line_no, row in _rows(source, delimiter, name, on_progress):
            try:
                record = assess_row(row)
            except BanencalcError as exc:
                summary.skipped_count += 1
                if len(summary.skipped) < MAX_LISTED:
                    summary.skipped.append((line_no, exc.message))
                if not skip_invalid and summary.skipped_count >= MAX_REPORTED:
                    break
                continue
            summary.rows += 1
            if record[3] == "true":
                liable += 1
                shortfall += record[9]  # type: ignore[operator]
                levy += record[10]  # type: ignore[operator]
            write(record)
        summary.liable, summary.shortfall_jobs, summary.levy_eur = int(liable), shortfall, levy
        if summary.skipped and not skip_invalid:
            lines = [f"  line {n}: {reason}" for n, reason in summary.skipped]
            more = " (stopped at the first 20)" if summary.skipped_count >= MAX_REPORTED else ""
            raise BadRowsError(
                f"{name}: {summary.skipped_count} bad row(s){more}; nothing was written "
                "(--skip-invalid leaves them out and goes on):\n" + "\n".join(lines)
            )
        spool.seek(0)
        try:
            shutil.copyfileobj(spool, out)
            out.flush()
        except BrokenPipeError:  # the reader went away (`| head`): the summary still stands
            discard_stdout()
    return summary


def write_output(path: Path | None, produce: Callable[[IO[str]], BatchSummary]) -> BatchSummary:
    """Run `produce` into `path` atomically (a failed run leaves no file), or into stdout."""
    if path is None:
        done: list[BatchSummary] = []
        write_stdout(lambda out: done.append(produce(out)))
        return done[0] if done else BatchSummary()
    return write_atomic(path, produce)


def _decoded(source: IO[bytes], name: str) -> Iterator[str]:
    """The lines after the header, decoded one at a time, so a bad byte is reported at its own
    line (a text stream decodes ahead, in blocks, and would blame an earlier line)."""
    for number, raw in enumerate(source, start=2):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BanencalcError(
                f"{name}: line {number}: not UTF-8 text (byte {exc.start + 1} of the line); "
                "save the file as UTF-8"
            ) from None


def _rows(
    source: IO[bytes], delimiter: str, name: str, on_progress: Callable[[int], None] | None
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(_decoded(source, name), delimiter=delimiter)
    try:
        for row in reader:
            if on_progress is not None and reader.line_num % 10_000 == 0:
                on_progress(reader.line_num)
            if row and any(cell.strip() for cell in row):
                yield reader.line_num + 1, row  # +1: the header was read before the reader
    except csv.Error as exc:
        raise BanencalcError(f"{name}: line {reader.line_num + 1}: {exc}") from None


class _RowAssessor:
    """Turns one CSV row into an output record; the hot loop of a batch, kept lean on purpose."""

    def __init__(
        self,
        data: Dataset,
        columns: dict[str, int],
        year: int | None,
        sector: str,
        strict: bool = False,
        header_width: int = 0,
    ) -> None:
        self.data = data
        self.header_width = header_width
        self.id_at, self.paid_at = columns["id"], columns["paid_hours"]
        self.tg_at = columns["target_group_hours"]
        self.year_at, self.sector_at = columns.get("year"), columns.get("sector")
        self.optional_hours = [(name, columns[name]) for name in OPTIONAL_HOURS if name in columns]
        self.width = max(columns.values()) + 1
        self.default_year, self.default_sector = year, sector
        self.rules: dict[tuple[int, str], Rules] = {}
        self.strict = strict

    def __call__(self, row: list[str]) -> list[object]:
        if len(row) < self.width:
            raise BanencalcError(f"has {len(row)} field(s); expected {self.width}")
        if self.header_width and len(row) > self.header_width:
            raise BanencalcError(
                f"has {len(row)} fields but the header names {self.header_width}: a field "
                "beyond the header would be ignored (a thousands separator in an unquoted "
                "number splits it into two fields)"
            )
        employer_id = row[self.id_at].strip()
        if not employer_id:
            raise BanencalcError("id is empty")
        paid = _hours(row[self.paid_at], "paid_hours")
        tg_text = row[self.tg_at]
        target_group = _hours(tg_text, "target_group_hours") if tg_text.strip() else ZERO
        rules = self._rules(row)
        extra = {name: _hours(row[at], name) for name, at in self.optional_hours if row[at].strip()}
        employer = EmployerInput(rules.year, paid, target_group, "year", rules.sector, **extra)
        p = position(rules, employer)
        return [
            employer_id,
            rules.year,
            rules.sector,
            "true" if p.liable else "false",
            rules.quota_pct,
            rules.quota_status,
            p.required_hours,
            p.required_jobs,
            p.realised_jobs,
            p.shortfall_jobs,
            p.levy_eur,
            p.shortfall_jobs_unrounded,
            p.levy_eur_unrounded,
        ]

    def _rules(self, row: list[str]) -> Rules:
        year_text = row[self.year_at].strip() if self.year_at is not None else ""
        if year_text:
            if not year_text.isdigit():
                raise BanencalcError(f"year: {year_text!r} is not a year")
            year = int(year_text)
        elif self.default_year is not None:
            year = self.default_year
        else:
            raise BanencalcError("no year in the row and no --year given")
        sector = (
            row[self.sector_at].strip() if self.sector_at is not None else ""
        ) or self.default_sector
        rules = self.rules.get((year, sector))
        if rules is None:
            years = self.data.years()
            if year not in years:
                raise BanencalcError(f"year {year}: the data covers {years[0]}-{years[-1]}")
            rules = rules_for(self.data, year, sector, "year")
            if rules.quota_pct is None:
                raise BanencalcError(f"no quota percentage is published for {sector} in {year}")
            if self.strict and rules.quota_status != "definitive":
                raise BanencalcError(
                    f"the {year} quota percentage for {sector} is "
                    f"{rules.quota_status}, not definitive (--strict)"
                )
            self.rules[(year, sector)] = rules
        return rules


ZERO = Decimal(0)


def _hours(text: str, what: str) -> Decimal:
    """A cell of hours: whole numbers take the fast path, anything else the strict parser (which
    refuses `300,000` and `300.000` as ambiguous rather than reading them as 300)."""
    if text.isascii() and text.isdigit():
        value = Decimal(text)
    else:
        value = parse_decimal(text, what)
        if value == value.to_integral_value():  # 1e6: keep plain notation in the output
            value = value.quantize(Decimal(1))
    if not value.is_finite() or value < 0 or value > LARGEST:
        raise BanencalcError(f"{what}: {text.strip()!r} is not a number of hours of 0 or more")
    return value


def _writer(out: IO[str], out_format: OutFormat) -> Callable[[list[object]], object]:
    if out_format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(OUTPUT_COLUMNS)

        def write_csv(record: list[object]) -> None:
            # The id comes from the user's file: a spreadsheet must not run it as a formula.
            # Decimals are written by str(): exact, plain for these values.
            writer.writerow([neutral_cell(record[0]), *record[1:]])

        return write_csv

    def write_json(record: list[object]) -> None:
        values = dict(zip(OUTPUT_COLUMNS, record, strict=True))
        values["liable"] = values["liable"] == "true"
        out.write(dumps_exact(values) + "\n")

    return write_json
