"""The banencalc command line: parse, call the core, render. Nothing else lives here.

Startup matters (people type these commands), so the data loader, the core and rich are imported
inside the commands, never at module level.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, ParamSpec, TypeVar

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


def _number(option: str, text: str | None) -> Decimal | None:
    from .parsing import parse_decimal

    return None if text is None else parse_decimal(text.rstrip("%"), option)


def _percentage(option: str, text: str) -> Decimal:
    from .parsing import parse_decimal

    return parse_decimal(text.rstrip("%"), option)


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


@app.command(
    epilog="Examples:\n\n"
    "    banencalc quota --year 2019\n\n"
    "    banencalc quota --year 2019 --use-estimates\n\n"
    "    banencalc quota --year 2021 --nulmeting-jobs 11700 --employees 975000"
)
@guarded
def quota(
    year: Annotated[
        int,
        typer.Option(
            "--year", "-y", help="The year the percentage applies to.", show_default=False
        ),
    ],
    sector: Annotated[str, typer.Option("--sector", "-s", help="Sector id.")] = "government",
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
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
) -> None:
    """The quota percentage: published (with its status) and recomputed by Wfsv art 38f."""
    from .calc.quota import quota as compute
    from .views_quota import quota_report

    result = compute(
        _load(data),
        year,
        sector,
        nulmeting_jobs=_number("--nulmeting-jobs", nulmeting_jobs),
        employees=_number("--employees", employees),
        use_estimates=use_estimates,
    )
    _emit(quota_report(result), fmt, full_sources=sources)


class Per(StrEnum):
    year = "year"
    week = "week"


class BatchFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


@app.command(
    epilog="Examples:\n\n"
    "    banencalc employer --year 2018 --paid-hours 300000\n\n"
    "    banencalc employer --year 2024 --paid-hours 2500 --per week "
    "--target-group-hours 40\n\n"
    "    banencalc employer --year 2024 --fte 120 --hours-per-week 36 "
    "--target-group-jobs 2\n\n"
    "    banencalc employer --paid-hours 300000 --years 2019-2025\n\n"
    "    banencalc employer --year 2024 --file employers.csv --output results.csv"
)
@guarded
def employer(
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="The year of the hours.", show_default=False)
    ] = None,
    paid_hours: Annotated[
        str | None,
        typer.Option(
            "--paid-hours",
            metavar="H",
            show_default=False,
            help="Total paid hours (verloonde uren), per year or per --per week.",
        ),
    ] = None,
    per: Annotated[
        Per, typer.Option("--per", help="Whether the hours are per year or per week.")
    ] = Per.year,
    fte: Annotated[
        str | None,
        typer.Option(
            "--fte",
            metavar="N",
            show_default=False,
            help="Employees (FTE) instead of --paid-hours; with --hours-per-week.",
        ),
    ] = None,
    hours_per_week: Annotated[
        str | None,
        typer.Option(
            "--hours-per-week",
            metavar="h",
            show_default=False,
            help="Hours a week per FTE for --fte; also the week of the people to hire in "
            "'to close the gap' (default: a job of 25.5 h).",
        ),
    ] = None,
    target_group_hours: Annotated[
        str | None,
        typer.Option(
            "--target-group-hours",
            metavar="H",
            show_default=False,
            help="Paid hours of target-group employees (same period as the paid hours).",
        ),
    ] = None,
    target_group_jobs: Annotated[
        str | None,
        typer.Option(
            "--target-group-jobs",
            metavar="J",
            show_default=False,
            help="Target-group employment in jobs of 25.5 h a week, instead of hours.",
        ),
    ] = None,
    sector: Annotated[
        str,
        typer.Option(
            "--sector", "-s", help="Sector id (the quota is activated for government only)."
        ),
    ] = "government",
    quota_pct: Annotated[
        str | None,
        typer.Option(
            "--quota-pct",
            metavar="PCT",
            show_default=False,
            help="Use this quota percentage instead of the published one.",
        ),
    ] = None,
    years: Annotated[
        str | None,
        typer.Option(
            "--years",
            metavar="Y1-Y2",
            show_default=False,
            help="The same employer over several years, each with its own percentage.",
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="CSV",
            show_default=False,
            dir_okay=False,
            help="Many employers: CSV with id, paid_hours, target_group_hours[, sector, year].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            show_default=False,
            dir_okay=False,
            help="With --file: write the rows here instead of stdout.",
        ),
    ] = None,
    batch_format: Annotated[
        BatchFormat, typer.Option("--batch-format", help="With --file: csv or jsonl (JSON lines).")
    ] = BatchFormat.csv,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="With --file: leave bad rows out (they are listed) and go on."
        ),
    ] = False,
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
) -> None:
    """One employer's quota: liable?, required jobs, shortfall and levy, step by step."""
    dataset = _load(data)
    if file is not None:
        _employer_batch(dataset, file, year, sector, output, batch_format, skip_invalid)
        return
    from .calc.employer import EmployerInput, assess, goal_seek, years_ahead
    from .views_quota import employer_report, employer_years_report

    period, paid = _paid_hours(paid_hours, per, fte, hours_per_week)
    unit_fig = dataset.constant("hours_per_job_" + period, year or 2018)
    if target_group_hours is not None and target_group_jobs is not None:
        fail("give --target-group-hours or --target-group-jobs, not both")
    tg = _number("--target-group-hours", target_group_hours) or Decimal(0)
    jobs = _number("--target-group-jobs", target_group_jobs)
    if jobs is not None and unit_fig is not None:
        tg = jobs * unit_fig.value
    pct = _number("--quota-pct", quota_pct)
    if years is not None:
        from .parsing import parse_year_range

        span = parse_year_range(years)
        base = EmployerInput(span[0], paid, tg, period, sector, pct)
        _emit(employer_years_report(years_ahead(dataset, base, span)), fmt, full_sources=sources)
        return
    if year is None:
        fail("--year is required (or --years Y1-Y2)")
    result = assess(dataset, EmployerInput(year, paid, tg, period, sector, pct))
    goal = None
    if result.shortfall_jobs > 0:  # people to hire: at --hours-per-week, else jobs of 25.5 h
        week = _number("--hours-per-week", hours_per_week) if fte is None else None
        job_week = dataset.constant("hours_per_job_week", year)
        goal = goal_seek(result, week or (job_week.value if job_week else None))
    _emit(employer_report(result, goal), fmt, full_sources=sources)


