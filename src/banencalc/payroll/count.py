"""From payroll rows to hours per employer and year, in the engine (DuckDB), exactly.

Hours are whole hundredths (BIGINT) from the moment they are read; every sum is exact, and the
only division is the register cut of a period the person was in the register for part of:
`hours x days in the register / days in the period`, rounded down to the hundredth of an hour
(the statute's unit, Besluit Wfsv art 2.23 lid 2). That is the tool's reading: hours spread evenly
over the period's calendar days. The other reading, the whole period counted when its first day
is in the register (as Wet banenafspraak art 6 lid 8 decides the surcharge), is `--register-cut
first-day`.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from banencalc.calc.realisation import (
    Attribution,
    EmployerYearHours,
    PayrollCount,
    PersonYear,
    QuarterCount,
    quarter_jobs,
)

if TYPE_CHECKING:
    import duckdb

RegisterCut = Literal["prorata", "first-day"]


def _hours(value: int | None) -> Decimal:
    return Decimal(value or 0).scaleb(-2)


#: the sums per person-group that every way of knowing the register shares
_SUMS = """count(*) AS n, sum(hours) AS hours, sum(hours) FILTER (wsw) AS wsw_hours,
  sum(attributed) AS attributed, sum(premium_wage) AS premium_wage,
  sum(premium_wage) FILTER (wsw) AS wsw_premium_wage,
  sum(period_end - period_start + 1) AS days, min(period_start) AS first,
  max(period_end) AS last, """ + ", ".join(
    f"count(*) FILTER (quarter(period_start) = {q}) AS n_q{q}" for q in (1, 2, 3, 4)
)
_KEY = "ok, employer, employee, relationship, hired_out_to, year(period_start) AS year"


def build_person_rows(
    con: duckdb.DuckDBPyConnection, source: str, register: str | None, cut: RegisterCut
) -> None:
    """Table `person_rows`: the rows of `source` summed per employer, employee, income
    relationship, hirer and year (and whether the rows were readable, `ok`), with `tg` (and per
    quarter `tg_q1`..`tg_q4`), their target-group hundredths. One pass over the payroll; all that
    follows works on these sums.

    `register` names how the register is known: "file" (table `register`: employee, employer or
    NULL, reg_start, reg_end), "dates" (columns reg_start/reg_end on the row), "flag" (column
    in_register), or None (not given: no hour counts).

    A Wsw employee seconded to another employer counts whatever the register says (Besluit Wfsv
    art 2.28 lid 1); one not seconded never counts (Wfsv art 38g lid 2). Every other hour counts
    for the days of its period inside the person's register period (`prorata`, rounded down to
    the hundredth per row) or whole when the period's first day is (`first-day`)."""
    if register == "file":
        _build_with_register_list(con, source, cut)
        return
    days = "(period_end - period_start + 1)"
    if register == "dates":
        inside = (
            "CASE WHEN reg_start IS NULL THEN 0 ELSE greatest(0, least(period_end, reg_end) "
            "- greatest(period_start, reg_start) + 1) END"
            if cut == "prorata"
            else f"CASE WHEN period_start BETWEEN reg_start AND reg_end THEN {days} ELSE 0 END"
        )
    elif register == "flag":
        inside = f"CASE WHEN in_register THEN {days} ELSE 0 END"
    else:
        inside = "0"
    tg = (
        f"CASE WHEN wsw AND hired_out_to IS NOT NULL THEN hours WHEN wsw THEN 0 "
        f"ELSE hours * least({inside}, {days}) // {days} END"
    )
    quarters = ", ".join(
        f"sum({tg}) FILTER (quarter(period_start) = {q}) AS tg_q{q}" for q in (1, 2, 3, 4)
    )
    con.execute(
        f"""CREATE TABLE person_rows AS
        SELECT {_KEY}, {_SUMS}, sum({tg}) AS tg, {quarters}
        FROM {source} GROUP BY ALL"""
    )


