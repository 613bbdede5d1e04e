"""`realisation` (Dutch: `realisatie`): an employer's or a sector's own realisation counted from
payroll data, and each employer's quota position through the same calculation as `employer`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from banencalc.base.messages import Msg
from banencalc.cli.employer_batch import column_mapping
from banencalc.cli.guard import fail, guarded, warn
from banencalc.cli.options import Common, OneSectorOpt, command_app, with_common
from banencalc.cli.pipeline import refuse_output_onto_inputs, run_pipeline
from banencalc.cli.realisation_options import (
    ByOpt,
    ColumnOpt,
    EmitBatchOpt,
    EncodingOpt,
    FilesOpt,
    Level,
    PerEmployeeOpt,
    PseudonymKeyOpt,
    RegisterCutChoice,
    RegisterCutOpt,
    RegisterOpt,
    SheetOpt,
    SkipInvalidOpt,
)

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report
    from banencalc.report.realisation import Level as ReportLevel

app = command_app()


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
    files: FilesOpt,
    register: RegisterOpt = None,
    sector: OneSectorOpt = "government",
    by: ByOpt = Level.employer,
    per_employee: PerEmployeeOpt = False,
    pseudonym_key: PseudonymKeyOpt = None,
    register_cut: RegisterCutOpt = RegisterCutChoice.prorata,
    emit_batch: EmitBatchOpt = None,
    skip_invalid: SkipInvalidOpt = False,
    encoding: EncodingOpt = None,
    column: ColumnOpt = None,
    sheet: SheetOpt = None,
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
