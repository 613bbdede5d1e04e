"""`employer --file`'s options checked before any row is read: what a file run cannot take (each
row carries its own hours), the output's format and dialect, and never an output onto an input."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from banencalc.base.messages import Msg
from banencalc.cli.employer_batch import column_mapping, employer_batch
from banencalc.cli.guard import fail
from banencalc.cli.options import BATCH_FORMAT_BY_SUFFIX, BatchFormat
from banencalc.cli.options import batch_format as batch_format_of
from banencalc.cli.pipeline import load, refuse_output_onto_inputs, refuse_unwritable_output

if TYPE_CHECKING:
    from banencalc.cli.options import Common


def run_file(
    common: Common,
    file: Path,
    year: int | None,
    sector: str,
    quantities: Mapping[str, object],
    batch_format: BatchFormat | None,
    skip_invalid: bool,
    encoding: str | None,
    column: list[str],
    sheet: str | None,
) -> None:
    """Assess every row of `file`; `quantities` are the single-employer options as typed (any
    given is refused: a row carries its own)."""
    given = {
        **quantities,
        "--set": common.set_items,
        "--scenario": common.scenario,
        "--sources": common.sources or None,
        "--format": common.fmt.value if common.fmt is not None else None,
    }
    ignored = [option for option, value in given.items() if value]
    if ignored:
        fail(
            Msg(
                "{options} cannot be used with --file (each row carries its own hours; the "
                "output is chosen with --batch-format csv|jsonl|xlsx or --output); the "
                "optional columns are sector, year, previous_year_hours, hired_out_hours, "
                "hours_from_lenders and hours_to_hirers",
                options=", ".join(ignored),
            )
        )
    if common.quiet:
        fail(Msg("--quiet cannot be used with --file: the rows written are the answer"))
    refuse_output_onto_inputs(common.output, common.data, file)
    chosen = batch_format_of(batch_format, common.output)
    if common.output is not None and chosen is not BatchFormat.xlsx:
        refuse_unwritable_output(common.output, BATCH_FORMAT_BY_SUFFIX)
    if common.csv_dialect.value != "standard" and chosen is not BatchFormat.csv:
        fail(
            Msg(
                "--csv-dialect {dialect} applies to --batch-format csv only",
                dialect=common.csv_dialect.value,
            )
        )
    employer_batch(
        load(common.data),
        file,
        year,
        sector,
        common.output,
        chosen,
        skip_invalid,
        common.strict,
        encoding or "utf-8",
        column_mapping(column),
        common.csv_dialect.value,
        sheet,
    )
