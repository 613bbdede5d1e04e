"""Whether an employer is liable: the levy year's and the previous year's tests of Wfsv art 34
lid 4 and 6 against the threshold of Besluit Wfsv art 2.21, on the statute's hundredths."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.messages import Msg
from banencalc.calc.employer_input import (
    ART_PREVIOUS_YEAR_TEST,
    EmployerInput,
)
from banencalc.calc.rules import ART_LEVY_YEAR_TEST, Rules
from banencalc.law import quota_levy


@dataclass(frozen=True)
class LiabilityTest:
    """One threshold test of Wfsv art 34: lid 6 (the levy year) or lid 4 (the year before)."""

    year: int
    paid_hours: Decimal | None
    threshold_hours: Decimal
    below_threshold: bool | None
    applied: bool
    article: str | Msg


def one_scaled(value: Decimal) -> tuple[int, int]:
    values, scale = quota_levy.scaled([value])
    return values[0], scale


def below(hours: Decimal, threshold: Decimal) -> bool:
    (number, limit), _ = quota_levy.scaled([hours, threshold])
    return quota_levy.below_threshold(number, limit)


def liability_tests(rules: Rules, employer: EmployerInput) -> list[LiabilityTest]:
    # hired-out agency staff and own non-seconded Wsw staff leave the test (Besluit Wfsv art 2.33)
    own_hours = employer.paid_hours - employer.hired_out_hours - employer.wsw_hours
    previous = employer.previous_year_hours
    return [
        LiabilityTest(
            rules.year,
            own_hours,
            rules.threshold_hours,
            below(own_hours, rules.threshold_hours),
            True,
            ART_LEVY_YEAR_TEST,
        ),
        LiabilityTest(
            rules.year - 1,
            previous,
            rules.previous_threshold_hours,
            None if previous is None else below(previous, rules.previous_threshold_hours),
            previous is not None,
            ART_PREVIOUS_YEAR_TEST,
        ),
    ]
