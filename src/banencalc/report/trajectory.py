"""Trajectory results -> a Report and chart lines."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from banencalc.calc.trajectory import TrajectoryResult
from banencalc.report.model import Column, Line, Report
from banencalc.report.status import figure_payload, source_payload


def trajectory_report(result: TrajectoryResult, name: str) -> Report:
    rows = [asdict(r) for r in result.rows]
    reached = (
        f"reached in {result.projected_year}"
        if result.projected_year is not None
        else "not reached"
    )
    summary = [
        f"{name}: from {result.start:,} at the end of {result.from_year} to {result.target:,} by "
        f"the end of {result.by} takes {result.required_per_year:,.2f} extra jobs a year",
        f"at the pace of the last {result.window} years ({result.pace:+,.2f} a year) the target "
        f"is {reached}",
    ]
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
        "notes": result.notes,
        "figures": [figure_payload(f) for f in result.figures],
        "sources": [source_payload(s) for s in result.sources],
    }
    return Report(
        title="Catch-up trajectory: {name} to {target} by {by}",
        title_args={"name": name, "target": f"{result.target:,}", "by": str(result.by)},
        columns=[
            Column("year", "year"),
            Column("official", "official\ntarget", "int"),
            Column("required_path", "required\npath", "decimal"),
            Column("projection", "projection\nat pace", "decimal"),
            Column("realised", "realised", "int"),
        ],
        rows=rows,
        payload=payload,
        notes=result.notes,
        sources=result.sources,
        summary=summary,
    )


def trajectory_lines(result: TrajectoryResult) -> list[Line]:
    years = [r.year for r in result.rows]
    official = [(r.year, r.official) for r in result.rows if r.official is not None]
    return [
        Line("realised", [y for y, _ in result.history], [v for _, v in result.history]),
        Line("official target", [y for y, _ in official], [v for _, v in official]),
        Line("required path", years, [float(r.required_path) for r in result.rows]),
        Line("projection", years, [float(r.projection) for r in result.rows]),
    ]
