"""Beyond one year: what closes an employer's gap (goal-seek), the same employer over the years,
and the even hiring pace that removes the shortfall by a year, each year at its own percentage."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.employer import EmployerInput, EmployerResult, assess
from banencalc.calc.employer_input import ZERO
from banencalc.calc.regime import last_quota_law_year, under_quota_law
from banencalc.calc.status import check_year, sector_name
from banencalc.calc.wet import WetInput, WetResult, assess_wet
from banencalc.dataset.records import Dataset


@dataclass(frozen=True)
class GoalSeek:
    extra_hours: Decimal
    hours_per_week: Decimal | None
    people: int | None


def goal_seek(result: EmployerResult, hours_per_week: Decimal | None = None) -> GoalSeek | None:
    """The target-group hours (and people at `hours_per_week`) that bring the shortfall to 0;
    None where there is no shortfall to compute (no quota percentage)."""
    extra = result.shortfall_hours
    if extra is None:
        return None
    people: int | None = None
    if hours_per_week is not None and hours_per_week > 0:
        if result.input.period == "week":
            per_person = hours_per_week
        else:  # a person's hours a year, at the job unit's ratio (1,331 / 25.5 weeks)
            per_person = hours_per_week * result.weeks_per_year
        people = int((extra / per_person).to_integral_value(rounding=ROUND_CEILING))
    return GoalSeek(extra, hours_per_week, people)


#: one year's answer: under the quota law (EmployerResult) or the Wet banenafspraak (WetResult)
YearResult = EmployerResult | WetResult


def assess_year(
    data: Dataset, employer: EmployerInput, year: int, wet: WetInput | None = None
) -> YearResult:
    """The employer in `year` under that year's own law: the quota law's calculation up to 2025,
    the Wet banenafspraak's from 2026 (`wet` gives its inputs; the target-group hours carry over
    from `employer` when `wet` has none)."""
    if under_quota_law(data, year):
        return assess(data, replace(employer, year=year))
    if wet is None:
        wet = WetInput(year)
    if wet.target_group_hours == 0 and employer.period == "year":
        wet = replace(wet, target_group_hours=employer.target_group_hours)
    return assess_wet(data, replace(wet, year=year))


def years_ahead(
    data: Dataset, employer: EmployerInput, years: range, wet: WetInput | None = None
) -> list[tuple[int, YearResult]]:
    """The same employer in each year, each under its own law and with that year's percentage
    (a year without one still gets its verdict, with the figures that need it left empty)."""
    for year in years:
        check_year(data, year)
    # The previous-year hours belong to the first year only.
    later = replace(employer, previous_year_hours=None)
    return [
        (year, assess_year(data, employer if year == years[0] else later, year, wet))
        for year in years
    ]


@dataclass(frozen=True)
class HiringPath:
    """Hiring at an even pace so that the shortfall is gone by `by`, each year at its own %."""

    base: EmployerInput
    by: int
    #: the year whose shortfall the path removes: `by`, or the last year before it with a quota
    #: percentage (the quota law ends with 2025; a year may have no published percentage); None
    #: where no year has one, and the base year itself where no later year does
    goal_year: int | None
    #: target-group hours to add by `by` (above the current ones)
    extra_hours: Decimal
    #: the same in jobs, and per year
    extra_jobs: Decimal
    jobs_per_year: Decimal
    years: list[tuple[int, Decimal, YearResult]]
    #: the sector's name in the reader's language (titles)
    sector_name: Msg


def hiring_path(
    data: Dataset, base: EmployerInput, by: int, wet: WetInput | None = None
) -> HiringPath:
    """The even hiring pace that removes the shortfall by `by` under that year's percentage.

    Years from 2026 fall under the Wet banenafspraak, which has no shortfall per employer: the
    path then aims at the last quota-law year with a percentage, and the later years show the
    new law's figures for the hours hired. A sector whose quota was never activated has no
    shortfall to remove: the path is flat and says why."""
    if by <= base.year:
        raise BanencalcError(
            Msg(
                "the target year {by} must come after the year {year}",
                by=str(by),
                year=str(base.year),
            ),
            field="by",
        )
    if by - base.year > 50:
        raise BanencalcError(
            Msg(
                "the target year {by} is more than 50 years after {year}",
                by=str(by),
                year=str(base.year),
            ),
            field="by",
        )
    check_year(data, by)
    later = replace(base, previous_year_hours=None)
    goal_year = next(
        (
            y
            for y in range(by, base.year - 1, -1)
            if under_quota_law(data, y)
            and (base.quota_pct is not None or data.quota_percentage(base.sector, y) is not None)
        ),
        None,
    )
    extra = ZERO
    per_job = None
    if goal_year is not None and goal_year > base.year:
        final = assess(data, replace(later, year=goal_year))
        extra = final.shortfall_hours or ZERO
        per_job = final.hours_per_job
    span = (goal_year or by) - base.year
    rows: list[tuple[int, Decimal, YearResult]] = []
    for year in range(base.year, by + 1):
        hired = extra * min(year - base.year, span) / span if span > 0 else ZERO
        each = base if year == base.year else later
        hours = replace(each, target_group_hours=base.target_group_hours + hired)
        rows.append((year, hired, assess_year(data, hours, year, wet)))
    if per_job is None:
        found = data.constant(f"hours_per_job_{base.period}", base.year)
        per_job = found.value if found is not None else Decimal(1)
    jobs = extra / per_job
    return HiringPath(
        base,
        by,
        goal_year,
        extra,
        jobs,
        jobs / span if span > 0 else ZERO,
        rows,
        sector_name(data, base.sector),
    )


def quota_law_counterpart(data: Dataset, employer: EmployerInput) -> EmployerResult:
    """What the quota law would have computed for the same hours in a year it no longer covers:
    the rules of its last year, and the percentage given or else the latest one published."""
    final = last_quota_law_year(data)
    if final is None:
        raise BanencalcError("the data has no year under the quota law", field="year")
    pct = employer.quota_pct
    if pct is not None:
        return assess(data, replace(employer, year=final, quota_pct=pct))
    published = [
        (y, f)
        for y in range(final, 2012, -1)
        if (f := data.quota_percentage(employer.sector, y)) is not None
    ]
    if not published:  # a sector never activated (the market): its verdict, without figures
        return assess(data, replace(employer, year=final))
    year, figure = published[0]
    result = assess(data, replace(employer, year=final, quota_pct=figure.value))
    if year == final:
        return result
    # the rules of the final year with an earlier year's percentage: the result says which
    borrowed = Msg(
        "no quota percentage is published for {final}: the comparison uses the latest one, "
        "{pct}% of {year} ({status})",
        final=str(final),
        pct=figure.value,
        year=str(year),
        status=Msg(figure.status),
    )
    return replace(result, notes=[*result.notes, borrowed])
