"""One employer's quota position: liability, required jobs, shortfall and levy (Wfsv arts 38g, 38h).

Hours and money are exact Decimals; nothing is rounded here (no statutory rounding rule for jobs
or the shortfall was found: domain.md section 5). Renderers round jobs and euros for display only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import Literal, NamedTuple

from ..errors import BanencalcError
from ..models import AmountFigure, Dataset, Source
from .provenance import FigureRef, ref, sources_of
from .quota import QuotaStatus, Step, quota_status
from .status import check_sector, check_year

Period = Literal["year", "week"]


@dataclass(frozen=True)
class EmployerInput:
    year: int
    paid_hours: Decimal
    target_group_hours: Decimal = Decimal(0)
    period: Period = "year"
    sector: str = "government"
    #: a user-supplied quota percentage (overrides the published one)
    quota_pct: Decimal | None = None


@dataclass(frozen=True)
class Rules:
    """The figures of one year that the employer calculation uses, with their provenance."""

    year: int
    sector: str
    activated: bool
    levy_charged: bool
    regime: str
    regime_description: str
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    hours_per_job: Decimal  # per year (1,331) or per week (25.5)
    threshold_hours: Decimal  # per year (40,575) or its weekly equivalent
    levy_per_job: Decimal
    #: 1,331 / 25.5: how a week's hours scale to a year's
    weeks_per_year: Decimal
    figures: tuple[FigureRef, ...]
    articles: dict[str, str]


@dataclass(frozen=True)
class EmployerResult:
    input: EmployerInput
    liable: bool
    liability_reason: str
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_hours: Decimal
    shortfall_jobs: Decimal
    levy_eur: Decimal
    levy_charged: bool
    hours_per_job: Decimal
    threshold_hours: Decimal
    weeks_per_year: Decimal
    steps: list[Step]
    notes: list[str]
    figures: list[FigureRef]
    sources: list[Source]


def _constant(data: Dataset, name: str, year: int) -> AmountFigure:
    figure = data.constant(name, year)
    if figure is None:
        raise BanencalcError(f"the data has no {name} in force in {year}")
    return figure


def rules_for(
    data: Dataset, year: int, sector: str, period: Period, quota_pct: Decimal | None = None
) -> Rules:
    """Collect the year's rules once (a batch of employers reuses them)."""
    check_sector(data, sector)
    check_year(data, year)  # a year beyond the data is an error, never a silent carry-forward
    regime = data.regime(year)
    activated = regime is not None and sector in regime[1].quota_sectors
    published = data.quota_percentage(sector, year)
    job_year = _constant(data, "hours_per_job_year", year)
    job_week = _constant(data, "hours_per_job_week", year)
    employee_year = _constant(data, "hours_per_employee_year", year)
    threshold = _constant(data, "liability_threshold_hours", year)
    levy = _constant(data, "levy_per_job_eur", year)
    figures = [
        ref(f"constants.{name}.{year}", fig)
        for name, fig in (
            ("hours_per_job_year", job_year),
            ("hours_per_job_week", job_week),
            ("hours_per_employee_year", employee_year),
            ("liability_threshold_hours", threshold),
            ("levy_per_job_eur", levy),
        )
    ]
    if quota_pct is None and published is not None:
        figures.append(ref(f"quota.{sector}.{year}", published))
    if period == "year":
        per_job, threshold_hours = job_year.value, threshold.value
    else:
        # A week's hours relate to a year's as 25.5 to 1,331 (the job unit in both forms).
        per_job = job_week.value
        threshold_hours = threshold.value * job_week.value / job_year.value
    return Rules(
        year=year,
        sector=sector,
        activated=activated,
        levy_charged=bool(regime and regime[1].levy_charged),
        regime=regime[1].name if regime else "none",
        regime_description=regime[1].description if regime else "no quota regime",
        quota_pct=quota_pct if quota_pct is not None else (published.value if published else None),
        quota_status="user" if quota_pct is not None else quota_status(published),
        hours_per_job=per_job,
        threshold_hours=threshold_hours,
        levy_per_job=levy.value,
        weeks_per_year=job_year.value / job_week.value,
        figures=tuple(figures),
        articles={
            "threshold": threshold.article or "Wfsv art 38g",
            "job": (job_year if period == "year" else job_week).article or "Besluit Wfsv art 2.32",
            "levy": levy.article or "Wfsv art 38h",
        },
    )


def required_hours(paid_hours: Decimal, quota_pct: Decimal) -> Decimal:
    """Hours of target-group work the quota asks for: paid hours x quota % (Wfsv art 38g)."""
    return paid_hours * quota_pct / 100


def shortfall_jobs(required: Decimal, target_group_hours: Decimal, per_job: Decimal) -> Decimal:
    """The quotumtekort in jobs: missing hours / hours per job, never below zero (Wfsv art 38g)."""
    return max(Decimal(0), (required - target_group_hours) / per_job)


class Position(NamedTuple):
    """The numbers of one employer's position (what a batch row holds; cheap to make)."""

    liable: bool
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_jobs: Decimal
    levy_eur: Decimal


def position(rules: Rules, paid_hours: Decimal, target_group_hours: Decimal) -> Position:
    """Liability, required and realised jobs, shortfall and levy under `rules` (no paperwork)."""
    if rules.quota_pct is None:
        raise BanencalcError(
            f"no quota percentage is published for {rules.sector} in {rules.year} "
            "(status unknown); give one with --quota-pct"
        )
    liable = rules.activated and paid_hours >= rules.threshold_hours
    req_hours = required_hours(paid_hours, rules.quota_pct)
    per_job = rules.hours_per_job
    short_jobs = shortfall_jobs(req_hours, target_group_hours, per_job)
    return Position(
        liable=liable,
        required_hours=req_hours,
        required_jobs=req_hours / per_job,
        realised_jobs=target_group_hours / per_job,
        shortfall_jobs=short_jobs,
        levy_eur=short_jobs * rules.levy_per_job if liable else Decimal(0),
    )


