"""The monitor page as one self-contained HTML file: inline CSS, charts as inline SVG, no script,
no font or file from elsewhere. A browser opens it; it prints to A4.

Jinja2 lays the page out from templates/monitor.html.j2 with autoescape on: every text from the
data or a scenario file is escaped where it is inserted. This module prepares what the template
shows, in the reader's language, from the page's Reports (render/table.py's cell texts, so a
number reads as it does in the terminal).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef
from banencalc.dataset.location import origin_name
from banencalc.dataset.records import Source
from banencalc.i18n import Lang, chart_word, number, t
from banencalc.render.svg import line_chart_svg
from banencalc.render.table import label, shown_columns
from banencalc.render.text import format_value, say
from banencalc.report.figure_titles import readable
from banencalc.report.model import Report
from banencalc.report.monitor import MonitorPage, Unavailable
from banencalc.report.status import round_pct

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: the laws as a reader names them (the data names them by id)
LAW_NAMES = {
    "quota-law": "the quota law (Wet banenafspraak en quotum arbeidsbeperkten)",
    "wet-banenafspraak": "the Wet banenafspraak",
}
_NUMERIC = ("int", "signed", "pct", "decimal", "money", "shown")


@dataclass(frozen=True)
class PageFacts:
    """What makes the page reproducible: when, by which version, from which data."""

    generated: str
    version: str
    data_origin: str
    data_sha256: str
    command: str
    #: the full list of figures and the sources with their remarks, at the end (`--appendix`)
    appendix: bool = False


@dataclass
class Scenario:
    """A what-if shown beside the baseline: its name, the changes, and the compared table."""

    name: str
    changes: Sequence[Msg]
    comparison: Report
    answer: Report = field(repr=False)


#: the page's template, and the Python module Jinja2 compiles it to (shipped beside it, so a run
#: does not parse and compile the template again: about 20 ms; scripts/templates.py writes it and
#: tests/report/test_report.py holds it equal to a fresh compile)
PAGE_TEMPLATE = "monitor.html.j2"
COMPILED = TEMPLATES / "compiled"


@cache
def page_environment(compiled: bool = True) -> Any:
    """The Jinja2 environment of the page: autoescape on, an unknown name an error; templates
    from their compiled modules when `compiled` (and they are there), else from their source.
    One per process: a ModuleLoader that is collected takes its package out of sys.modules by a
    name a later loader may reuse."""
    from jinja2 import Environment, FileSystemLoader, ModuleLoader, StrictUndefined

    use_compiled = compiled and COMPILED.is_dir()
    return Environment(
        loader=ModuleLoader(str(COMPILED)) if use_compiled else FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def monitor_html(
    page: MonitorPage,
    facts: PageFacts,
    lang: Lang = "en",
    scenario: Scenario | None = None,
    sector_names: Mapping[str, Msg] | None = None,
) -> str:
    """The page's HTML. `sector_names` (id -> name) turn the figure keys the notes name into a
    reader's titles (`Totaal 2015: doel`)."""
    from markupsafe import Markup

    template = page_environment().get_template(PAGE_TEMPLATE)

    def words(key: str, **args: Any) -> str:
        return say(Msg(key, **args), lang)

    sources = page.sources
    source_ids = {s.id for s in sources}
    figures = {f.key: f for f in page.figures}
    parts = [("sectors", page.sectors), ("series", page.series), ("trajectory", page.trajectory)]
    parts += [(f"quota-{i}", q) for i, q in enumerate(page.quota)]
    names = sector_names or {}
    sections = [_section(ident, part, lang, Markup, names) for ident, part in parts]
    if scenario is not None:  # a what-if is what the reader asked about: right after the headline
        compared = _section("scenario", scenario.comparison, lang, Markup, names)
        compared["changes"] = [say(c, lang) for c in scenario.changes]
        sections.insert(0, compared)
    title = words(
        "Banenafspraak {year}: {name}", year=str(page.year), name=say(page.sector_name, lang)
    )
    return str(
        template.render(
            lang=lang,
            title=title,
            words=words,
            headline=_headline(page, lang, figures, source_ids),
            regime=_regime(page, lang),
            sections=sections,
            figures=[_figure(f, lang, source_ids) for f in figures.values()],
            sources=[_source(s) for s in sources],
            facts=facts,
            origin=say(origin_name(facts.data_origin), lang),
            scenario_name=scenario.name if scenario else None,
            t=lambda text: t(text, lang),
        )
    )


def _status_words(figure: FigureRef | None, lang: Lang) -> list[tuple[str, str]]:
    """(css class, word) for a figure's status, and `approximate` where it is one."""
    if figure is None:
        return []
    marks: list[tuple[str, str]] = [(figure.status, t(figure.status, lang))]
    if figure.approximate:
        marks.append(("approximate", t("approximate", lang)))
    return marks


