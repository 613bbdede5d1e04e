"""Values as people read them: numbers in the language's format, titles, and text made safe for a
terminal. Shared by the table and Markdown renderers."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.i18n import Lang, nt, number, t
from banencalc.report.model import Kind, Report

# Characters that would act on a terminal instead of being shown (escape sequences, carriage
# returns, bidirectional overrides that reorder what is read): shown escaped, never sent raw.
_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """`text` with every control character written out (`\\x1b`), newlines kept."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], text)


def format_value(value: Any, kind: Kind, lang: Lang = "en") -> str:
    """A value as people read it, with the thousands and decimal separators of `lang`."""
    if value is None:
        return "-"
    if isinstance(value, Msg):
        return say(value, lang)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if kind == "shown":
        return value if isinstance(value, str) else format_value(value, "decimal", lang)
    if kind == "int":
        return number(value, lang)
    if kind == "signed":
        return number(value, lang, signed=True) if value else "0"
    if kind == "pct":
        return number(Decimal(value), lang, 2) + "%"
    if kind == "decimal":
        return number(Decimal(value), lang, 2)
    if kind == "money":
        return "EUR " + number(Decimal(value), lang, 2)
    return t(str(value), lang)


def say(message: Msg, lang: Lang = "en") -> str:
    """A message in `lang`: its template from the catalogue, its numbers in the language's
    format (66.097; 2,14). Free text from the data is shown as written."""
    return message.render(
        lambda key: t(key, lang),
        lambda value: number(value, lang),
        lang,
        lambda one, other, count: nt(one, other, count, lang),
    )


def title_of(report: Report, lang: Lang = "en") -> str:
    return say(report.title, lang)


#: characters an XML document (a workbook, a Word document) cannot hold
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text as an XML document can hold it: characters XML 1.0 forbids written out (`\x1b`)."""
    return _NOT_IN_XML.sub(lambda m: repr(m.group())[1:-1], text)
