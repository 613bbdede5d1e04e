"""Invariants of the statutory employer calculation (Wfsv art 38g, Besluit Wfsv art 2.23), checked
with hypothesis."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from banencalc.calc.employer import EmployerInput, assess
from banencalc.dataset.records import Dataset

hours = st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
years = st.sampled_from([2018, 2019, 2020, 2021, 2022, 2023, 2024])
# The rounding of the variables to two decimals moves the shortfall by less than this.
VARIABLE_ROUNDING = Decimal("0.0001")


def q(value: Decimal | None) -> Decimal:
    """A figure that a year with a published percentage always has."""
    assert value is not None
    return value


@given(year=st.sampled_from(range(2015, 2026)), paid=hours, target_group=hours)
def test_a_market_employer_is_never_liable_and_never_levied(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    """The quota was never activated for the market (Wfsv art 122n lid 1): a verdict, no levy,
    and no required jobs made up from a percentage that does not exist."""
    result = assess(data, EmployerInput(year, paid, target_group, sector="market"))
    assert not result.liable and result.levy_eur == 0
    assert result.quota_pct is None and result.required_jobs is None
    assert result.realised_jobs == (target_group // Decimal("0.01") / 100) / 1331


@given(year=years, paid=hours, low=hours, high=hours)
def test_more_target_group_hours_never_raise_shortfall_or_levy(
    data: Dataset, year: int, paid: Decimal, low: Decimal, high: Decimal
) -> None:
    low, high = min(low, high), max(low, high)
    less = assess(data, EmployerInput(year, paid, low))
    more = assess(data, EmployerInput(year, paid, high))
    assert q(more.shortfall_jobs) <= q(less.shortfall_jobs)
    assert q(more.levy_eur) <= q(less.levy_eur)


@given(year=years, low=hours, high=hours, target_group=hours)
def test_more_paid_hours_never_lower_shortfall_or_levy(
    data: Dataset, year: int, low: Decimal, high: Decimal, target_group: Decimal
) -> None:
    low, high = min(low, high), max(low, high)
    fewer = assess(data, EmployerInput(year, low, target_group))
    more = assess(data, EmployerInput(year, high, target_group))
    assert q(more.shortfall_jobs) >= q(fewer.shortfall_jobs)
    assert q(more.levy_eur) >= q(fewer.levy_eur)


@given(year=years, paid=hours, target_group=hours)
def test_statutory_shortfall_is_within_a_tenth_of_a_job_of_the_unrounded_one(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    result = assess(data, EmployerInput(year, paid, target_group))
    gap = q(result.shortfall_jobs_unrounded) - q(result.shortfall_jobs)
    assert -VARIABLE_ROUNDING < gap < Decimal("0.1") + VARIABLE_ROUNDING
    assert q(result.shortfall_jobs) == q(result.shortfall_jobs).quantize(Decimal("0.1"))


@given(year=years, paid=hours, target_group=hours)
def test_levy_is_the_rounded_shortfall_times_5000_and_only_when_liable(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    result = assess(data, EmployerInput(year, paid, target_group))
    assert q(result.shortfall_jobs) >= 0 and q(result.levy_eur) >= 0
    if result.liable:
        assert q(result.levy_eur) == q(result.shortfall_jobs) * 5000
        assert q(result.levy_eur) % 500 == 0  # a tenth of a job at EUR 5,000
    else:
        assert q(result.levy_eur) == 0 and q(result.levy_eur_unrounded) == 0


@given(year=years, paid=hours, target_group=hours)
def test_shortfall_is_zero_exactly_when_less_than_a_tenth_of_a_job_is_missing(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    result = assess(data, EmployerInput(year, paid, target_group))
    missing = (q(result.required_hours) - result.variable_c) / result.variable_d
    assert (q(result.shortfall_jobs) == 0) == (missing < Decimal("0.1"))


@given(year=years, paid=hours, target_group=hours)
def test_per_week_and_per_year_agree_when_scaled(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    weeks = Decimal(1331) / Decimal("25.5")  # the job unit: 1,331 h a year = 25.5 h a week
    weekly = assess(data, EmployerInput(year, paid, target_group, period="week"))
    yearly = assess(data, EmployerInput(year, paid * weeks, target_group * weeks))
    tolerance = Decimal("1e-15")
    assert abs(q(weekly.shortfall_jobs_unrounded) - q(yearly.shortfall_jobs_unrounded)) < tolerance
    assert weekly.liable == yearly.liable or abs(paid * weeks - Decimal(40575)) < 1


@given(year=years, paid=hours, previous=hours)
def test_either_year_below_the_threshold_means_no_levy(
    data: Dataset, year: int, paid: Decimal, previous: Decimal
) -> None:
    result = assess(data, EmployerInput(year, paid, previous_year_hours=previous))
    below = paid < 40575 or previous < 40575
    assert result.liable == (not below)
    assert all(t.applied for t in result.liability_tests)


@given(year=years, paid=hours, hired_out=hours, own=hours)
def test_hired_out_agency_hours_leave_a_and_the_threshold(
    data: Dataset, year: int, paid: Decimal, hired_out: Decimal, own: Decimal
) -> None:
    hired_out = min(hired_out, paid)
    lender = assess(data, EmployerInput(year, paid, own, hired_out_hours=hired_out))
    plain = assess(data, EmployerInput(year, paid - hired_out, own))
    assert lender.liable == plain.liable
    assert q(lender.shortfall_jobs) == q(plain.shortfall_jobs)
    assert q(lender.levy_eur) == q(plain.levy_eur)
