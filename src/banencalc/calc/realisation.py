"""An employer's own realisation, counted from its payroll, and its quota position: the hours
per employer and year (counted by payroll/ in the engine), then the same calculation as
`employer` (calc/hiring.assess_year, through the law kernel) for each employer-year.

Counting rules, each with its article:
- A: every paid hour of the year (Wfsv art 38g lid 3), less hired-out agency staff (Besluit Wfsv
  art 2.31 a) and own Wsw staff not seconded (Wfsv art 38g lid 2), as the kernel takes them.
- C: hours of a person only while in the doelgroepregister (Wfsv art 38d; art 38g lid 3
  "arbeidsbeperkten"); a Wsw employee seconded to another employer counts whatever the register
  says (Besluit Wfsv art 2.28 lid 1); a Wsw employee not seconded does not count (38g lid 2).
- Lending: the hours a lender attributes to a hirer (art 2.28 lid 2-3) raise the hirer's C
  (lid 4) and lower the lender's (lid 5), each person's attribution capped at the hours that
  person worked for that hirer while in the register (lid 2: hours "die de uitlener aan de
  inlener ter beschikking stelt"; lid 4: never above the person's hours in the polis).
- A job is 1,331 paid hours a year (Besluit Wfsv art 2.23 lid 1, variable D; 25.5 hours a week);
  a quarter's jobs are indicative (25.5 hours x 13 weeks), the statute being annual.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from banencalc.calc.employer_input import EmployerInput
from banencalc.calc.hiring import YearResult, assess_year
from banencalc.calc.wet_input import WetInput
from banencalc.dataset.records import Dataset
from banencalc.law.rounding import floor_2dp

ZERO = Decimal(0)
#: weeks in a quarter for the indicative quarterly jobs (13 x 4 = 52)
WEEKS_PER_QUARTER = Decimal(13)
ART_JOB = "Besluit Wfsv art 2.23 lid 1"
ART_REGISTER = "Wfsv art 38d; Wfsv art 38g lid 3"
ART_CAP = "Besluit Wfsv art 2.28 lid 2, lid 4"
#: the school board's question in its annual XBRL return (funderend onderwijs, since 2022)
XBRL_QUESTION = (
    "Hoeveel banen voor de doelgroep banenafspraak heeft uw bestuur gerealiseerd? "
    "(25,5 uur per week telt als één baan)"
)


@dataclass(frozen=True)
class QuarterCount:
    """One quarter of an employer's year: its own target-group hours and persons (a period is
    counted in the quarter it starts in)."""

    quarter: int
    target_group_hours: Decimal
    persons: int
    jobs: Decimal


@dataclass(frozen=True)
class EmployerYearHours:
    """What the payroll says about one employer (loonheffingennummer) in one year."""

    employer: str
    year: int
    paid_hours: Decimal
    hired_out_hours: Decimal
    wsw_hours: Decimal
    #: own target-group hours inside each person's register period (hired-out ones included)
    target_group_hours: Decimal
    hours_from_lenders: Decimal
    hours_to_hirers: Decimal
    #: attributed hours asked beyond the cap of art 2.28 lid 2 and 4 (left out)
    attribution_capped: Decimal
    employees: int
    #: distinct own employees with target-group hours in the year
    persons: int
    premium_wage: Decimal | None = None
    #: the part of it paid to hired-out employees, and to Wsw employees not seconded (exempt
    #: from the inclusiviteitsopslag: Wet banenafspraak art 6 lid 4 a and b)
    hired_out_premium_wage: Decimal = ZERO
    wsw_premium_wage: Decimal = ZERO
    #: each target-group employee's hours (the LKV cap is per employee, Wtl art 2.13)
    employee_hours: tuple[Decimal, ...] = ()
    quarters: tuple[QuarterCount, ...] = ()
    #: the previous year's paid hours less hired-out agency and own Wsw staff, when the file
    #: holds that year (Wfsv art 34 lid 4; Besluit Wfsv art 2.33)
    previous_year_hours: Decimal | None = None

    @property
    def counted_hours(self) -> Decimal:
        """C before rounding: own target-group hours, + from lenders, - to hirers."""
        return self.target_group_hours + self.hours_from_lenders - self.hours_to_hirers


@dataclass(frozen=True)
class Attribution:
    """Hours a lender in the file attributes to a hirer that is not in it."""

    lender: str
    hirer: str
    year: int
    hours: Decimal


@dataclass(frozen=True)
class PersonYear:
    """One employee's year at one employer (only with --per-employee; the pseudonym given, or
    a keyed hash where the file holds BSNs)."""

    employer: str
    year: int
    employee: str
    paid_hours: Decimal
    target_group_hours: Decimal
    hired_out_hours: Decimal


@dataclass(frozen=True)
class PayrollCount:
    """Everything counted from the payroll files, before any law is applied."""

    employer_years: tuple[EmployerYearHours, ...]
    #: distinct target-group persons per year in the whole file (a person at two employers once)
    persons_per_year: dict[int, int]
    rows: int
    register_given: bool
    outside: tuple[Attribution, ...] = ()
    people: tuple[PersonYear, ...] | None = None
    skipped: tuple[tuple[str, str], ...] = ()
    skipped_count: int = 0


@dataclass(frozen=True)
class EmployerYearResult:
    hours: EmployerYearHours
    #: realised jobs: C / D, to two decimals half up (what `employer` shows)
    jobs: Decimal
    position: YearResult


@dataclass(frozen=True)
class YearTotal:
    year: int
    employers: int
    paid_hours: Decimal
    target_group_hours: Decimal
    counted_hours: Decimal
    jobs: Decimal
    persons: int


@dataclass(frozen=True)
class Realisation:
    count: PayrollCount
    sector: str
    results: tuple[EmployerYearResult, ...]
    totals: tuple[YearTotal, ...]


def hours_per_job(data: Dataset, year: int) -> Decimal:
    """D: paid hours a job a year (Besluit Wfsv art 2.23 lid 1), floored to hundredths (lid 2)."""
    found = data.constant("hours_per_job_year", year)
    assert found is not None, "the data validates a value for every year"
    return floor_2dp(found.value)


def jobs(hours: Decimal, per_job: Decimal) -> Decimal:
    """Hours as jobs, to two decimals half up (a count shown, not a figure the law rounds)."""
    return (hours / per_job).quantize(Decimal("0.01"), ROUND_HALF_UP)


def quarter_jobs(hours: Decimal, per_week: Decimal) -> Decimal:
    """A quarter's hours as jobs of `per_week` hours over 13 weeks (indicative)."""
    return jobs(hours, per_week * WEEKS_PER_QUARTER)


