"""Translation (English -> Dutch, by the catalogue in render/dutch.py) and number formatting.

JSON and CSV never pass through here: they stay locale-neutral. English text is the key; a text
missing from the catalogue is shown in English. Free text from the data files (notes, derivations)
and the formulas of a calculation path stay as written.

Numbers: English 66,097 / 2.14% / EUR 24,042.07; Dutch 66.097 / 2,14% / EUR 24.042,07. Only these
two locales are needed, so the formatting swaps separators itself instead of loading Babel's locale
data (measured: about 40 ms more per run for the first formatted number).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

Lang = Literal["en", "nl"]

#: the words of a chart (line labels, axis, source line); kept apart from the table labels,
#: which may carry a line break ("gereali-\nseerd")
CHART_WORDS = {
    "target": "doel",
    "realised": "gerealiseerd",
    "official target": "officieel doel",
    "required path": "benodigd pad",
    "projection": "projectie",
    "extra jobs (end of year)": "extra banen (eind van het jaar)",
    "Source": "Bron",
    "Sources": "Bronnen",
}


def chart_word(text: str, lang: Lang) -> str:
    return CHART_WORDS.get(text, text) if lang == "nl" else text


def t(text: str, lang: Lang) -> str:
    """`text` in `lang` (English is the key; unknown text stays English)."""
    if lang == "en":
        return text
    from banencalc.render.dutch import CATALOGUE  # loaded only for Dutch output

    return CATALOGUE.get(text, text)


_SWAP = str.maketrans(",.", ".,")


def localise_number(text: str, lang: Lang) -> str:
    """An English-formatted number (`1,234.56`) in `lang` (`1.234,56` in Dutch)."""
    if lang == "en":
        return text
    return text.translate(_SWAP)


def number(
    value: int | Decimal, lang: Lang, places: int | None = None, *, signed: bool = False
) -> str:
    sign = "+" if signed else ""
    text = f"{value:{sign},}" if places is None else f"{value:{sign},.{places}f}"
    return localise_number(text, lang)
