"""`realisation` (Dutch: `realisatie`): an employer's or a sector's own realisation counted from
payroll data, and each employer's quota position through the same calculation as `employer`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.base.messages import Msg
from banencalc.cli.employer_batch import column_mapping
from banencalc.cli.guard import fail, guarded, warn
from banencalc.cli.options import Common, OneSectorOpt, command_app, with_common
from banencalc.cli.pipeline import refuse_output_onto_inputs, run_pipeline

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report
    from banencalc.report.realisation import Level as ReportLevel

app = command_app()


class Level(StrEnum):
    employer = "employer"
    quarter = "quarter"


class RegisterCutChoice(StrEnum):
    prorata = "prorata"
    first_day = "first-day"


@app.command(
    epilog="Examples:\n\n"
    "    banencalc realisation examples/payroll/loonlijst-2024.csv "
    "--register examples/payroll/register.csv\n\n"
    "    banencalc realisation loonlijst.csv --register register.csv --by quarter\n\n"
    "    banencalc realisation aangiften/*.xml --register register.csv\n\n"
    "    banencalc realisation loonlijst.csv --register register.csv --emit-batch werkgevers.csv"
)
@guarded
@with_common
def realisation(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="PAYROLL...",
            show_default=False,
            help="A payroll export (CSV, .xlsx or .parquet: one row per employee per pay "
            "period), or loonaangifte messages (.xml).",
        ),
    ],
    register: Annotated[
        Path | None,
        typer.Option(
            "--register",
            metavar="FILE",
            show_default=False,
            help="The register list (employee, register_start, register_end): hours count "
            "only inside each person's register period.",
        ),
    ] = None,
    sector: OneSectorOpt = "government",
    by: Annotated[
        Level,
        typer.Option("--by", help="Rows per employer and year, or per quarter."),
    ] = Level.employer,
    per_employee: Annotated[
        bool,
        typer.Option(
            "--per-employee",
            help="Rows per employee (personal data: only the pseudonym given, or a keyed hash "
            "of a BSN).",
        ),
    ] = False,
    pseudonym_key: Annotated[
        Path | None,
        typer.Option(
            "--pseudonym-key",
            metavar="FILE",
            show_default=False,
            help="A file with a secret you keep: employees are written as a keyed hash.",
        ),
    ] = None,
    register_cut: Annotated[
        RegisterCutChoice,
        typer.Option(
            "--register-cut",
            help="A period partly in the register: prorata (by calendar day) or first-day "
            "(whole when its first day is in the register).",
        ),
    ] = RegisterCutChoice.prorata,
    emit_batch: Annotated[
        Path | None,
        typer.Option(
            "--emit-batch",
            metavar="FILE",
            show_default=False,
            help="Also write the employer-years as the input of `employer --file` (CSV).",
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="Leave rows that cannot be counted out, and list them."
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            show_default=False,
            help="A CSV file's text encoding (default utf-8; Excel on Windows often writes "
            "cp1252).",
        ),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            metavar="COLUMN=HEADER",
            show_default=False,
            help="Read COLUMN from the file's column HEADER (e.g. paid_hours=Uren); repeatable.",
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet",
            metavar="NAME",
            show_default=False,
            help="With an .xlsx payroll: the sheet to read (default: the first visible one).",
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """Realised jobs and persons counted from payroll data, and each employer's quota position."""
    from banencalc.calc.realisation import assess
    from banencalc.cli.pipeline import load
    from banencalc.payroll import PayrollRequest, count_payroll
    from banencalc.report.realisation import realisation_report

    inputs = [*files, *(p for p in (register, pseudonym_key) if p is not None)]
    refuse_output_onto_inputs(common.output, common.data, *inputs)
    refuse_output_onto_inputs(emit_batch, common.data, *inputs)
    if by is Level.quarter and per_employee:
        fail(Msg("--by quarter and --per-employee are two views; give one"))
    dataset = load(common.data)
    count = count_payroll(
        PayrollRequest(
            files=tuple(files),
            register=register,
            mapping=column_mapping(column or []),
            encoding=encoding or "utf-8",
            sheet=sheet,
            register_cut="prorata" if register_cut is RegisterCutChoice.prorata else "first-day",
            skip_invalid=skip_invalid,
            per_employee=per_employee,
            pseudonym_key=pseudonym_key,
            per_person_from=_first_wet_year(dataset),
        )
    )
    for where, why in count.skipped:
        warn(Msg("skipped {where}: {why}", where=where, why=why))
    level: ReportLevel = (
        "employee" if per_employee else "quarter" if by is Level.quarter else "employer"
    )
    if emit_batch is not None:
        from banencalc.payroll.emit import write_batch_input

        write_batch_input(emit_batch, assess(dataset, count, sector))

    def build(data: Dataset) -> Report:
        return realisation_report(assess(data, count, sector), level)

    run_pipeline(common, build)


def _first_wet_year(dataset: Dataset) -> int | None:
    from banencalc.calc.regime import last_quota_law_year

    last = last_quota_law_year(dataset)
    return None if last is None else last + 1
