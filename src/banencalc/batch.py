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
import csv
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import IO, Literal

from banencalc.calc.employer import EmployerInput, position
from banencalc.calc.regime import under_quota_law
from banencalc.calc.rules import Rules, rules_for
from banencalc.dataset.records import Dataset
from banencalc.errors import BanencalcError
from banencalc.files import discard_stdout, open_binary, write_atomic, write_stdout
from banencalc.law import quota_levy
from banencalc.messages import Msg
from banencalc.parsing import LARGEST, parse_decimal
from banencalc.render.csv import csv_writer, dutch_decimal, neutral_cell
from banencalc.render.json import dumps_exact
from banencalc.spreadsheet import is_workbook, read_sheet

OutFormat = Literal["csv", "jsonl"]
REQUIRED = ("id", "paid_hours", "target_group_hours")
OPTIONAL = (
    "sector",
    "year",
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
    "wsw_hours",
    "name",
    "premium_wage",
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
    "employer_since",
    "target_group_employees",
)
#: optional columns of hours, with the EmployerInput field each fills
OPTIONAL_HOURS = (
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
    "wsw_hours",
)
#: optional columns of the Wet banenafspraak (years from 2026), with the WetInput field each fills
WET_COLUMNS = (
    "premium_wage",
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
    "employer_since",
    "target_group_employees",
)
#: the Wet's amounts in euros, with the WetInput field each fills
WET_AMOUNTS = (
    "hired_out_premium_wage",
    "wsw_premium_wage",
    "benefits_premium_wage",
    "premium_wage_two_years_before",
)
OUTPUT_COLUMNS = (
    "id",
    "year",
    "sector",
    "regime",
    "liable",
    "quota_pct",
    "quota_status",
    "required_hours",
    "required_jobs",
    "realised_jobs",
    "shortfall_jobs",
    "levy_eur",
    "levy_charged",
    "shortfall_jobs_unrounded",
    "levy_eur_unrounded",
    "inclusiviteitsopslag_eur",
    "lkv_eur",
)
#: figures written as fixed-scale text (numbers in JSON and in a Dutch CSV)
NUMERIC_COLUMNS = (
    "required_hours",
    "required_jobs",
    "realised_jobs",
    "shortfall_jobs",
    "levy_eur",
    "shortfall_jobs_unrounded",
    "levy_eur_unrounded",
    "inclusiviteitsopslag_eur",
    "lkv_eur",
)
#: yes/no columns (true/false in CSV, booleans in JSON)
BOOLEAN_COLUMNS = ("liable", "levy_charged")
#: other names for the input columns (after lower-casing, spaces as `_`): the Dutch of the
#: loonaangifte and the names spreadsheets commonly carry
ALIASES = {
    "loonheffingennummer": "id",
    "naam": "name",
    "werkgever": "name",
    "verloonde_uren": "paid_hours",
    "doelgroep_uren": "target_group_hours",
    "uren_doelgroep": "target_group_hours",
    "verloonde_uren_doelgroep": "target_group_hours",
    "jaar": "year",
    "verloonde_uren_vorig_jaar": "previous_year_hours",
    "uren_vorig_jaar": "previous_year_hours",
    "uitgeleende_uren": "hired_out_hours",
    "uren_van_uitleners": "hours_from_lenders",
    "uren_aan_inleners": "hours_to_hirers",
    "wsw_uren": "wsw_hours",
    "premieloon": "premium_wage",
    "premieplichtig_loon": "premium_wage",
    "premieloon_uitgeleend": "hired_out_premium_wage",
    "doelgroep_werknemers": "target_group_employees",
    "werkgever_sinds": "employer_since",
    "aantal_doelgroep_werknemers": "target_group_employees",
}
MAX_REPORTED = 20  # bad rows reported before a run without --skip-invalid stops
MAX_LISTED = 1000  # skipped rows listed with --skip-invalid (all are counted)


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
    #: the rows' levies are all for years in which a levy is collected (Wfsv art 122na: none
    #: before 2026); False as soon as one is not
    levy_charged: bool = True


