"""One employer's quota position under the quota law (2015-2025), computed as the statute does.

    quotumtekort = (A x B - C) / D, never below zero                     Wfsv art 38g lid 3
    A  the employer's paid hours in the year, less the hours of agency staff it hires out as a
       lender (Besluit Wfsv art 2.31)
    B  the quota percentage of the employer's sector for the year (Wfsv art 38f lid 1)
    C  paid hours of target-group employees, plus hours a lender attributes to this employer as
       hirer, less hours this employer attributes to hirers (Besluit Wfsv art 2.28 lid 4 and 5)
    D  average paid hours of a target-group job a year: 1,331 (set by regulation, art 2.23 lid 1)
    A, B, C and D are rounded down to two decimals (Besluit Wfsv art 2.23 lid 2), the quotumtekort
    to one decimal (lid 3); the levy is the quotumtekort x EUR 5,000 (Wfsv art 38h lid 4).

    Liability: no levy for an employer that declared fewer than 40,575 paid hours (Besluit Wfsv art
    2.21, 25 x 1,623 of art 2.20) in the previous calendar year (Wfsv art 34 lid 4) or in the levy
    year (lid 6); a lender's hired-out agency hours do not count for that test (art 2.33 lid 1).

The core also keeps the unrounded figures (what tools that skip the statute's rounding print) so a
user can reconcile with them. Hours and money are exact Decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_CEILING, Decimal
from typing import Literal, NamedTuple

from banencalc.calc.provenance import FigureRef, ref, sources_of
from banencalc.calc.quota import QuotaStatus, Step, quota_status
from banencalc.calc.rounding import floor_1dp, floor_2dp
from banencalc.calc.status import check_sector, check_year
from banencalc.dataset.records import Amount, Dataset, Source
from banencalc.errors import BanencalcError

Period = Literal["year", "week"]
ZERO = Decimal(0)

# Articles cited by the calculation path (the constants cite their own, from the data).
ART_A = "Wfsv art 38g lid 3, variable A; Besluit Wfsv art 2.31 (hired-out agency staff)"
ART_B = "Wfsv art 38g lid 3, variable B (the percentage of Wfsv art 38f lid 1)"
ART_C = "Wfsv art 38g lid 3, variable C; Besluit Wfsv art 2.28 lid 4 and 5 (attributed hours)"
ART_FORMULA = "Wfsv art 38g lid 3"
ROUND_VARIABLES = "Besluit Wfsv art 2.23 lid 2 (rounded down to two decimals)"
ROUND_SHORTFALL = "Besluit Wfsv art 2.23 lid 3 (rounded down to one decimal)"
ART_LIABLE = "Wfsv art 34 lid 3, 4 and 6"
ART_LEVY_YEAR_TEST = "Wfsv art 34 lid 6; Besluit Wfsv art 2.21 lid 1 and 2.33 lid 1"
ART_PREVIOUS_YEAR_TEST = "Wfsv art 34 lid 4; Besluit Wfsv art 2.21 lid 1"


@dataclass(frozen=True)
class EmployerInput:
    year: int
    #: total paid hours (verloonde uren) declared in the year (or a week, with period="week")
    paid_hours: Decimal
    #: paid hours of the employer's own target-group employees
    target_group_hours: Decimal = ZERO
    period: Period = "year"
    sector: str = "government"
    #: a user-supplied quota percentage (overrides the published one)
    quota_pct: Decimal | None = None
    #: paid hours declared in the previous calendar year; None: that test is not applied
    previous_year_hours: Decimal | None = None
    #: hours of agency staff this employer hires out as a lender (out of A and the threshold test)
    hired_out_hours: Decimal = ZERO
    #: target-group hours a lender attributes to this employer as hirer (C up)
    hours_from_lenders: Decimal = ZERO
    #: target-group hours this employer, as a lender, attributes to hirers (C down)
    hours_to_hirers: Decimal = ZERO


@dataclass(frozen=True)
class Rules:
    """The figures of one year that the employer calculation uses, with their provenance."""

    year: int
    sector: str
    activated: bool
    levy_charged: bool
    regime: str
    regime_description: str
    regime_article: str | None
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    hours_per_job: Decimal  # variable D: per year (1,331) or per week (25.5)
    threshold_hours: Decimal  # per year (40,575) or its weekly equivalent
    #: the threshold in the previous year (its own constant, should the rule change)
    previous_threshold_hours: Decimal
    levy_per_job: Decimal
    #: 1,331 / 25.5: how a week's hours scale to a year's
    weeks_per_year: Decimal
    figures: tuple[FigureRef, ...]
    articles: dict[str, str]


@dataclass(frozen=True)
class LiabilityTest:
    """One threshold test of Wfsv art 34: lid 6 (the levy year) or lid 4 (the year before)."""

    year: int
    paid_hours: Decimal | None
    threshold_hours: Decimal
    below_threshold: bool | None
    applied: bool
    article: str


@dataclass(frozen=True)
class EmployerResult:
    input: EmployerInput
    liable: bool
    liability_reason: str
    liability_tests: list[LiabilityTest]
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    #: the variables of Wfsv art 38g lid 3 as rounded (Besluit Wfsv art 2.23 lid 2)
    variable_a: Decimal
    variable_b: Decimal
    variable_c: Decimal
    variable_d: Decimal
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_hours: Decimal
    #: the quotumtekort as the statute rounds it (one decimal, down)
    shortfall_jobs: Decimal
    #: the same from the unrounded inputs, with no rounding at all
    shortfall_jobs_unrounded: Decimal
    levy_eur: Decimal
    levy_eur_unrounded: Decimal
    levy_charged: bool
    regime: str
    hours_per_job: Decimal
    threshold_hours: Decimal
    weeks_per_year: Decimal
    steps: list[Step]
    notes: list[str]
    figures: list[FigureRef]
    sources: list[Source]


def _constant(data: Dataset, name: str, year: int) -> Amount:
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
    previous_threshold = data.constant("liability_threshold_hours", year - 1) or threshold
    levy = _constant(data, "levy_per_job_eur", year)
    for name, fig in (("hours_per_job_year", job_year), ("hours_per_job_week", job_week)):
        # D is rounded down to two decimals before use (Besluit Wfsv art 2.23 lid 2)
        if floor_2dp(fig.value) <= 0:
            raise BanencalcError(
                f"{name} in {year} must be at least 0.01, not {fig.value} (the calculation "
                "divides by it, rounded down to two decimals)"
            )
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
    weekly = job_week.value / job_year.value
    if period == "year":
        per_job, threshold_hours = job_year.value, threshold.value
        previous_hours = previous_threshold.value
    else:
        # A week's hours relate to a year's as 25.5 to 1,331 (the job unit in both forms).
        per_job = job_week.value
        threshold_hours = threshold.value * weekly
        previous_hours = previous_threshold.value * weekly
    job_figure = job_year if period == "year" else job_week
    return Rules(
        year=year,
        sector=sector,
        activated=activated,
        levy_charged=bool(regime and regime[1].levy_charged),
        regime=regime[1].name if regime else "none",
        regime_description=regime[1].description if regime else "no quota regime",
        regime_article=regime[1].article if regime else None,
        quota_pct=quota_pct if quota_pct is not None else (published.value if published else None),
        quota_status="user" if quota_pct is not None else quota_status(published),
        hours_per_job=per_job,
        threshold_hours=threshold_hours,
        previous_threshold_hours=previous_hours,
        levy_per_job=levy.value,
        weeks_per_year=job_year.value / job_week.value,
        figures=tuple(figures),
        articles={
            "threshold": threshold.article or ART_LEVY_YEAR_TEST,
            "job": job_figure.article or ART_FORMULA,
            "levy": levy.article or "Wfsv art 38h lid 4",
        },
    )


class Position(NamedTuple):
    """The numbers of one employer's position (what a batch row holds; cheap to make)."""

    liable: bool
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_jobs: Decimal
    shortfall_jobs_unrounded: Decimal
    levy_eur: Decimal
    levy_eur_unrounded: Decimal


