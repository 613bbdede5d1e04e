"""Quota and employer results -> Reports (columns shown, JSON contracts)."""

from __future__ import annotations

from dataclasses import asdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from banencalc.calc.employer import EmployerResult
from banencalc.calc.hiring import GoalSeek, HiringPath
from banencalc.calc.quota import QuotaInput, QuotaResult, Step
from banencalc.messages import Msg
from banencalc.report.model import DISPLAY, Column, Report, Section
from banencalc.report.status import figure_payload, source_payload

CENT = Decimal("0.01")


def _two(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def step_payload(step: Step) -> dict[str, Any]:
    """A step in the JSON contract: its texts in English, its numbers exact."""
    return {
        "description": step.description.english(),
        "formula": step.formula.english(),
        "value": step.value,
        "rule": str(step.rule),
        "unrounded": step.unrounded,
        "rounding": step.rounding,
    }


def step_lines(steps: list[Step]) -> tuple[Msg, ...]:
    return tuple(_step_line(s) for s in steps)


def _step_line(step: Step) -> Msg:
    if step.unrounded is not None and step.unrounded != step.value:
        return Msg(
            "{description}: {formula} = {value} (from {unrounded}, {rounding})  [{rule}]",
            description=step.description,
            formula=step.formula,
            value=_shown(step.value),
            unrounded=_shown(step.unrounded),
            rounding=Msg(step.rounding or ""),
            rule=_cited(step.rule),
        )
    return Msg(
        "{description}: {formula} = {value}  [{rule}]",
        description=step.description,
        formula=step.formula,
        value=_shown(step.value),
        rule=_cited(step.rule),
    )


def _cited(rule: str | Msg) -> Msg:
    """An article as cited: the data's text (with its Dutch twin) or a citation from the code,
    whose gloss the catalogue translates."""
    return rule if isinstance(rule, Msg) else Msg(rule)


def _shown(value: Decimal | bool | str) -> Decimal | Msg:
    """A value in a calculation path: yes/no, a year, or up to six decimals without trailing
    zeros."""
    if isinstance(value, bool):
        return Msg("yes" if value else "no")
    if isinstance(value, str):
        return Msg.text(value)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return Decimal(text or "0")


def quota_report(result: QuotaResult) -> Report:
    rows: list[dict[str, Any]] = [
        {
            "year": p.year,
            "published_pct": p.published_pct,
            "status": p.status,
            "selected": p.year == result.year,
            DISPLAY: {"year": ("> " if p.year == result.year else "  ", str(p.year), "text")},
        }
        for p in result.series
    ]
    published = (
        Msg(
            "published {pct}% ({status}, source {source})",
            pct=result.published_pct,
            status=Msg(result.status),
            source=result.published_source or "",
        )
        if result.published_pct is not None
        else Msg("no published percentage (unknown)")
    )
    summary = [
        Msg(
            "{sector} {year}: {published}",
            sector=result.sector_name,
            year=str(result.year),
            published=published,
        )
    ]
    if result.computed_pct is not None:
        summary.append(Msg("computed with the statutory formula: {pct}%", pct=result.computed_pct))
    inputs = tuple(_input_line(i) for i in result.inputs.values())
    payload = {
        "year": result.year,
        "sector": result.sector,
        "regime": result.regime,
        "activated": result.activated,
        "published_pct": result.published_pct,
        "status": result.status,
        "computed_pct": result.computed_pct,
        "inputs": {
            k: {**asdict(v), "note": v.note.english() if v.note else None}
            for k, v in result.inputs.items()
        },
        "steps": [step_payload(s) for s in result.steps],
        "series": [asdict(p) for p in result.series],
        "notes": [n.english() for n in result.notes],
        "figures": [figure_payload(f) for f in result.figures],
        "sources": [source_payload(s) for s in result.sources],
    }
    sections = [Section(Msg("Inputs:"), inputs)]
    if result.steps:
        sections.append(Section(Msg("Calculation (Wfsv art 38f):"), step_lines(result.steps)))
    return Report(
        title=Msg(
            "Quota percentage, {sector}, around {year}",
            sector=result.sector_name,
            year=str(result.year),
        ),
        columns=(
            Column("year", "year"),
            Column("published_pct", "published %", "pct"),
            Column("status", "status"),
            Column("selected", "selected", detail=True),
        ),
        rows=tuple(rows),
        payload=payload,
        notes=tuple(result.notes),
        sources=tuple(result.sources),
        summary=tuple(summary),
        sections=tuple(sections),
    )


def _input_line(item: QuotaInput) -> Msg:
    source = Msg(", source {source}", source=item.source) if item.source else Msg.text("")
    note = Msg("; {note}", note=item.note) if item.note else Msg.text("")
    return Msg(
        "{symbol} = {value}: {name} (origin: {origin}, {status}{source}{note})",
        symbol=item.symbol,
        value=_shown(item.value),
        name=Msg(item.name),
        origin=Msg(item.origin),
        status=Msg(item.status),
        source=source,
        note=note,
    )


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
    Column("shortfall_jobs_unrounded", "shortfall unrounded", "decimal", detail=True),
    Column("levy_eur_unrounded", "levy unrounded", "money", detail=True),
]