class BadRowsError(BanencalcError):
    """One or more rows could not be read; nothing was written."""


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _normal(column: str) -> str:
    return column.strip().lower().replace(" ", "_")


def _columns(header: list[str], name: str, mapping: dict[str, str] | None = None) -> dict[str, int]:
    """Column name -> index. `mapping` (column -> the header that holds it) comes first, then
    the header's own names, then ALIASES."""
    names = [_normal(h) for h in header]
    known = (*REQUIRED, *OPTIONAL)
    for column, given in (mapping or {}).items():
        if column not in known:
            raise BanencalcError(
                Msg(
                    "{column} is not a column banencalc reads (columns: {known})",
                    column=repr(column),
                    known=", ".join(known),
                ),
                field="column",
            )
        if _normal(given) not in names:
            raise BanencalcError(
                Msg(
                    "{mapping}: {name} has no column {given} (its header: {header})",
                    mapping=f"{column}={given}",
                    name=name,
                    given=repr(given),
                    header=", ".join(h.strip() for h in header),
                ),
                field="column",
            )
        names[names.index(_normal(given))] = column
    mapped = set(mapping or {})
    names = [n if n in known or n in mapped else ALIASES.get(n, n) for n in names]
    duplicated = sorted({n for n in names if n and names.count(n) > 1})
    if duplicated:
        raise BanencalcError(
            Msg(
                "{name}: line 1: column(s) {columns} appear more than once in the header; which "
                "one is meant cannot be guessed",
                name=name,
                columns=", ".join(duplicated),
            )
        )
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise BanencalcError(
            Msg(
                "{name}: line 1: missing column(s) {missing}; the header has {header} (needed: "
                "{needed}; optional: {optional}; Dutch names such as verloonde_uren are read too, "
                "and any header can be mapped: --column paid_hours=Uren)",
                name=name,
                missing=", ".join(missing),
                header=", ".join(names) if names else Msg("nothing"),
                needed=", ".join(REQUIRED),
                optional=", ".join(OPTIONAL),
            )
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
    name = str(path)
    encoding = _checked_encoding(encoding)
    if sheet is not None and not is_workbook(path):
        raise BanencalcError(Msg("--sheet applies to an Excel workbook (.xlsx)"), field="sheet")
    source = open_binary(path, "--file")
    summary = BatchSummary()
    spool_or_out = (
        contextlib.nullcontext(out)
        if staged
        else tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115 - `with` below
    )
    with source, spool_or_out as spool:
        rows: Iterator[tuple[int, list[str]]]
        if is_workbook(path):
            rows = read_sheet(path, sheet)
            _, header = next(rows, (0, []))
            if not header:
                raise BanencalcError(
                    Msg("{name}: the sheet is empty (a header row is needed)", name=name)
                )
        else:
            header, rows = _csv_table(source, name, encoding, on_progress)
        indices = _columns(header, name, columns)
        name_at = indices.get("name")
        output_columns = OUTPUT_COLUMNS if name_at is None else ("id", "name", *OUTPUT_COLUMNS[1:])
        write = _writer(spool, out_format, output_columns, csv_dialect)
        assess_row = _RowAssessor(data, indices, year, sector, strict, len(header), lang)
        for line_no, row in rows:
            try:
                record = assess_row(row)
            except BanencalcError as exc:
                summary.skipped_count += 1
                if len(summary.skipped) < MAX_LISTED:
                    summary.skipped.append((line_no, exc.msg))
                if not skip_invalid and summary.skipped_count >= MAX_REPORTED:
                    break
                continue
            summary.rows += 1
            if name_at is not None:
                record.insert(1, row[name_at].strip())
            write(record)
        summary.liable = assess_row.liable
        summary.shortfall_jobs = Decimal(assess_row.tenths) / 10
        summary.levy_eur = Decimal(assess_row.levy)
        summary.default_sector_rows = assess_row.defaulted
        summary.levy_charged = not assess_row.uncollected
        if summary.skipped and not skip_invalid:
            lines = [
                Msg("\n  line {line}: {reason}", line=str(n), reason=reason)
                for n, reason in summary.skipped
            ]
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


def _checked_encoding(encoding: str) -> str:
    import codecs

    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise BanencalcError(
            Msg(
                "{encoding} is not a text encoding Python knows (e.g. utf-8, cp1252, latin-1)",
                encoding=repr(encoding),
            ),
            field="encoding",
        ) from None
    if codec.name in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        # lines are split on the byte b"\n", which these encodings do not keep whole
        raise BanencalcError(
            Msg("{encoding}: not supported; save the file as UTF-8 (or cp1252)", encoding=encoding),
            field="encoding",
        )
    return "utf-8" if codec.name == "utf-8" else codec.name


def _not_decodable(encoding: str) -> Msg:
    if encoding == "utf-8":
        return Msg(
            "not UTF-8 text; a CSV saved by Excel on Windows is often cp1252: give "
            "--encoding cp1252, or save the file as CSV UTF-8"
        )
    return Msg("not {encoding} text; give the file's encoding with --encoding", encoding=encoding)


def _decoded(source: IO[bytes], name: str, encoding: str = "utf-8") -> Iterator[str]:
    """The lines after the header, decoded one at a time, so a bad byte is reported at its own
    line (a text stream decodes ahead, in blocks, and would blame an earlier line)."""
    for number, raw in enumerate(source, start=2):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise BanencalcError(
                Msg(
                    "{name}: line {line}: {why} (byte {byte} of the line)",
                    name=name,
                    line=str(number),
                    why=_not_decodable(encoding),
                    byte=exc.start + 1,
                )
            ) from None


def _csv_table(
    source: IO[bytes],
    name: str,
    encoding: str,
    on_progress: Callable[[int], None] | None,
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of a CSV file and its rows (delimiter `;` or `,`, sniffed from the header)."""
    try:
        first = source.readline().decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError:
        raise BanencalcError(
            Msg("{name}: line 1: {why}", name=name, why=_not_decodable(encoding))
        ) from None
    if not first.strip():
        raise BanencalcError(Msg("{name}: the file is empty (a header row is needed)", name=name))
    delimiter = _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter))
    return header, _rows(source, delimiter, name, on_progress, encoding)


def _rows(
    source: IO[bytes],
    delimiter: str,
    name: str,
    on_progress: Callable[[int], None] | None,
    encoding: str = "utf-8",
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(_decoded(source, name, encoding), delimiter=delimiter)
    try:
        for row in reader:
            if on_progress is not None and reader.line_num % 10_000 == 0:
                on_progress(reader.line_num)
            if row and (row[0].strip() or any(cell.strip() for cell in row)):
                yield reader.line_num + 1, row  # +1: the header was read before the reader
    except csv.Error as exc:
        raise BanencalcError(
            Msg(
                "{name}: line {line}: {why}", name=name, line=str(reader.line_num + 1), why=str(exc)
            )
        ) from None


class _RowAssessor:
    """Turns one CSV row into an output record; the hot loop of a batch, kept lean on purpose.

    Rows whose hours have at most two decimals (nearly all) are computed in exact integer
    arithmetic on hundredths of an hour, which is what the statute's roundings make natural: the
    variables are whole hundredths already (Besluit Wfsv art 2.23 lid 2) and the quotumtekort a
    floor division to tenths (lid 3). Any other row takes the Decimal path of the core (`position`);
    both give the same figures. Displayed figures are rounded half-up to two decimals; the
    quotumtekort and the levy are the statute's own. A year under the Wet banenafspraak goes
    through its own calculation (`assess_wet`).
    """

    def __init__(
        self,
        data: Dataset,
        columns: dict[str, int],
        year: int | None,
        sector: str,
        strict: bool = False,
        header_width: int = 0,
        lang: str | None = None,
    ) -> None:
        self.data = data
        self.header_width = header_width
        self.lang = lang
        self.id_at, self.paid_at = columns["id"], columns["paid_hours"]
        self.tg_at = columns["target_group_hours"]
        self.year_at, self.sector_at = columns.get("year"), columns.get("sector")
        self.optional_hours = [(name, columns[name]) for name in OPTIONAL_HOURS if name in columns]
        self.optional_names = [name for name, _ in self.optional_hours]
        self.previous_at = columns.get("previous_year_hours")
        self.wet_columns = {name: columns[name] for name in WET_COLUMNS if name in columns}
        self.width = max(columns.values()) + 1
        self.default_year, self.default_sector = year, sector
        self.rules: dict[tuple[int, str], tuple[Rules, _Whole | None] | None] = {}
        self.strict = strict
        #: running totals for the summary: liable employers, tenths of jobs, euros
        self.liable = self.tenths = 0
        self.levy: int | Decimal = 0
        #: rows that took the default sector; whether any levy counted is one not collected
        self.defaulted = 0
        self.uncollected = False

    def __call__(self, row: list[str]) -> list[object]:
        if len(row) < self.width:
            raise BanencalcError(
                Msg("has {count} field(s); expected {width}", count=len(row), width=self.width)
            )
        if self.header_width and len(row) > self.header_width:
            raise BanencalcError(
                Msg(
                    "has {count} fields but the header names {width}: a field beyond the header "
                    "would be ignored (a thousands separator in an unquoted number splits it into "
                    "two fields)",
                    count=len(row),
                    width=self.header_width,
                )
            )
        employer_id = row[self.id_at].strip()
        if not employer_id:
            raise BanencalcError(Msg("id is empty"))
        year, sector, found = self._rules(row)
        if found is None:
            return [employer_id, year, *self._wet(year, sector, row)]
        rules, w = found
        if w is not None:
            hours = [_hundredths(row[self.paid_at]), _hundredths_or_zero(row[self.tg_at])]
            hours += [_hundredths_or_zero(row[at]) for _, at in self.optional_hours]
            if None not in hours:
                return self._whole(employer_id, rules, w, hours, row)
        # hours with more than two decimals (or a rule that is not whole hundredths): the core's
        # exact path, through the same law kernel
        return [employer_id, rules.year, rules.sector, *self._decimal(rules, row)]

    def _whole(
        self, employer_id: str, rules: Rules, w: _Whole, hours: list[int | None], row: list[str]
    ) -> list[object]:
        """A row whose hours are whole hundredths (nearly all): the statute's figures by the law
        kernel's integer functions, formatted from integers (the hot loop, kept lean)."""
        paid, own = hours[0] or 0, hours[1] or 0
        given = dict(zip(self.optional_names, hours[2:], strict=True))
        hired_out, wsw = given.get("hired_out_hours") or 0, given.get("wsw_hours") or 0
        a = quota_levy.variable_a(paid, hired_out, wsw)
        c = quota_levy.variable_c(
            own, given.get("hours_from_lenders") or 0, given.get("hours_to_hirers") or 0
        )
        previous_at = self.previous_at
        # A (less hired-out and Wsw staff) is what the levy year's test counts (art 2.33)
        liable = w.activated and not quota_levy.below_threshold(a, w.threshold)
        if liable and previous_at is not None and row[previous_at].strip():
            previous = given["previous_year_hours"] or 0
            liable = not quota_levy.below_threshold(previous, w.previous_threshold)
        tenths = quota_levy.quotumtekort_tenths(a, w.b, c, w.d)
        product = a * w.b
        missing = max(0, product - c * 10_000)  # A x B% - C, in millionths of an hour
        if liable:
            levy = tenths * w.levy_per_tenth
            self.liable += 1
            self.tenths += tenths
            self.levy += levy
            self.uncollected |= not rules.levy_charged
            unrounded_levy = (200 * missing * w.levy_per_job + w.den) // (2 * w.den)
        else:
            levy = unrounded_levy = 0
        required_hours = (product + 5_000) // 10_000
        required = (2 * product + 100 * w.d) // (200 * w.d)
        realised = (200 * c + w.d) // (2 * w.d)
        unrounded = (200 * missing + w.den) // (2 * w.den)
        # %-formatting of divmod is 2.5x faster than an f-string here (the hot loop)
        return [
            employer_id,
            rules.year,
            rules.sector,
            rules.regime,
            "true" if liable else "false",
            rules.quota_pct,
            w.status,
            "%d.%02d" % divmod(required_hours, 100),  # noqa: UP031
            "%d.%02d" % divmod(required, 100),  # noqa: UP031
            "%d.%02d" % divmod(realised, 100),  # noqa: UP031
            "%d.%d" % divmod(tenths, 10),  # noqa: UP031
            levy,
            w.charged,
            "%d.%02d" % divmod(unrounded, 100),  # noqa: UP031
            "%d.%02d" % divmod(unrounded_levy, 100),  # noqa: UP031
            "",
            "",
        ]

    def _decimal(self, rules: Rules, row: list[str]) -> list[object]:
        tg_text = row[self.tg_at]
        employer = EmployerInput(
            rules.year,
            _hours(row[self.paid_at], "paid_hours", self.lang),
            _hours(tg_text, "target_group_hours", self.lang) if tg_text.strip() else ZERO,
            "year",
            rules.sector,
            **{
                name: _hours(row[at], name, self.lang)
                for name, at in self.optional_hours
                if row[at].strip()
            },
        )
        p = position(rules, employer)
        if p.liable and p.shortfall_jobs is not None and p.levy_eur is not None:
            self.liable += 1
            self.tenths += int(p.shortfall_jobs * 10)
            self.levy += p.levy_eur
            self.uncollected |= not rules.levy_charged
        levy = p.levy_eur
        return [
            rules.regime,
            "true" if p.liable else "false",
            rules.quota_pct if rules.quota_pct is not None else "",
            _status(rules),
            _cents(p.required_hours),
            _cents(p.required_jobs),
            _cents(p.realised_jobs),
            "" if p.shortfall_jobs is None else p.shortfall_jobs,
            "" if levy is None else int(levy) if levy == levy.to_integral_value() else levy,
            "true" if rules.levy_charged else "false",
            _cents(p.shortfall_jobs_unrounded),
            _cents(p.levy_eur_unrounded),
            "",
            "",
        ]

    def _wet(self, year: int, sector: str, row: list[str]) -> list[object]:
        """A row of a year under the Wet banenafspraak: its own calculation (Wet art 6; Wtl
        2.13), with the inputs the row has; a figure the law needs and the row lacks is an error
        naming the column."""
        from banencalc.calc.status import check_sector
        from banencalc.calc.wet import WetInput, assess_wet

        sector = check_sector(self.data, sector)
        cells = {name: row[at].strip() for name, at in self.wet_columns.items()}
        tg_text = row[self.tg_at]
        employees = cells.get("target_group_employees", "")
        if employees and not (employees.isascii() and employees.isdigit()):
            raise BanencalcError(
                Msg(
                    "target_group_employees: {text} is not a whole number of employees",
                    text=repr(employees),
                )
            )
        wage = cells.get("premium_wage", "")
        since = cells.get("employer_since", "")
        if since and not (since.isascii() and since.isdigit() and len(since) == 4):
            raise BanencalcError(Msg("employer_since: {text} is not a year", text=repr(since)))
        amount = {
            name: _hours(cells[name], name, self.lang) if cells.get(name, "") else None
            for name in WET_AMOUNTS
        }
        employer = WetInput(
            year,
            premium_wage=_hours(wage, "premium_wage", self.lang) if wage else None,
            target_group_hours=(
                _hours(tg_text, "target_group_hours", self.lang) if tg_text.strip() else ZERO
            ),
            target_group_employees=int(employees) if employees else None,
            employer_since=int(since) if since else None,
            hired_out_premium_wage=amount["hired_out_premium_wage"] or ZERO,
            wsw_premium_wage=amount["wsw_premium_wage"] or ZERO,
            benefits_premium_wage=amount["benefits_premium_wage"] or ZERO,
            premium_wage_two_years_before=amount["premium_wage_two_years_before"],
        )
        result = assess_wet(self.data, employer)
        if result.surcharge_due and result.input.premium_wage is None:
            raise BanencalcError(
                Msg(
                    "{year}: the inclusiviteitsopslag is owed, and computing it needs the "
                    "premium_wage column (Wet banenafspraak art 6)",
                    year=str(year),
                )
            )
        opslag, lkv = result.inclusiviteitsopslag_eur, result.lkv_eur
        return [
            sector,
            result.regime,
            "true" if result.surcharge_due else "false",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "false",
            "",
            "",
            "" if opslag is None else _cents(opslag),
            "" if lkv is None else _cents(lkv),
        ]

    def _rules(self, row: list[str]) -> tuple[int, str, tuple[Rules, _Whole | None] | None]:
        """The row's year and sector, and their rules (None: a year under the Wet
        banenafspraak)."""
        year_text = row[self.year_at].strip() if self.year_at is not None else ""
        if year_text:
            if not (year_text.isascii() and year_text.isdigit()):
                raise BanencalcError(Msg("year: {text} is not a year", text=repr(year_text)))
            year = int(year_text)
        elif self.default_year is not None:
            year = self.default_year
        else:
            raise BanencalcError(Msg("no year in the row and no --year given"))
        own = row[self.sector_at].strip() if self.sector_at is not None else ""
        if not own:
            self.defaulted += 1
        sector = own or self.default_sector
        key = (year, sector)
        if key in self.rules:
            return year, sector, self.rules[key]
        years = self.data.covered_years()
        if year not in years:
            raise BanencalcError(
                Msg(
                    "year {year}: the data covers {first}-{last}",
                    year=str(year),
                    first=str(years[0]),
                    last=str(years[-1]),
                )
            )
        if not under_quota_law(self.data, year):
            self.rules[key] = None
            return year, sector, None
        rules = rules_for(self.data, year, sector, "year")
        if self.strict and rules.activated and rules.quota_status != "definitive":
            raise BanencalcError(
                Msg(
                    "the {year} quota percentage for {sector} is {status}, not definitive "
                    "(--strict)",
                    year=str(year),
                    sector=rules.sector_name,
                    status=Msg(rules.quota_status),
                )
            )
        found = self.rules[key] = (rules, _Whole.of(rules))
        return year, sector, found


def _status(rules: Rules) -> str:
    """The quota status a row shows: the percentage's, or why there is none."""
    if not rules.activated and rules.quota_pct is None:
        return "not activated"
    return rules.quota_status


@dataclass(frozen=True)
class _Whole:
    """A year's rules in hundredths (B, D, the threshold) and whole euros, where they are exact."""

    activated: bool
    b: int
    d: int
    den: int
    threshold: int
    levy_per_job: int
    levy_per_tenth: int
    status: str
    charged: str
    #: the threshold of the previous year's test (Wfsv art 34 lid 4), in hundredths
    previous_threshold: int

    @classmethod
    def of(cls, rules: Rules) -> _Whole | None:
        if rules.quota_pct is None:
            return None  # no percentage: the core's verdict (Decimal path) says what there is
        values = (
            rules.quota_pct,
            rules.hours_per_job,
            rules.threshold_hours,
            rules.previous_threshold_hours,
        )
        hundredths = [v * 100 for v in values]
        levy = rules.levy_per_job
        if any(h != h.to_integral_value() for h in hundredths) or levy % 10:
            return None  # not whole hundredths (a user's data): the Decimal path computes
        b, d, threshold, _ = (int(h) for h in hundredths)
        return cls(
            rules.activated,
            b,
            d,
            d * 10_000,
            threshold,
            int(levy),
            int(levy) // 10,
            _status(rules),
            "true" if rules.levy_charged else "false",
            int(rules.previous_threshold_hours * 100),
        )


def _hundredths_or_zero(text: str) -> int | None:
    """An optional cell of hours: empty is 0 (hundredths), else as `_hundredths`."""
    return _hundredths(text) if text.strip() else 0


def _hundredths(text: str) -> int | None:
    """`123456.78` as 12345678: plain hours with at most two decimals, else None (the slow path,
    which also refuses `300.000` and other ambiguous forms)."""
    whole, dot, part = text.partition(".")
    if not (whole.isdigit() and whole.isascii()) or len(whole) > 12:
        return None
    if not dot:
        return int(whole) * 100
    if not (part.isdigit() and part.isascii()) or len(part) > 2:
        return None
    return int(whole + part) * (10 if len(part) == 1 else 1)


def _cents(value: Decimal | None) -> Decimal | str:
    """A figure to two decimals, half up (display); empty where there is none."""
    return "" if value is None else value.quantize(CENT, ROUND_HALF_UP)


CENT = Decimal("0.01")
ZERO = Decimal(0)


def _hours(text: str, what: str, lang: str | None = None) -> Decimal:
    """A cell of hours: whole numbers take the fast path, anything else the strict parser (which
    reads `300,000` or `300.000` only in the language given, and refuses the other)."""
    if text.isascii() and text.isdigit():
        value = Decimal(text)
    else:
        value = parse_decimal(text, what, lang)
        if value == value.to_integral_value():  # 1e6: keep plain notation in the output
            value = value.quantize(Decimal(1))
    if not value.is_finite() or value < 0 or value > LARGEST:
        raise BanencalcError(
            Msg(
                "{what}: {text} is not a number of hours of 0 or more",
                what=what,
                text=repr(text.strip()),
            )
        )
    return value


def _writer(
    out: IO[str],
    out_format: OutFormat,
    columns: tuple[str, ...] = OUTPUT_COLUMNS,
    csv_dialect: str = "standard",
) -> Callable[[list[object]], object]:
    #: cells copied from the user's file (id, name): a spreadsheet must not run them as formulas
    copied = 2 if columns[1] == "name" else 1
    if out_format == "csv":
        writer = csv_writer(out, csv_dialect)
        writer.writerow(columns)
        if csv_dialect == "excel-nl":
            # quota_pct and the fixed-scale figures get a decimal comma; the rest are not numbers
            # with a fraction (id, name, year, sector, liable, status, whole-euro levy)
            numeric = {columns.index(c) for c in ("quota_pct", *NUMERIC_COLUMNS)}

            def write_excel_nl(record: list[object]) -> None:
                writer.writerow(
                    [
                        *(neutral_cell(c) for c in record[:copied]),
                        *(
                            dutch_decimal(str(c)) if i in numeric and c != "" else c
                            for i, c in enumerate(record[copied:], start=copied)
                        ),
                    ]
                )

            return write_excel_nl

        def write_csv(record: list[object]) -> None:
            # Decimals are written by str(): exact, plain for these values.
            writer.writerow([*(neutral_cell(c) for c in record[:copied]), *record[copied:]])

        return write_csv

    def write_json(record: list[object]) -> None:
        values = dict(zip(columns, record, strict=True))
        for key in BOOLEAN_COLUMNS:
            values[key] = values[key] == "true"
        for key in ("quota_pct", "quota_status", *NUMERIC_COLUMNS):
            if values[key] == "":  # no such figure for the row (no percentage, another law)
                values[key] = None
        for key in NUMERIC_COLUMNS:  # figures written as fixed-scale text are numbers in JSON
            if isinstance(values[key], str):
                values[key] = Decimal(str(values[key]))
        out.write(dumps_exact(values) + "\n")

    return write_json