def variable_a(paid_hours: Decimal, hired_out_hours: Decimal) -> Decimal:
    """A before rounding: paid hours less hired-out agency staff (Besluit Wfsv art 2.31)."""
    if hired_out_hours > paid_hours:
        raise BanencalcError(
            f"hired-out agency hours {hired_out_hours:,} exceed the paid hours {paid_hours:,}"
        )
    return paid_hours - hired_out_hours


def variable_c(own: Decimal, from_lenders: Decimal, to_hirers: Decimal) -> Decimal:
    """C before rounding: own target-group hours, + from lenders, - to hirers (art 2.28)."""
    value = own + from_lenders - to_hirers
    if value < 0:
        raise BanencalcError(
            f"target-group hours attributed to hirers ({to_hirers:,}) exceed this employer's "
            f"target-group hours ({own + from_lenders:,})"
        )
    return value


def quotumtekort(a: Decimal, b: Decimal, c: Decimal, d: Decimal) -> tuple[Decimal, Decimal]:
    """(A x B% - C) / D not below zero, from the rounded variables: (unrounded, statutory).

    The variables are rounded down to two decimals (Besluit Wfsv art 2.23 lid 2) before use and
    the result down to one decimal (lid 3).
    """
    a, b, c, d = floor_2dp(a), floor_2dp(b), floor_2dp(c), floor_2dp(d)
    exact = max(ZERO, (a * b / 100 - c) / d)
    return exact, floor_1dp(exact)