def assess(data: Dataset, count: PayrollCount, sector: str) -> Realisation:
    """Every employer-year of `count` through the same calculation as `employer`."""
    results = []
    for hours in count.employer_years:
        employer = EmployerInput(
            year=hours.year,
            paid_hours=hours.paid_hours,
            target_group_hours=hours.target_group_hours,
            sector=sector,
            previous_year_hours=hours.previous_year_hours,
            hired_out_hours=hours.hired_out_hours,
            hours_from_lenders=hours.hours_from_lenders,
            hours_to_hirers=hours.hours_to_hirers,
            wsw_hours=hours.wsw_hours,
        )
        wet = WetInput(
            year=hours.year,
            premium_wage=hours.premium_wage,
            hired_out_premium_wage=hours.hired_out_premium_wage,
            wsw_premium_wage=hours.wsw_premium_wage,
            # the loonkostenvoordeel is the paying employer's, for its own employees (Wtl 2.13)
            target_group_hours=hours.target_group_hours,
            target_group_employees=len(hours.employee_hours) if hours.employee_hours else None,
            employee_hours=hours.employee_hours,
        )
        position = assess_year(data, employer, hours.year, wet)
        results.append(
            EmployerYearResult(
                hours, jobs(hours.counted_hours, hours_per_job(data, hours.year)), position
            )
        )
    return Realisation(count, sector, tuple(results), _totals(data, count, results))


def _totals(
    data: Dataset, count: PayrollCount, results: list[EmployerYearResult]
) -> tuple[YearTotal, ...]:
    totals: dict[int, YearTotal] = {}
    for result in results:
        h = result.hours
        total = totals.get(h.year) or YearTotal(
            h.year, 0, ZERO, ZERO, ZERO, ZERO, count.persons_per_year.get(h.year, 0)
        )
        totals[h.year] = replace(
            total,
            employers=total.employers + 1,
            paid_hours=total.paid_hours + h.paid_hours,
            target_group_hours=total.target_group_hours + h.target_group_hours,
            counted_hours=total.counted_hours + h.counted_hours,
        )
    return tuple(
        replace(t, jobs=jobs(t.counted_hours, hours_per_job(data, t.year)))
        for _, t in sorted(totals.items())
    )
