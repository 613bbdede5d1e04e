"""Quota results -> a Report: the published and recomputed percentage, its inputs and steps."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.quota import QuotaResult
from banencalc.calc.quota_figures import QuotaInput, variable_f
from banencalc.report.model import DISPLAY, Column, Report, Section
from banencalc.report.status import figure_payload, source_payload
from banencalc.report.steps import shown, step_lines, step_payload


def quota_report(result: QuotaResult) -> Report:
    rows: list[dict[str, Any]] = [
        {
            "year": p.year,
            "published_pct": p.published_pct,
            "status": p.status,
            "selected": p.year == result.year,
            DISPLAY: {"year": ("> " if p.year == result.year else "  ", str(p.year), "text")},
        }
        for p in result.series
    ]
    published = (
        Msg(
            "published {pct}% ({status}, source {source})",
            pct=result.published_pct,
            status=Msg(result.status),
            source=result.published_source or "",
        )
        if result.published_pct is not None
        else Msg("no published percentage (unknown)")
    )
    summary = [
        Msg(
            "{sector} {year}: {published}",
            sector=result.sector_name,
            year=str(result.year),
            published=published,
        )
    ]
    if result.computed_pct is not None:
        summary.append(
            Msg(
                "computed with SZW's five-component form of Wfsv art 38f lid 2: {pct}%",
                pct=result.computed_pct,
            )
        )
    inputs = tuple(_input_line(i) for i in result.inputs.values())
    payload = {
        "year": result.year,
        "sector": result.sector,
        "regime": result.regime,
        "activated": result.activated,
        "published_pct": result.published_pct,
        "status": result.status,
        "computed_pct": result.computed_pct,
        "form": "(A + B) x C / (D x E)",
        "variables_left_out": ["F", "G", "H"],
        "variable_f": variable_f(result.sector, result.year),
        "inputs": {
            k: {**asdict(v), "note": v.note.english() if v.note else None}
            for k, v in result.inputs.items()
        },
        "steps": [step_payload(s) for s in result.steps],
        "series": [asdict(p) for p in result.series],
        "notes": [n.english() for n in result.notes],
        "figures": [figure_payload(f) for f in result.figures],
        "sources": [source_payload(s) for s in result.sources],
    }
    sections = [Section(Msg("Inputs:"), inputs)]
    if result.steps:
        sections.append(Section(Msg("Calculation (Wfsv art 38f):"), step_lines(result.steps)))
    return Report(
        title=Msg(
            "Quota percentage, {sector}, around {year}",
            sector=result.sector_name,
            year=str(result.year),
        ),
        columns=(
            Column("year", "year"),
            Column("published_pct", "published %", "pct"),
            Column("status", "status"),
            Column("selected", "selected", detail=True),
        ),
        rows=tuple(rows),
        payload=payload,
        notes=tuple(result.notes),
        sources=tuple(result.sources),
        summary=tuple(summary),
        sections=tuple(sections),
    )


def _input_line(item: QuotaInput) -> Msg:
    source = Msg(", source {source}", source=item.source) if item.source else Msg.text("")
    note = Msg("; {note}", note=item.note) if item.note else Msg.text("")
    return Msg(
        "{symbol} = {value}: {name} (origin: {origin}, {status}{source}{note})",
        symbol=item.symbol,
        value=shown(item.value),
        name=Msg(item.name),
        origin=Msg(item.origin),
        status=Msg(item.status),
        source=source,
        note=note,
    )
