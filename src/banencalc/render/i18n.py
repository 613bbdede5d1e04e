"""The message catalogue (English -> Dutch) and number formatting for tables and Markdown.

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

CATALOGUE: dict[str, str] = {
    # table headers
    "sector": "sector",
    "target": "doel",
    "realised": "gereali-\nseerd",
    "differ-\nence": "verschil",
    "short-\nfall": "tekort",
    "% of\ntarget": "% van\ndoel",
    "target\nstep": "stap\ndoel",
    "growth\nin year": "groei\nin jaar",
    "year": "jaar",
    "item": "onderdeel",
    "value": "waarde",
    "liable": "plichtig",
    "quota %": "quotum %",
    "quota\nstatus": "status\nquotum",
    "required\nhours": "vereiste\nuren",
    "required\njobs": "vereiste\nbanen",
    "realised\njobs": "gerealiseerde\nbanen",
    "shortfall\n(jobs)": "tekort\n(banen)",
    "levy": "heffing",
    "published %": "gepubliceerd %",
    "status": "status",
    "official\ntarget": "officieel\ndoel",
    "required\npath": "vereist\npad",
    "projection\nat pace": "projectie\nhuidig tempo",
    "hired\n(jobs)": "geworven\n(banen)",
    "baseline": "basis",
    "scenario": "scenario",
    "difference": "verschil",
    "level": "niveau",
    "where": "waar",
    "field": "veld",
    "message": "melding",
    "id": "id",
    "publisher": "uitgever",
    "date": "datum",
    "figures": "cijfers",
    # headings
    "Notes:": "Toelichting:",
    "Sources:": "Bronnen:",
    "{rows} employers, {liable} liable, total shortfall {jobs} jobs, total levy EUR {levy}": (
        "{rows} werkgevers, {liable} plichtig, totaal tekort {jobs} banen, totale heffing "
        "EUR {levy}"
    ),
    ", {skipped} rows skipped": ", {skipped} regels overgeslagen",
    "{name}: extra jobs (end of year)": "{name}: extra banen (eind van het jaar)",
    "{name}: target, catch-up path and projection": "{name}: doel, inhaalpad en projectie",
    "Sources: (--sources for full references)": "Bronnen: (--sources voor volledige verwijzingen)",
    "Inputs:": "Invoer:",
    "Calculation (Wfsv art 38f):": "Berekening (Wfsv art 38f):",
    "Calculation path (Rechenweg):": "Rekenweg:",
    "To close the gap:": "Om het tekort te dichten:",
    "Changed by the scenario (old -> new):": "Gewijzigd door het scenario (oud -> nieuw):",
    # words in cells
    "yes": "ja",
    "no": "nee",
    "verified": "geverifieerd",
    "derived": "afgeleid",
    "indicative": "indicatief",
    "estimated": "geschat",
    "unverified": "niet geverifieerd",
    "definitive": "definitief",
    "unknown": "onbekend",
    "not activated": "niet geactiveerd",
    "user": "gebruiker",
    "error": "fout",
    "warning": "waarschuwing",
    "  scenario": "  scenario",
    "  difference": "  verschil",
    # titles (templates)
    "Banenafspraak {year}: extra jobs against target (end of year)": (
        "Banenafspraak {year}: extra banen ten opzichte van het doel (eind van het jaar)"
    ),
    "Banenafspraak {first}-{last}: {name}, extra jobs against target (end of year)": (
        "Banenafspraak {first}-{last}: {name}, extra banen ten opzichte van het doel "
        "(eind van het jaar)"
    ),
    "Check {year}: {name}": "Controle {year}: {name}",
    "Quota percentage, {sector}, around {year}": "Quotumpercentage, {sector}, rond {year}",
    "Employer, {sector} {year} (hours a year)": "Werkgever, {sector} {year} (uren per jaar)",
    "Employer, {sector} {year} (hours a week)": "Werkgever, {sector} {year} (uren per week)",
    "Employer over the years: required and missing jobs with each year's percentage": (
        "Werkgever over de jaren: vereiste en ontbrekende banen met het percentage van elk jaar"
    ),
    "Hiring path to no shortfall by {by} ({sector})": (
        "Wervingspad naar geen tekort in {by} ({sector})"
    ),
    "Catch-up trajectory: {name} to {target} by {by}": "Inhaalpad: {name} naar {target} in {by}",
    "Sources ({count}) of {origin}": "Bronnen ({count}) van {origin}",
    "Figure {key}": "Cijfer {key}",
    "Data validation": "Controle van de gegevens",
    "{title}: scenario '{name}' against the baseline": (
        "{title}: scenario '{name}' ten opzichte van de basis"
    ),
    # fixed notes
    "-: no published figure (nothing is published for that sector and year; it is not zero)": (
        "-: geen gepubliceerd cijfer (voor die sector en dat jaar is niets gepubliceerd; "
        "het is geen nul)"
    ),
    "~: published as an approximate figure, or computed from one": (
        "~: gepubliceerd als benadering, of daaruit berekend"
    ),
    "*: share of the sector's own target as published (no counts published)": (
        "*: gepubliceerd aandeel van het eigen doel van de sector (geen aantallen gepubliceerd)"
    ),
    "-: no quota percentage is published for that year (unknown)": (
        "-: voor dat jaar is geen quotumpercentage gepubliceerd (onbekend)"
    ),
}


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
