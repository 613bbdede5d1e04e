"""Beyond one year: what closes an employer's gap (goal-seek), the same employer over the years,
and the even hiring pace that removes the shortfall by a year, each year at its own percentage."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal

from banencalc.calc.employer import EmployerInput, EmployerResult, assess
from banencalc.calc.status import sector_name
from banencalc.dataset.records import Dataset
from banencalc.errors import BanencalcError
from banencalc.messages import Msg


@dataclass(frozen=True)
class GoalSeek:
    extra_hours: Decimal
    hours_per_week: Decimal | None
    people: int | None


def goal_seek(result: EmployerResult, hours_per_week: Decimal | None = None) -> GoalSeek:
    """The target-group hours (and people at `hours_per_week`) that bring the shortfall to 0."""
    extra = result.shortfall_hours
    people: int | None = None
    if hours_per_week is not None and hours_per_week > 0:
        if result.input.period == "week":
            per_person = hours_per_week
        else:  # a person's hours a year, at the job unit's ratio (1,331 / 25.5 weeks)
            per_person = hours_per_week * result.weeks_per_year
        people = int((extra / per_person).to_integral_value(rounding=ROUND_CEILING))
    return GoalSeek(extra, hours_per_week, people)


def years_ahead(
    data: Dataset, employer: EmployerInput, years: range
) -> list[tuple[int, EmployerResult | None]]:
    """The same employer in each year with that year's percentage; None where none is published."""
    results: list[tuple[int, EmployerResult | None]] = []
    for year in years:
        regime = data.regime(year)
        if regime is not None and regime[1].mechanism != "quota-levy":
            results.append((year, None))  # no quota levy under the Wet banenafspraak
            continue
        if data.quota_percentage(employer.sector, year) is None and employer.quota_pct is None:
            results.append((year, None))
            continue
        # The previous-year hours belong to the first year only.
        results.append((year, assess(data, replace(employer, year=year, previous_year_hours=None))))
    return results


@dataclass(frozen=True)
class HiringPath:
    """Hiring at an even pace so that the shortfall is gone by `by`, each year at its own %."""

    base: EmployerInput
    by: int
    #: target-group hours to add by `by` (above the current ones)
    extra_hours: Decimal
    #: the same in jobs, and per year
    extra_jobs: Decimal
    jobs_per_year: Decimal
    years: list[tuple[int, Decimal, EmployerResult | None]]
    #: the sector's name in the reader's language (titles)
    sector_name: Msg


def hiring_path(data: Dataset, base: EmployerInput, by: int) -> HiringPath:
    """The even hiring pace that removes the shortfall by `by` under that year's percentage."""
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
    later = replace(base, previous_year_hours=None)
    final = assess(data, replace(later, year=by))
    extra = final.shortfall_hours
    span = by - base.year
    rows: list[tuple[int, Decimal, EmployerResult | None]] = []
    for year in range(base.year, by + 1):
        hired = extra * (year - base.year) / span
        has_pct = base.quota_pct is not None or data.quota_percentage(base.sector, year)
        each = base if year == base.year else later
        result = (
            assess(
                data,
                replace(each, year=year, target_group_hours=base.target_group_hours + hired),
            )
            if has_pct
            else None
        )
        rows.append((year, hired, result))
    jobs = extra / final.hours_per_job
    return HiringPath(base, by, extra, jobs, jobs / span, rows, sector_name(data, base.sector))


def quota_law_counterpart(data: Dataset, employer: EmployerInput) -> EmployerResult:
    """What the quota law would have computed for the same hours in a year it no longer covers:
    the rules of its last year, and the percentage given or else the latest one published."""
    last = max(
        (
            start
            for start, regime in data.targets_file.regimes.items()
            if regime.mechanism == "quota-levy"
        ),
        default=None,
    )
    if last is None:
        raise BanencalcError("the data has no year under the quota law", field="year")
    years = [y for y in data.covered_years() if y >= last]
    final = max(
        (y for y in years if (r := data.regime(y)) is not None and r[1].mechanism == "quota-levy"),
        default=last,
    )
    pct = employer.quota_pct
    if pct is not None:
        return assess(data, replace(employer, year=final, quota_pct=pct))
    published = [
        (y, f)
        for y in range(final, 2012, -1)
        if (f := data.quota_percentage(employer.sector, y)) is not None
    ]
    if not published:
        raise BanencalcError(
            Msg("no quota percentage is published to compare with; give one"),
            field="quota_pct",
        )
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
