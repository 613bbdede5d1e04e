"""Result models -> Reports: which columns a command shows and what its JSON contract holds.

Rounding for display happens here, never in the core: the share of target is rounded half-up to two
decimals (no published rule exists for it; the monitor reports it to whole or two-decimal percents).
"""

from __future__ import annotations

from dataclasses import asdict, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from banencalc.base.messages import Msg, Signed
from banencalc.calc.check import CheckResult
from banencalc.calc.provenance import FigureRef
from banencalc.calc.status import StatusResult, StatusRow
from banencalc.dataset.records import Source
from banencalc.report.model import DISPLAY, Bar, Column, Line, Report

TWO_PLACES = Decimal("0.01")


def round_pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


STATUS_COLUMNS = [
    Column("sector", "sector id", detail=True),
    Column("name", "sector"),
    Column("year", "year", detail=True),
    Column("target", "target", "int"),
    Column("realised", "realised", "int"),
    Column("difference", "differ-\nence", "signed"),
    Column("shortfall", "short-\nfall", "int"),
    Column("achievement_pct", "% of\ntarget", "pct"),
    Column("target_step", "target\nstep", "signed"),
    Column("realised_growth", "growth\nin year", "signed"),
]

_CSV_EXTRA = [
    Column("target_status", "target status", detail=True),
    Column("realised_status", "realised status", detail=True),
    Column("realised_approximate", "approximate", detail=True),
    Column("published_achievement_pct", "published % of target", "pct", detail=True),
    Column("trend", "indicative trend", "int", detail=True),
]


def row_payload(row: StatusRow) -> dict[str, Any]:
    """One row of the JSON contract (documented in the README; keep it stable)."""
    return {
        "sector": row.sector,
        "name": row.name,
        "name_nl": row.name_nl,
        "depth": row.depth,
        "year": row.year,
        "regime": row.regime,
        "target": row.target,
        "realised": row.realised,
        "difference": row.difference,
        "shortfall": row.shortfall,
        "achievement_pct": round_pct(row.achievement_pct),
        "target_step": row.target_step,
        "realised_growth": row.realised_growth,
        "target_status": row.target_status,
        "realised_status": row.realised_status,
        "realised_approximate": row.realised_approximate,
        "approximate": row.approximate,
        "realised_growth_published": row.realised_growth_published,
        "published_achievement_pct": row.published_achievement_pct,
        "trend": row.trend,
        "quarterly_trend": [
            {"quarter": q, "value": v, "note": n.english() if n else None}
            for q, v, n in row.quarterly_trend
        ],
        "notes": [n.english() for n in row.notes],
    }


def _table_row(row: StatusRow) -> dict[str, Any]:
    """The JSON row plus what a table shows instead of a bare number (approximate, published %)."""
    display: dict[str, Any] = {}
    if row.approximate:  # every number resting on an approximate figure is marked
        for key, kind in (
            ("realised", "int"),
            ("difference", "signed"),
            ("shortfall", "int"),
            ("achievement_pct", "pct"),
            ("realised_growth", "signed"),
        ):
            value = getattr(row, key)
            if value is not None:
                display[key] = ("~", round_pct(value) if kind == "pct" else value, kind)
    if row.achievement_pct is None and row.published_achievement_pct is not None:
        display["achievement_pct"] = ("*", row.published_achievement_pct, "pct")
    return {**row_payload(row), DISPLAY: display}


def source_payload(source: Source) -> dict[str, Any]:
    # Iterating a model gives its fields without building pydantic's serializer (startup time).
    return {key: value for key, value in source if value is not None}


def figure_payload(figure: FigureRef) -> dict[str, Any]:
    return {k: v for k, v in asdict(figure).items() if v is not None}


def provenance_notes(figures: list[FigureRef]) -> list[Msg]:
    """A line for every figure that is not simply verified: derived, indicative, estimated, ..."""
    notes = []
    for fig in figures:
        if fig.status == "verified" or fig.key.startswith("remarks."):
            continue
        if fig.derivation:
            notes.append(
                Msg(
                    "{key} = {value} is {status}: {how}",
                    key=fig.key,
                    value=fig.value,
                    status=Msg(fig.status),
                    how=fig.derivation_text(),
                )
            )
        else:
            notes.append(
                Msg(
                    "{key} = {value} is {status}",
                    key=fig.key,
                    value=fig.value,
                    status=Msg(fig.status),
                )
            )
    return notes


