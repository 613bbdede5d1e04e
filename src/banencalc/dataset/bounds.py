"""The range each Wet banenafspraak parameter must lie in, with the article that says so: one
declaration, applied to every source of a value (a data file, `validate`, `--set`, a scenario)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Bound:
    low: Decimal
    high: Decimal
    #: a year or a count: whole numbers only
    whole: bool
    #: why (an article, or what the value is)
    why: str


PARAMETER_BOUNDS: dict[str, Bound] = {
    # Wet banenafspraak art 12 lid 1: the law does not apply to years before art 2's entry into
    # force (1 January 2026), so an activation can only be of 2026 or later
    "wet.activation_year": Bound(
        Decimal(2026), Decimal(2100), True, "Wet banenafspraak art 12 lid 1"
    ),
    "wet.inclusiviteitsopslag_pct": Bound(Decimal(0), Decimal(100), False, "a percentage"),
    "wet.aof_high_rate_pct": Bound(Decimal(0), Decimal(100), False, "a percentage"),
    "wet.small_employer_factor": Bound(Decimal(1), Decimal(1000), False, "Besluit Wfsv art 2.19d"),
}
#: any other parameter is an amount, hours or a factor: never below zero, never absurd
DEFAULT_BOUND = Bound(Decimal(0), Decimal(10) ** 12, False, "an amount")


def bound_of(name: str) -> Bound:
    return PARAMETER_BOUNDS.get(name, DEFAULT_BOUND)


def out_of_bounds(name: str, value: Decimal) -> str | None:
    """Why `value` is not allowed for parameter `name`, or None when it is."""
    bound = bound_of(name)
    if bound.whole and value != value.to_integral_value():
        return "must be a whole year" if name.endswith("_year") else "must be a whole number"
    if not bound.low <= value <= bound.high:
        low = str(bound.low) if bound.whole else f"{bound.low:,}"
        high = str(bound.high) if bound.whole else f"{bound.high:,}"
        return f"must lie between {low} and {high} ({bound.why})"
    return None
