"""The banencalc command line: parse, call the core, render. Nothing else lives here.

Startup matters (people type these commands), so the data loader, the core and rich are imported
inside the commands, never at module level.

Every command shares one pipeline (`_run`): load the data, apply a what-if scenario if one is given,
build the report for the baseline (and the scenario), warn about figures that are not verified,
render, and write to stdout or --output.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn, ParamSpec, TypeVar

import typer

from banencalc import __version__
from banencalc.errors import EXIT_INTERNAL, EXIT_MISSED, EXIT_USAGE, BanencalcError

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report

P = ParamSpec("P")
R = TypeVar("R")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class Language(StrEnum):
    en = "en"
    nl = "nl"


class Per(StrEnum):
    year = "year"
    week = "week"


class BatchFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"


app = typer.Typer(
    name="banencalc",
    help="Quota calculator for the Dutch Banenafspraak: targets, realised jobs, shortfalls, "
    "quota percentages, employer levies and catch-up paths.\n\n"
    "Every figure comes from the bundled data (or --data DIR) with its source and status. "
    "Exit codes: 0 ok, 1 a check found the target missed, 2 bad input.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}

# -- options every command shares -----------------------------------------------------------------
DataOpt = Annotated[
    Path | None,
    typer.Option(
        "--data",
        envvar="BANENCALC_DATA",
        metavar="DIR",
        show_default=False,
        help="Directory with your own targets.yaml and sectors.yaml (default: the "
        "bundled data; also $BANENCALC_DATA).",
    ),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table for people; json, csv, markdown for scripts and memos.",
    ),
]
SourcesOpt = Annotated[
    bool,
    typer.Option("--sources", help="List the full references of the sources used."),
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set",
        metavar="KEY=VALUE",
        show_default=False,
        help="What-if: change a figure or parameter for this run (repeatable), e.g. "
        "realised.government.2021=21000, quota.government.2025=2.8, levy_eur=7500.",
    ),
]
ScenarioOpt = Annotated[
    Path | None,
    typer.Option(
        "--scenario",
        metavar="FILE",
        show_default=False,
        dir_okay=False,
        help="What-if: a YAML file with name, description and set: {KEY: VALUE}.",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        show_default=False,
        dir_okay=False,
        help="Write the result to FILE instead of stdout.",
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Exit 2 when the result rests on a figure that is not "
        "verified (derived, indicative, estimated or unverified).",
    ),
]
LangOpt = Annotated[
    Language,
    typer.Option(
        "--lang",
        envvar="BANENCALC_LANG",
        case_sensitive=False,
        help="Language of tables and Markdown: en or nl (Dutch labels and numbers, "
        "66.097 and 2,14%). JSON and CSV are never localised. Also $BANENCALC_LANG.",
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


@dataclass(frozen=True)
class Common:
    fmt: OutputFormat
    data: Path | None
    sources: bool
    set_items: list[str] | None
    scenario: Path | None
    output: Path | None
    strict: bool
    lang: Language = Language.en


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
    from banencalc.render.text import escape_controls

    typer.echo(f"banencalc: error: {escape_controls(message)}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    from banencalc.render.text import escape_controls

    typer.echo(f"banencalc: warning: {escape_controls(message)}", err=True)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """User errors become one message and exit 2; anything else one line and a hint to --debug."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except BanencalcError as exc:
            option = f"--{exc.field.replace('_', '-')}: " if exc.field else ""
            fail(option + str(exc), exc.exit_code)
        except BrokenPipeError:  # `banencalc ... | head` outside the writers that handle it
            from banencalc.files import discard_stdout

            discard_stdout()
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
    from banencalc.dataset.loading import load_dataset

    return load_dataset(data_dir)


