"""A batch cell of hours: whole hundredths on the fast path (nearly every row), else the strict
parser that reads `300.000` or `300,000` only in the language given; figures shown to the cent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.base.numbers import LARGEST, parse_decimal


def hundredths_or_zero(text: str) -> int | None:
    """An optional cell of hours: empty is 0 (hundredths), else as `hundredths`."""
    if text.isdigit() and text.isascii() and len(text) <= 12:
        return int(text) * 100
    return hundredths(text) if text.strip() else 0


def hundredths(text: str) -> int | None:
    """`123456.78` as 12345678: plain hours with at most two decimals, else None (the slow path,
    which also refuses `300.000` and other ambiguous forms)."""
    if text.isdigit() and text.isascii() and len(text) <= 12:  # whole hours, the common case
        return int(text) * 100
    whole, dot, part = text.partition(".")
    if not (whole.isdigit() and whole.isascii()) or len(whole) > 12:
        return None
    if not dot:
        return int(whole) * 100
    if not (part.isdigit() and part.isascii()) or len(part) > 2:
        return None
    return int(whole + part) * (10 if len(part) == 1 else 1)


def cents(value: Decimal | None) -> Decimal | str:
    """A figure to two decimals, half up (display); empty where there is none."""
    return "" if value is None else value.quantize(CENT, ROUND_HALF_UP)


CENT = Decimal("0.01")
ZERO = Decimal(0)


def hours_cell(text: str, what: str, lang: str | None = None) -> Decimal:
    """A cell of hours: whole numbers take the fast path, anything else the strict parser (which
    reads `300,000` or `300.000` only in the language given, and refuses the other)."""
    if text.isascii() and text.isdigit():
        value = Decimal(text)
    else:
        value = parse_decimal(text, what, lang)
        if value == value.to_integral_value():  # 1e6: keep plain notation in the output
            value = value.quantize(Decimal(1))
    if not value.is_finite() or value < 0 or value > LARGEST:
        raise BanencalcError(
            Msg(
                "{what}: {text} is not a number of hours of 0 or more",
                what=what,
                text=repr(text.strip()),
            )
        )
    return value
