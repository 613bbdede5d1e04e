"""`quota`: the quota percentage, published and recomputed (Wfsv art 38f)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.cli.guard import guarded
from banencalc.cli.options import Common, OneSectorOpt, command_app, with_common
from banencalc.cli.pipeline import number, run_pipeline

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report

app = command_app()


@app.command(
    epilog="Examples:\n\n"
    "    banencalc quota --year 2019\n\n"
    "    banencalc quota --year 2019 --use-estimates\n\n"
    "    banencalc quota --year 2021 --nulmeting-jobs 11700 --employees 975000"
)
@guarded
@with_common
def quota(
    year: Annotated[
        int,
        typer.Option(
            "--year", "-y", show_default=False, help="The year the percentage applies to."
        ),
    ],
    sector: OneSectorOpt = "government",
    nulmeting_jobs: Annotated[
        str | None,
        typer.Option(
            "--nulmeting-jobs",
            metavar="A",
            show_default=False,
            help="A: target-group jobs at the nulmeting (1 Jan 2013); not published.",
        ),
    ] = None,
    employees: Annotated[
        str | None,
        typer.Option(
            "--employees",
            metavar="D",
            show_default=False,
            help="D: employees at liable employers in the year; not published.",
        ),
    ] = None,
    use_estimates: Annotated[
        bool,
        typer.Option(
            "--use-estimates", help="Fill A and D x E from the labelled estimates in the data."
        ),
    ] = False,
    *,
    common: Common,
) -> None:
    """The quota percentage: published (with its status) and recomputed by Wfsv art 38f."""
    from banencalc.calc.quota import quota as compute
    from banencalc.report.quota import quota_report

    a = number("--nulmeting-jobs", nulmeting_jobs)
    d = number("--employees", employees)

    def build(dataset: Dataset) -> Report:
        return quota_report(
            compute(
                dataset, year, sector, nulmeting_jobs=a, employees=d, use_estimates=use_estimates
            )
        )

    run_pipeline(common, build)