def _row_notes(rows: list[StatusRow], with_year: bool) -> list[Msg]:
    notes: list[Msg] = []
    for row in rows:
        name = row.display_name()
        label = Msg("{name} {year}", name=name, year=str(row.year)) if with_year else name
        notes.extend(Msg("{label}: {note}", label=label, note=note) for note in row.notes)
        for quarter, value, note in row.quarterly_trend:
            notes.append(
                Msg(
                    "{label}: UWV quarterly trend {quarter} (indicative) {value}",
                    label=label,
                    quarter=quarter,
                    value=value,
                )
                if not note
                else Msg(
                    "{label}: UWV quarterly trend {quarter} (indicative) {value}; {note}",
                    label=label,
                    quarter=quarter,
                    value=value,
                    note=note,
                )
            )
        if row.realised_growth_published and row.realised_growth is not None:
            notes.append(
                Msg(
                    "{label}: growth in year {growth} as published (not a difference of "
                    "rounded figures)",
                    label=label,
                    growth=Signed(row.realised_growth),
                )
            )
        if row.trend is not None and row.realised is not None and row.trend != row.realised:
            notes.append(
                Msg(
                    "{label}: UWV quarterly trend (indicative) {trend}; the official monitor "
                    "figure {realised} is used",
                    label=label,
                    trend=row.trend,
                    realised=row.realised,
                )
            )
    return notes


def status_report(result: StatusResult, *, by_year: bool = False) -> Report:
    """Status rows of one year, or (by_year) one sector's rows over the years."""
    rows = [row_payload(r) for r in result.rows]
    table_rows = [_table_row(r) for r in result.rows]
    columns = list(STATUS_COLUMNS)
    if by_year:  # one sector over the years: the year is the label, the sector a detail
        columns[1:3] = [Column("name", "sector", detail=True), Column("year", "year")]
    notes = _row_notes(result.rows, with_year=by_year)
    if any(r.realised is None or r.target is None for r in result.rows):
        notes.append(
            Msg(
                "-: no published figure (nothing is published for that sector and year; it is "
                "not zero)"
            )
        )
    if any(r.approximate for r in result.rows):
        notes.append(Msg("~: published as an approximate figure, or computed from one"))
    if any(
        r.achievement_pct is None and r.published_achievement_pct is not None for r in result.rows
    ):
        notes.append(Msg("*: share of the sector's own target as published (no counts published)"))
    notes += provenance_notes(result.figures)
    first, last = result.rows[0], result.rows[-1]
    title = (
        Msg(
            "Banenafspraak {first}-{last}: {name}, extra jobs against target (end of year)",
            first=str(first.year),
            last=str(last.year),
            name=first.display_name(),
        )
        if by_year
        else Msg(
            "Banenafspraak {year}: extra jobs against target (end of year)", year=str(result.year)
        )
    )
    return Report(
        title=title,
        columns=(*columns, *_CSV_EXTRA),
        rows=tuple(table_rows),
        payload={
            "year": result.year,
            "rows": rows,
            "figures": [figure_payload(f) for f in result.figures],
            "sources": [source_payload(s) for s in result.sources],
        },
        notes=tuple(notes),
        sources=tuple(result.sources),
        bar=Bar("realised", "target"),
        depth_key=None if by_year else "depth",
        chart=(
            (
                Line("target", *_series(result.rows, "target")),
                Line("realised", *_series(result.rows, "realised")),
            )
            if by_year
            else ()
        ),
        chart_title=Msg("{name}: extra jobs (end of year)", name=first.display_name())
        if by_year
        else None,
    )


def _series(rows: list[StatusRow], key: str) -> tuple[list[int], list[float]]:
    points = [(r.year, getattr(r, key)) for r in rows if getattr(r, key) is not None]
    return [y for y, _ in points], [float(v) for _, v in points]


def _trim(value: Decimal) -> str:
    """A count with at most two decimals and no trailing zeros: 55,000 or 64,125.5."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def check_report(result: CheckResult) -> Report:
    row = result.row
    verdict = Msg("PASS") if result.passed else Msg("MISSED")
    summary = Msg(
        "{verdict}: {name} {year}: realised {realised} of target {target} ({pct}%); required "
        "{min}% of target = {threshold} jobs",
        verdict=verdict,
        name=row.display_name(),
        year=str(result.year),
        realised=row.realised,
        target=row.target,
        pct=round_pct(row.achievement_pct),
        min=result.min_achievement_pct,
        threshold=Decimal(_trim(result.threshold).replace(",", "")),
    )
    payload = {
        "year": result.year,
        "sector": result.sector,
        "passed": result.passed,
        "min_achievement_pct": result.min_achievement_pct,
        "threshold": result.threshold,
        "row": row_payload(row),
        "figures": [figure_payload(f) for f in result.figures],
        "verdict_figures": list(result.verdict_keys),
        "sources": [source_payload(s) for s in result.sources],
    }
    report = status_report(
        StatusResult(year=result.year, rows=[row], figures=result.figures, sources=result.sources)
    )
    return replace(
        report,
        title=Msg("Check {year}: {name}", year=str(result.year), name=row.display_name()),
        payload=payload,
        summary=(summary,),
        passed=result.passed,
        verdict_figures=result.verdict_keys,
        rows=(
            {
                **report.rows[0],
                "passed": result.passed,
                "min_achievement_pct": result.min_achievement_pct,
                "threshold": round_pct(result.threshold),
            },
        ),
        columns=(
            *report.columns,
            Column("passed", "passed", detail=True),
            Column("min_achievement_pct", "required %", "pct", detail=True),
            Column("threshold", "required jobs", "decimal", detail=True),
        ),
    )
