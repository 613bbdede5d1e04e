"""The payroll's rows read and checked in the engine: each cell exactly (parse.py), then what rows
say together (periods of one person that overlap, a duplicate, more hours than a period holds, a
person hired out and counted at home in the same period). Each problem names the file, the line
(or workbook row, or element) and the field; the person is never named. Without --skip-invalid the
first problems stop the run (nothing is written); with it, the rows are left out and listed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.payroll.columns import OPTIONAL
from banencalc.payroll.load import Loaded
from banencalc.payroll.parse import (
    CellCheck,
    cents,
    date,
    hundredths,
    period_end,
    period_kind,
    period_start,
    text,
    yes_no,
)

if TYPE_CHECKING:
    import duckdb

#: problems reported before a run without --skip-invalid stops; rows listed with it
MAX_REPORTED = 20
MAX_LISTED = 1000
#: a reference to another record in a problem's text, resolved to its line when reported
_RECORD = re.compile(r"\{record:(\d+)\}")
#: an open register period ends here
OPEN_END = "DATE '9999-12-31'"


@dataclass
class Problems:
    """Bad rows as they are found (table `bad`), then reported or left out."""

    skip_invalid: bool
    #: the register list, once read (its records are named by its own lines)
    register: Loaded | None = None
    listed: list[tuple[str, str]] = field(default_factory=list)
    skipped_count: int = 0
    _created: bool = False

    def _table(self, con: duckdb.DuckDBPyConnection) -> None:
        """Table `bad`, made once: the problems found, a row each."""
        if not self._created:
            con.execute(
                "CREATE TABLE bad (source VARCHAR, _row BIGINT, field VARCHAR, why VARCHAR)"
            )
            self._created = True

    def add(self, con: duckdb.DuckDBPyConnection, source: str, query: str) -> None:
        """Rows of `query` (columns _row, field, why) as problems of `source` ("payroll" or
        "register")."""
        self._table(con)
        con.execute(f"INSERT INTO bad SELECT '{source}', * FROM ({query})")

    def found(self, con: duckdb.DuckDBPyConnection) -> bool:
        """Whether a problem has been found so far (in the register list)."""
        self._table(con)
        found = con.execute("SELECT count(*) FROM bad").fetchone()
        return bool(found and found[0])

    def settle(self, con: duckdb.DuckDBPyConnection, payroll: Loaded) -> None:
        """Raise for the first problems, or (with skip_invalid) list them and leave their rows
        out. A problem in the register list is never skipped: it would change whose hours count."""
        self._table(con)
        found = con.execute(
            "SELECT source, _row, field, why FROM bad ORDER BY source DESC, _row, field LIMIT ?",
            [MAX_LISTED if self.skip_invalid else MAX_REPORTED + 1],
        ).fetchall()
        total_row = con.execute(
            "SELECT count(DISTINCT _row), count(*) FILTER (source = 'register') FROM bad"
        ).fetchone()
        assert total_row is not None
        rows, in_register = int(total_row[0]), int(total_row[1])
        if not found:
            return
        wanted: dict[str, list[int]] = {"payroll": [], "register": []}
        for source, row, _, why in found:
            wanted[source].append(row)
            wanted[source].extend(int(r) for r in _RECORD.findall(why))
        places = {"payroll": (payroll.name, payroll.places(con, wanted["payroll"]))}
        if self.register is not None:
            places["register"] = (self.register.name, self.register.places(con, wanted["register"]))
        lines = []
        for source, row, name, why in found:
            file, where = places[source]
            said = _RECORD.sub(partial(_place, where), why)
            lines.append((f"{file}: {where.get(row, f'record {row}')}", f"{name}: {said}"))
        if not self.skip_invalid or in_register:
            shown = lines[:MAX_REPORTED]
            more = len(found) - len(shown)
            raise BadPayrollError(shown, more)
        self.listed = lines
        self.skipped_count = rows


def _place(places: dict[int, str], reference: re.Match[str]) -> str:
    return places.get(int(reference.group(1)), f"record {reference.group(1)}")


class BadPayrollError(BanencalcError):
    """Rows of the payroll or the register that cannot be read: nothing was written."""

    def __init__(self, lines: list[tuple[str, str]], more: int) -> None:
        text_lines = [f"{where}: {what}" for where, what in lines]
        if more > 0:
            text_lines.append(f"... and more (the first {len(lines)} are shown)")
        super().__init__(
            Msg(
                "the payroll has rows that cannot be counted; nothing was written (fix them, or "
                "give --skip-invalid to leave such rows out and list them):\n{rows}",
                rows=Msg.text("\n".join(f"  {line}" for line in text_lines)),
            )
        )


def parse_rows(
    con: duckdb.DuckDBPyConnection, loaded: Loaded, *, target: str = "parsed", view: bool = False
) -> None:
    """`target`: the typed rows of `loaded.table`, with the cells as written (`t_*`). A table
    (numbered rows, for the checks that name lines), or a view with `ok` (the row passes every
    check of one row) that one pass of the engine reads."""
    have = set(loaded.columns)
    numbered = "_row, " if not view else ""
    if {"period_start", "period_end"} <= have:
        start, end = date("t_period_start"), date("t_period_end")
        kind = "NULL"
        period_text = "t_period_start || ' - ' || t_period_end"
    elif "period" in have:
        start = period_start("t_period", "period_kind")
        end = period_end("period_kind", "period_start")
        period_text = "t_period"
        kind = period_kind("t_period")
    else:
        raise BanencalcError(
            Msg(
                "{name}: no pay period: give the columns period_start and period_end (dates), "
                "or one column period (2024, 2024-03 or 2024-Q1)",
                name=loaded.name,
            ),
            field="period",
        )
    # each cell trimmed once (t_*: the cell as written, for messages), then read
    cells = ", ".join(
        f"{text(name) if name in have else chr(39) * 2} AS t_{name}"
        for name in ("employer", "employee", *OPTIONAL, "paid_hours")
    )

    def optional(name: str, sql: str, default: str = "NULL") -> str:
        return sql if name in have else default

    select = f"""
        WITH cells AS (SELECT {numbered}{cells} FROM {loaded.table}),
        kinds AS (SELECT *, {kind} AS period_kind FROM cells),
        started AS (SELECT *, {start} AS period_start FROM kinds)
        SELECT {numbered}t_employer AS employer, t_employee AS employee,
          t_relationship AS relationship,
          period_start, {end} AS period_end, {period_text} AS t_period,
          {hundredths("t_paid_hours")} AS hours, t_paid_hours AS t_hours,
          {optional("in_register", yes_no("t_in_register"))} AS in_register, t_in_register,
          {optional("register_start", date("t_register_start"))} AS reg_start,
          t_register_start AS t_reg_start,
          coalesce({optional("register_end", date("t_register_end"))}, {OPEN_END}) AS reg_end,
          t_register_end AS t_reg_end,
          nullif(t_hired_out_to, '') AS hired_out_to,
          {optional("attributed_hours", hundredths("t_attributed_hours"), "0")} AS attributed,
          t_attributed_hours AS t_attributed,
          coalesce({optional("wsw", yes_no("t_wsw"))}, false) AS wsw, t_wsw,
          {optional("premium_wage", cents("t_premium_wage"))} AS premium_wage, t_premium_wage
        FROM started"""
    if not view:
        con.execute(f"CREATE TABLE {target} AS {select}")
        return
    failing = " OR ".join(f"coalesce({c.condition}, false)" for c in (*CELL_CHECKS, *ROW_CHECKS))
    con.execute(f"CREATE VIEW {target} AS SELECT *, NOT ({failing}) AS ok FROM ({select})")


CELL_CHECKS = (
    CellCheck("employer", "employer = ''", "empty: every row needs its employer", False),
    CellCheck("employee", "employee = ''", "empty: every row needs its employee", False),
    CellCheck(
        "period",
        "period_start IS NULL OR period_end IS NULL",
        "{value} is not a pay period (dates as 2024-01-31 or 31-01-2024; a period as 2024, "
        "2024-03 or 2024-Q1)",
    ),
    CellCheck(
        "paid_hours",
        "hours IS NULL",
        "{value} is not a number of hours (0 or more, at most two decimals: 140 or 140,5)",
    ),
    CellCheck(
        "attributed_hours",
        "attributed IS NULL",
        "{value} is not a number of hours (0 or more, at most two decimals)",
    ),
    CellCheck(
        "in_register", "in_register IS NULL AND t_in_register <> ''", "{value} is not ja/nee"
    ),
    CellCheck(
        "wsw",
        f"t_wsw <> '' AND {yes_no('t_wsw')} IS NULL",
        "{value} is not ja/nee",
    ),
    CellCheck(
        "register_start",
        "t_reg_start <> '' AND reg_start IS NULL",
        "{value} is not a date (2024-01-31 or 31-01-2024)",
    ),
    CellCheck(
        "register_end",
        f"t_reg_end <> '' AND reg_end = {OPEN_END}",
        "{value} is not a date (2024-01-31 or 31-01-2024)",
    ),
    CellCheck(
        "premium_wage",
        "t_premium_wage <> '' AND premium_wage IS NULL",
        "{value} is not an amount in euros (1234.56 or 1234,56)",
    ),
)

#: checks on a row as a whole (its cells read)
ROW_CHECKS = (
    CellCheck(
        "period",
        "period_end < period_start",
        "the period {value} ends before it starts",
    ),
    CellCheck(
        "period",
        "year(period_end) <> year(period_start)",
        "the period {value} runs into the next year; a pay period lies within one calendar year",
    ),
    CellCheck(
        "paid_hours",
        "hours > 2400 * (period_end - period_start + 1)",
        "{value} hours is more than the period holds (24 hours a day)",
    ),
    CellCheck(
        "register_end",
        "reg_end < reg_start",
        "the register period ends ({value}) before it starts",
    ),
    CellCheck(
        "attributed_hours",
        "attributed > 0 AND hired_out_to IS NULL",
        "{value} hours attributed, but the row is not hired out to anyone (hired_out_to is "
        "empty); a lender attributes only hours it hires out (Besluit Wfsv art 2.28 lid 2)",
    ),
    CellCheck(
        "attributed_hours",
        "attributed > hours",
        "{value} attributed hours is more than the row's paid hours",
    ),
)


def _value_of(check: CellCheck) -> str:
    column = {
        "period": "t_period",
        "paid_hours": "t_hours",
        "attributed_hours": "t_attributed",
        "in_register": "t_in_register",
        "wsw": "t_wsw",
        "register_start": "t_reg_start",
        "register_end": "t_reg_end",
        "premium_wage": "t_premium_wage",
    }.get(check.field)
    return f"'''' || {column} || ''''" if column and check.show_value else "''"


def _add_checks(
    con: duckdb.DuckDBPyConnection, problems: Problems, checks: tuple[CellCheck, ...]
) -> None:
    for check in checks:
        why = check.why.replace("'", "''")
        head, _, tail = why.partition("{value}")
        message = (
            f"'{head}' || {_value_of(check)} || '{tail}'" if "{value}" in check.why else f"'{why}'"
        )
        condition = f"coalesce({check.condition}, false)"
        problems.add(
            con, "payroll", f"SELECT _row, '{check.field}', {message} FROM parsed WHERE {condition}"
        )


def check_rows(con: duckdb.DuckDBPyConnection, loaded: Loaded, problems: Problems) -> None:
    """Every cell and row check, and the checks across rows of one person."""
    _add_checks(con, problems, CELL_CHECKS)
    readable = (
        "employer <> '' AND employee <> '' AND period_start IS NOT NULL AND period_end IS NOT NULL"
        " AND hours IS NOT NULL"
    )
    _add_checks(
        con,
        problems,
        tuple(
            CellCheck(c.field, f"({readable}) AND ({c.condition})", c.why, c.show_value)
            for c in ROW_CHECKS
        ),
    )
    # One person's periods at one employer (and income relationship) must not overlap: a
    # duplicate row, a correction sent as a second row, or the same hours hired out and
    # counted at home would count twice.
    problems.add(
        con,
        "payroll",
        f"""SELECT _row, 'period',
          CASE WHEN period_start = prev_start AND period_end = prev_end
                    AND coalesce(hired_out_to, '') = coalesce(prev_out, '')
               THEN 'repeats the period of ' || prev_place || ' for the same employee: a '
                    || 'duplicate row counts twice'
               WHEN (hired_out_to IS NULL) <> (prev_out IS NULL)
               THEN 'the same employee is hired out and counted at home in overlapping periods '
                    || '(see ' || prev_place || '); hours are either hired out or worked at home'
               ELSE 'overlaps the period of ' || prev_place || ' for the same employee at the '
                    || 'same employer; give each period once (a second income relationship: '
                    || 'the column relationship)' END
        FROM (SELECT *, lag(period_start) OVER w AS prev_start, lag(period_end) OVER w AS prev_end,
                lag(hired_out_to) OVER w AS prev_out,
                '{{record:' || lag(_row) OVER w || '}}' AS prev_place,
                max(period_end) OVER (PARTITION BY employer, employee, relationship
                  ORDER BY period_start, _row ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                  AS latest_end
              FROM parsed WHERE {readable} AND period_end >= period_start
              WINDOW w AS (PARTITION BY employer, employee, relationship
                           ORDER BY period_start, _row))
        WHERE latest_end >= period_start""",
    )


def parse_register(con: duckdb.DuckDBPyConnection, loaded: Loaded) -> None:
    """Table `register`: one row per person per register period (an open end: 9999-12-31)."""
    have = set(loaded.columns)
    employer = f"nullif({text('employer')}, '')" if "employer" in have else "NULL"
    end = date(text("register_end")) if "register_end" in have else "NULL"
    end_text = text("register_end") if "register_end" in have else "''"
    con.execute(
        f"""CREATE TABLE register_parsed AS SELECT _row, {text("employee")} AS employee,
          {employer} AS employer, {date(text("register_start"))} AS reg_start,
          {text("register_start")} AS t_start, coalesce({end}, {OPEN_END}) AS reg_end,
          {end_text} AS t_end
        FROM {loaded.table}"""
    )
    con.execute(
        "CREATE TABLE register AS SELECT employee, employer, reg_start, reg_end "
        "FROM register_parsed WHERE employee <> '' AND reg_start IS NOT NULL"
    )


def check_register(con: duckdb.DuckDBPyConnection, loaded: Loaded, problems: Problems) -> None:
    """The register list's cells, and periods of one person that overlap (they would count
    the same hours twice)."""
    problems.register = loaded
    problems.add(
        con,
        "register",
        """SELECT _row, field, why FROM (
          SELECT _row, 'employee' AS field, 'empty: every row needs its employee' AS why
            FROM register_parsed WHERE employee = ''
          UNION ALL SELECT _row, 'register_start', '''' || t_start || ''' is not a date'
            FROM register_parsed WHERE reg_start IS NULL
          UNION ALL SELECT _row, 'register_end', '''' || t_end || ''' is not a date'
            FROM register_parsed WHERE t_end <> '' AND reg_end = DATE '9999-12-31'
          UNION ALL SELECT _row, 'register_end', 'the register period ends before it starts'
            FROM register_parsed WHERE reg_end < reg_start
          UNION ALL SELECT _row, 'register_start',
              'overlaps another register period of the same person ({record:' || prev || '})'
            FROM (SELECT _row, reg_start, lag(reg_end) OVER w AS prev_end, lag(_row) OVER w AS prev
                  FROM register_parsed WHERE reg_start IS NOT NULL
                  WINDOW w AS (PARTITION BY employee, employer ORDER BY reg_start, _row))
            WHERE prev_end >= reg_start)""",
    )
