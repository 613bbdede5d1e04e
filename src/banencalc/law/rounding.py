"""The statute's roundings, each named after the provision that prescribes it.

Only these round inside the core; anything else is rounded for display by the renderers.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

HUNDREDTH = Decimal("0.01")
TENTH = Decimal("0.1")


def floor_2dp(value: Decimal) -> Decimal:
    """Round down to two decimals (2.3167 -> 2.31).

    Wfsv art 38f lid 1 (the quota percentage), Besluit Wfsv art 2.22 lid 2 (the variables of the
    sector formula) and art 2.23 lid 2 (the variables A, B, C and D of Wfsv art 38g lid 3).
    """
    return value.quantize(HUNDREDTH, rounding=ROUND_FLOOR)


def floor_1dp(value: Decimal) -> Decimal:
    """Round down to one decimal (4.8234 -> 4.8): the quotumtekort, Besluit Wfsv art 2.23 lid 3."""
    return value.quantize(TENTH, rounding=ROUND_FLOOR)
