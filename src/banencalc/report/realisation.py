"""A realisation counted from payroll -> a Report: per employer and year the hours, realised jobs
and persons, and the quota position through the same calculation as `employer`; a total per year;
per quarter or per employee when asked. The JSON contract is documented in the README."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerResult
from banencalc.calc.realisation import (
    ART_CAP,
    ART_JOB,
    ART_REGISTER,
    XBRL_QUESTION,
    EmployerYearResult,
    Realisation,
)
from banencalc.calc.wet import WetResult
from banencalc.report.employer import LEVY_NOT_COLLECTED
from banencalc.report.model import Column, Report, Section, Sheet

Level = Literal["employer", "quarter", "employee"]
CENT = Decimal("0.01")

EMPLOYER_COLUMNS = (
    Column("employer", "employer"),
    Column("year", "year", "key"),
    Column("paid_hours", "paid hours", "decimal", detail=True),
    Column("hired_out_hours", "hired-out hours", "decimal", detail=True),
    Column("wsw_hours", "Wsw hours (not seconded)", "decimal", detail=True),
    Column("target_group_hours", "target-group\nhours (own)", "decimal"),
    Column("hours_from_lenders", "from lenders", "decimal", detail=True),
    Column("hours_to_hirers", "to hirers", "decimal", detail=True),
    Column("attribution_capped", "attribution capped", "decimal", detail=True),
    Column("realised_jobs", "realised\njobs", "decimal"),
    Column("persons", "persons", "int"),
    Column("employees", "employees", "int", detail=True),
    Column("liable", "liable", detail=True),
    Column("required_jobs", "required\njobs", "decimal"),
    Column("shortfall_jobs", "shortfall\n(jobs)", "decimal"),
    Column("levy_eur", "levy", "money", detail=True),
    Column("levy_charged", "levy collected", detail=True),
    Column("lkv_eur", "LKV", "money", detail=True),
)
QUARTER_COLUMNS = (
    Column("employer", "employer"),
    Column("year", "year", "key"),
    Column("quarter", "quarter", "key"),
    Column("target_group_hours", "target-group\nhours (own)", "decimal"),
    Column("jobs", "jobs\n(indicative)", "decimal"),
    Column("persons", "persons", "int"),
)
TOTAL_COLUMNS = (
    Column("year", "year", "key"),
    Column("employers", "employers", "int"),
    Column("paid_hours", "paid hours", "decimal"),
    Column("target_group_hours", "target-group\nhours (own)", "decimal"),
    Column("counted_hours", "target-group hours\ncounted (C)", "decimal"),
    Column("realised_jobs", "realised\njobs", "decimal"),
    Column("persons", "persons", "int"),
)
EMPLOYEE_COLUMNS = (
    Column("employer", "employer"),
    Column("year", "year", "key"),
    Column("employee", "employee", "key"),
    Column("paid_hours", "paid hours", "decimal"),
    Column("target_group_hours", "target-group\nhours", "decimal"),
    Column("hired_out_hours", "hired out", "decimal"),
)


def _position(result: EmployerYearResult) -> dict[str, Any]:
    position = result.position
    if isinstance(position, EmployerResult):
        return {
            "regime": position.regime,
            "liable": position.liable,
            "required_jobs": position.required_jobs,
            "shortfall_jobs": position.shortfall_jobs,
            "levy_eur": position.levy_eur,
            "levy_charged": position.levy_charged,
            "lkv_eur": None,
        }
    assert isinstance(position, WetResult)
    return {
        "regime": position.regime,
        "liable": position.surcharge_due,
        "required_jobs": None,
        "shortfall_jobs": None,
        "levy_eur": position.inclusiviteitsopslag_eur,
        "levy_charged": position.surcharge_due,
        "lkv_eur": position.lkv_eur,
    }


def _employer_row(result: EmployerYearResult) -> dict[str, Any]:
    h = result.hours
    return {
        "employer": h.employer,
        "year": h.year,
        "paid_hours": h.paid_hours,
        "hired_out_hours": h.hired_out_hours,
        "wsw_hours": h.wsw_hours,
        "target_group_hours": h.target_group_hours,
        "hours_from_lenders": h.hours_from_lenders,
        "hours_to_hirers": h.hours_to_hirers,
        "attribution_capped": h.attribution_capped,
        "counted_hours": h.counted_hours,
        "realised_jobs": result.jobs,
        "persons": h.persons,
        "employees": h.employees,
        "previous_year_hours": h.previous_year_hours,
        **_position(result),
        "quarters": [
            {
                "quarter": q.quarter,
                "target_group_hours": q.target_group_hours,
                "jobs": q.jobs,
                "persons": q.persons,
            }
            for q in h.quarters
        ],
    }


def _payload(realisation: Realisation, rows: list[dict[str, Any]]) -> dict[str, Any]:
    count = realisation.count
    return {
        "sector": realisation.sector,
        "rows_read": count.rows,
        "rows_skipped": count.skipped_count,
        "register_given": count.register_given,
        "hours_per_job_article": ART_JOB,
        "employers": rows,
        "totals": [
            {
                "year": t.year,
                "employers": t.employers,
                "paid_hours": t.paid_hours,
                "target_group_hours": t.target_group_hours,
                "counted_hours": t.counted_hours,
                "realised_jobs": t.jobs,
                "persons": t.persons,
            }
            for t in realisation.totals
        ],
        "attributed_outside_file": [
            {"lender": a.lender, "hirer": a.hirer, "year": a.year, "hours": a.hours}
            for a in count.outside
        ],
        "employees": None
        if count.people is None
        else [
            {
                "employer": p.employer,
                "year": p.year,
                "employee": p.employee,
                "paid_hours": p.paid_hours,
                "target_group_hours": p.target_group_hours,
                "hired_out_hours": p.hired_out_hours,
            }
            for p in count.people
        ],
        "xbrl": {"question": XBRL_QUESTION, "answers": _xbrl(realisation)},
    }


def _xbrl(realisation: Realisation) -> list[dict[str, Any]]:
    return [
        {"employer": r.hours.employer, "year": r.hours.year, "realised_jobs": r.jobs}
        for r in realisation.results
    ]


def _summary(realisation: Realisation) -> list[Msg]:
    lines: list[Msg] = []
    for total in realisation.totals:
        lines.append(
            Msg(
                "{year}: {jobs} jobs realised ({hours} target-group hours counted / 1,331), "
                "{persons}, at {employers} in the file",
                year=str(total.year),
                jobs=total.jobs,
                hours=total.counted_hours,
                persons=_persons(total.persons),
                employers=_employers(total.employers),
            )
        )
    for result in realisation.results:
        h = result.hours
        position = result.position
        verdict = (
            _quota_verdict(position)
            if isinstance(position, EmployerResult)
            else _wet_verdict(position)
        )
        lines.append(
            Msg(
                "{employer} {year}: {jobs} jobs realised, {persons}; {verdict}",
                employer=h.employer,
                year=str(h.year),
                jobs=result.jobs,
                persons=_persons(h.persons),
                verdict=verdict,
            )
        )
    return lines


def _quota_verdict(position: EmployerResult) -> Msg:
    """A year under the quota law: liable or not, and the shortfall, the levy labelled as
    collected or not (Wfsv art 122na)."""
    required, shortfall, levy = position.required_jobs, position.shortfall_jobs, position.levy_eur
    if not position.liable:
        return Msg("not liable")
    if required is None or shortfall is None or levy is None:
        return Msg("liable; no percentage published for the year")
    if not shortfall:
        return Msg("no shortfall: {required} jobs required", required=required.quantize(CENT))
    if position.levy_charged:
        return Msg("shortfall {shortfall} jobs, levy EUR {levy}", shortfall=shortfall, levy=levy)
    return Msg(
        "{required} jobs required, shortfall {shortfall}; a levy of EUR {levy} by the formula, "
        "not collected (Wfsv art 122na)",
        required=required.quantize(CENT),
        shortfall=shortfall,
        levy=levy.quantize(CENT),
    )


def _wet_verdict(position: WetResult) -> Msg:
    """A year under the Wet banenafspraak: the surcharge owed or why not, and the LKV."""
    if position.surcharge_due and position.inclusiviteitsopslag_eur is not None:
        surcharge = Msg(
            "inclusiviteitsopslag EUR {amount}",
            amount=position.inclusiviteitsopslag_eur.quantize(CENT),
        )
    elif position.surcharge_due:
        surcharge = Msg("an inclusiviteitsopslag is owed; its base (premium_wage) was not given")
    elif not position.quota_activated:
        surcharge = Msg("no inclusiviteitsopslag (the quotumregeling is not activated)")
    elif position.due_from is not None and position.input.year < position.due_from:
        surcharge = Msg(
            "no inclusiviteitsopslag before {year} (Wet banenafspraak art 6 lid 1)",
            year=str(position.due_from),
        )
    elif position.small_employer:
        surcharge = Msg("no inclusiviteitsopslag: a small employer (Besluit Wfsv art 2.19d)")
    else:
        surcharge = Msg("no inclusiviteitsopslag owed")
    if position.lkv_eur is None:
        return surcharge
    return Msg(
        "{surcharge}; loonkostenvoordeel EUR {lkv} (capped per employee, Wtl art 2.13)",
        surcharge=surcharge,
        lkv=position.lkv_eur.quantize(CENT),
    )


def _persons(count: int) -> Msg:
    return Msg.plural("{n} person", "{n} persons", count="n", n=count)


def _employers(count: int) -> Msg:
    return Msg.plural("{n} employer", "{n} employers", count="n", n=count)


def _notes(realisation: Realisation) -> list[Msg]:
    count = realisation.count
    notes = [
        Msg(
            "a job is 1,331 paid hours a year ({article}); a quarter's jobs are indicative "
            "(25.5 hours x 13 weeks)",
            article=ART_JOB,
        ),
        Msg(
            "target-group hours count only inside each person's register period ({article})",
            article=ART_REGISTER,
        ),
    ]
    if not count.register_given:
        notes.append(
            Msg(
                "no register was given (--register, or a column in_register or register_start): "
                "no hour counts as a target-group hour"
            )
        )
    capped = sum((r.hours.attribution_capped for r in realisation.results), Decimal(0))
    if capped:
        notes.append(
            Msg(
                "{hours} attributed hours were above what the persons worked for the hirer while "
                "in the register, and were left out ({article})",
                hours=capped,
                article=ART_CAP,
            )
        )
    for a in count.outside:
        notes.append(
            Msg(
                "{lender} attributes {hours} hours in {year} to {hirer}, which is not in the file: "
                "they count for that hirer",
                lender=a.lender,
                hours=a.hours,
                year=str(a.year),
                hirer=a.hirer,
            )
        )
    if any(r.hours.previous_year_hours is None for r in realisation.results):
        notes.append(
            Msg(
                "the previous-year test (Wfsv art 34 lid 4) is applied where the file holds the "
                "employer's previous year; elsewhere it was not applied"
            )
        )
    if count.skipped_count:
        notes.append(
            Msg(
                "{count} row(s) could not be counted and were left out (--skip-invalid); they "
                "are listed on stderr",
                count=count.skipped_count,
            )
        )
    return notes


def _people_rows(realisation: Realisation) -> tuple[dict[str, Any], ...]:
    return tuple(
        {
            "employer": p.employer,
            "year": p.year,
            "employee": p.employee,
            "paid_hours": p.paid_hours,
            "target_group_hours": p.target_group_hours,
            "hired_out_hours": p.hired_out_hours,
        }
        for p in realisation.count.people or ()
    )


def realisation_report(realisation: Realisation, level: Level = "employer") -> Report:
    """The table of `level` (employer-years, quarters or employees); a workbook also gets the
    other levels as sheets."""
    rows = [_employer_row(r) for r in realisation.results]
    charged = all(row["levy_charged"] for row in rows if row["liable"])
    employer_columns = tuple(
        Column(c.key, LEVY_NOT_COLLECTED, c.kind, c.detail)
        if c.key == "levy_eur" and not charged
        else c
        for c in EMPLOYER_COLUMNS
    )
    quarter_rows = tuple(
        {"employer": row["employer"], "year": row["year"], **quarter}
        for row in rows
        for quarter in row["quarters"]
    )
    levels = {
        "employer": Sheet(Msg("Employers"), employer_columns, tuple(rows)),
        "quarter": Sheet(Msg("Quarters"), QUARTER_COLUMNS, quarter_rows),
    }
    if realisation.count.people is not None:
        levels["employee"] = Sheet(Msg("Employees"), EMPLOYEE_COLUMNS, _people_rows(realisation))
    totals = Sheet(Msg("Totals"), TOTAL_COLUMNS, tuple(_payload(realisation, rows)["totals"]))
    shown = levels[level]
    xbrl = tuple(
        Msg(
            "{employer} {year}: {jobs}",
            employer=r.hours.employer,
            year=str(r.hours.year),
            jobs=r.jobs,
        )
        for r in realisation.results
    )
    return Report(
        title=Msg("Realisation counted from the payroll"),
        columns=shown.columns,
        rows=shown.rows,
        sheets=(totals, *(sheet for name, sheet in levels.items() if name != level)),
        payload=_payload(realisation, rows),
        notes=tuple(_notes(realisation)),
        summary=tuple(_summary(realisation)),
        sections=(Section(Msg("XBRL return: {question}", question=XBRL_QUESTION), xbrl),),
    )
