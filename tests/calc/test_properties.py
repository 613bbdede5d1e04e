"""Invariants of the status calculations, checked with hypothesis."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from banencalc.calc.status import achievement_pct, difference, sector_status, shortfall
from banencalc.dataset.records import Dataset, Figure

counts = st.integers(min_value=0, max_value=10_000_000)
positive = st.integers(min_value=1, max_value=10_000_000)


@given(realised=counts, target=counts)
def test_difference_is_realised_minus_target(realised: int, target: int) -> None:
    assert difference(realised, target) == realised - target


@given(realised=counts, target=counts)
def test_shortfall_is_never_negative_and_zero_exactly_when_met(realised: int, target: int) -> None:
    gap = shortfall(realised, target)
    assert gap >= 0
    assert (gap == 0) == (realised >= target)
    assert gap == max(0, -difference(realised, target))


@given(low=counts, high=counts, target=positive)
def test_achievement_is_monotone_in_realised(low: int, high: int, target: int) -> None:
    low, high = min(low, high), max(low, high)
    low_pct, high_pct = achievement_pct(low, target), achievement_pct(high, target)
    assert low_pct is not None and high_pct is not None
    assert low_pct <= high_pct
    assert (achievement_pct(target, target) or 0) == Decimal(100)


def test_zero_target_has_no_achievement() -> None:
    assert achievement_pct(10, 0) is None


def _with_realised(data: Dataset, sector: str, year: int, value: int) -> Dataset:
    realised = {k: dict(v) for k, v in data.sectors_file.realised.items()}
    realised[sector][year] = Figure(value=value, status="verified", source="kst-34352-196")
    return replace(data, sectors_file=replace(data.sectors_file, realised=realised))


@given(value=counts)
def test_status_row_is_consistent_for_any_realised_figure(data: Dataset, value: int) -> None:
    row = sector_status(_with_realised(data, "government", 2021, value), "government", 2021)
    assert row.realised == value
    assert row.target == 20000
    assert row.difference == value - 20000
    assert row.shortfall == max(0, 20000 - value)
    assert row.realised_growth == value - 12298  # realised 2020
