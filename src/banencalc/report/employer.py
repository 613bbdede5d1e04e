"""Employer results under the quota law -> a Report (its JSON contract documented in the README):
liable, required jobs, quotumtekort and levy, the levy labelled as collected or not."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerResult
from banencalc.calc.hiring import GoalSeek
from banencalc.report.model import Column, Report, Section
from banencalc.report.status import figure_payload, source_payload
from banencalc.report.steps import shown, step_lines, step_payload

EMPLOYER_COLUMNS = [
    Column("year", "year", detail=True),
    Column("liable", "liable"),
    Column("quota_pct", "quota %", "pct"),
    Column("quota_status", "quota\nstatus"),
    Column("required_hours", "required\nhours", "decimal"),
    Column("required_jobs", "required\njobs", "decimal"),
    Column("realised_jobs", "realised\njobs", "decimal"),
    Column("shortfall_jobs", "shortfall\n(jobs)", "decimal"),
    Column("levy_eur", "levy", "money"),
    Column("levy_charged", "levy collected", detail=True),
    Column("shortfall_jobs_unrounded", "shortfall unrounded", "decimal", detail=True),
    Column("levy_eur_unrounded", "levy unrounded", "money", detail=True),
]


#: the levy column where no levy is collected for the year (Wfsv art 122na: none for any year
#: before the Wet banenafspraak): the header says so beside the number, so a copied table
#: cannot be read as a bill
LEVY_NOT_COLLECTED = "levy (not collected,\nWfsv art 122na)"


def levy_header(charged: bool) -> str:
    return "levy" if charged else LEVY_NOT_COLLECTED


def _with_levy_label(columns: list[Column] | tuple[Column, ...], charged: bool) -> list[Column]:
    return [
        Column(c.key, levy_header(charged), c.kind, c.detail) if c.key == "levy_eur" else c
        for c in columns
    ]


def employer_columns(*keys: str) -> list[Column]:
    by_key = {c.key: c for c in EMPLOYER_COLUMNS}
    return [by_key[k] for k in keys]


def employer_payload(result: EmployerResult) -> dict[str, Any]:
    """The JSON contract of `employer` (full precision; documented in the README)."""
    return {
        "year": result.input.year,
        "sector": result.input.sector,
        "regime": result.regime,
        "period": result.input.period,
        "paid_hours": result.input.paid_hours,
        "target_group_hours": result.input.target_group_hours,
        "previous_year_hours": result.input.previous_year_hours,
        "hired_out_hours": result.input.hired_out_hours,
        "hours_from_lenders": result.input.hours_from_lenders,
        "hours_to_hirers": result.input.hours_to_hirers,
        "quota_activated": result.activated,
        "liable": result.liable,
        "liability_reason": result.liability_reason.english(),
        "liability_tests": [
            {
                "year": t.year,
                "paid_hours": t.paid_hours,
                "threshold_hours": t.threshold_hours,
                "below_threshold": t.below_threshold,
                "applied": t.applied,
                "article": str(t.article),
            }
            for t in result.liability_tests
        ],
        "threshold_hours": result.threshold_hours,
        "variables": {
            "A": result.variable_a,
            "B": result.variable_b,
            "C": result.variable_c,
            "D": result.variable_d,
        },
        "quota_pct": result.quota_pct,
        "quota_status": result.quota_status,
        "required_hours": result.required_hours,
        "required_jobs": result.required_jobs,
        "realised_jobs": result.realised_jobs,
        "shortfall_hours": result.shortfall_hours,
        "shortfall_jobs": result.shortfall_jobs,
        "shortfall_jobs_unrounded": result.shortfall_jobs_unrounded,
        "levy_eur": result.levy_eur,
        "levy_eur_unrounded": result.levy_eur_unrounded,
        "levy_charged": result.levy_charged,
        "steps": [step_payload(s) for s in result.steps],
        "notes": [n.english() for n in result.notes],
    }


def employer_report(result: EmployerResult, goal: GoalSeek | None = None) -> Report:
    payload = employer_payload(result)
    unit = Msg("a year") if result.input.period == "year" else Msg("a week")
    sections = [Section(Msg("Calculation path (Rechenweg):"), step_lines(result.steps))]
    if goal is not None:
        lines = [
            Msg(
                "{hours} more target-group hours {unit} bring the shortfall to 0",
                hours=shown(goal.extra_hours),
                unit=unit,
            )
        ]
        if goal.people is not None and goal.hours_per_week is not None:
            lines.append(
                Msg(
                    "that is {people} more people at {hours} hours a week (rounded up)",
                    people=goal.people,
                    hours=shown(goal.hours_per_week),
                )
            )
        sections.append(Section(Msg("To close the gap:"), tuple(lines)))
        payload["goal_seek"] = asdict(goal)
    payload["figures"] = [figure_payload(f) for f in result.figures]
    payload["sources"] = [source_payload(s) for s in result.sources]
    return Report(
        title=Msg(
            "Employer, {sector} {year} (hours {unit})",
            sector=result.sector_name,
            year=str(result.input.year),
            unit=unit,
        ),
        columns=tuple(_with_levy_label(EMPLOYER_COLUMNS, result.levy_charged)),
        rows=(payload,),
        payload=payload,
        notes=tuple(result.notes),
        sources=tuple(result.sources),
        sections=tuple(sections),
        transpose=True,
    )