def _liability_tests(rules: Rules, employer: EmployerInput) -> list[LiabilityTest]:
    own_hours = employer.paid_hours - employer.hired_out_hours  # Besluit Wfsv art 2.33 lid 1
    previous = employer.previous_year_hours
    return [
        LiabilityTest(
            rules.year,
            own_hours,
            rules.threshold_hours,
            own_hours < rules.threshold_hours,
            True,
            ART_LEVY_YEAR_TEST,
        ),
        LiabilityTest(
            rules.year - 1,
            previous,
            rules.previous_threshold_hours,
            None if previous is None else previous < rules.previous_threshold_hours,
            previous is not None,
            ART_PREVIOUS_YEAR_TEST,
        ),
    ]


def position(
    rules: Rules,
    employer: EmployerInput,
    tests: list[LiabilityTest] | None = None,
) -> Position:
    """Liability, required and realised jobs, shortfall and levy under `rules` (no paperwork)."""
    if rules.quota_pct is None:
        raise BanencalcError(
            f"no quota percentage is published for {rules.sector} in {rules.year} "
            "(status unknown); give one to compute with",
            field="quota_pct",
        )
    tests = tests if tests is not None else _liability_tests(rules, employer)
    liable = rules.activated and not any(t.applied and t.below_threshold for t in tests)
    raw_a = variable_a(employer.paid_hours, employer.hired_out_hours)
    raw_c = variable_c(
        employer.target_group_hours, employer.hours_from_lenders, employer.hours_to_hirers
    )
    per_job = rules.hours_per_job
    statutory = quotumtekort(raw_a, rules.quota_pct, raw_c, per_job)[1]
    unrounded = max(ZERO, (raw_a * rules.quota_pct / 100 - raw_c) / per_job)
    a, b, c, d = floor_2dp(raw_a), floor_2dp(rules.quota_pct), floor_2dp(raw_c), floor_2dp(per_job)
    required = a * b / 100
    return Position(
        liable=liable,
        required_hours=required,
        required_jobs=required / d,
        realised_jobs=c / d,
        shortfall_jobs=statutory,
        shortfall_jobs_unrounded=unrounded,
        levy_eur=statutory * rules.levy_per_job if liable else ZERO,
        levy_eur_unrounded=unrounded * rules.levy_per_job if liable else ZERO,
    )