def assess(data: Dataset, employer: EmployerInput, rules: Rules | None = None) -> EmployerResult:
    """The full calculation path for one employer in one year."""
    _check(employer)
    rules = rules or rules_for(
        data, employer.year, employer.sector, employer.period, employer.quota_pct
    )
    unit = "a year" if employer.period == "year" else "a week"
    notes: list[str] = []
    numbers = position(rules, employer.paid_hours, employer.target_group_hours)
    pct = rules.quota_pct
    assert pct is not None  # position() refuses a missing percentage
    liable, per_job = numbers.liable, rules.hours_per_job
    req_hours, req_jobs = numbers.required_hours, numbers.required_jobs
    realised, short_jobs, levy = numbers.realised_jobs, numbers.shortfall_jobs, numbers.levy_eur
    short_hours = max(Decimal(0), req_hours - employer.target_group_hours)
    threshold = _hours(rules.threshold_hours)
    if not rules.activated:
        reason = f"the quota is not activated for {employer.sector} in {employer.year}"
    elif not liable:
        reason = f"{_hours(employer.paid_hours)} paid hours {unit} is below {threshold}"
    else:
        reason = f"{_hours(employer.paid_hours)} paid hours {unit} is at least {threshold}"
    if rules.quota_status == "indicative":
        notes.append(
            f"the {employer.year} quota percentage {pct}% is indicative: the definitive "
            "one may differ, and so would this result"
        )
    if liable and not rules.levy_charged:
        notes.append(
            f"no levy is actually charged for {employer.year} ({rules.regime_description}"
            "); the amount shows what the law would impose"
        )
    if not liable:
        notes.append("not liable: no levy applies; the quota figures show the position anyway")
    steps = [
        Step("liable", reason, liable, rules.articles["threshold"]),
        Step("quota percentage", f"{pct}% ({rules.quota_status})", pct, "Wfsv art 38f"),
        Step(
            f"required hours {unit}", f"{employer.paid_hours:,} x {pct}%", req_hours, "Wfsv art 38g"
        ),
        Step("required jobs", f"{req_hours:,} / {per_job:,}", req_jobs, rules.articles["job"]),
        Step(
            "realised jobs",
            f"{employer.target_group_hours:,} / {per_job:,}",
            realised,
            rules.articles["job"],
        ),
        Step(
            "shortfall in jobs (quotumtekort), not below 0",
            f"max(0, ({req_hours:,} - {employer.target_group_hours:,}) / {per_job:,})",
            short_jobs,
            "Wfsv art 38g",
        ),
        Step(
            "levy (quotumheffing)",
            f"{short_jobs:.4f} x EUR {rules.levy_per_job:,}" if liable else "not liable: 0",
            levy,
            rules.articles["levy"],
        ),
    ]
    figures = list(rules.figures)
    return EmployerResult(
        input=employer,
        liable=liable,
        liability_reason=reason,
        quota_pct=pct,
        quota_status=rules.quota_status,
        required_hours=req_hours,
        required_jobs=req_jobs,
        realised_jobs=realised,
        shortfall_hours=short_hours,
        shortfall_jobs=short_jobs,
        levy_eur=levy,
        levy_charged=rules.levy_charged,
        hours_per_job=per_job,
        threshold_hours=rules.threshold_hours,
        weeks_per_year=rules.weeks_per_year,
        steps=steps,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
    )


def _hours(value: Decimal) -> str:
    """Hours in a sentence of the calculation path: at most two decimals (display only)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _check(employer: EmployerInput) -> None:
    for label, value in (
        ("--paid-hours", employer.paid_hours),
        ("--target-group-hours", employer.target_group_hours),
    ):
        if not value.is_finite() or value < 0:
            raise BanencalcError(f"{label} must be a number of hours of 0 or more, not {value}")
    if employer.quota_pct is not None and not Decimal(0) <= employer.quota_pct <= 100:
        raise BanencalcError(f"--quota-pct must lie between 0 and 100, not {employer.quota_pct}")


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
        if data.quota_percentage(employer.sector, year) is None and employer.quota_pct is None:
            results.append((year, None))
            continue
        each = EmployerInput(
            year,
            employer.paid_hours,
            employer.target_group_hours,
            employer.period,
            employer.sector,
            employer.quota_pct,
        )
        results.append((year, assess(data, each)))
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


def hiring_path(data: Dataset, base: EmployerInput, by: int) -> HiringPath:
    """The even hiring pace that removes the shortfall by `by` under that year's percentage."""
    if by <= base.year:
        raise BanencalcError(f"--by {by} must come after --year {base.year}")
    if by - base.year > 50:
        raise BanencalcError(f"--by {by} is more than 50 years after --year {base.year}")
    final = assess(
        data,
        EmployerInput(
            by, base.paid_hours, base.target_group_hours, base.period, base.sector, base.quota_pct
        ),
    )
    extra = final.shortfall_hours
    span = by - base.year
    rows: list[tuple[int, Decimal, EmployerResult | None]] = []
    for year in range(base.year, by + 1):
        hired = extra * (year - base.year) / span
        has_pct = base.quota_pct is not None or data.quota_percentage(base.sector, year)
        result = (
            assess(
                data,
                EmployerInput(
                    year,
                    base.paid_hours,
                    base.target_group_hours + hired,
                    base.period,
                    base.sector,
                    base.quota_pct,
                ),
            )
            if has_pct
            else None
        )
        rows.append((year, hired, result))
    jobs = extra / final.hours_per_job
    return HiringPath(base, by, extra, jobs, jobs / span, rows)
