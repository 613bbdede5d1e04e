"""Invariants of the employer calculation, checked with hypothesis."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from banencalc.calc.employer import EmployerInput, assess
from banencalc.models import Dataset

hours = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
years = st.sampled_from([2018, 2019, 2020, 2021, 2022, 2023, 2024])


@given(year=years, paid=hours, low=hours, high=hours)
def test_more_target_group_hours_never_raise_shortfall_or_levy(
    data: Dataset, year: int, paid: Decimal, low: Decimal, high: Decimal
) -> None:
    low, high = min(low, high), max(low, high)
    less = assess(data, EmployerInput(year, paid, low))
    more = assess(data, EmployerInput(year, paid, high))
    assert more.shortfall_jobs <= less.shortfall_jobs
    assert more.levy_eur <= less.levy_eur


@given(year=years, paid=hours, target_group=hours)
def test_shortfall_is_zero_exactly_when_required_hours_are_met(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    result = assess(data, EmployerInput(year, paid, target_group))
    assert result.shortfall_jobs >= 0 and result.levy_eur >= 0
    assert (result.shortfall_jobs == 0) == (target_group >= result.required_hours)
    if not result.liable:
        assert result.levy_eur == 0


@given(year=years, paid=hours, target_group=hours)
def test_per_week_and_per_year_agree_when_scaled(
    data: Dataset, year: int, paid: Decimal, target_group: Decimal
) -> None:
    weeks = Decimal(1331) / Decimal("25.5")  # the job unit: 1,331 h a year = 25.5 h a week
    weekly = assess(data, EmployerInput(year, paid, target_group, period="week"))
    yearly = assess(data, EmployerInput(year, paid * weeks, target_group * weeks))
    tolerance = Decimal("1e-15")
    assert abs(weekly.required_jobs - yearly.required_jobs) < tolerance
    assert abs(weekly.shortfall_jobs - yearly.shortfall_jobs) < tolerance
    assert weekly.liable == yearly.liable or abs(paid * weeks - Decimal(40575)) < 1