def _run(common: Common, build: Callable[[Dataset], Report]) -> Report:
    """Load, apply the scenario, build, warn, render, write. Returns the report of the answer
    (the scenario's when one is active) so a command can derive its exit code."""
    _refuse_output_onto_inputs(common.output, common.data, common.scenario)
    dataset = _load(common.data)
    report = build(dataset)
    answer = report
    if common.set_items or common.scenario is not None:
        from banencalc import scenario as whatif
        from banencalc.render.compare import compare

        chosen = (
            whatif.load_scenario(common.scenario)
            if common.scenario is not None
            else whatif.Scenario("--set", "", {})
        )
        overrides = {**chosen.overrides, **whatif.parse_set(common.set_items or [])}
        chosen = whatif.Scenario(chosen.name, chosen.description, overrides)
        changed, changes = whatif.apply(dataset, chosen)
        answer = build(changed)
        report = compare(
            report,
            answer,
            chosen.name,
            [str(c) for c in changes],
            [{"key": c.key, "old": c.old, "new": c.new} for c in changes],
            common.lang.value,
        )
    _check_provenance(answer, common.strict)
    _write(report, common)
    return answer


def _refuse_output_onto_inputs(
    output: Path | None, data: Path | None, *others: Path | None
) -> None:
    """Before anything is read: --output must not name a file this run reads."""
    if output is None:
        return
    from banencalc.dataset.loading import SECTORS_FILE, TARGETS_FILE, resolve_data_dir
    from banencalc.files import refuse_overwriting_inputs

    directory = resolve_data_dir(data)
    inputs = [directory / TARGETS_FILE, directory / SECTORS_FILE]
    refuse_overwriting_inputs(output, [*inputs, *(o for o in others if o is not None)])


def _check_provenance(report: Report, strict: bool) -> None:
    """Warn about figures that are neither verified nor derived from verified ones, or that are
    approximate; with --strict, refuse anything not verified and exact."""
    figures = report.payload.get("figures", [])

    def label(f: dict[str, Any]) -> str:
        return f"{f['key']} ({f['status']}{', approximate' if f.get('approximate') else ''})"

    weak = [
        label(f)
        for f in figures
        if f.get("approximate") or f.get("status") not in (None, "verified", "derived")
    ]
    if strict:
        weak = [label(f) for f in figures if f.get("approximate") or f.get("status") != "verified"]
    if not weak:
        return
    message = "this result rests on figures that are not verified: " + ", ".join(weak)
    if strict:
        raise BanencalcError(message + " (--strict)")
    warn(message)


def _write(report: Report, common: Common) -> None:
    from banencalc.files import write_atomic, write_stdout
    from banencalc.render import render

    if common.output is None:
        write_stdout(
            lambda out: render(
                report, common.fmt.value, out, full_sources=common.sources, lang=common.lang.value
            )
        )
        return
    write_atomic(
        common.output,
        lambda out: render(
            report,
            common.fmt.value,
            out,
            full_sources=common.sources,
            color=False,
            lang=common.lang.value,
        ),
    )


def _number(option: str, text: str | None, *, percent: bool = False) -> Decimal | None:
    """A number typed for `option`; `%` is allowed only where a percentage is asked for."""
    from banencalc.parsing import parse_decimal

    if text is None:
        return None
    if percent and text.strip().endswith("%"):
        text = text.strip()[:-1]
    return parse_decimal(text, option)


def _positive(option: str, text: str | None) -> Decimal | None:
    value = _number(option, text)
    if value is not None and value <= 0:
        fail(f"{option} must be above 0, not {text}")
    return value


