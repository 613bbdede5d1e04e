"""`employer` for a year under the Wet banenafspraak: its options read into a WetInput, and the
report with the quota law's figure beside it when asked."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from banencalc.base.messages import Msg
from banencalc.cli.guard import fail
from banencalc.cli.options import Common
from banencalc.cli.pipeline import load, number, whole_number

if TYPE_CHECKING:
    from banencalc.calc.wet import WetInput
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report


def new_law(common: Common, year: int) -> bool:
    """Whether `year` falls under the Wet banenafspraak (the data's regimes say)."""
    from banencalc.calc.regime import under_quota_law

    dataset = load(common.data)
    return year in dataset.covered_years() and not under_quota_law(dataset, year)


def wet_input(year: int, options: dict[str, Any], target_group_hours: str | None) -> WetInput:
    """The Wet banenafspraak's inputs from their options (read as every number is)."""
    from banencalc.calc.wet import SURCHARGE_READINGS, WetInput

    def amount(option: str) -> Decimal | None:
        value = options[option]
        return number(option, value) if value is not None else None

    reading = options["--surcharge-reading"] or "points"
    if reading not in SURCHARGE_READINGS:
        fail(
            Msg(
                "--surcharge-reading: {reading} is not a reading; give points or share",
                reading=repr(reading),
            )
        )
    hours = [number("--employee-hours", h) for h in options["--employee-hours"] or []]
    given = [h for h in hours if h is not None]
    total = number("--target-group-hours", target_group_hours)
    return WetInput(
        year,
        premium_wage=amount("--premium-wage"),
        hired_out_premium_wage=amount("--hired-out-premium-wage") or Decimal(0),
        wsw_premium_wage=amount("--wsw-premium-wage") or Decimal(0),
        benefits_premium_wage=amount("--benefits-premium-wage") or Decimal(0),
        # the hours per employee add up to the target-group hours (the quota law counts those)
        target_group_hours=total if total is not None else sum(given, Decimal(0)),
        target_group_employees=whole_number(
            "--target-group-employees", options["--target-group-employees"]
        ),
        employee_hours=tuple(given),
        average_premium_wage=amount("--average-premium-wage"),
        premium_wage_two_years_before=amount("--premium-wage-two-years-before"),
        employer_since=options["--employer-since"],
        surcharge_reading=reading,
    )


def wet_build(
    employer: WetInput,
    *,
    compare: bool,
    paid_hours: str | None,
    quota_pct: Decimal | None,
    sector: str,
) -> Any:
    """The report builder for an employer under the Wet banenafspraak."""
    from banencalc.calc.employer import EmployerInput
    from banencalc.calc.hiring import quota_law_counterpart
    from banencalc.calc.wet import assess_wet
    from banencalc.report.wet import wet_report

    paid = number("--paid-hours", paid_hours)
    if compare and paid is None:
        fail(Msg("--compare-regimes needs --paid-hours (the quota law counts paid hours)"))

    def build(dataset: Dataset) -> Report:
        old = None
        if compare and paid is not None:
            old = quota_law_counterpart(
                dataset,
                EmployerInput(
                    employer.year,
                    paid,
                    employer.target_group_hours,
                    sector=sector,
                    quota_pct=quota_pct,
                ),
            )
        return wet_report(assess_wet(dataset, employer), old)

    return build
