"""One employer's question under the quota law: its inputs (checked once) and the articles the
calculation cites."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.rules import Period

ZERO = Decimal(0)

# Articles cited by the calculation path (the constants cite their own, from the data).
ART_A = "Wfsv art 38g lid 3, variable A; Besluit Wfsv art 2.31 (hired-out agency staff)"
ART_B = "Wfsv art 38g lid 3, variable B (the percentage of Wfsv art 38f lid 1)"
ART_C = "Wfsv art 38g lid 3, variable C; Besluit Wfsv art 2.28 lid 4 and 5 (attributed hours)"
ART_A_WSW = (
    "Wfsv art 38g lid 3, variable A, and lid 2 (own Wsw staff not seconded); Besluit Wfsv art 2.31"
)
ROUND_VARIABLES = "Besluit Wfsv art 2.23 lid 2 (rounded down to two decimals)"
ROUND_SHORTFALL = "Besluit Wfsv art 2.23 lid 3 (rounded down to one decimal)"
ART_LIABLE = "Wfsv art 34 lid 3, 4 and 6"
ART_PREVIOUS_YEAR_TEST = "Wfsv art 34 lid 4; Besluit Wfsv art 2.21 lid 1"
#: the quota applies to a sector only once a regulation has activated it for that sector
ART_NOT_ACTIVATED = (
    "Wfsv art 38e lid 1 and 122n lid 1: no quota levy for a sector without an activation regulation"
)


@dataclass(frozen=True)
class EmployerInput:
    """One employer's hours in one year: what the quota law's calculation (Wfsv art 38g) needs."""

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
    #: paid hours of the employer's own Wsw employees who are not seconded to another employer:
    #: neither employees nor target group for the quota (Wfsv art 38g lid 2), so out of A and the
    #: threshold test (Besluit Wfsv art 2.31 onder b, 2.33 lid 2); leave them out of the
    #: target-group hours too. Seconded Wsw employees count for the hirer (art 2.28 lid 1).
    wsw_hours: Decimal = ZERO


HOURS_FIELDS = (
    ("paid_hours", "paid hours"),
    ("target_group_hours", "target-group hours"),
    ("hired_out_hours", "hired-out agency hours"),
    ("hours_from_lenders", "target-group hours from lenders"),
    ("hours_to_hirers", "target-group hours to hirers"),
    ("wsw_hours", "own Wsw staff's hours"),
    ("previous_year_hours", "previous year's paid hours"),
)


def check_input(employer: EmployerInput) -> None:
    for name, label in HOURS_FIELDS:
        value: Decimal | None = getattr(employer, name)
        if value is not None and (not value.is_finite() or value < 0):
            raise BanencalcError(
                Msg(
                    "{label} must be a number of hours of 0 or more, not {value}",
                    label=label,
                    value=value,
                )
            )
    if employer.quota_pct is not None and not Decimal(0) <= employer.quota_pct <= 100:
        raise BanencalcError(
            Msg(
                "the quota percentage must lie between 0 and 100, not {pct}",
                pct=employer.quota_pct,
            )
        )