# -- status, history, check ------------------------------------------------------------------------
@app.command(
    epilog="Examples:\n\n"
    "    banencalc status --year 2020\n\n"
    "    banencalc status --year 2022 --sector government --breakdown\n\n"
    "    banencalc status --year 2021 --set realised.government.2021=21000\n\n"
    "    banencalc status --format json | jq '.rows[] | {sector, shortfall}'"
)
@guarded
def status(
    year: Annotated[
        int | None,
        typer.Option(
            "--year",
            "-y",
            show_default=False,
            help="Measurement year (end of year). Default: the "
            "latest with official realised figures.",
        ),
    ] = None,
    sector: SectorOpt = None,
    breakdown: Annotated[
        bool, typer.Option("--breakdown", help="Also list the subsectors (government sectors).")
    ] = False,
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """Target versus realised extra jobs in a year: difference, shortfall, % of target."""
    from banencalc.calc.status import default_year
    from banencalc.calc.status import status as compute
    from banencalc.report.status import status_report

    def build(dataset: Dataset) -> Report:
        chosen = year if year is not None else default_year(dataset)
        return status_report(compute(dataset, chosen, sector, breakdown))

    _run(Common(fmt, data, sources, set_items, scenario, output, strict, lang), build)


@app.command(
    epilog="Examples:\n\n"
    "    banencalc history\n\n"
    "    banencalc history --sector government --from 2018 --to 2023\n\n"
    "    banencalc history --format csv --output series.csv"
)
@guarded
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
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """The series year by year: target against realised, with a chart in the terminal."""
    from banencalc.calc.status import history as compute
    from banencalc.calc.status import root_sector
    from banencalc.report.status import status_report

    rows: list[Any] = []

    def build(dataset: Dataset) -> Report:
        chosen = sector or root_sector(dataset)
        result = compute(dataset, chosen, first, last)
        rows[:] = result.rows
        return status_report(result, by_year=True)

    _run(Common(fmt, data, sources, set_items, scenario, output, strict, lang), build)
    if fmt is OutputFormat.table and chart and output is None and rows:
        from banencalc.report.model import Line

        targets = [(r.year, r.target) for r in rows if r.target is not None]
        realised = [(r.year, r.realised) for r in rows if r.realised is not None]
        _chart(
            f"{rows[0].name}: extra jobs (end of year)",
            [
                Line("target", [y for y, _ in targets], [v for _, v in targets]),
                Line("realised", [y for y, _ in realised], [v for _, v in realised]),
            ],
        )


def _chart(title: str, lines: list[Any]) -> None:
    from rich.console import Console

    from banencalc.render.charts import line_chart

    console = Console()
    color = console.is_terminal and not console.no_color
    sys.stdout.write(line_chart(title, lines, width=min(console.width, 100), color=color) + "\n")


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
        typer.Option("--year", "-y", show_default=False, help="Measurement year (end of year)."),
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
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """For CI: exit 0 when the sector met its target in the year, 1 when it missed it."""
    from banencalc.calc.status import check as compute
    from banencalc.report.status import check_report

    pct = _number("--min-achievement", min_achievement, percent=True)
    assert pct is not None

    def build(dataset: Dataset) -> Report:
        return check_report(compute(dataset, year, sector, pct))

    answer = _run(Common(fmt, data, sources, set_items, scenario, output, strict, lang), build)
    if not answer.payload["passed"]:
        raise typer.Exit(EXIT_MISSED)


# -- quota and employer ----------------------------------------------------------------------------
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
            "--year", "-y", show_default=False, help="The year the percentage applies to."
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
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """The quota percentage: published (with its status) and recomputed by Wfsv art 38f."""
    from banencalc.calc.quota import quota as compute
    from banencalc.report.quota import quota_report

    a = _number("--nulmeting-jobs", nulmeting_jobs)
    d = _number("--employees", employees)

    def build(dataset: Dataset) -> Report:
        return quota_report(
            compute(
                dataset, year, sector, nulmeting_jobs=a, employees=d, use_estimates=use_estimates
            )
        )

    _run(Common(fmt, data, sources, set_items, scenario, output, strict, lang), build)


@app.command(
    epilog="Examples:\n\n"
    "    banencalc employer --year 2018 --paid-hours 300000\n\n"
    "    banencalc employer --year 2024 --paid-hours 2500 --per week "
    "--target-group-hours 40\n\n"
    "    banencalc employer --year 2024 --fte 120 --hours-per-week 36 "
    "--target-group-jobs 2\n\n"
    "    banencalc employer --paid-hours 300000 --years 2019-2025\n\n"
    "    banencalc employer --year 2019 --paid-hours 300000 --by 2024\n\n"
    "    banencalc employer --year 2024 --file employers.csv --output results.csv"
)
@guarded
def employer(
    year: Annotated[
        int | None, typer.Option("--year", "-y", show_default=False, help="The year of the hours.")
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
            help="Hours a week per FTE for --fte; else the week of the people to hire in 'to close "
            "the gap' (default: a job of 25.5 h).",
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
    previous_year_hours: Annotated[
        str | None,
        typer.Option(
            "--previous-year-hours",
            metavar="H",
            show_default=False,
            help="Paid hours declared in the previous year (less hired-out agency staff): the "
            "second liability test, Wfsv art 34 lid 4. Without it that test is not applied.",
        ),
    ] = None,
    hired_out_hours: Annotated[
        str | None,
        typer.Option(
            "--hired-out-hours",
            metavar="H",
            show_default=False,
            help="As a lender: hours of agency staff hired out to others; they leave the paid "
            "hours (variable A) and the threshold test (Besluit Wfsv art 2.31, 2.33).",
        ),
    ] = None,
    hours_from_lenders: Annotated[
        str | None,
        typer.Option(
            "--hours-from-lenders",
            metavar="H",
            show_default=False,
            help="As a hirer: target-group hours a lender attributes to you (C up, Besluit Wfsv "
            "art 2.28 lid 4).",
        ),
    ] = None,
    hours_to_hirers: Annotated[
        str | None,
        typer.Option(
            "--hours-to-hirers",
            metavar="H",
            show_default=False,
            help="As a lender: target-group hours you attribute to hirers (C down, Besluit Wfsv "
            "art 2.28 lid 5).",
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
    by: Annotated[
        int | None,
        typer.Option(
            "--by",
            metavar="Y",
            show_default=False,
            help="The hiring pace that removes the shortfall by year Y (each year's percentage).",
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
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """One employer's quota: liable?, required jobs, shortfall and levy, step by step."""
    if file is not None:
        given = {
            "--paid-hours": paid_hours,
            "--fte": fte,
            "--hours-per-week": hours_per_week,
            "--target-group-hours": target_group_hours,
            "--target-group-jobs": target_group_jobs,
            "--previous-year-hours": previous_year_hours,
            "--hired-out-hours": hired_out_hours,
            "--hours-from-lenders": hours_from_lenders,
            "--hours-to-hirers": hours_to_hirers,
            "--quota-pct": quota_pct,
            "--years": years,
            "--by": by,
            "--set": set_items,
            "--scenario": scenario,
            "--sources": sources or None,
        }
        if per is not Per.year:
            given["--per"] = per.value
        if fmt is not OutputFormat.table:
            given["--format"] = fmt.value
        ignored = [option for option, value in given.items() if value]
        if ignored:
            fail(
                f"{', '.join(ignored)} cannot be used with --file (each row carries its own "
                "hours; the output is chosen with --batch-format csv|jsonl and --output); the "
                "optional columns are sector, year, previous_year_hours, hired_out_hours, "
                "hours_from_lenders and hours_to_hirers"
            )
        _refuse_output_onto_inputs(output, data, file)
        _employer_batch(_load(data), file, year, sector, output, batch_format, skip_invalid, strict)
        return
    from banencalc.calc.employer import EmployerInput, assess, goal_seek, hiring_path, years_ahead
    from banencalc.report.quota import employer_report, employer_years_report, hiring_report

    period, paid = _paid_hours(paid_hours, per, fte, hours_per_week)
    if target_group_hours is not None and target_group_jobs is not None:
        fail("give --target-group-hours or --target-group-jobs, not both")
    tg_hours = _number("--target-group-hours", target_group_hours)
    tg_jobs = _number("--target-group-jobs", target_group_jobs)
    pct = _number("--quota-pct", quota_pct, percent=True)
    week = _positive("--hours-per-week", hours_per_week) if fte is None else None
    previous = _number("--previous-year-hours", previous_year_hours)
    lending = {
        "hired_out_hours": _number("--hired-out-hours", hired_out_hours) or Decimal(0),
        "hours_from_lenders": _number("--hours-from-lenders", hours_from_lenders) or Decimal(0),
        "hours_to_hirers": _number("--hours-to-hirers", hours_to_hirers) or Decimal(0),
    }
    if years is None and year is None:
        fail("--year is required (or --years Y1-Y2)")
    if years is not None and by is not None:
        fail("give --years or --by, not both (--by draws a path from --year)")
    if years is not None and year is not None:
        fail("give --year or --years, not both")

    def build(dataset: Dataset) -> Report:
        from banencalc.parsing import parse_year_range

        first_year = parse_year_range(years)[0] if years is not None else year
        assert first_year is not None
        unit = dataset.constant(f"hours_per_job_{period}", first_year)
        tg = tg_hours or Decimal(0)
        if tg_jobs is not None and unit is not None:
            tg = tg_jobs * unit.value
        base = EmployerInput(first_year, paid, tg, period, sector, pct, previous, **lending)
        if years is not None:
            return employer_years_report(years_ahead(dataset, base, parse_year_range(years)))
        if by is not None:
            return hiring_report(hiring_path(dataset, base, by))
        result = assess(dataset, base)
        goal = None
        if result.shortfall_jobs > 0:
            job_week = dataset.constant("hours_per_job_week", first_year)
            goal = goal_seek(result, week or (job_week.value if job_week else None))
        return employer_report(result, goal)

    _run(
        Common(fmt, data, sources, set_items, scenario, None if file else output, strict, lang),
        build,
    )


def _paid_hours(
    paid_hours: str | None, per: Per, fte: str | None, hours_per_week: str | None
) -> tuple[Literal["year", "week"], Decimal]:
    if fte is not None:
        if paid_hours is not None:
            fail("give --paid-hours or --fte with --hours-per-week, not both")
        count = _number("--fte", fte)
        week = _positive("--hours-per-week", hours_per_week)
        if count is None or week is None:
            fail("--fte needs --hours-per-week")
        return "week", count * week
    value = _number("--paid-hours", paid_hours)
    if value is None:
        fail("give --paid-hours H (or --fte N --hours-per-week h, or --file CSV)")
    return ("year" if per is Per.year else "week"), value


def _employer_batch(
    dataset: Dataset,
    file: Path,
    year: int | None,
    sector: str,
    output: Path | None,
    batch_format: BatchFormat,
    skip_invalid: bool,
    strict: bool = False,
) -> None:
    from rich.console import Console

    from banencalc.batch import run_batch, write_output

    errors = Console(stderr=True)
    show_progress = errors.is_terminal and file.exists() and file.stat().st_size > 2_000_000

    def produce(out: Any) -> Any:
        if not show_progress:
            return run_batch(
                dataset,
                file,
                year=year,
                sector=sector,
                out=out,
                out_format=batch_format.value,
                skip_invalid=skip_invalid,
                strict=strict,
            )
        from rich.progress import Progress

        with Progress(console=errors, transient=True) as progress:
            task = progress.add_task(f"reading {file.name}", total=None)
            return run_batch(
                dataset,
                file,
                year=year,
                sector=sector,
                out=out,
                out_format=batch_format.value,
                skip_invalid=skip_invalid,
                strict=strict,
                on_progress=lambda n: progress.update(task, completed=n),
            )

    summary = write_output(output, produce)
    for line_no, reason in summary.skipped:
        typer.echo(f"banencalc: skipped line {line_no}: {reason}", err=True)
    typer.echo(
        f"banencalc: {summary.rows:,} employers, {summary.liable:,} liable, total "
        f"shortfall {summary.shortfall_jobs:,.2f} jobs, total levy EUR "
        f"{summary.levy_eur:,.2f}"
        + (f", {summary.skipped_count:,} rows skipped" if summary.skipped_count else ""),
        err=True,
    )


# -- trajectory ------------------------------------------------------------------------------------
@app.command(
    epilog="Examples:\n\n"
    "    banencalc trajectory --sector government --by 2026\n\n"
    "    banencalc trajectory --sector total --target 125000 --by 2030 --window 2\n\n"
    "    banencalc trajectory --sector market --output chart.svg"
)
@guarded
def trajectory(
    sector: Annotated[str, typer.Option("--sector", "-s", help="Sector id.")] = "total",
    target: Annotated[
        int | None,
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
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    sources: SourcesOpt = False,
    set_items: SetOpt = None,
    scenario: ScenarioOpt = None,
    output: OutputOpt = None,
    strict: StrictOpt = False,
    lang: LangOpt = Language.en,
) -> None:
    """The pace that closes a sector's gap by a year, and where the recent pace leads."""
    from banencalc.calc.trajectory import trajectory as compute
    from banencalc.report.trajectory import trajectory_lines, trajectory_report

    results: list[Any] = []

    def build(dataset: Dataset) -> Report:
        result = compute(dataset, sector, target=target, by=by, from_year=from_year, window=window)
        results.append(result)
        return trajectory_report(result, dataset.sectors[sector].name)

    image = output is not None and output.suffix.lower() in (".svg", ".png")
    common = Common(
        fmt, data, sources, set_items, scenario, None if image else output, strict, lang
    )
    _run(common, build)
    answer = results[-1]
    if image and output is not None:
        from banencalc.render.charts import save_chart

        save_chart(
            output,
            f"{answer.sector}: catch-up to {answer.target:,} by {answer.by}",
            trajectory_lines(answer),
        )
        typer.echo(f"banencalc: chart written to {output}", err=True)
    elif fmt is OutputFormat.table and chart and output is None:
        _chart(f"{answer.sector}: target, catch-up path and projection", trajectory_lines(answer))


# -- trust: sources, validate, schema ------------------------------------------------------------
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
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = Language.en,
) -> None:
    """Where each figure comes from: the list of sources, or one figure's provenance."""
    from banencalc.report.trust import figure_report, sources_report

    def build(dataset: Dataset) -> Report:
        return sources_report(dataset) if figure is None else figure_report(dataset, figure)

    _run(Common(fmt, data, True, None, None, output, False, lang), build)


@app.command(
    epilog="Exit codes: 0 no errors (warnings allowed), 2 errors found.\n\n"
    "Examples:\n\n"
    "    banencalc validate\n\n"
    "    banencalc validate --data ./my-data --format json"
)
@guarded
def validate(
    fmt: FormatOpt = OutputFormat.table,
    data: DataOpt = None,
    output: OutputOpt = None,
    lang: LangOpt = Language.en,
) -> None:
    """Check the data files and report every problem at once (file:line, field, what is wrong)."""
    from banencalc.dataset.checks import validate as run_checks
    from banencalc.dataset.loading import describe, resolve_data_dir
    from banencalc.report.trust import validate_report

    directory = resolve_data_dir(data)
    findings = run_checks(directory)
    _write(
        validate_report(describe(directory), findings),
        Common(fmt, data, False, None, None, output, False, lang),
    )
    if any(f.level == "error" for f in findings):
        raise typer.Exit(EXIT_USAGE)


class SchemaName(StrEnum):
    targets = "targets"
    sectors = "sectors"
    scenario = "scenario"


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


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


def run(args: list[str] | None = None) -> int:
    """Run the command line on `args` (default: sys.argv) and return the exit code.

    Usage errors are one `banencalc: error:` line and exit 2; a reader that goes away, a closed or
    full standard output are handled as files.write_stdout describes.
    """
    from typer._click import exceptions as click  # typer 0.28 carries its own click

    try:
        code = app(args=args, prog_name="banencalc", standalone_mode=False)
    except click.NoArgsIsHelpError as exc:
        typer.echo(exc.ctx.get_help() if exc.ctx else "banencalc --help")
        code = 0
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "banencalc"
        typer.echo(f"banencalc: error: {exc.format_message()} (see '{where} --help')", err=True)
        code = EXIT_USAGE
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        typer.echo("banencalc: interrupted", err=True)
        code = 130
    code = code if isinstance(code, int) else 0
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        from banencalc.files import discard_stdout

        discard_stdout()
    except OSError as exc:
        typer.echo(f"banencalc: error: cannot write to standard output ({exc.strerror})", err=True)
        code = EXIT_USAGE
    return code
