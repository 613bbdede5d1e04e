"""One employer's question as a typed request, checked once, answered under each year's own law.

The command line turns its options into an `EmployerQuestion`; the library answers it with
`answer_employer`, which refuses an impossible combination naming the input at fault (in the
library's words: `by`, `years`, `premium_wage`) and picks the law of every year once
(calc/regime). The CLI's answer and the library's are the same object.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerInput, EmployerResult, assess
from banencalc.calc.hiring import (
    GoalSeek,
    HiringPath,
    YearResult,
    goal_seek,
    hiring_path,
    quota_law_counterpart,
    years_ahead,
)
from banencalc.calc.regime import under_quota_law
from banencalc.calc.rules import Period
from banencalc.calc.status import check_year
from banencalc.calc.wet import WetInput, WetResult, assess_wet
from banencalc.dataset.records import Dataset

ZERO = Decimal(0)


@dataclass(frozen=True)
class EmployerQuestion:
    """What a user asks about one employer: a year (`year`), the same employer over `years`, or
    the even hiring path from `year` to `by`; each year is answered under its own law."""

    year: int | None = None
    years: range | None = None
    by: int | None = None
    #: paid hours (verloonde uren) in the year, or a week with period "week"
    paid_hours: Decimal | None = None
    period: Period = "year"
    target_group_hours: Decimal | None = None
    #: target-group work in jobs of the job unit instead of hours (25.5 h a week, 1,331 a year)
    target_group_jobs: Decimal | None = None
    sector: str = "government"
    quota_pct: Decimal | None = None
    previous_year_hours: Decimal | None = None
    hired_out_hours: Decimal = ZERO
    hours_from_lenders: Decimal = ZERO
    hours_to_hirers: Decimal = ZERO
    wsw_hours: Decimal = ZERO
    #: the Wet banenafspraak's inputs (years from 2026); None when none were given
    wet: WetInput | None = None
    #: beside a year under the Wet banenafspraak: what the quota law computed for the same hours
    compare_regimes: bool = False
    #: the week of the people to hire when closing the gap (default: a job of 25.5 hours)
    hours_per_week: Decimal | None = None


@dataclass(frozen=True)
class EmployerAnswer:
    """The answer to an EmployerQuestion: exactly one of `result`, `wet`, `years`, `path`."""

    question: EmployerQuestion
    result: EmployerResult | None = None
    #: what closes the gap in the year (with `result`)
    goal: GoalSeek | None = None
    wet: WetResult | None = None
    #: the quota law's figure for the same paid hours (with `wet`, when compared)
    quota_law: EmployerResult | None = None
    years: list[tuple[int, YearResult]] | None = None
    path: HiringPath | None = None


def _refuse(field: str, message: Msg) -> BanencalcError:
    return BanencalcError(message, field=field)


def _span(question: EmployerQuestion) -> tuple[int, int]:
    """The first and the last year the question is about, its combinations checked."""
    q = question
    if q.years is not None and q.by is not None:
        raise _refuse("by", Msg("give years or by, not both (by draws a path from the year)"))
    if q.years is not None and q.year is not None:
        raise _refuse("years", Msg("give the year or the years, not both"))
    if q.years is None and q.year is None:
        raise _refuse("year", Msg("a year is needed (or a span of years)"))
    if q.years is not None and len(q.years) == 0:
        raise _refuse("years", Msg("the span of years is empty"))
    if q.target_group_hours is not None and q.target_group_jobs is not None:
        raise _refuse("target_group_jobs", Msg("give the target-group hours or jobs, not both"))
    first = q.years[0] if q.years is not None else q.year
    last = q.years[-1] if q.years is not None else q.by if q.by is not None else q.year
    assert first is not None and last is not None
    return first, last


def _wet_given(wet: WetInput) -> str | None:
    """The first of the Wet's inputs that was given (its field name), or None."""
    blank = WetInput(wet.year, target_group_hours=wet.target_group_hours)
    for field in fields(WetInput):
        if field.name not in ("year", "target_group_hours") and getattr(wet, field.name) != getattr(
            blank, field.name
        ):
            return field.name
    return None


def answer_employer(data: Dataset, question: EmployerQuestion) -> EmployerAnswer:
    """Answer `question`: the year, the years or the path, each year under its own law."""
    q = question
    first, last = _span(q)
    for year in (first, last):
        check_year(data, year)
    only_new_law = q.years is None and q.by is None and not under_quota_law(data, first)
    reaches_new_law = not under_quota_law(data, last)
    given = _wet_given(q.wet) if q.wet is not None else None
    if given is not None and not reaches_new_law:
        raise _refuse(
            given,
            Msg(
                "applies from 2026 (the Wet banenafspraak), not to {year}",
                year=str(last),
            ),
        )
    if q.compare_regimes and not only_new_law:
        raise _refuse(
            "compare_regimes",
            Msg("compares a year under the Wet banenafspraak (from 2026) with the quota law"),
        )
    if only_new_law:
        return _answer_new_law(data, q, first)
    if q.paid_hours is None:
        raise _refuse("paid_hours", Msg("the paid hours are needed (or the FTE and hours a week)"))
    base = _employer(data, q, first)
    wet = replace(q.wet, year=last) if q.wet is not None and reaches_new_law else None
    if q.years is not None:
        return EmployerAnswer(q, years=years_ahead(data, base, q.years, wet))
    if q.by is not None:
        return EmployerAnswer(q, path=hiring_path(data, base, q.by, wet))
    result = assess(data, base)
    goal = None
    if result.shortfall_jobs:
        job_week = data.constant("hours_per_job_week", first)
        goal = goal_seek(result, q.hours_per_week or (job_week.value if job_week else None))
    return EmployerAnswer(q, result=result, goal=goal)


def _employer(data: Dataset, q: EmployerQuestion, year: int) -> EmployerInput:
    assert q.paid_hours is not None
    hours = q.target_group_hours or ZERO
    if q.target_group_jobs is not None:
        unit = data.constant(f"hours_per_job_{q.period}", year)
        if unit is not None:
            hours = q.target_group_jobs * unit.value
    return EmployerInput(
        year,
        q.paid_hours,
        hours,
        q.period,
        q.sector,
        q.quota_pct,
        q.previous_year_hours,
        q.hired_out_hours,
        q.hours_from_lenders,
        q.hours_to_hirers,
        q.wsw_hours,
    )


def _answer_new_law(data: Dataset, q: EmployerQuestion, year: int) -> EmployerAnswer:
    wet = q.wet or WetInput(year)
    wet = replace(wet, year=year)
    if q.target_group_hours is not None and not wet.employee_hours:
        wet = replace(wet, target_group_hours=q.target_group_hours)
    old = None
    if q.compare_regimes:
        if q.paid_hours is None:
            raise _refuse(
                "paid_hours",
                Msg("the comparison with the quota law needs the paid hours (it counts them)"),
            )
        old = quota_law_counterpart(
            data,
            EmployerInput(
                year, q.paid_hours, wet.target_group_hours, sector=q.sector, quota_pct=q.quota_pct
            ),
        )
    return EmployerAnswer(q, wet=assess_wet(data, wet), quota_law=old)