def _employer_columns(*keys: str) -> list[Column]:
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
    unit = Msg("a year" if result.input.period == "year" else "a week")
    sections = [Section(Msg("Calculation path (Rechenweg):"), step_lines(result.steps))]
    if goal is not None:
        lines = [
            Msg(
                "{hours} more target-group hours {unit} bring the shortfall to 0",
                hours=_shown(goal.extra_hours),
                unit=unit,
            )
        ]
        if goal.people is not None and goal.hours_per_week is not None:
            lines.append(
                Msg(
                    "that is {people} more people at {hours} hours a week (rounded up)",
                    people=goal.people,
                    hours=_shown(goal.hours_per_week),
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
        columns=tuple(EMPLOYER_COLUMNS),
        rows=(payload,),
        payload=payload,
        notes=tuple(result.notes),
        sources=tuple(result.sources),
        sections=tuple(sections),
        transpose=True,
    )


def employer_years_report(
    results: list[tuple[int, EmployerResult | None]], new_law_years: list[int] | None = None
) -> Report:
    rows: list[dict[str, Any]] = []
    for year, result in results:
        if result is None:
            rows.append({"year": year, "quota_status": "unknown", "liable": None})
            continue
        rows.append(employer_payload(result))
    known = [r for _, r in results if r is not None]
    notes: list[Msg] = []
    indicative = [str(r.input.year) for r in known if r.quota_status == "indicative"]
    if indicative:
        notes.append(
            Msg(
                "indicative quota percentages in {years}: the definitive ones may differ, and so "
                "would these results",
                years=", ".join(indicative),
            )
        )
    if any(r.liable and not r.levy_charged for r in known):
        notes.append(
            Msg(
                "no levy is executed for any of these years (2018 was an information year; Wfsv "
                "art 122na lid 1 for the years before the Wet banenafspraak); the amounts show "
                "what the law's formula gives"
            )
        )
    if any(r is None for _, r in results):
        notes.append(Msg("-: no quota percentage is published for that year (unknown)"))
    return Report(
        title=Msg("Employer over the years: required and missing jobs with each year's percentage"),
        columns=(Column("year", "year"), *EMPLOYER_COLUMNS[1:4], *EMPLOYER_COLUMNS[5:]),
        rows=tuple(rows),
        payload={"years": [{k: v for k, v in r.items() if k != "steps"} for r in rows]},
        notes=tuple(notes),
        sources=tuple({s.id: s for r in known for s in r.sources}.values()),
    )


def hiring_report(path: HiringPath) -> Report:
    rows: list[dict[str, Any]] = []
    for year, hired, result in path.years:
        row: dict[str, Any] = {
            "year": year,
            "hired_hours": hired,
            "hired_jobs": hired / result.hours_per_job if result else None,
        }
        if result is not None:
            row.update(
                {
                    k: v
                    for k, v in employer_payload(result).items()
                    if k
                    in (
                        "quota_pct",
                        "quota_status",
                        "required_jobs",
                        "realised_jobs",
                        "shortfall_jobs",
                        "levy_eur",
                    )
                }
            )
        else:
            row["quota_status"] = "unknown"
        rows.append(row)
    unit = Msg("a year" if path.base.period == "year" else "a week")
    summary = Msg(
        "hire {per_year} jobs of target-group work a year ({jobs} in all, {hours} hours {unit}) "
        "to have no shortfall in {by}",
        per_year=_shown(path.jobs_per_year),
        jobs=_shown(path.extra_jobs),
        hours=_shown(path.extra_hours),
        unit=unit,
        by=str(path.by),
    )
    known = [r for _, _, r in path.years if r is not None]
    notes: list[Msg] = []
    if any(r.quota_status == "indicative" for r in known):
        notes.append(Msg("some years use an indicative quota percentage"))
    if any(r is None for _, _, r in path.years):
        notes.append(Msg("-: no quota percentage is published for that year (unknown)"))
    return Report(
        title=Msg(
            "Hiring path to no shortfall by {by} ({sector})",
            by=str(path.by),
            sector=path.sector_name,
        ),
        columns=(
            Column("year", "year"),
            *_employer_columns("quota_pct", "quota_status"),
            Column("hired_jobs", "hired\n(jobs)", "decimal"),
            *_employer_columns("required_jobs", "realised_jobs", "shortfall_jobs"),
            Column("hired_hours", "hired hours", "decimal", detail=True),
            Column("levy_eur", "levy", "money", detail=True),
        ),
        rows=tuple(rows),
        payload={
            "by": path.by,
            "extra_hours": path.extra_hours,
            "extra_jobs": path.extra_jobs,
            "jobs_per_year": path.jobs_per_year,
            "years": rows,
            "figures": [figure_payload(f) for r in known[:1] for f in r.figures],
            "sources": [source_payload(s) for r in known[:1] for s in r.sources],
        },
        notes=tuple(notes),
        sources=tuple(known[0].sources) if known else (),
        summary=(summary,),
    )
