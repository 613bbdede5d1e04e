"""The banencalc command line: parse, call the core, render. Nothing else lives here.

Startup matters (people type these commands), so the data loader, the core and rich are imported
inside the commands, never at module level.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, ParamSpec, TypeVar

import typer

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_MISSED, EXIT_USAGE, BanencalcError

if TYPE_CHECKING:
    from .models import Dataset
    from .render import Report

P = ParamSpec("P")
R = TypeVar("R")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


app = typer.Typer(
    name="banencalc",
    help="Quota calculator for the Dutch Banenafspraak: targets, realised jobs, shortfalls.\n\n"
    "Every figure comes from the bundled data (or --data DIR) with its source and status.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}

DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="BANENCALC_DATA",
        metavar="DIR",
        show_default=False,
        help="Directory with your own targets.yaml and sectors.yaml "
        "(default: the bundled data; also $BANENCALC_DATA).",
    ),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format: table for people; json, csv, markdown for scripts and memos.",
    ),
]
SectorOpt = Annotated[
    str | None,
    typer.Option(
        "--sector",
        "-s",
        help="Sector id: total, market, government or a subsector id (see `status --breakdown`).",
    ),
]
SourcesOpt = Annotated[
    bool,
    typer.Option("--sources", help="List the full references of the sources used."),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"banencalc {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an unexpected error.")
    ] = False,
) -> None:
    _state["debug"] = debug


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"banencalc: error: {message}", err=True)
    raise typer.Exit(code)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """User errors become one message and exit 2; anything else one line and a hint to --debug."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except BanencalcError as exc:
            fail(str(exc), exc.exit_code)
        except BrokenPipeError:  # `banencalc ... | head`
            sys.stderr.close()
            raise typer.Exit(0) from None
        except Exception as exc:
            if _state["debug"] or os.environ.get("BANENCALC_DEBUG"):
                raise
            fail(
                f"internal error ({type(exc).__name__}: {exc}); run again with --debug for the "
                "traceback and please report it",
                EXIT_INTERNAL,
            )

    return wrapper


def _load(data_dir: Path | None) -> Dataset:
    from .data import load_dataset

    return load_dataset(data_dir)


def _emit(report: Report, fmt: OutputFormat, *, full_sources: bool = False) -> None:
    from .render import render

    render(report, fmt.value, sys.stdout, full_sources=full_sources)


def _percentage(option: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip().rstrip("%").replace(",", "."))
    except InvalidOperation:
        fail(f"{option} {text!r} is not a number (e.g. 95 or 97.5)")
    if not value.is_finite():
        fail(f"{option} {text!r} is not a finite number")
    return value


@app.command(
    epilog="Examples:\n\n"
    "    banencalc status --year 2020\n\n"
    "    banencalc status --year 2022 --sector government --breakdown\n\n"
    "    banencalc status --format json | jq '.rows[] | {sector, shortfall}'"
)
@guarded
def status(
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            "-y",
            help="Measurement year (end of "
            "year). Default: the latest with official "
            "realised figures.",
            show_default=False,
        ),
    ] = None,
    sector: SectorOpt = None,
    breakdown: Annotated[
        bool, typer.Option("--breakdown", help="Also list the subsectors (government sectors).")
    ] = False,
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
) -> None:
    """Target versus realised extra jobs in a year: difference, shortfall, % of target."""
    from .calc.status import default_year
    from .calc.status import status as compute
    from .views import status_report

    dataset = _load(data)
    result = compute(
        dataset, year if year is not None else default_year(dataset), sector, breakdown
    )
    _emit(status_report(result), fmt, full_sources=sources)


@app.command(
    epilog="Examples:\n\n"
    "    banencalc history\n\n"
    "    banencalc history --sector government --from 2018 --to 2023\n\n"
    "    banencalc history --format csv > series.csv"
)
@guarded
def history(
    sector: SectorOpt = None,
    first: Annotated[
        int | None,
        typer.Option(
            "--from", help="First year (default: the first in the data).", show_default=False
        ),
    ] = None,
    last: Annotated[
        int | None,
        typer.Option("--to", help="Last year (default: the last in the data).", show_default=False),
    ] = None,
    chart: Annotated[
        bool,
        typer.Option(
            "--chart/--no-chart", help="Draw the chart under the table (table format only)."
        ),
    ] = True,
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
) -> None:
    """The series year by year: target against realised, with a chart in the terminal."""
    from .calc.status import history as compute
    from .calc.status import root_sector
    from .views import status_report

    dataset = _load(data)
    sector = sector or root_sector(dataset)
    result = compute(dataset, sector, first, last)
    name = dataset.sectors[sector].name
    report = status_report(
        result,
        by_year=True,
        title=f"Banenafspraak {result.rows[0].year}-{result.year}: {name}, "
        "extra jobs against target (end of year)",
    )
    _emit(report, fmt, full_sources=sources)
    if fmt is OutputFormat.table and chart:
        _history_chart(name, result.rows)


def _history_chart(name: str, rows: list[Any]) -> None:
    from rich.console import Console

    from .charts import Line, line_chart

    console = Console()
    targets = [(r.year, r.target) for r in rows if r.target is not None]
    realised = [(r.year, r.realised) for r in rows if r.realised is not None]
    lines = [
        Line("target", [y for y, _ in targets], [v for _, v in targets]),
        Line("realised", [y for y, _ in realised], [v for _, v in realised]),
    ]
    text = line_chart(
        f"{name}: extra jobs (end of year)",
        lines,
        width=min(console.width, 100),
        color=console.is_terminal and not console.no_color,
    )
    sys.stdout.write(text + "\n")


@app.command(
    epilog="Exit codes: 0 target met (or the given % of it), 1 missed, 2 bad input.\n\n"
    "Examples:\n\n"
    "    banencalc check --year 2019            # exit 0\n\n"
    "    banencalc check --year 2020            # exit 1\n\n"
    "    banencalc check --year 2019 --sector government --min-achievement 60"
)
@guarded
def check(
    year: Annotated[
        int,
        typer.Option("--year", "-y", help="Measurement year (end of year).", show_default=False),
    ],
    sector: SectorOpt = None,
    min_achievement: Annotated[
        str,
        typer.Option(
            "--min-achievement", metavar="PCT", help="Pass when realised >= PCT % of target."
        ),
    ] = "100",
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
) -> None:
    """For CI: exit 0 when the sector met its target in the year, 1 when it missed it."""
    from .calc.status import check as compute
    from .views import check_report

    result = compute(_load(data), year, sector, _percentage("--min-achievement", min_achievement))
    _emit(check_report(result), fmt, full_sources=sources)
    if not result.passed:
        raise typer.Exit(EXIT_MISSED)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="banencalc")