def _headline(
    page: MonitorPage, lang: Lang, figures: Mapping[str, FigureRef], source_ids: set[str]
) -> list[dict[str, Any]]:
    row = page.headline
    prefix = "~" if row.approximate else ""
    # the table's own column headers, on one line
    items = [
        ("target", row.target, "int", f"targets.{row.sector}.{row.year}"),
        ("realised", row.realised, "int", f"realised.{row.sector}.{row.year}"),
        ("short-\nfall", row.shortfall, "int", None),
        ("% of\ntarget", round_pct(row.achievement_pct), "pct", None),
    ]
    shown = []
    for word, value, kind, key in items:
        figure = figures.get(key) if key else None
        derived = key is None and value is not None
        shown.append(
            {
                "label": _one_line(t(word, lang)),
                "value": (prefix if (derived or word == "realised") and value is not None else "")
                + format_value(value, kind, lang),  # type: ignore[arg-type]
                "marks": _status_words(figure, lang)
                if figure
                else ([("derived", t("computed", lang))] if derived else []),
                "source": figure.source if figure and figure.source in source_ids else None,
            }
        )
    return shown


def _one_line(header: str) -> str:
    """A table header on one line: `gereali-\nseerd` is `gerealiseerd`."""
    return header.replace("-\n", "").replace("\n", " ")


def _regime(page: MonitorPage, lang: Lang) -> dict[str, str]:
    regime = page.rules.regime
    return {
        "law": say(
            Msg(LAW_NAMES[regime.law]) if regime.law in LAW_NAMES else Msg.text(regime.law), lang
        ),
        "start": str(page.rules.start),
        "description": say(Msg.text(regime.description, nl=regime.description_nl), lang),
        "article": say(regime.article_text() or Msg.text("-"), lang),
        "source": regime.source,
    }


def _section(
    ident: str,
    part: Report | Unavailable,
    lang: Lang,
    markup: Any,
    names: Mapping[str, Msg] | None = None,
) -> dict[str, Any]:
    """What the template shows of one section: its table, lines, notes and chart (`markup`
    marks the chart's SVG, escaped where it was built, as safe); or why it is not available."""
    section: dict[str, Any] = {
        "id": ident,
        "title": say(part.title, lang),
        "summary": [],
        "columns": [],
        "rows": [],
        "notes": [],
        "sections": [],
        "chart": None,
        "unavailable": None,
        "changes": [],
    }
    if isinstance(part, Unavailable):
        section["unavailable"] = say(part.reason, lang)
        return section
    columns = shown_columns(part)
    section["columns"] = [
        {"text": _one_line(t(c.header, lang)), "numeric": c.kind in _NUMERIC} for c in columns
    ]
    for row in part.rows:
        cells = [
            {
                "text": label(part, row, column, index == 0, lang).replace("\n", " "),
                "numeric": column.kind in _NUMERIC,
            }
            for index, column in enumerate(columns)
        ]
        depth = int(row.get(part.depth_key, 0)) if part.depth_key else 0
        section["rows"].append({"cells": cells, "depth": depth})
    titled = names or {}
    section["summary"] = [say(readable(m, titled), lang) for m in part.summary]
    section["notes"] = [say(readable(n, titled), lang) for n in part.notes]
    section["sections"] = [
        {"heading": say(s.heading, lang), "lines": [say(x, lang) for x in s.lines]}
        for s in part.sections
    ]
    if part.chart:
        title = say(part.chart_title or part.title, lang)
        section["chart"] = markup(
            line_chart_svg(part.chart, title, _chart_description(part, lang), lang, ident)
        )
    return section


def _chart_description(report: Report, lang: Lang) -> str:
    """The chart in words, for a screen reader: each line's first and last point."""
    parts = []
    for line in report.chart:
        if line.years:
            parts.append(
                say(
                    Msg(
                        "{label}: {first} in {first_year}, {last} in {last_year}",
                        label=Msg.text(line.label, nl=chart_word(line.label, "nl")),
                        first=int(line.values[0]),
                        first_year=str(line.years[0]),
                        last=int(line.values[-1]),
                        last_year=str(line.years[-1]),
                    ),
                    lang,
                )
            )
    return "; ".join(parts)


def _figure(figure: FigureRef, lang: Lang, source_ids: set[str]) -> dict[str, Any]:
    value = figure.value
    return {
        "key": figure.key,
        "value": "-"
        if value is None
        else ("~" if figure.approximate else "") + number(value, lang),
        "marks": _status_words(figure, lang),
        "source": figure.source if figure.source in source_ids else None,
        "how": _how(figure, lang),
    }


def _how(figure: FigureRef, lang: Lang) -> str:
    """How a figure is derived, or its note: the data's Dutch twin where it gives one, else the
    catalogue's Dutch for a citation the code adds (a quota input's article), else as written."""
    text = figure.derivation_text() or figure.note_text()
    if text is None:
        return ""
    shown = say(text, lang)
    return t(shown, lang) if shown == text.key else shown


def _source(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "date": source.date,
        "document": source.document,
        # a link only to a web page: never a javascript: or file: address from a data file
        "url": source.url if (source.url or "").startswith(("https://", "http://")) else None,
        "no_exact_page": source.no_exact_page,
    }
