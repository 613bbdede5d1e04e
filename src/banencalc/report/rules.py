"""The rules of a year -> a Report: the regime explained, its figures and parameters, and what is
not yet published."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.readings import readings_of
from banencalc.calc.regime import RegimeRules
from banencalc.report.figure_titles import what
from banencalc.report.model import DISPLAY, Column, Report, Section
from banencalc.report.status import figure_payload, source_payload


def _what(name: str) -> Msg:
    return what(name)


def rules_report(rules: RegimeRules) -> Report:
    regime = rules.regime
    rows: list[dict[str, Any]] = []
    for figure in rules.constants:
        rows.append(
            {
                "what": _what(figure.key.split(".")[1]),
                "name": figure.key.split(".")[1],
                "value": figure.value,
                "status": figure.status,
                "source": figure.source,
                DISPLAY: {"value": ("", figure.value, "shown")},
            }
        )
    for name, parameter in rules.parameters:
        rows.append(
            {
                "what": _what(name),
                "name": name,
                "value": parameter.value,
                "status": parameter.status,
                "source": parameter.source,
                "article": parameter.article,
                "unit": parameter.unit,
                DISPLAY: {"value": ("", parameter.value, "shown")}
                if parameter.value is not None
                else {"value": "-"},
            }
        )
    unpublished = [name for name, p in rules.parameters if p.value is None]
    notes: list[Msg] = []
    if unpublished:
        notes.append(
            Msg(
                "not yet published (a later regulation sets them; a what-if can supply them with "
                "--set, e.g. --set wet.activation_year=2027): {names}",
                names=", ".join(unpublished),
            )
        )
    notes.extend(
        Msg("{name}: {article}", name=name, article=Msg.text(p.article, nl=p.article_nl))
        for name, p in rules.parameters
        if p.article is not None
    )
    readings = readings_of(regime.mechanism)
    reading_lines = tuple(
        Msg(
            "{article}: {taken}. Other reading: {other}",
            article=Msg(r.article),
            taken=r.taken,
            other=r.other,
        )
        for r in readings
    )
    payload = {
        "year": rules.year,
        "regime": regime.law,
        "regime_phase": regime.name,
        "from": rules.start,
        "description": regime.description,
        "article": regime.article,
        "mechanism": regime.mechanism,
        "national_count": regime.national_count,
        "quota_sectors": list(regime.quota_sectors),
        "levy_charged": regime.levy_charged,
        "constants": [figure_payload(f) for f in rules.constants],
        "parameters": {name: asdict(p) for name, p in rules.parameters},
        "unpublished": unpublished,
        "readings": [
            {
                "key": r.key,
                "article": r.article,
                "taken": r.taken.english(),
                "other": r.other.english(),
            }
            for r in readings
        ],
        "sources": [source_payload(s) for s in rules.sources],
    }
    return Report(
        title=Msg("The rules of {year}: {law}", year=str(rules.year), law=Msg(regime.law)),
        columns=(
            Column("what", "what"),
            Column("name", "name", "key"),
            Column("value", "value"),
            Column("status", "status"),
            Column("source", "source", detail=True),  # the sources are listed below the table
            Column("article", "article", detail=True),
            Column("unit", "unit", detail=True),
        ),
        rows=tuple(rows),
        payload=payload,
        summary=(
            Msg(
                "{law} ({phase}, from {start}): {description}",
                law=Msg(regime.law),
                phase=regime.name,
                start=str(rules.start),
                description=Msg.text(regime.description, nl=regime.description_nl),
            ),
            Msg("articles: {article}", article=regime.article_text() or Msg.text("-")),
        ),
        notes=tuple(notes),
        sections=(
            Section(
                Msg("Readings the law leaves open (the tool's, then the other):"), reading_lines
            ),
        ),
        sources=tuple(rules.sources),
    )
