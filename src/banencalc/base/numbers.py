"""Reading numbers the user typed (options, CSV cells): exact, and strict about ambiguity."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

# No quantity here (hours a year, jobs, euros, percentages) comes near this; larger is a typo.
LARGEST = Decimal(10) ** 12
# Nor needs more precision than this: smaller values are typos (and 1e-999999 would print a
# megabyte of zeros); more significant digits than Decimal computes with would be silently cut.
SMALLEST_EXPONENT = -12
MOST_DIGITS = 28
_PLAIN = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_GROUPED_EN = re.compile(r"[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?")  # 1,234,567.5
_GROUPED_NL = re.compile(r"[-+]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?")  # 1.234.567,5
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")  # 1234,5
# One separator followed by exactly three digits, after one to three digits that do not start
# with 0: `300,000` and `300.000` are three hundred thousand in one language and three hundred in
# the other. Never guessed.
_AMBIGUOUS = re.compile(r"[-+]?([1-9]\d{0,2})[.,](\d{3})")


def parse_decimal(text: str, what: str, lang: str | None = None) -> Decimal:
    """A number as people type it, exactly; never a float, never NaN or infinity.

    Accepted: `1234.5`, `1e6`, `1234,5` (decimal comma), and grouped forms whose reading is
    unambiguous: `1,234,567.5` and `1.234.567,5`. A single separator followed by exactly three
    digits (`300,000`, `300.000`) means a thousand times more in one language than in the other:
    it is read in the language the user works in (`lang`: English `300,000`, Dutch `300.000`), and
    refused, with the spellings that are meant, in the other language's style or when no language
    is given. Never guessed.
    """
    cleaned = text.strip().replace("_", "")
    ambiguous = _AMBIGUOUS.fullmatch(cleaned)
    if ambiguous and lang in ("en", "nl"):
        mark = cleaned[len(ambiguous.group(1)) + (1 if cleaned[0] in "+-" else 0)]
        if mark == {"en": ",", "nl": "."}[lang]:  # the group separator of the user's language
            cleaned = cleaned.replace(mark, "")
            ambiguous = None
    if ambiguous:
        whole, part = ambiguous.groups()
        sign = "-" if cleaned.startswith("-") else ""
        fraction = part.rstrip("0")
        if len(fraction) == 3:  # `1.234` would be ambiguous again: a fourth digit settles it
            fraction += "0"
        point = "," if lang == "nl" else "."  # the advice is written as the reader's language reads
        large = f"{sign}{whole}{part}"
        small = f"{sign}{whole}{point}{fraction}" if fraction else f"{sign}{whole}"
        mark = cleaned[len(sign) + len(whole)]
        hint = {
            "nl": Msg(
                " (in Dutch input '.' separates thousands and ',' is the decimal comma;"
                " --lang en reads ',' as thousands)"
            ),
            "en": Msg(" (in English input ',' separates thousands; --lang nl reads '.' so)"),
        }.get(lang or "", Msg.text(""))
        raise BanencalcError(
            Msg(
                "{what}: {text} is ambiguous: {large} if {mark} separates thousands, {small} if "
                "it is a decimal point; write {large} or {small}, whichever is meant{hint}",
                what=what,
                text=repr(text.strip()),
                large=large,
                small=small,
                mark=repr(mark),
                hint=hint,
            )
        )
    if _GROUPED_EN.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")
    elif _GROUPED_NL.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    if not _PLAIN.fullmatch(cleaned):
        if cleaned.lower() in {"true", "false", "yes", "no", "ja", "nee"}:
            reason = Msg("is a yes/no value, not a number")
        elif cleaned.endswith("%"):
            reason = Msg("is a percentage; give a number without %")
        else:
            reason = Msg("is not a number")
        raise BanencalcError(
            Msg("{what}: {text} {reason}", what=what, text=repr(text), reason=reason)
        )
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        raise BanencalcError(
            Msg(
                "{what}: {text} {reason}", what=what, text=repr(text), reason=Msg("is not a number")
            )
        ) from None
    if value == 0:
        return Decimal(0)  # 0e-999999 would print a megabyte of zeros
    if abs(value) > LARGEST:
        raise BanencalcError(
            Msg(
                "{what}: {text} is absurdly large (at most 10^12 is accepted)",
                what=what,
                text=repr(text),
            )
        )
    if value.adjusted() < SMALLEST_EXPONENT:
        raise BanencalcError(
            Msg(
                "{what}: {text} is absurdly small (below 10^{exponent})",
                what=what,
                text=repr(text),
                exponent=str(SMALLEST_EXPONENT),
            )
        )
    if len(value.as_tuple().digits) > MOST_DIGITS:
        raise BanencalcError(
            Msg(
                "{what}: {text} has more than {digits} significant digits",
                what=what,
                text=repr(text),
                digits=MOST_DIGITS,
            )
        )
    return value


def out_of_range(value: Decimal) -> str | None:
    """Why `value` is not a number banencalc computes with (the bounds every number meets,
    wherever it comes from: an option, a CSV cell, a data or scenario file), or None."""
    if not value.is_finite():
        return "is not a finite number"
    if value == 0:
        return None
    if abs(value) > LARGEST:
        return "is absurdly large (at most 10^12 is accepted)"
    if value.adjusted() < SMALLEST_EXPONENT:
        return f"is absurdly small (below 10^{SMALLEST_EXPONENT})"
    if len(value.as_tuple().digits) > MOST_DIGITS:
        return f"has more than {MOST_DIGITS} significant digits"
    return None


def parse_year_range(text: str, what: str = "--years") -> range:
    """`2019-2025` (inclusive) or a single year."""
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-:]|\.\.)\s*(\d{4})\s*|\s*(\d{4})\s*", text)
    if not match:
        raise BanencalcError(
            Msg("{what}: {text} is not a year range like 2019-2025", what=what, text=repr(text))
        )
    if match.group(3):
        year = int(match.group(3))
        return range(year, year + 1)
    first, last = int(match.group(1)), int(match.group(2))
    if first > last:
        raise BanencalcError(Msg("{what}: {text} runs backwards", what=what, text=repr(text)))
    if last - first > 100:
        raise BanencalcError(
            Msg("{what}: {text} spans more than 100 years", what=what, text=repr(text))
        )
    return range(first, last + 1)