def assess(data: Dataset, employer: EmployerInput, rules: Rules | None = None) -> EmployerResult:
    """The full calculation path for one employer in one year, as the levy decision states it
    (Wfsv art 38h lid 2: the decision contains the calculation of the quotumtekort)."""
    _check(employer)
    rules = rules or rules_for(
        data, employer.year, employer.sector, employer.period, employer.quota_pct
    )
    tests = _liability_tests(rules, employer)
    numbers = position(rules, employer, tests)
    pct = rules.quota_pct
    assert pct is not None  # position() refuses a missing percentage
    raw_a = variable_a(employer.paid_hours, employer.hired_out_hours)
    raw_c = variable_c(
        employer.target_group_hours, employer.hours_from_lenders, employer.hours_to_hirers
    )
    a, b, c = floor_2dp(raw_a), floor_2dp(pct), floor_2dp(raw_c)
    d = floor_2dp(rules.hours_per_job)
    liable = numbers.liable
    unit = "a year" if employer.period == "year" else "a week"
    levy_test, previous_test = tests
    if not rules.activated:
        reason = f"the quota is not activated for {employer.sector} in {employer.year}"
    elif levy_test.below_threshold:
        reason = (
            f"{_hours(raw_a)} paid hours {unit} in {employer.year} is below "
            f"{_hours(levy_test.threshold_hours)}"
        )
    elif previous_test.applied and previous_test.below_threshold:
        reason = (
            f"{_hours(previous_test.paid_hours or ZERO)} paid hours {unit} in "
            f"{previous_test.year} is below {_hours(previous_test.threshold_hours)}"
        )
    else:
        reason = f"{_hours(raw_a)} paid hours {unit} is at least {_hours(rules.threshold_hours)}"
    notes = _notes(rules, employer, numbers, previous_test)
    previous_steps = (
        [
            Step(
                f"paid hours {previous_test.year} (the previous year)",
                f"{previous_test.paid_hours:,}; below {_hours(previous_test.threshold_hours)}?",
                bool(previous_test.below_threshold),
                previous_test.article,
            )
        ]
        if previous_test.applied
        else []
    )
    steps = [
        Step(
            f"paid hours {employer.year} for the threshold (less hired-out agency staff)",
            f"{employer.paid_hours:,} - {employer.hired_out_hours:,}; below "
            f"{_hours(levy_test.threshold_hours)}?",
            bool(levy_test.below_threshold),
            levy_test.article,
        ),
        *previous_steps,
        Step("liable", reason, liable, ART_LIABLE),
        Step(
            "A: paid hours, less hired-out agency staff",
            f"{employer.paid_hours:,} - {employer.hired_out_hours:,}",
            a,
            ART_A,
            raw_a,
            ROUND_VARIABLES,
        ),
        Step(
            f"B: quota percentage ({rules.quota_status})", f"{pct}%", b, ART_B, pct, ROUND_VARIABLES
        ),
        Step(
            "C: target-group hours, + from lenders, - to hirers",
            f"{employer.target_group_hours:,} + {employer.hours_from_lenders:,} - "
            f"{employer.hours_to_hirers:,}",
            c,
            ART_C,
            raw_c,
            ROUND_VARIABLES,
        ),
        Step(
            "D: average paid hours of a target-group job",
            f"{rules.hours_per_job:,}",
            d,
            rules.articles["job"],
            rules.hours_per_job,
            ROUND_VARIABLES,
        ),
        Step(f"required hours {unit}: A x B", f"{a:,} x {b}%", numbers.required_hours, ART_FORMULA),
        Step(
            "quotumtekort: (A x B - C) / D, not below 0",
            f"max(0, ({numbers.required_hours:,} - {c:,}) / {d:,})",
            numbers.shortfall_jobs,
            ART_FORMULA,
            quotumtekort(raw_a, pct, raw_c, rules.hours_per_job)[0],
            ROUND_SHORTFALL,
        ),
        Step(
            "levy (quotumheffing): quotumtekort x levy per job",
            f"{numbers.shortfall_jobs} x EUR {rules.levy_per_job:,}" if liable else "not liable: 0",
            numbers.levy_eur,
            rules.articles["levy"],
        ),
    ]
    figures = list(rules.figures)
    return EmployerResult(
        input=employer,
        liable=liable,
        liability_reason=reason,
        liability_tests=tests,
        quota_pct=pct,
        quota_status=rules.quota_status,
        variable_a=a,
        variable_b=b,
        variable_c=c,
        variable_d=d,
        required_hours=numbers.required_hours,
        required_jobs=numbers.required_jobs,
        realised_jobs=numbers.realised_jobs,
        shortfall_hours=max(ZERO, numbers.required_hours - c),
        shortfall_jobs=numbers.shortfall_jobs,
        shortfall_jobs_unrounded=numbers.shortfall_jobs_unrounded,
        levy_eur=numbers.levy_eur,
        levy_eur_unrounded=numbers.levy_eur_unrounded,
        levy_charged=rules.levy_charged,
        regime=rules.regime,
        hours_per_job=rules.hours_per_job,
        threshold_hours=rules.threshold_hours,
        weeks_per_year=rules.weeks_per_year,
        steps=steps,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
    )


