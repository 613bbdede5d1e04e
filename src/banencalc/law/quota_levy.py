"""One employer under the quota law (2015-2025), as the statute computes it, in exact integers.

    quotumtekort = (A x B - C) / D, never below zero                     Wfsv art 38g lid 3
    A  paid hours in the year, less hired-out agency staff (Besluit Wfsv art 2.31) and the
       employer's own Wsw staff who are not seconded (Wfsv art 38g lid 2)
    B  the quota percentage of the employer's sector (Wfsv art 38f lid 1)
    C  target-group hours, + hours lenders attribute, - hours attributed to hirers (Besluit Wfsv
       art 2.28 lid 4 and 5)
    D  average paid hours of a target-group job a year (set by regulation, art 2.23 lid 1)

Hours come in as integers at a scale (hundredths: scale 100, the form payroll data and the
statute share; any finer scale for figures with more decimals, see `scaled`), so A, B, C and D
are floored to hundredths exactly (Besluit Wfsv art 2.23 lid 2) and the quotumtekort to tenths
(lid 3) by integer division. Every caller (one employer, `--years`, a batch row, the library)
computes through these functions: the articles are written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

#: hours as integers in hundredths (the common case: at most two decimals)
HUNDREDTHS = 100


def scaled(values: Sequence[Decimal]) -> tuple[list[int], int]:
    """Exact integers for `values` at one common scale (a power of ten, at least 100), so sums
    and differences of hours stay exact before the statute floors them."""
    places = 2
    for value in values:
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            places = -exponent
    scale = 10**places
    return [int(value.scaleb(places)) for value in values], scale


def to_hundredths(value: int, scale: int) -> int:
    """A figure at `scale` floored to hundredths (Besluit Wfsv art 2.23 lid 2: A, B, C and D are
    rounded down to two decimals)."""
    return value * HUNDREDTHS // scale


def variable_a(paid: int, hired_out: int, wsw: int, scale: int = HUNDREDTHS) -> int:
    """A in hundredths: paid hours less hired-out agency staff (Besluit Wfsv art 2.31) and less own
    Wsw staff not seconded (Wfsv art 38g lid 2), floored (art 2.23 lid 2)."""
    if hired_out + wsw > paid:
        raise BanencalcError(
            Msg(
                "hired-out agency hours {hired_out} and Wsw hours {wsw} exceed the paid hours "
                "{paid}",
                hired_out=Decimal(hired_out).scaleb(-_places(scale)),
                wsw=Decimal(wsw).scaleb(-_places(scale)),
                paid=Decimal(paid).scaleb(-_places(scale)),
            )
        )
    return to_hundredths(paid - hired_out - wsw, scale)


def variable_c(own: int, from_lenders: int, to_hirers: int, scale: int = HUNDREDTHS) -> int:
    """C in hundredths: own target-group hours, + from lenders, - to hirers, floored.

    A lender attributes only the hours of its own hired-out target-group employees (Besluit Wfsv
    art 2.28 lid 2 and 5): hours to hirers above its own target-group hours have no answer in law,
    whatever hours it received from lenders itself."""
    if to_hirers > own:
        raise BanencalcError(
            Msg(
                "target-group hours attributed to hirers ({to_hirers}) exceed this employer's own "
                "target-group hours ({own}): a lender attributes only hours of its own hired-out "
                "target-group employees (Besluit Wfsv art 2.28 lid 2 and 5)",
                to_hirers=Decimal(to_hirers).scaleb(-_places(scale)),
                own=Decimal(own).scaleb(-_places(scale)),
            ),
            field="hours_to_hirers",
        )
    return to_hundredths(own + from_lenders - to_hirers, scale)


def quotumtekort_tenths(a: int, b: int, c: int, d: int) -> int:
    """The quotumtekort in tenths of a job: (A x B% - C) / D, never below zero (Wfsv art 38g lid 3),
    rounded down to one decimal (Besluit Wfsv art 2.23 lid 3). A, B, C and D in hundredths."""
    missing = a * b - c * 10_000  # A x B% - C, in millionths of an hour (hundredths x %)
    return 10 * missing // (d * 10_000) if missing > 0 else 0


def below_threshold(hours: int, threshold: int) -> bool:
    """Fewer paid hours than the threshold (Wfsv art 34 lid 4 and 6; Besluit Wfsv art 2.21), both
    at the same scale. Hired-out agency staff and own Wsw staff are not in the hours (Besluit
    Wfsv art 2.33)."""
    return hours < threshold


def levy(tenths: int, levy_per_job: Decimal) -> Decimal:
    """The quotumheffing: the quotumtekort (as rounded) x the levy per job (Wfsv art 38h lid 4)."""
    return Decimal(tenths).scaleb(-1) * levy_per_job


def _places(scale: int) -> int:
    return len(str(scale)) - 1