def _paid_hours(
    paid_hours: str | None, per: Per, fte: str | None, hours_per_week: str | None
) -> tuple[Literal["year", "week"], Decimal]:
    if fte is not None:
        if paid_hours is not None:
            fail("give --paid-hours or --fte with --hours-per-week, not both")
        if hours_per_week is None:
            fail("--fte needs --hours-per-week")
        count = _number("--fte", fte)
        week = _number("--hours-per-week", hours_per_week)
        assert count is not None and week is not None
        return "week", count * week
    if paid_hours is None:
        fail("give --paid-hours H (or --fte N --hours-per-week h, or --file CSV)")
    value = _number("--paid-hours", paid_hours)
    assert value is not None
    return per.value, value


def _employer_batch(
    dataset: Dataset,
    file: Path,
    year: int | None,
    sector: str,
    output: Path | None,
    batch_format: BatchFormat,
    skip_invalid: bool,
) -> None:
    from rich.console import Console

    from .batch import run_batch, write_output

    errors = Console(stderr=True)
    progress = None
    if errors.is_terminal and file.exists() and file.stat().st_size > 2_000_000:
        from rich.progress import Progress

        progress = Progress(console=errors, transient=True)
    total_lines = None

    def produce(out: Any) -> Any:
        if progress is None:
            return run_batch(
                dataset,
                file,
                year=year,
                sector=sector,
                out=out,
                out_format=batch_format.value,
                skip_invalid=skip_invalid,
            )
        with progress:
            task = progress.add_task(f"reading {file.name}", total=total_lines)
            return run_batch(
                dataset,
                file,
                year=year,
                sector=sector,
                out=out,
                out_format=batch_format.value,
                skip_invalid=skip_invalid,
                on_progress=lambda n: progress.update(task, completed=n),
            )

    summary = write_output(output, produce, sys.stdout)
    for line_no, reason in summary.skipped:
        typer.echo(f"banencalc: skipped line {line_no}: {reason}", err=True)
    typer.echo(
        f"banencalc: {summary.rows:,} employers, {summary.liable:,} liable, total "
        f"shortfall {summary.shortfall_jobs:,.2f} jobs, total levy EUR "
        f"{summary.levy_eur:,.2f}"
        + (f", {len(summary.skipped):,} rows skipped" if summary.skipped else ""),
        err=True,
    )


def main() -> None:
    """Console-script entry point."""
    app(prog_name="banencalc")
