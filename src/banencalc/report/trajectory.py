"""Trajectory results -> a Report and chart lines."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg, Signed
from banencalc.calc.trajectory import TrajectoryResult
from banencalc.report.model import DISPLAY, Column, Line, Report
from banencalc.report.status import figure_payload, source_payload

CENT = Decimal("0.01")


def trajectory_report(result: TrajectoryResult) -> Report:
    name = result.sector_name
    rows = [asdict(r) for r in result.rows]
    table_rows = [{**row, DISPLAY: _approximate(row)} for row in rows]
    reached = (
        Msg("reached in {year}", year=str(result.projected_year))
        if result.projected_year is not None
        else Msg("not reached")
    )
    summary = (
        Msg(
            "{name}: from {start} at the end of {first} to {target} by the end of {by} takes "
            "{per_year} extra jobs a year",
            name=name,
            start=result.start,
            first=str(result.from_year),
            target=result.target,
            by=str(result.by),
            per_year=result.required_per_year.quantize(CENT),
        ),
        Msg(
            "at the pace of the last {window} years ({pace} a year) the target is {reached}",
            window=result.window,
            pace=Signed(result.pace.quantize(CENT)),
            reached=reached,
        ),
    )
    payload: dict[str, Any] = {
        "sector": result.sector,
        "target": result.target,
        "by": result.by,
        "from_year": result.from_year,
        "start": result.start,
        "required_per_year": result.required_per_year,
        "window": result.window,
        "pace": result.pace,
        "projected_year": result.projected_year,
        "rows": rows,
        "notes": [n.english() for n in result.notes],
        "figures": [figure_payload(f) for f in result.figures],
        "sources": [source_payload(s) for s in result.sources],
    }
    return Report(
        title=Msg(
            "Catch-up trajectory: {name} to {target} by {by}",
            name=name,
            target=result.target,
            by=str(result.by),
        ),
        columns=(
            Column("year", "year"),
            Column("official", "official\ntarget", "int"),
            Column("required_path", "required\npath", "decimal"),
            Column("projection", "projection\nat pace", "decimal"),
            Column("realised", "realised", "int"),
        ),
        rows=tuple(table_rows),
        payload=payload,
        notes=(
            *result.notes,
            *(
                [Msg("~: published as an approximate figure, or computed from one")]
                if any(row[DISPLAY] for row in table_rows)
                else []
            ),
        ),
        sources=tuple(result.sources),
        summary=summary,
        chart=tuple(trajectory_lines(result)),
        chart_title=Msg("{name}: target, catch-up path and projection", name=name),
    )


def _approximate(row: dict[str, Any]) -> dict[str, Any]:
    """What the table marks `~`: a realised figure published as "about N", and the path and
    projection when they start from one."""
    marks: dict[str, Any] = {}
    if row["realised_approximate"] and row["realised"] is not None:
        marks["realised"] = ("~", row["realised"], "int")
    if row["from_approximate"]:
        for key in ("required_path", "projection"):
            marks[key] = ("~", row[key], "decimal")
    return marks


def trajectory_lines(result: TrajectoryResult) -> list[Line]:
    years = [r.year for r in result.rows]
    official = [(r.year, r.official) for r in result.rows if r.official is not None]
    return [
        Line("realised", [y for y, _ in result.history], [v for _, v in result.history]),
        Line("official target", [y for y, _ in official], [v for _, v in official]),
        Line("required path", years, [float(r.required_path) for r in result.rows]),
        Line("projection", years, [float(r.projection) for r in result.rows]),
    ]