def _build_with_register_list(
    con: duckdb.DuckDBPyConnection, source: str, cut: RegisterCut
) -> None:
    """The register as a list of people: the payroll is summed per person first, keeping each
    row's period and hours, and only then joined with the (small) register list, so the join
    and the register cut touch a row per person, not a row per pay period."""
    con.execute(
        """CREATE TABLE register_lists AS SELECT employee,
          list({'employer': employer, 's': reg_start, 'e': reg_end}) AS periods
        FROM register GROUP BY employee"""
    )
    seconded = "wsw AND hired_out_to IS NOT NULL"
    quarters = ", ".join(
        f"sum(hours) FILTER ({seconded} AND quarter(period_start) = {q}) AS seconded_q{q}"
        for q in (1, 2, 3, 4)
    )
    con.execute(
        f"""CREATE TEMP TABLE person_parts AS
        SELECT {_KEY}, {_SUMS}, sum(hours) FILTER ({seconded}) AS seconded, {quarters},
          list({{'s': period_start, 'e': period_end, 'h': hours}}) FILTER (NOT wsw) AS parts
        FROM {source} GROUP BY ALL"""
    )
    # the days of a part inside the person's register periods that hold for this employer
    mine = "list_filter(r.periods, lambda y: y.employer IS NULL OR y.employer = a.employer)"
    if cut == "prorata":
        inside = (
            f"list_sum(list_transform({mine}, lambda y: greatest(0, least(x.e, y.e) "
            "- greatest(x.s, y.s) + 1)))"
        )
    else:
        inside = (
            f"CASE WHEN len(list_filter({mine}, lambda y: x.s BETWEEN y.s AND y.e)) > 0 "
            "THEN x.e - x.s + 1 ELSE 0 END"
        )
    part = f"x.h * least({inside}, x.e - x.s + 1) // (x.e - x.s + 1)"

    def counted(parts: str, base: str) -> str:
        return (
            f"coalesce({base}, 0) + CASE WHEN r.periods IS NULL OR {parts} IS NULL THEN 0 "
            f"ELSE coalesce(list_sum(list_transform({parts}, lambda x: {part})), 0) END"
        )

    def in_quarter(q: int) -> str:
        return f"list_filter(a.parts, lambda x: quarter(x.s) = {q})"

    quarter_tg = ", ".join(
        f"CASE WHEN n_q{q} > 0 THEN {counted(in_quarter(q), f'seconded_q{q}')} END AS tg_q{q}"
        for q in (1, 2, 3, 4)
    )
    con.execute(
        f"""CREATE TABLE person_rows AS
        SELECT a.* EXCLUDE (parts, seconded, seconded_q1, seconded_q2, seconded_q3, seconded_q4),
          {counted("a.parts", "seconded")} AS tg, {quarter_tg}
        FROM person_parts a LEFT JOIN register_lists r ON r.employee = a.employee"""
    )
    con.execute("DROP TABLE person_parts")


def unreadable_rows(con: duckdb.DuckDBPyConnection) -> int:
    """Rows whose cells could not be read (they are in person_rows with ok = false)."""
    found = con.execute("SELECT coalesce(sum(n), 0) FROM person_rows WHERE NOT ok").fetchone()
    return int(found[0]) if found else 0


