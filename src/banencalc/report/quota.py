"""Quota and employer results -> Reports (columns shown, JSON contracts)."""

from __future__ import annotations

from dataclasses import asdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from banencalc.calc.employer import ART_NOT_ACTIVATED, EmployerResult
from banencalc.calc.hiring import GoalSeek, HiringPath, YearResult
from banencalc.calc.quota import QuotaInput, QuotaResult, Step, variable_f
from banencalc.calc.wet import WetResult
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
    if step.value is None:
        return Msg(
            "{description}: {formula}  [{rule}]",
            description=step.description,
            formula=step.formula,
            rule=_cited(step.rule),
        )
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
        summary.append(
            Msg(
                "computed with SZW's five-component form of Wfsv art 38f lid 2: {pct}%",
                pct=result.computed_pct,
            )
        )
    inputs = tuple(_input_line(i) for i in result.inputs.values())
    payload = {
        "year": result.year,
        "sector": result.sector,
        "regime": result.regime,
        "activated": result.activated,
        "published_pct": result.published_pct,
        "status": result.status,
        "computed_pct": result.computed_pct,
        "form": "(A + B) x C / (D x E)",
        "variables_left_out": ["F", "G", "H"],
        "variable_f": variable_f(result.sector, result.year),
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


def _employer_columns(*keys: str) -> list[Column]:
    by_key = {c.key: c for c in EMPLOYER_COLUMNS}
    return [by_key[k] for k in keys]


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
            *_employer_columns("quota_pct"),
            Column("hired_jobs", "hired\n(jobs)", "decimal"),
            *_employer_columns("required_jobs", "shortfall_jobs"),
            Column("hired_hours", "hired hours", "decimal", detail=True),
            Column("quota_status", "quota status", detail=True),
            Column("realised_jobs", "realised jobs", "decimal", detail=True),
        ]
    else:
        columns += [
            *_employer_columns("liable", "quota_pct", "required_jobs", "shortfall_jobs"),
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
        columns=tuple(_with_levy_label(EMPLOYER_COLUMNS, result.levy_charged)),
        rows=(payload,),
        payload=payload,
        notes=tuple(result.notes),
        sources=tuple(result.sources),
        sections=tuple(sections),
        transpose=True,
    )


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
        from banencalc.report.wet import wet_payload

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
    idle = [str(r.input.year) for r in quota_law if not r.activated]
    if idle:
        notes.append(
            Msg(
                "not liable in {years}: the quotumregeling was not activated for {sector} "
                "({article}); the realised jobs (and required jobs where a percentage is given) "
                "are information only",
                years=", ".join(idle),
                sector=quota_law[0].sector_name,
                article=Msg(ART_NOT_ACTIVATED),
            )
        )
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
                jobs=_two(quota_law[0].realised_jobs),
                hours=_shown(quota_law[0].input.target_group_hours),
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
    unit = Msg("a year" if path.base.period == "year" else "a week")
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
            per_year=_shown(path.jobs_per_year),
            jobs=_shown(path.extra_jobs),
            hours=_shown(path.extra_hours),
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
    idle = [str(r.input.year) for r in quota_law if not r.activated]
    if idle:
        notes.append(
            Msg(
                "not liable in {years}: the quotumregeling was not activated for {sector} "
                "({article}); the realised jobs (and required jobs where a percentage is given) "
                "are information only",
                years=", ".join(idle),
                sector=path.sector_name,
                article=Msg(ART_NOT_ACTIVATED),
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
