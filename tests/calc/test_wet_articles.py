"""The Wet banenafspraak as its articles say: invariants of the loonkostenvoordeel's cap and of
the two readings of the surcharge, and a parameter's bounds applied to the data files too."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from banencalc.calc.wet import WetInput, assess_wet
from banencalc.dataset.records import Dataset
from banencalc.scenario import Scenario, apply

from ..conftest import RunCli

hours = st.decimals(min_value=0, max_value=5000, places=2)


@given(each=st.lists(hours, min_size=1, max_size=8))
def test_the_lkv_from_totals_is_an_upper_bound_of_the_lkv_per_employee(
    data: Dataset, each: list[Decimal]
) -> None:
    """Wtl art 2.13 caps each employee at EUR 2,000: spreading the total evenly can only give
    more (the cap is concave), so the total-based figure is an upper bound, and says so."""
    exact = assess_wet(data, WetInput(2026, employee_hours=tuple(each)))
    total = sum(each, Decimal(0))
    bound = assess_wet(
        data, WetInput(2026, target_group_hours=total, target_group_employees=len(each))
    )
    if total == 0:
        assert not exact.lkv_eur and bound.lkv_eur is None
        return
    assert exact.lkv_eur is not None and bound.lkv_eur is not None
    assert exact.lkv_eur <= bound.lkv_eur + Decimal("1e-20")
    assert not exact.lkv_upper_bound and bound.lkv_upper_bound
    assert exact.lkv_eur == sum((min(h * Decimal("1.01"), Decimal(2000)) for h in each), Decimal(0))


@given(
    wage=st.decimals(min_value=0, max_value=10**9, places=2),
    rate=st.decimals(min_value=0, max_value=5, places=2),
    high=st.decimals(min_value=0, max_value=20, places=2),
)
def test_the_two_readings_of_art_6_lid_6_differ_by_the_high_rate(
    data: Dataset, wage: Decimal, rate: Decimal, high: Decimal
) -> None:
    """'Een opslagpercentage op het hoge premiepercentage': points x high / 100 = share."""
    scenario = Scenario(
        "s",
        "",
        {
            "wet.activation_year": Decimal(2027),
            "wet.inclusiviteitsopslag_pct": rate,
            "wet.aof_high_rate_pct": high,
        },
    )
    changed, _ = apply(data, scenario)
    new = {"premium_wage_two_years_before": Decimal(10**9), "average_premium_wage": Decimal(1)}
    points = assess_wet(changed, WetInput(2029, premium_wage=wage, **new))  # type: ignore[arg-type]
    share = assess_wet(
        changed,
        WetInput(2029, premium_wage=wage, surcharge_reading="share", **new),  # type: ignore[arg-type]
    )
    assert points.inclusiviteitsopslag_eur is not None
    assert share.inclusiviteitsopslag_eur == points.inclusiviteitsopslag_eur * high / 100
    assert points.inclusiviteitsopslag_other_reading_eur == share.inclusiviteitsopslag_eur


def test_an_activation_before_2026_in_a_data_file_is_refused(
    data_copy: Path, run_cli: RunCli
) -> None:
    """The same bound as --set (Wet banenafspraak art 12 lid 1), for the user's own data files."""
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    before = "  wet.activation_year:\n    status: unpublished\n"
    targets.write_text(
        text.replace(before, "  wet.activation_year:\n    value: 2020\n    status: estimated\n"),
        encoding="utf-8",
    )
    line = text[: text.index(before)].count("\n") + 2  # the value's line
    result = run_cli("validate", "--data", str(data_copy))
    assert result.exit_code == 2
    assert f"targets.yaml:{line}" in result.stdout + result.stderr
    assert "Wet banenafspraak art 12 lid 1" in result.stdout + result.stderr
    status = run_cli("status", "--year", "2027", "--data", str(data_copy))
    assert status.exit_code == 2 and "Wet banenafspraak art 12 lid 1" in status.stderr
