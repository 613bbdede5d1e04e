"""`trajectory`: the pace that closes a gap, and where the recent pace leads."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.cli.guard import guarded
from banencalc.cli.options import (
    Common,
    OneSectorOpt,
    OutputFormat,
    command_app,
    with_common,
)
from banencalc.cli.pipeline import (
    print_chart,
    run_pipeline,
    whole_number,
)

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report

app = command_app()


@app.command(
    epilog="Examples:\n\n"
    "    banencalc trajectory --sector government --by 2026\n\n"
    "    banencalc trajectory --sector total --target 125000 --by 2030 --window 2\n\n"
    "    banencalc trajectory --sector market --output chart.svg"
)
@guarded
@with_common
def trajectory(
    sector: OneSectorOpt = "total",
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            metavar="N",
            show_default=False,
            help="Target level in jobs (default: the sector's final target).",
        ),
    ] = None,
    by: Annotated[
        int | None,
        typer.Option(
            "--by",
            metavar="Y",
            show_default=False,
            help="Year the target must be reached (default: the final target's year).",
        ),
    ] = None,
    from_year: Annotated[
        int | None,
        typer.Option(
            "--from",
            metavar="Y",
            show_default=False,
            help="Start year (default: the latest with an official realised figure).",
        ),
    ] = None,
    window: Annotated[
        int,
        typer.Option("--window", metavar="K", help="Years of recent growth behind the projection."),
    ] = 3,
    chart: Annotated[
        bool, typer.Option("--chart/--no-chart", help="Draw the chart under the table.")
    ] = True,
    *,
    common: Common,
) -> None:
    """The pace that closes a sector's gap by a year, and where the recent pace leads."""
    from banencalc.calc.trajectory import trajectory as compute
    from banencalc.report.trajectory import trajectory_report

    jobs = whole_number("--target", target)

    def build(dataset: Dataset) -> Report:
        result = compute(dataset, sector, target=jobs, by=by, from_year=from_year, window=window)
        return trajectory_report(result)

    answer = run_pipeline(common, build, draws_chart=True)
    if common.format is OutputFormat.table and chart and common.output is None and not common.quiet:
        print_chart(answer, common.lang.value)