def periods_overlap(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether some person's periods at one employer (and income relationship) overlap: the days
    of periods that do not overlap add up to at most the days from the first to the last."""
    found = con.execute(
        """SELECT count(*) FROM (
             SELECT sum(days) AS days, min(first) AS first, max(last) AS last
             FROM person_rows WHERE ok GROUP BY employer, employee, relationship)
           WHERE days > last - first + 1"""
    ).fetchone()
    return bool(found and found[0])


def count(
    con: duckdb.DuckDBPyConnection,
    *,
    register_given: bool,
    per_person_from: int | None,
    per_employee: bool,
) -> PayrollCount:
    """The hours of `person_rows` per employer and year (and quarter), with the lending between
    employers in the file; each employee's hours from `per_person_from` (the LKV)."""
    con.execute("CREATE VIEW counted AS SELECT * FROM person_rows WHERE ok")
    years = con.execute(
        """SELECT employer, year, sum(hours), sum(hours) FILTER (hired_out_to IS NOT NULL),
             sum(wsw_hours) FILTER (hired_out_to IS NULL), sum(tg),
             count(DISTINCT employee), count(DISTINCT employee) FILTER (tg > 0),
             sum(premium_wage), sum(premium_wage) FILTER (hired_out_to IS NOT NULL),
             sum(wsw_premium_wage) FILTER (hired_out_to IS NULL)
           FROM counted GROUP BY employer, year ORDER BY employer, year"""
    ).fetchall()
    # art 2.28 lid 2 and 4: per lender, hirer, person and year, at most the hours that person
    # worked for that hirer while counting as target group
    con.execute(
        """CREATE TABLE attributed AS
           SELECT employer AS lender, hired_out_to AS hirer, year,
             sum(least(asked, allowed)) AS granted, sum(greatest(0, asked - allowed)) AS capped
           FROM (SELECT employer, hired_out_to, employee, year, sum(attributed) AS asked,
                   sum(tg) AS allowed
                 FROM counted WHERE hired_out_to IS NOT NULL
                 GROUP BY employer, hired_out_to, employee, year)
           GROUP BY lender, hirer, year"""
    )
    given = {
        (lender, year): (granted, capped)
        for lender, year, granted, capped in con.execute(
            "SELECT lender, year, sum(granted), sum(capped) FROM attributed GROUP BY ALL"
        ).fetchall()
    }
    received = {
        (hirer, year): granted
        for hirer, year, granted in con.execute(
            "SELECT hirer, year, sum(granted) FROM attributed GROUP BY ALL"
        ).fetchall()
    }
    quarters = _quarters(con)
    per_person: dict[tuple[str, int], list[Decimal]] = defaultdict(list)
    if per_person_from is not None:
        for employer, year, tg in con.execute(
            """SELECT employer, year, sum(tg) FROM counted WHERE year >= ?
               GROUP BY employer, year, employee HAVING sum(tg) > 0
               ORDER BY employer, year, sum(tg) DESC""",
            [per_person_from],
        ).fetchall():
            per_person[(employer, year)].append(_hours(tg))
    own = {(e, y): (paid or 0) - (out or 0) - (wsw or 0) for e, y, paid, out, wsw, *_ in years}
    in_file = {employer for employer, *_ in years}
    employer_years = []
    for employer, year, paid, out, wsw, tg, employees, persons, wage, wage_out, wage_wsw in years:
        granted, capped = given.get((employer, year), (0, 0))
        previous = own.get((employer, year - 1))
        employer_years.append(
            EmployerYearHours(
                employer=employer,
                year=year,
                paid_hours=_hours(paid),
                hired_out_hours=_hours(out),
                wsw_hours=_hours(wsw),
                target_group_hours=_hours(tg),
                hours_from_lenders=_hours(received.get((employer, year))),
                hours_to_hirers=_hours(granted),
                attribution_capped=_hours(capped),
                employees=employees,
                persons=persons,
                premium_wage=None if wage is None else _hours(wage),
                hired_out_premium_wage=_hours(wage_out),
                wsw_premium_wage=_hours(wage_wsw),
                employee_hours=tuple(per_person.get((employer, year), ())),
                quarters=tuple(quarters.get((employer, year), ())),
                previous_year_hours=None if previous is None else _hours(previous),
            )
        )
    outside = tuple(
        Attribution(lender, hirer, year, _hours(granted))
        for lender, hirer, year, granted in con.execute(
            "SELECT lender, hirer, year, granted FROM attributed WHERE granted > 0 "
            "ORDER BY lender, hirer, year"
        ).fetchall()
        if hirer not in in_file
    )
    persons_per_year = dict(
        con.execute(
            "SELECT year, count(DISTINCT employee) FILTER (tg > 0) FROM counted GROUP BY year"
        ).fetchall()
    )
    total_rows = con.execute("SELECT coalesce(sum(n), 0) FROM counted").fetchone()
    people = _people(con) if per_employee else None
    return PayrollCount(
        employer_years=tuple(employer_years),
        persons_per_year={int(k): int(v) for k, v in persons_per_year.items()},
        rows=int(total_rows[0]) if total_rows else 0,
        register_given=register_given,
        outside=outside,
        people=people,
    )


def _quarters(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, int], list[QuarterCount]]:
    """Per employer and year, each quarter that has rows: its own target-group hours and
    persons (a period counts in the quarter it starts in)."""
    columns = ", ".join(
        f"sum(tg_q{q}), count(DISTINCT employee) FILTER (tg_q{q} > 0), sum(n_q{q})"
        for q in (1, 2, 3, 4)
    )
    quarters: dict[tuple[str, int], list[QuarterCount]] = defaultdict(list)
    for employer, year, *figures in con.execute(
        f"SELECT employer, year, {columns} FROM counted GROUP BY ALL ORDER BY employer, year"
    ).fetchall():
        for q in (1, 2, 3, 4):
            tg, persons, rows = figures[3 * (q - 1) : 3 * q]
            if rows:
                hours = _hours(tg)
                quarters[(employer, year)].append(
                    QuarterCount(q, hours, persons, quarter_jobs(hours, Decimal("25.5")))
                )
    return quarters


def _people(con: duckdb.DuckDBPyConnection) -> tuple[PersonYear, ...]:
    return tuple(
        PersonYear(employer, year, employee, _hours(paid), _hours(tg), _hours(out))
        for employer, year, employee, paid, tg, out in con.execute(
            """SELECT employer, year, employee, sum(hours), sum(tg),
                 coalesce(sum(hours) FILTER (hired_out_to IS NOT NULL), 0)
               FROM counted GROUP BY employer, year, employee ORDER BY employer, year, employee"""
        ).fetchall()
    )
