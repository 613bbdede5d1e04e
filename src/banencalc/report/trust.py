"""Reports for `sources`, `validate` and one figure's provenance."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from pathlib import Path
from typing import Any

from banencalc.base.messages import Msg
from banencalc.dataset.checks import Finding
from banencalc.dataset.location import origin_name
from banencalc.dataset.records import Constants, Dataset
from banencalc.report.model import DISPLAY, Column, Kind, Report
from banencalc.report.status import source_payload

FIGURE_KINDS = ("targets", "realised", "quota", "trend", "achievement_pct", "constants")


def sources_report(data: Dataset) -> Report:
    used: Counter[str] = Counter(f.source for _, f in all_figures(data))
    rows = [
        {**source_payload(s), "figures": used[s.id], "where": s.url or s.document}
        for s in data.targets_file.sources
    ]
    return Report(
        title=Msg(
            "Sources ({count}) of {origin}", count=len(rows), origin=origin_name(data.origin)
        ),
        columns=(
            Column("id", "id"),
            Column("publisher", "publisher"),
            Column("date", "date"),
            Column("figures", "figures", "int"),
            Column("title", "title", detail=True),
            Column("where", "url or document", detail=True),
        ),
        rows=tuple(rows),
        payload={"sources": rows},
        notes=(
            Msg(
                "banencalc sources --figure KEY shows one figure: e.g. realised.total.2020, "
                "targets.market.2018, quota.government.2024, constants.levy_per_job_eur.2020"
            ),
        ),
    )


def all_figures(data: Dataset) -> list[tuple[str, Any]]:
    """Every figure in the data with its key (kind.sector.year or constants.name.year)."""
    found: list[tuple[str, Any]] = []
    sections = (
        ("targets", data.targets_file.targets),
        ("realised", data.sectors_file.realised),
        ("quota", data.targets_file.quota_percentages),
        ("trend", data.sectors_file.trend),
        ("achievement_pct", data.sectors_file.achievement_pct),
        (
            "constants",
            {f.name: getattr(data.targets_file.constants, f.name) for f in fields(Constants)},
        ),
    )
    for kind, series in sections:
        for name, figures in series.items():
            for year, figure in figures.items():
                found.append((f"{kind}.{name}.{year}", figure))
    return found


def figure_report(data: Dataset, key: str) -> Report:
    from banencalc.base.errors import BanencalcError

    figures = dict(all_figures(data))
    if key not in figures:
        kinds = ", ".join(f"{k}.<sector>.<year>" for k in FIGURE_KINDS[:-1])
        close = [k for k in figures if k.startswith(key.rsplit(".", 1)[0] + ".")][:8]
        hint = f"; similar keys: {', '.join(close)}" if close else ""
        raise BanencalcError(
            f"no figure {key!r} in the data; keys look like {kinds}, constants.<name>.<year>{hint}"
        )
    figure = figures[key]
    source = data.source(figure.source)
    record = {
        "key": key,
        "value": figure.value,
        "status": figure.status,
        "derivation": figure.derivation,
        "note": figure.note,
        "article": figure.article,
        "source": source_payload(source),
    }
    rows = [
        {"item": k, "value": v}
        for k, v in (
            ("figure", key),
            ("value", str(figure.value)),
            ("status", figure.status),
            ("derived how", figure.derivation_text()),
            ("note", figure.note_text()),
            ("article", figure.article_text()),
            ("source", source.full()),
        )
        if v is not None
    ]
    return Report(
        title=Msg("Figure {key}", key=key),
        columns=(Column("item", "item"), Column("value", "value")),
        rows=tuple(
            {**row, DISPLAY: {"value": ("", figure.value, _kind(figure.value))}}
            if row["item"] == "value"
            else row
            for row in rows
        ),
        payload=record,
        sources=(source,),
    )


def validate_report(origin: str, findings: list[Finding]) -> Report:
    rows: list[dict[str, Any]] = [
        {
            "level": f.level,
            "file": f.problem.file,
            "line": f.problem.line,
            "field": f.problem.field,
            "message": f.problem.message,
        }
        for f in findings
    ]
    errors = sum(f.level == "error" for f in findings)
    warnings = len(findings) - errors
    summary = (
        Msg(
            "{origin}: {errors} error(s), {warnings} warning(s)" + ("" if errors else " - clean"),
            origin=origin_name(origin),
            errors=errors,
            warnings=warnings,
        ),
    )
    return Report(
        title=Msg("Data validation"),
        columns=(
            Column("level", "level"),
            Column("where", "where"),
            Column("field", "field"),
            Column("message", "message"),
            Column("file", "file", detail=True),
            Column("line", "line", detail=True),
        ),
        rows=tuple({**r, "where": f"{Path(r['file']).name}:{r['line'] or '-'}"} for r in rows),
        payload={"data": origin, "errors": errors, "warnings": warnings, "findings": rows},
        summary=summary,
    )


def _kind(value: Any) -> Kind:
    """How a figure's value is shown: a count whole, an amount with its decimals."""
    return "int" if isinstance(value, int) else "shown"
