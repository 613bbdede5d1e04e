"""`status`, `history` and `check`: target against realised."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.base.errors import EXIT_MISSED
from banencalc.base.messages import Msg
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    Common,
    LatestYearOpt,
    OutputFormat,
    SectorOpt,
    command_app,
    with_common,
)
from banencalc.cli.pipeline import (
    number,
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
    "    banencalc status --year 2020\n\n"
    "    banencalc status --year 2022 --sector government --breakdown\n\n"
    "    banencalc status --year 2021 --set realised.government.2021=21000\n\n"
    "    banencalc status --format json | jq '.rows[] | {sector, shortfall}'"
)
@guarded
@with_common
def status(
    year: LatestYearOpt = None,
    sector: SectorOpt = None,
    breakdown: Annotated[
        bool, typer.Option("--breakdown", help="Also list the subsectors (government sectors).")
    ] = False,
    *,
    common: Common,
) -> None:
    """Target versus realised extra jobs in a year: difference, shortfall, % of target."""
    from banencalc.calc.status import default_year
    from banencalc.calc.status import status as compute
    from banencalc.report.status import status_report

    def build(dataset: Dataset) -> Report:
        chosen = year if year is not None else default_year(dataset)
        return status_report(compute(dataset, chosen, sector, breakdown))

    run_pipeline(common, build)


@app.command(
    epilog="Examples:\n\n"
    "    banencalc history\n\n"
    "    banencalc history --sector government --from 2018 --to 2023\n\n"
    "    banencalc history --format csv --output series.csv"
)
@guarded
@with_common
def history(
    sector: SectorOpt = None,
    first: Annotated[
        int | None,
        typer.Option(
            "--from", show_default=False, help="First year (default: the first in the data)."
        ),
    ] = None,
    last: Annotated[
        int | None,
        typer.Option("--to", show_default=False, help="Last year (default: the last in the data)."),
    ] = None,
    chart: Annotated[
        bool,
        typer.Option(
            "--chart/--no-chart",
            help="Draw the chart under the table (table format on a terminal or stdout).",
        ),
    ] = True,
    *,
    common: Common,
) -> None:
    """The series year by year: target against realised, with a chart in the terminal."""
    from banencalc.calc.status import history as compute
    from banencalc.calc.status import root_sector
    from banencalc.report.status import status_report

    def build(dataset: Dataset) -> Report:
        chosen = sector or root_sector(dataset)
        return status_report(compute(dataset, chosen, first, last), by_year=True)

    answer = run_pipeline(common, build, draws_chart=True)
    if common.format is OutputFormat.table and chart and common.output is None and not common.quiet:
        print_chart(answer, common.lang.value)


@app.command(
    epilog="Exit codes: 0 target met (or the given % of it), 1 missed, 2 bad input.\n\n"
    "Examples:\n\n"
    "    banencalc check                        # the latest official year\n\n"
    "    banencalc check --year 2019            # exit 0\n\n"
    "    banencalc check --year 2020            # exit 1\n\n"
    "    banencalc check --year 2019 --sector government --min-achievement 60"
)
@guarded
@with_common
def check(
    year: LatestYearOpt = None,
    sector: SectorOpt = None,
    min_achievement: Annotated[
        str,
        typer.Option(
            "--min-achievement",
            metavar="PCT",
            help="Pass when realised >= PCT % of target: 80 or 80% (a value below 1 without % "
            "is refused: 0.8 could mean 0.8% or 80%).",
        ),
    ] = "100",
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            metavar="N",
            show_default=False,
            help="Judge against this target (jobs) instead of the published one: from 2026 "
            "none is published.",
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """For CI: exit 0 when the sector met its target in the year, 1 when it missed it."""
    from banencalc.calc.check import check as compute
    from banencalc.report.status import check_report

    pct = number("--min-achievement", min_achievement, percent=True)
    assert pct is not None
    if 0 < pct < 1 and not min_achievement.strip().endswith("%"):
        fail(
            Msg(
                "--min-achievement: {given} is ambiguous: write {fraction}% if a fraction of 1 is "
                "meant, or {pct}% for that percentage",
                given=repr(min_achievement),
                fraction=f"{(pct * 100).normalize():f}",
                pct=f"{pct:f}",
            )
        )

    jobs = whole_number("--target", target)

    def build(dataset: Dataset) -> Report:
        return check_report(compute(dataset, year, sector, pct, jobs))

    answer = run_pipeline(common, build)
    if not answer.passed:
        raise typer.Exit(EXIT_MISSED)
