"""Reading numbers the user typed (options, CSV cells): exact, and strict about ambiguity."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import BanencalcError

# No quantity here (hours a year, jobs, euros, percentages) comes near this; larger is a typo.
LARGEST = Decimal(10) ** 12
_PLAIN = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_DUTCH = re.compile(r"[-+]?\d+,\d+")


def parse_decimal(text: str, what: str) -> Decimal:
    """`1234.5`, `1234,5` (Dutch decimal comma) or `1e6`; never a float, never NaN or infinity.

    Thousands separators are refused rather than guessed: `1.234` and `1,234` mean different
    things in Dutch and English, so only one separator is allowed and it is the decimal one.
    """
    cleaned = text.strip().replace("_", "")
    if _DUTCH.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    if not _PLAIN.fullmatch(cleaned):
        hint = (
            " (write numbers without thousands separators)"
            if re.search(r"\d[.,]\d{3}[.,]", cleaned)
            else ""
        )
        raise BanencalcError(f"{what}: {text!r} is not a number{hint}")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise BanencalcError(f"{what}: {text!r} is not a number") from None
    if abs(value) > LARGEST:
        raise BanencalcError(f"{what}: {text!r} is absurdly large (at most 10^12 is accepted)")
    return value


def parse_year_range(text: str, what: str = "--years") -> range:
    """`2019-2025` (inclusive) or a single year."""
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-:]|\.\.)\s*(\d{4})\s*|\s*(\d{4})\s*", text)
    if not match:
        raise BanencalcError(f"{what}: {text!r} is not a year range like 2019-2025")
    if match.group(3):
        year = int(match.group(3))
        return range(year, year + 1)
    first, last = int(match.group(1)), int(match.group(2))
    if first > last:
        raise BanencalcError(f"{what}: {text!r} runs backwards")
    if last - first > 100:
        raise BanencalcError(f"{what}: {text!r} spans more than 100 years")
    return range(first, last + 1)
