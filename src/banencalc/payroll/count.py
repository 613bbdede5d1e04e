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


def add_target_group_hours(
    con: duckdb.DuckDBPyConnection, register: str | None, cut: RegisterCut
) -> None:
    """Table `counted`: the rows of `rows` with `tg`, their target-group hundredths.

    `register` names how the register is known: "file" (table `register`: employee, employer or
    NULL, reg_start, reg_end), "dates" (columns reg_start/reg_end on the row), "flag" (column
    in_register), or None (not given: no hour counts)."""
    days = "(period_end - period_start + 1)"
    if register == "file":
        if cut == "prorata":
            inside = (
                "(SELECT coalesce(sum(greatest(0, least(p.period_end, r.reg_end) "
                "- greatest(p.period_start, r.reg_start) + 1)), 0) FROM register r "
                "WHERE r.employee = p.employee AND (r.employer IS NULL OR r.employer = p.employer))"
            )
        else:
            inside = (
                f"(SELECT CASE WHEN count(*) > 0 THEN {days} ELSE 0 END FROM register r "
                "WHERE r.employee = p.employee AND (r.employer IS NULL OR r.employer = p.employer) "
                "AND p.period_start BETWEEN r.reg_start AND r.reg_end)"
            )
    elif register == "dates":
        if cut == "prorata":
            inside = (
                "CASE WHEN reg_start IS NULL THEN 0 ELSE greatest(0, least(period_end, reg_end) "
                "- greatest(period_start, reg_start) + 1) END"
            )
        else:
            inside = f"CASE WHEN period_start BETWEEN reg_start AND reg_end THEN {days} ELSE 0 END"
    elif register == "flag":
        inside = f"CASE WHEN in_register THEN {days} ELSE 0 END"
    else:
        inside = "0"
    # A Wsw employee seconded to another employer counts whatever the register says (Besluit
    # Wfsv art 2.28 lid 1); one not seconded never counts (Wfsv art 38g lid 2).
    con.execute(
        f"""CREATE TABLE counted AS
        SELECT p.*, year(period_start) AS year, quarter(period_start) AS quarter,
          CASE WHEN wsw AND hired_out_to IS NOT NULL THEN hours
               WHEN wsw THEN 0
               ELSE hours * least({inside}, {days}) // {days} END AS tg
        FROM rows p"""
    )


def count(
    con: duckdb.DuckDBPyConnection,
    *,
    register_given: bool,
    per_person_from: int | None,
    per_employee: bool,
) -> PayrollCount:
    """The hours of table `counted` per employer and year (and quarter), with the lending
    between employers in the file; each employee's hours from `per_person_from` (the LKV)."""
    years = con.execute(
        """SELECT employer, year, sum(hours), sum(hours) FILTER (hired_out_to IS NOT NULL),
             sum(hours) FILTER (wsw AND hired_out_to IS NULL), sum(tg),
             count(DISTINCT employee), count(DISTINCT employee) FILTER (tg > 0),
             sum(premium_wage)
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
    quarters: dict[tuple[str, int], list[QuarterCount]] = defaultdict(list)
    for employer, year, quarter, tg, persons in con.execute(
        """SELECT employer, year, quarter, sum(tg), count(DISTINCT employee) FILTER (tg > 0)
           FROM counted GROUP BY ALL ORDER BY employer, year, quarter"""
    ).fetchall():
        hours = _hours(tg)
        quarters[(employer, year)].append(
            QuarterCount(quarter, hours, persons, quarter_jobs(hours, Decimal("25.5")))
        )
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
    for employer, year, paid, out, wsw, tg, employees, persons, wage in years:
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
    total_rows = con.execute("SELECT count(*) FROM counted").fetchone()
    people = _people(con) if per_employee else None
    return PayrollCount(
        employer_years=tuple(employer_years),
        persons_per_year={int(k): int(v) for k, v in persons_per_year.items()},
        rows=int(total_rows[0]) if total_rows else 0,
        register_given=register_given,
        outside=outside,
        people=people,
    )


def _people(con: duckdb.DuckDBPyConnection) -> tuple[PersonYear, ...]:
    return tuple(
        PersonYear(employer, year, employee, _hours(paid), _hours(tg), _hours(out))
        for employer, year, employee, paid, tg, out in con.execute(
            """SELECT employer, year, employee, sum(hours), sum(tg),
                 coalesce(sum(hours) FILTER (hired_out_to IS NOT NULL), 0)
               FROM counted GROUP BY ALL ORDER BY employer, year, employee"""
        ).fetchall()
    )
