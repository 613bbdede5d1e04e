"""From payroll data to realisation: payroll exports (CSV, workbook, Parquet) or loonaangifte
messages (XML) are read into an embedded analytical engine (DuckDB: exact DECIMAL and integer
arithmetic, reads CSV and Parquet itself, spills to disk, no server), checked, and counted per
employer and year; calc/realisation then applies the law.

Privacy: the rows are personal data (the register reveals a disability). They are read from the
user's files into this process and a private temporary folder that is deleted at the end; no
output holds a person unless `per_employee` is asked, and then only the pseudonym given, or a
keyed hash where the file holds BSNs. A BSN never appears in any output or message.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.realisation import PayrollCount
from banencalc.payroll.checks import (
    BadPayrollError,
    Problems,
    check_register,
    check_rows,
    parse_register,
    parse_rows,
)
from banencalc.payroll.columns import (
    ALIASES,
    OPTIONAL,
    REGISTER_OPTIONAL,
    REGISTER_REQUIRED,
    REQUIRED,
)
from banencalc.payroll.count import (
    RegisterCut,
    build_person_rows,
    count,
    periods_overlap,
    unreadable_rows,
)
from banencalc.payroll.load import Columns, Loaded, load_table, number
from banencalc.payroll.pseudonym import holds_bsn, pseudonymised, read_key

if TYPE_CHECKING:
    import duckdb

__all__ = ["BadPayrollError", "PayrollRequest", "count_payroll"]


@dataclass(frozen=True)
class PayrollRequest:
    """What to read: the payroll files (all of one kind: tabular exports, or loonaangifte
    messages), the register list, and how."""

    files: tuple[Path, ...]
    register: Path | None = None
    mapping: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    sheet: str | None = None
    register_cut: RegisterCut = "prorata"
    skip_invalid: bool = False
    per_employee: bool = False
    pseudonym_key: Path | None = None
    #: the first year whose loonkostenvoordeel needs each employee's hours (the Wet's first)
    per_person_from: int | None = None
    #: bound on the engine's memory (it spills to the private folder beyond it)
    memory_limit: str = "500MB"


PAYROLL_COLUMNS = Columns(REQUIRED, OPTIONAL, ALIASES)
REGISTER_COLUMNS = Columns(REGISTER_REQUIRED, REGISTER_OPTIONAL, ALIASES)


def count_payroll(request: PayrollRequest) -> PayrollCount:
    """The payroll of `request` counted per employer and year (and quarter); BadPayrollError
    (naming file, line and field) when rows cannot be read and `skip_invalid` is not set."""
    if not request.files:
        raise BanencalcError(Msg("give at least one payroll file"), field="files")
    import duckdb

    key = read_key(request.pseudonym_key) if request.pseudonym_key is not None else None
    with tempfile.TemporaryDirectory(prefix="banencalc-payroll-") as scratch_name:
        scratch = Path(scratch_name)
        con = duckdb.connect(
            config={
                "memory_limit": request.memory_limit,
                "temp_directory": str(scratch / "spill"),
            }
        )
        con.execute("SET enable_progress_bar = false")  # its bar would write to the terminal
        try:
            return _count(con, request, scratch, key)
        except duckdb.Error as exc:
            raise _engine_error(exc, request) from None
        finally:
            con.close()


def _count(
    con: duckdb.DuckDBPyConnection, request: PayrollRequest, scratch: Path, key: bytes | None
) -> PayrollCount:
    loaded = _load_payroll(con, request, scratch)
    problems = Problems(request.skip_invalid)
    register_kind: str | None = None
    if request.register is not None:
        register = load_table(
            con,
            request.register,
            "raw_register",
            REGISTER_COLUMNS,
            mapping={},
            encoding=request.encoding,
            sheet=None,
            scratch=scratch,
        )
        parse_register(con, register)
        check_register(con, register, problems)
        register_kind = "file"
    elif "register_start" in loaded.columns:
        register_kind = "dates"
    elif "in_register" in loaded.columns:
        register_kind = "flag"
    # One pass over the payroll: every row read, checked and summed per person.
    parse_rows(con, loaded, target="typed", view=True)
    build_person_rows(con, "typed", register_kind, request.register_cut)
    if problems.found(con) or unreadable_rows(con) or periods_overlap(con):
        # Something is wrong: the rows are numbered and checked one by one, so that each
        # problem names its line (the rare path; it holds the file in the engine).
        numbered = number(con, loaded)
        parse_rows(con, numbered)
        check_rows(con, numbered, problems)
        problems.settle(con, numbered)
        con.execute(
            "CREATE VIEW rows AS SELECT *, true AS ok FROM parsed "
            "WHERE _row NOT IN (SELECT _row FROM bad)"
        )
        con.execute("DROP TABLE person_rows")
        if register_kind == "file":
            con.execute("DROP TABLE register_lists")
        build_person_rows(con, "rows", register_kind, request.register_cut)
    if register_kind == "file":
        _check_register_matches(con, str(request.register))
    has_bsn = holds_bsn(con)
    if request.per_employee and has_bsn and key is None:
        raise BanencalcError(
            Msg(
                "the employee column holds BSNs (nine digits passing the eleven-test): per "
                "employee they are written only as a keyed hash; give --pseudonym-key FILE (a "
                "file with a secret you keep, the same one each time), or leave out "
                "--per-employee"
            ),
            field="pseudonym_key",
        )
    counted = count(
        con,
        register_given=register_kind is not None,
        per_person_from=request.per_person_from,
        per_employee=request.per_employee,
    )
    if counted.people is not None and (has_bsn or key is not None):
        assert key is not None
        counted = replace(counted, people=pseudonymised(counted.people, key))
    return replace(counted, skipped=tuple(problems.listed), skipped_count=problems.skipped_count)


def _load_payroll(con: duckdb.DuckDBPyConnection, request: PayrollRequest, scratch: Path) -> Loaded:
    kinds = {path.suffix.lower() == ".xml" for path in request.files}
    if len(kinds) > 1:
        raise BanencalcError(
            Msg("give either loonaangifte messages (.xml) or payroll exports, not both in one run"),
            field="files",
        )
    if True in kinds:
        from banencalc.payroll.loonaangifte import load_messages

        return load_messages(con, request.files, scratch)
    if len(request.files) > 1:
        raise BanencalcError(
            Msg("give one payroll export (a CSV file, workbook or Parquet file) per run"),
            field="files",
        )
    return load_table(
        con,
        request.files[0],
        "raw",
        PAYROLL_COLUMNS,
        mapping=request.mapping,
        encoding=request.encoding,
        sheet=request.sheet,
        scratch=scratch,
        numbered=False,
    )


def _check_register_matches(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """A register list of which no one is in the payroll means the two files name people
    differently (pseudonyms in one, BSNs in the other): every hour would silently count as no
    target-group hour."""
    found = con.execute(
        "SELECT count(DISTINCT employee), count(DISTINCT employee) FILTER "
        "(employee IN (SELECT employee FROM person_rows)) FROM register"
    ).fetchone()
    assert found is not None
    listed, matched = int(found[0]), int(found[1])
    if listed and not matched:
        raise BanencalcError(
            Msg(
                "{name}: none of the {count} people in the register list is in the payroll; the "
                "two files must name people the same way (the same pseudonyms, or BSNs in both)",
                name=name,
                count=listed,
            ),
            field="register",
        )


def _engine_error(exc: Exception, request: PayrollRequest) -> BanencalcError:
    """What the engine could not read, said without its own text: that quotes the row, and a
    payroll row is personal data (a BSN, a name) that must not reach a message."""
    said = str(exc)
    line = re.search(r"CSV Error on Line: (\d+)", said)
    where = Msg(", line {line}", line=line.group(1)) if line else Msg.text("")
    name = ", ".join(str(f) for f in request.files)
    if "Invalid unicode" in said or "not utf-8" in said.lower():
        return BanencalcError(
            Msg(
                "{name}{where}: not UTF-8 text; a CSV saved by Excel on Windows is often cp1252: "
                "give --encoding cp1252, or save the file as CSV UTF-8",
                name=name,
                where=where,
            )
        )
    lowered = said.lower()
    if "unterminated quote" in lowered:
        return BanencalcError(
            Msg('{name}{where}: a quote (") is opened and never closed', name=name, where=where)
        )
    if "expected number of columns" in lowered:
        return BanencalcError(
            Msg("{name}{where}: the row has more cells than the header", name=name, where=where)
        )
    kind = type(exc).__name__.removesuffix("Exception")
    return BanencalcError(
        Msg(
            "{name}{where}: the file could not be read as a payroll ({kind}); check that it is "
            "a CSV file with one header row, a workbook or a Parquet file",
            name=name,
            where=where,
            kind=kind,
        )
    )
