"""Translation (English -> Dutch) and number formatting for what a reader sees.

The Dutch texts are a gettext catalogue, `locale/nl/LC_MESSAGES/banencalc.po`, compiled to the
`.mo` beside it, which the standard library's gettext reads (loaded only for Dutch output). The
English text is the msgid; a text missing from the catalogue is shown in English. Words that
mean something else in a chart or in typer's own messages carry a context (`chart`, `click`).
Edit the `.po`, then `uv run python scripts/catalogue.py compile`; tests/i18n/test_catalogue.py
fails on a message without Dutch, a stale entry or an out-of-date `.mo`.

JSON and CSV never pass through here: they stay locale-neutral. Free text from the data files
(notes, derivations) and the formulas of a calculation path stay as written.

Numbers: English 66,097 / 2.14% / EUR 24,042.07; Dutch 66.097 / 2,14% / EUR 24.042,07. Only these
two locales are needed, so the formatting swaps separators itself instead of loading Babel's locale
data (measured: about 40 ms more per run for the first formatted number).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from gettext import GNUTranslations
from pathlib import Path
from typing import Literal

Lang = Literal["en", "nl"]

#: the compiled Dutch catalogue
CATALOGUE_MO = Path(__file__).parent / "locale" / "nl" / "LC_MESSAGES" / "banencalc.mo"


@cache
def _dutch() -> GNUTranslations:
    with CATALOGUE_MO.open("rb") as compiled:
        return GNUTranslations(compiled)


def t(text: str, lang: Lang) -> str:
    """`text` in `lang` (English is the key; unknown text stays English)."""
    if lang == "en" or not text:  # gettext("") is the catalogue's header, not a text
        return text
    return _dutch().gettext(text)


def nt(one: str, other: str, count: int, lang: Lang) -> str:
    """The form of `one`/`other` for `count` in `lang` (Dutch and English: 1 is singular)."""
    if lang == "en":
        return one if count == 1 else other
    return _dutch().ngettext(one, other, count)


def in_context(context: str, text: str, lang: Lang) -> str:
    """`text` in `lang` as said in `context` (`chart`: a chart's labels; `click`: typer's own
    words), where the same English has another Dutch text than in a table."""
    return text if lang == "en" else _dutch().pgettext(context, text)


def chart_word(text: str, lang: Lang) -> str:
    """A chart's word (line labels, axis, source line) in `lang`; table labels may carry a line
    break ("gereali-\\nseerd"), a chart's never."""
    return in_context("chart", text, lang)


_SWAP = str.maketrans(",.", ".,")


def localise_number(text: str, lang: Lang) -> str:
    """An English-formatted number (`1,234.56`) in `lang` (`1.234,56` in Dutch)."""
    if lang == "en":
        return text
    return text.translate(_SWAP)


def number(
    value: int | Decimal, lang: Lang, places: int | None = None, *, signed: bool = False
) -> str:
    """`value` with thousands separated (and `places` decimals) in `lang`'s notation."""
    sign = "+" if signed else ""
    text = f"{value:{sign},}" if places is None else f"{value:{sign},.{places}f}"
    return localise_number(text, lang)
