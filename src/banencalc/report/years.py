"""An employer over the years, each year under its own law (`--years`, `--by`) -> a Report."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerResult
from banencalc.calc.employer_input import ART_NOT_ACTIVATED
from banencalc.calc.hiring import HiringPath, YearResult
from banencalc.calc.wet import WetResult
from banencalc.report.employer import employer_columns, employer_payload
from banencalc.report.model import DISPLAY, Column, Report
from banencalc.report.status import figure_payload, source_payload
from banencalc.report.steps import shown, two
from banencalc.report.wet import wet_payload

#: how a year's law is named in a table (the regime ids stay in JSON); wrapped by hand so that a
#: table of years keeps to 80 columns
LAW_NAMES = {"quota-law": "quota law", "wet-banenafspraak": "Wet banen-\nafspraak"}

#: the money columns of a table of years: the currency in the header keeps the cells narrow
YEARS_LEVY = "levy, EUR\n(not\ncollected,\nWfsv art\n122na)"
YEARS_COLUMNS = {
    "levy_eur": Column("levy_eur", "levy\n(EUR)", "decimal"),
    "inclusiviteitsopslag_eur": Column(
        "inclusiviteitsopslag_eur", "inclusi-\nviteits-\nopslag\n(EUR)", "decimal"
    ),
    "lkv_eur": Column("lkv_eur", "loon-\nkosten-\nvoordeel\n(EUR)", "decimal"),
}


def _years_columns(results: list[YearResult], *, hiring: bool = False) -> list[Column]:
    """The columns of a table of years, each year under its own law: the new law's figures only
    where a year has them, the levy's header saying when none is collected."""
    quota_law = [r for r in results if isinstance(r, EmployerResult)]
    new_law = [r for r in results if isinstance(r, WetResult)]
    levy = YEARS_COLUMNS["levy_eur"]
    if not all(r.levy_charged for r in quota_law):
        levy = Column("levy_eur", YEARS_LEVY, "decimal")
    columns = [Column("year", "year"), Column("regime", "law")]
    if hiring:
        columns += [
            *employer_columns("quota_pct"),
            Column("hired_jobs", "hired\n(jobs)", "decimal"),
            *employer_columns("required_jobs", "shortfall_jobs"),
            Column("hired_hours", "hired hours", "decimal", detail=True),
            Column("quota_status", "quota status", detail=True),
            Column("realised_jobs", "realised jobs", "decimal", detail=True),
        ]
    else:
        columns += [
            *employer_columns("liable", "quota_pct", "required_jobs", "shortfall_jobs"),
            Column("quota_status", "quota status", detail=True),
            Column("realised_jobs", "realised jobs", "decimal", detail=True),
        ]
    if quota_law:
        columns += [levy, Column("levy_charged", "levy collected", detail=True)]
    if any(r.surcharge_due for r in new_law):
        columns.append(YEARS_COLUMNS["inclusiviteitsopslag_eur"])
    if any(r.lkv_eur is not None for r in new_law):
        columns.append(YEARS_COLUMNS["lkv_eur"])
    columns += [
        Column("shortfall_jobs_unrounded", "shortfall unrounded", "decimal", detail=True),
        Column("levy_eur_unrounded", "levy unrounded", "money", detail=True),
    ]
    return columns


def merge_years(notes: list[Msg]) -> list[Msg]:
    """Notes that differ only in their year said once, with the years listed (2026, 2027)."""
    merged: dict[tuple[str, bool, tuple[tuple[str, str], ...]], list[str]] = {}
    kept: dict[tuple[str, bool, tuple[tuple[str, str], ...]], Msg] = {}
    for note in notes:
        rest = tuple(sorted((k, repr(v)) for k, v in note.args.items() if k != "year"))
        key = (note.key, note.literal, rest)
        kept.setdefault(key, note)
        years = merged.setdefault(key, [])
        year = note.args.get("year")
        if isinstance(year, str) and year not in years:
            years.append(year)
    return [
        Msg(note.key, **{**note.args, "year": ", ".join(merged[key])})
        if not note.literal and len(merged[key]) > 1
        else note
        for key, note in kept.items()
    ]


def _year_row(result: YearResult) -> dict[str, Any]:
    """One year's row of a multi-year table, under the quota law or the Wet banenafspraak."""
    if isinstance(result, WetResult):
        row: dict[str, Any] = {
            **wet_payload(result),
            "liable": result.surcharge_due,
            "quota_status": "-",
        }
    else:
        row = employer_payload(result)
    row[DISPLAY] = {"regime": LAW_NAMES.get(row["regime"], row["regime"])}
    return row