def _notes(
    rules: Rules, employer: EmployerInput, numbers: Position, previous_test: LiabilityTest
) -> list[str]:
    notes: list[str] = []
    pct = rules.quota_pct
    if rules.quota_status == "indicative":
        notes.append(
            f"the {employer.year} quota percentage {pct}% is indicative: the definitive "
            "one may differ, and so would this result"
        )
    if employer.period == "week":
        notes.append(
            "indicative: the statute computes the quotumtekort over a calendar year (Wfsv art 38g "
            "lid 3); a week's figures use the job unit of 25.5 hours"
        )
    if not previous_test.applied:
        notes.append(
            f"the previous-year test (Wfsv art 34 lid 4: fewer than "
            f"{_hours(previous_test.threshold_hours)} paid hours in {previous_test.year} also "
            "means no levy) was not applied: the previous year's paid hours were not given"
        )
    if rules.activated and not rules.levy_charged:
        why = f" ({rules.regime_article})" if rules.regime_article else ""
        notes.append(
            f"no levy is executed for {employer.year}{why}: {rules.regime_description.rstrip('.')}"
            "; the amounts show what the law's formula gives"
        )
    if not numbers.liable:
        notes.append("not liable: no levy applies; the quota figures show the position anyway")
    elif numbers.levy_eur != numbers.levy_eur_unrounded:
        notes.append(
            "the statute rounds the quotumtekort down to one decimal (Besluit Wfsv art 2.23 lid "
            f"3): levy EUR {numbers.levy_eur:,.2f}; tools that skip the rounding print EUR "
            f"{numbers.levy_eur_unrounded:,.2f}"
        )
    return notes


def _hours(value: Decimal) -> str:
    """Hours in a sentence of the calculation path: at most two decimals (display only)."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


HOURS_FIELDS = (
    ("paid_hours", "paid hours"),
    ("target_group_hours", "target-group hours"),
    ("hired_out_hours", "hired-out agency hours"),
    ("hours_from_lenders", "target-group hours from lenders"),
    ("hours_to_hirers", "target-group hours to hirers"),
    ("previous_year_hours", "previous year's paid hours"),
)


def _check(employer: EmployerInput) -> None:
    for name, label in HOURS_FIELDS:
        value: Decimal | None = getattr(employer, name)
        if value is not None and (not value.is_finite() or value < 0):
            raise BanencalcError(f"{label} must be a number of hours of 0 or more, not {value}")
    if employer.quota_pct is not None and not Decimal(0) <= employer.quota_pct <= 100:
        raise BanencalcError(
            f"the quota percentage must lie between 0 and 100, not {employer.quota_pct}"
        )


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


def hiring_path(data: Dataset, base: EmployerInput, by: int) -> HiringPath:
    """The even hiring pace that removes the shortfall by `by` under that year's percentage."""
    if by <= base.year:
        raise BanencalcError(
            f"the target year {by} must come after the year {base.year}", field="by"
        )
    if by - base.year > 50:
        raise BanencalcError(
            f"the target year {by} is more than 50 years after {base.year}", field="by"
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
    return HiringPath(base, by, extra, jobs, jobs / span, rows)
