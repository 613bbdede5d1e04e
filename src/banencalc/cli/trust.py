"""`sources`, `validate` and `schema`: where figures come from, and the data files checked."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.base.errors import EXIT_USAGE
from banencalc.cli.guard import guarded
from banencalc.cli.options import (
    Common,
    DataOpt,
    FormatOpt,
    LangOpt,
    Language,
    OutputOpt,
    command_app,
)
from banencalc.cli.pipeline import (
    run_pipeline,
    write,
)

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report

app = command_app()


@app.command(
    epilog="Examples:\n\n"
    "    banencalc sources\n\n"
    "    banencalc sources --figure realised.total.2023\n\n"
    "    banencalc sources --figure targets.market.2018 --format json"
)
@guarded
def sources(
    figure: Annotated[
        str | None,
        typer.Option(
            "--figure",
            metavar="KEY",
            show_default=False,
            help="One figure: its value, status, source, and how a derived value is derived.",
        ),
    ] = None,
    fmt: FormatOpt = None,
    data: DataOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = Language.en,
) -> None:
    """Where each figure comes from: the list of sources, or one figure's provenance."""
    from banencalc.report.trust import figure_report, sources_report

    def build(dataset: Dataset) -> Report:
        return sources_report(dataset) if figure is None else figure_report(dataset, figure)

    run_pipeline(Common(fmt, data, True, None, None, output, False, lang), build)


@app.command(
    epilog="Exit codes: 0 no errors (warnings allowed), 2 errors found.\n\n"
    "Examples:\n\n"
    "    banencalc validate\n\n"
    "    banencalc validate --data ./my-data --format json"
)
@guarded
def validate(
    fmt: FormatOpt = None,
    data: DataOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = Language.en,
) -> None:
    """Check the data files and report every problem at once (file:line, field, what is wrong)."""
    from banencalc.dataset.checks import validate as run_checks
    from banencalc.dataset.location import describe, resolve_data_dir
    from banencalc.report.trust import validate_report

    directory = resolve_data_dir(data)
    findings = run_checks(directory)
    write(
        validate_report(describe(directory), findings),
        Common(fmt, data, False, None, None, output, False, lang),
    )
    if any(f.level == "error" for f in findings):
        raise typer.Exit(EXIT_USAGE)


class SchemaName(StrEnum):
    targets = "targets"
    sectors = "sectors"
    scenario = "scenario"
    monitor = "monitor"


@app.command(
    epilog="Editors validate data files with it; see the README:\n\n"
    "    banencalc schema targets > targets.schema.json"
)
@guarded
def schema(
    name: Annotated[SchemaName, typer.Argument(help="Which file's schema.")] = SchemaName.targets,
) -> None:
    """Print the JSON Schema of a data file (generated from the models)."""
    from banencalc.dataset.schema import json_schema

    typer.echo(json_schema(name.value))


@app.command(
    epilog="Examples:\n\n"
    "    banencalc rules --year 2026\n\n"
    "    banencalc rules --year 2019 --format json"
)
@guarded
def rules(
    year: Annotated[
        int,
        typer.Option("--year", "-y", show_default=False, help="The year whose rules to show."),
    ],
    fmt: FormatOpt = None,
    data: DataOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = Language.en,
) -> None:
    """The regime of a year explained: its law, articles, figures and what is not published."""
    from banencalc.calc.regime import rules_of
    from banencalc.report.rules import rules_report

    def build(dataset: Dataset) -> Report:
        return rules_report(rules_of(dataset, year))

    run_pipeline(Common(fmt, data, True, None, None, output, False, lang), build)