def employer_years_report(results: list[tuple[int, YearResult]]) -> Report:
    """The same employer year by year, each year under its own law (README: `--years`)."""
    rows = [_year_row(result) for _, result in results]
    quota_law = [r for _, r in results if isinstance(r, EmployerResult)]
    new_law = [r for _, r in results if isinstance(r, WetResult)]
    notes: list[Msg] = []
    indicative = [str(r.input.year) for r in quota_law if r.quota_status == "indicative"]
    if indicative:
        notes.append(
            Msg(
                "indicative quota percentages in {years}: the definitive ones may differ, and so "
                "would these results",
                years=", ".join(indicative),
            )
        )
    notes.extend(_not_activated(quota_law, quota_law[0].sector_name if quota_law else None))
    if any(r.liable and not r.levy_charged for r in quota_law):
        notes.append(
            Msg(
                "no levy is collected for any of these years (2018 was an information year; Wfsv "
                "art 122na lid 1 for the years before the Wet banenafspraak); the amounts show "
                "what the law's formula gives"
            )
        )
    unknown = [str(r.input.year) for r in quota_law if r.activated and r.quota_pct is None]
    if unknown:
        notes.append(
            Msg(
                "-: no quota percentage is published for {years}: the required jobs, shortfall "
                "and levy cannot be computed",
                years=", ".join(unknown),
            )
        )
    if new_law:
        notes.append(
            Msg(
                "from {year} the Wet banenafspraak applies (its art 12): no percentage, "
                "threshold or levy per employer; 'liable' there means the inclusiviteitsopslag "
                "is owed, which needs an activation of the quotumregeling (art 5 and 6)",
                year=str(new_law[0].input.year),
            )
        )
        notes.extend(merge_years([m for r in new_law for m in r.notes]))
    if len({r.realised_jobs for r in quota_law}) == 1:
        notes.append(
            Msg(
                "realised: {jobs} jobs in each year ({hours} target-group hours)",
                jobs=two(quota_law[0].realised_jobs),
                hours=shown(quota_law[0].input.target_group_hours),
            )
        )
    columns = _years_columns([r for _, r in results])
    sources = {s.id: s for _, r in results for s in r.sources}
    return Report(
        title=Msg("Employer over the years: each year under its own law"),
        columns=tuple(columns),
        rows=tuple(rows),
        payload={
            "years": [{k: v for k, v in r.items() if k not in ("steps", DISPLAY)} for r in rows]
        },
        notes=tuple(notes),
        sources=tuple(sources.values()),
    )


def hiring_report(path: HiringPath) -> Report:
    """The even hiring pace to no shortfall by a year, each year under its own law."""
    rows: list[dict[str, Any]] = []
    per_job = path.extra_hours / path.extra_jobs if path.extra_jobs else None
    for _, hired, result in path.years:
        row = _year_row(result)
        row["hired_hours"] = hired
        row["hired_jobs"] = hired / per_job if per_job else Decimal(0)
        rows.append(row)
    quota_law = [r for _, _, r in path.years if isinstance(r, EmployerResult)]
    unit = Msg("a year") if path.base.period == "year" else Msg("a week")
    notes: list[Msg] = []
    if path.goal_year is None:
        summary = Msg(
            "no shortfall to remove by {by}: no year up to then has a quota percentage for "
            "{sector}",
            by=str(path.by),
            sector=path.sector_name,
        )
    elif path.goal_year == path.base.year:
        summary = Msg(
            "no year after {year} up to {by} has a quota percentage to aim at (from 2026 the Wet "
            "banenafspraak has no shortfall per employer): the table shows each year as it is",
            year=str(path.base.year),
            by=str(path.by),
        )
    else:
        summary = Msg(
            "hire {per_year} jobs of target-group work a year ({jobs} in all, {hours} hours "
            "{unit}) to have no shortfall in {by}",
            per_year=shown(path.jobs_per_year),
            jobs=shown(path.extra_jobs),
            hours=shown(path.extra_hours),
            unit=unit,
            by=str(path.goal_year),
        )
        if path.goal_year not in (path.by, path.base.year):
            notes.append(
                Msg(
                    "the path aims at {goal}, the last year up to {by} with a quota percentage "
                    "(from 2026 the Wet banenafspraak has no shortfall per employer); later years "
                    "keep the hours hired",
                    goal=str(path.goal_year),
                    by=str(path.by),
                )
            )
    if any(r.quota_status == "indicative" for r in quota_law):
        notes.append(Msg("some years use an indicative quota percentage"))
    notes.extend(_not_activated(quota_law, path.sector_name))
    unknown = [str(r.input.year) for r in quota_law if r.activated and r.quota_pct is None]
    if unknown:
        notes.append(
            Msg(
                "-: no quota percentage is published for {years}: the required jobs, shortfall "
                "and levy cannot be computed",
                years=", ".join(unknown),
            )
        )
    if len(quota_law) < len(path.years):
        notes.append(
            Msg(
                "from 2026 the Wet banenafspraak applies: no required jobs or levy per employer; "
                "the loonkostenvoordeel is shown for the hours hired"
            )
        )
    columns = _years_columns([r for _, _, r in path.years], hiring=True)
    first = path.years[0][2] if path.years else None
    return Report(
        title=Msg(
            "Hiring path to no shortfall by {by} ({sector})",
            by=str(path.by),
            sector=path.sector_name,
        ),
        columns=tuple(columns),
        rows=tuple(rows),
        payload={
            "by": path.by,
            "goal_year": path.goal_year,
            "extra_hours": path.extra_hours,
            "extra_jobs": path.extra_jobs,
            "jobs_per_year": path.jobs_per_year,
            "years": [{k: v for k, v in r.items() if k not in ("steps", DISPLAY)} for r in rows],
            "figures": [figure_payload(f) for f in (first.figures if first else [])],
            "sources": [source_payload(s) for s in (first.sources if first else [])],
        },
        notes=tuple(notes),
        sources=tuple(first.sources) if first else (),
        summary=(summary,),
    )


def _not_activated(results: Sequence[EmployerResult], sector: Any) -> list[Msg]:
    """The years in which the sector's quota was never activated: not liable, information only."""
    idle = [str(r.input.year) for r in results if not r.activated]
    if not idle:
        return []
    return [
        Msg(
            "not liable in {years}: the quotumregeling was not activated for {sector} "
            "({article}); the realised jobs (and required jobs where a percentage is given) "
            "are information only",
            years=", ".join(idle),
            sector=sector,
            article=Msg(ART_NOT_ACTIVATED),
        )
    ]
