"""`employer --file`: many employers from a CSV or workbook, streamed, with the summary and the
rows that had to take a default said on stderr."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from banencalc.base.messages import Msg
from banencalc.cli.guard import fail
from banencalc.cli.options import BatchFormat
from banencalc.cli.pipeline import input_language

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.i18n import Lang


def column_mapping(items: list[str]) -> dict[str, str]:
    """`--column paid_hours=Uren` items as {column: header}."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, header = item.partition("=")
        if not sep or not column.strip() or not header.strip():
            fail(Msg("--column: {item}: give COLUMN=HEADER, e.g. paid_hours=Uren", item=repr(item)))
        if column.strip() in mapping:
            fail(Msg("--column: {column} is mapped twice", column=column.strip()))
        mapping[column.strip()] = header.strip()
    return mapping


def employer_batch(
    dataset: Dataset,
    file: Path,
    year: int | None,
    sector: str,
    output: Path | None,
    batch_format: BatchFormat,
    skip_invalid: bool,
    strict: bool = False,
    encoding: str = "utf-8",
    columns: dict[str, str] | None = None,
    csv_dialect: str = "standard",
    sheet: str | None = None,
) -> None:
    from rich.console import Console

    from banencalc.batch import run_batch, write_output

    errors = Console(stderr=True)
    show_progress = (
        errors.is_terminal
        and str(file) != "-"
        and file.exists()
        and file.stat().st_size > 2_000_000
    )

    def produce(out: Any, staged: bool) -> Any:
        def batch(on_progress: Any = None) -> Any:
            return run_batch(
                dataset,
                file,
                year=year,
                sector=sector,
                out=out,
                # a workbook is built from the JSON lines once the run has succeeded
                out_format="csv" if batch_format is BatchFormat.csv else "jsonl",
                skip_invalid=skip_invalid,
                strict=strict,
                on_progress=on_progress,
                staged=staged,
                lang=input_language["lang"],
                encoding=encoding,
                columns=columns,
                csv_dialect=csv_dialect,
                sheet=sheet,
            )

        if not show_progress:
            return batch()
        from rich.progress import Progress

        with Progress(console=errors, transient=True) as progress:
            task = progress.add_task(f"reading {file.name}", total=None)
            return batch(lambda n: progress.update(task, completed=n))

    from banencalc.render.text import say

    lang: Lang = "nl" if input_language["lang"] == "nl" else "en"
    if batch_format is BatchFormat.xlsx:
        assert output is not None  # batch_format_of
        summary = _batch_workbook(
            output, produce, lambda done: _summary(done, file, dataset, sector), lang
        )
    else:
        summary = write_output(output, produce)
    for message in _summary(summary, file, dataset, sector):
        typer.echo("banencalc: " + say(message, lang), err=True)


def _summary(summary: Any, file: Path, dataset: Dataset, sector: str) -> list[Msg]:
    """What a run says beside its rows: the rows skipped (the first ones listed), the totals,
    the sheet read, a totals row left out, the rows that took the default sector."""
    said: list[Msg] = []
    key = "skipped row {line}: {reason}" if summary.sheet.sheet else "skipped line {line}: {reason}"
    for line_no, reason in summary.skipped:
        said.append(Msg(key, line=str(line_no), reason=reason))
    unlisted = summary.skipped_count - len(summary.skipped)
    if unlisted > 0:  # every skipped row is counted; the first ones are listed
        said.append(
            Msg.plural(
                "{more} more skipped row is not listed (the first {listed} are)",
                "{more} more skipped rows are not listed (the first {listed} are)",
                count="more",
                more=unlisted,
                listed=len(summary.skipped),
            )
        )
    cents = Decimal("0.01")
    parts = [
        Msg.plural(
            "{rows} employer, {liable} liable, total shortfall {jobs} jobs, total levy EUR {levy}",
            "{rows} employers, {liable} liable, total shortfall {jobs} jobs, total levy EUR {levy}",
            count="rows",
            rows=summary.rows,
            liable=summary.liable,
            jobs=summary.shortfall_jobs.quantize(cents),
            levy=summary.levy_eur.quantize(cents),
        )
    ]
    if not summary.levy_charged:
        parts.append(Msg(" (not collected: Wfsv art 122na)"))
    if summary.skipped_count:
        parts.append(
            Msg.plural(
                ", {skipped} row skipped",
                ", {skipped} rows skipped",
                count="skipped",
                skipped=summary.skipped_count,
            )
        )
    said.append(Msg.joined(parts, separator=""))
    read = summary.sheet
    if read.sheet:
        sheet_said = Msg("read sheet {sheet} of {file}", sheet=repr(read.sheet), file=file.name)
        if read.hidden_skipped:
            sheet_said = Msg(
                "{said} (hidden sheet {hidden} passed over)",
                said=sheet_said,
                hidden=", ".join(map(repr, read.hidden_skipped)),
            )
        said.append(sheet_said)
    if read.totals_row is not None:
        said.append(
            Msg(
                "row {row} is a totals row ({first}): left out",
                row=str(read.totals_row[0]),
                first=repr(read.totals_row[1]),
            )
        )
    if summary.default_sector_rows:
        from banencalc.calc.status import check_sector, sector_name

        said.append(
            Msg(
                "{rows} rows have no sector of their own: computed as {sector} (--sector)",
                rows=summary.default_sector_rows,
                sector=sector_name(dataset, check_sector(dataset, sector)),
            )
        )
    return said


def _batch_workbook(
    output: Path, produce: Any, summarise: Callable[[Any], list[Msg]], lang: Lang
) -> Any:
    """Run the batch into JSON lines in a temporary file, then write them as a workbook with
    the run's summary on a sheet of its own (a failed run writes nothing)."""
    import tempfile

    from banencalc.base.files import write_atomic_bytes
    from banencalc.batch.columns import NUMERIC_COLUMNS
    from banencalc.render.text import say
    from banencalc.render.xlsx import batch_workbook

    with tempfile.TemporaryFile("w+", encoding="utf-8") as lines:
        summary = produce(lines, True)
        lines.seek(0)
        said = [say(message, lang) for message in summarise(summary)]
        write_atomic_bytes(output, batch_workbook(lines, lang, said, NUMERIC_COLUMNS))
    return summary
