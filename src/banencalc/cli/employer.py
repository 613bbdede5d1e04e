"""`quota` and `employer`: the quota percentage, and one employer or a file of many."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from banencalc.base.messages import Msg
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    BatchFormat,
    Common,
    OneSectorOpt,
    Per,
    command_app,
    complete_sector,
    with_common,
)
from banencalc.cli.options import batch_format as batch_format_of
from banencalc.cli.pipeline import (
    input_language,
    load,
    number,
    positive,
    refuse_output_onto_inputs,
    refuse_unwritable_output,
    run_pipeline,
)

if TYPE_CHECKING:
    from banencalc.calc.wet import WetInput
    from banencalc.dataset.records import Dataset
    from banencalc.render.i18n import Lang
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
@with_common
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
    wsw_hours: Annotated[
        str | None,
        typer.Option(
            "--wsw-hours",
            metavar="H",
            show_default=False,
            help="Paid hours of your own Wsw employees not seconded to another employer: they "
            "leave the paid hours and the threshold test (Wfsv art 38g lid 2; Besluit Wfsv art "
            "2.31, 2.33); leave them out of the target-group hours too.",
        ),
    ] = None,
    premium_wage: Annotated[
        str | None,
        typer.Option(
            "--premium-wage",
            metavar="EUR",
            show_default=False,
            help="From 2026: the premium wage for the Aof premium in the year (premieplichtig "
            "loon), the base of the inclusiviteitsopslag (Wet banenafspraak art 6).",
        ),
    ] = None,
    hired_out_premium_wage: Annotated[
        str | None,
        typer.Option(
            "--hired-out-premium-wage",
            metavar="EUR",
            show_default=False,
            help="From 2026: the part of the premium wage paid to hired-out employees (no "
            "surcharge over it, art 6 lid 4).",
        ),
    ] = None,
    wsw_premium_wage: Annotated[
        str | None,
        typer.Option(
            "--wsw-premium-wage",
            metavar="EUR",
            show_default=False,
            help="From 2026: the part paid to Wsw employees not seconded elsewhere and to "
            "beschut werk (no surcharge over it, art 6 lid 4 b).",
        ),
    ] = None,
    benefits_premium_wage: Annotated[
        str | None,
        typer.Option(
            "--benefits-premium-wage",
            metavar="EUR",
            show_default=False,
            help="From 2026: benefits (WIA, WAO, ZW, WAZO, WW), their supplements and toeslagen "
            "paid through the payroll (no surcharge over them, art 6 lid 4 c).",
        ),
    ] = None,
    premium_wage_two_years_before: Annotated[
        str | None,
        typer.Option(
            "--premium-wage-two-years-before",
            metavar="EUR",
            show_default=False,
            help="From 2026: your own premium wage in the second calendar year before the year, "
            "for the small-employer test (Besluit Wfsv art 2.19d lid 1).",
        ),
    ] = None,
    average_premium_wage: Annotated[
        str | None,
        typer.Option(
            "--average-premium-wage",
            metavar="EUR",
            show_default=False,
            help="From 2026: the average premium wage per employee of the second calendar year "
            "before the year (Besluit Wfsv art 2.5 lid 2), for the small-employer test.",
        ),
    ] = None,
    employer_since: Annotated[
        int | None,
        typer.Option(
            "--employer-since",
            metavar="YEAR",
            show_default=False,
            help="From 2026: the year you started as an employer; one that started in the year "
            "or the year before is small whatever its wage (Besluit Wfsv art 2.19d lid 4).",
        ),
    ] = None,
    surcharge_reading: Annotated[
        str | None,
        typer.Option(
            "--surcharge-reading",
            metavar="points|share",
            show_default=False,
            help="From 2026: how to read 'een opslagpercentage op het hoge premiepercentage' (Wet "
            "banenafspraak art 6 lid 6): points (default) adds the percentage to the high Aof "
            "rate; share takes it as a share of that rate.",
        ),
    ] = None,
    target_group_employees: Annotated[
        int | None,
        typer.Option(
            "--target-group-employees",
            metavar="N",
            show_default=False,
            help="From 2026: how many target-group employees the target-group hours are spread "
            "over (the loonkostenvoordeel is at most EUR 2,000 each; from totals an upper bound).",
        ),
    ] = None,
    target_group_employee_hours: Annotated[
        list[str] | None,
        typer.Option(
            "--employee-hours",
            metavar="H",
            show_default=False,
            help="From 2026: one target-group employee's paid hours (repeat for each): the "
            "loonkostenvoordeel's cap of EUR 2,000 applies to each (Wtl art 2.13).",
        ),
    ] = None,
    compare_regimes: Annotated[
        bool,
        typer.Option(
            "--compare-regimes",
            help="From 2026: also show what the quota law would have computed for the same "
            "paid hours (its last rules and percentage).",
        ),
    ] = False,
    sector: Annotated[
        str,
        typer.Option(
            "--sector",
            "-s",
            help="Sector: id or English or Dutch name, any case (the quota is activated for "
            "government only).",
            autocompletion=complete_sector,
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
            metavar="CSV|XLSX",
            show_default=False,
            dir_okay=False,
            help="Many employers: a CSV file or an Excel workbook (.xlsx) with id, paid_hours, "
            "target_group_hours[, name, sector, year].",
        ),
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option(
            "--sheet",
            metavar="NAME",
            show_default=False,
            help="With an .xlsx --file: the sheet to read (default: the first).",
        ),
    ] = None,
    batch_format: Annotated[
        BatchFormat | None,
        typer.Option(
            "--batch-format",
            show_default=False,
            help="With --file: csv (default), jsonl (JSON lines) or xlsx; an --output ending in "
            ".csv, .jsonl or .xlsx chooses it too.",
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="With --file: leave bad rows out (they are listed) and go on."
        ),
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            show_default=False,
            help="With --file: the CSV's text encoding (default utf-8, BOM or not; Excel on "
            "Windows often writes cp1252).",
        ),
    ] = None,
    column: Annotated[
        list[str] | None,
        typer.Option(
            "--column",
            metavar="COLUMN=HEADER",
            show_default=False,
            help="With --file: read COLUMN (paid_hours, target_group_hours, id, ...) from the "
            "column headed HEADER, e.g. --column paid_hours=Uren. Repeatable. Dutch names such "
            "as verloonde_uren are recognised without it.",
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """One employer's quota: liable?, required jobs, shortfall and levy, step by step."""
    if file is None and (encoding is not None or column or sheet is not None):
        fail(Msg("--encoding, --column and --sheet apply to --file only (they describe the file)"))
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
            "--wsw-hours": wsw_hours,
            "--quota-pct": quota_pct,
            "--years": years,
            "--by": by,
            "--set": common.set_items,
            "--scenario": common.scenario,
            "--sources": common.sources or None,
        }
        if per is not Per.year:
            given["--per"] = per.value
        if common.fmt is not None:
            given["--format"] = common.fmt.value
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
            refuse_unwritable_output(common.output)
        if common.csv_dialect.value != "standard" and chosen is not BatchFormat.csv:
            fail(
                Msg(
                    "--csv-dialect {dialect} applies to --batch-format csv only",
                    dialect=common.csv_dialect.value,
                )
            )
        _employer_batch(
            load(common.data),
            file,
            year,
            sector,
            common.output,
            chosen,
            skip_invalid,
            common.strict,
            encoding or "utf-8",
            _column_mapping(column or []),
            common.csv_dialect.value,
            sheet,
        )
        return
    from banencalc.cli import guided

    if paid_hours is None and fte is None and premium_wage is None and guided.wanted():
        # a person at a terminal who typed no hours: ask, as the Quotumcalculator does
        lang: Lang = "nl" if common.lang.value == "nl" else "en"
        span_given = years or (str(year) if year is not None else None)
        answers = guided.ask_employer(
            load(common.data), lang, None if sector == "government" else sector, span_given
        )
        sector = answers.value("--sector") or sector
        years, year = answers.value("--years"), _int(answers.value("--year")) or year
        paid_hours = answers.value("--paid-hours")
        target_group_hours = answers.value("--target-group-hours")
        hours_from_lenders = answers.value("--hours-from-lenders")
        hours_to_hirers = answers.value("--hours-to-hirers")
        from banencalc.render.text import say

        command = Msg.text(answers.command(common.lang.value))
        said = Msg("The same answer without questions: {command}", command=command)
        typer.echo(say(said, lang) + "\n", err=True)
    from banencalc.calc.employer import EmployerInput, assess
    from banencalc.calc.hiring import goal_seek, hiring_path, years_ahead
    from banencalc.report.employer import employer_report
    from banencalc.report.years import employer_years_report, hiring_report

    wet_options = {
        "--premium-wage": premium_wage,
        "--hired-out-premium-wage": hired_out_premium_wage,
        "--wsw-premium-wage": wsw_premium_wage,
        "--benefits-premium-wage": benefits_premium_wage,
        "--premium-wage-two-years-before": premium_wage_two_years_before,
        "--average-premium-wage": average_premium_wage,
        "--employer-since": employer_since,
        "--surcharge-reading": surcharge_reading,
        "--target-group-employees": target_group_employees,
        "--employee-hours": target_group_employee_hours or None,
    }

    def wet_input(for_year: int) -> WetInput:
        return _wet_input(for_year, wet_options, target_group_hours)

    if year is not None and years is None and by is None and _new_law(common, year):
        run_pipeline(
            common,
            _wet_build(
                wet_input(year),
                compare=compare_regimes,
                paid_hours=paid_hours,
                quota_pct=number("--quota-pct", quota_pct, percent=True),
                sector=sector,
            ),
        )
        return
    from banencalc.base.numbers import parse_year_range

    span = parse_year_range(years) if years is not None else None
    last_year = span[-1] if span is not None else by if by is not None else year
    spans_new_law = last_year is not None and _new_law(common, last_year)
    for option, value in (*wet_options.items(), ("--compare-regimes", compare_regimes or None)):
        if value is not None and not (spans_new_law and option != "--compare-regimes"):
            fail(
                Msg(
                    "{option} applies from 2026 (the Wet banenafspraak), not to --year {year}",
                    option=option,
                    year=str(year if year is not None else last_year),
                )
            )
    wet_template = wet_input(last_year) if spans_new_law and last_year is not None else None
    period, paid = _paid_hours(paid_hours, per, fte, hours_per_week)
    if target_group_hours is not None and target_group_jobs is not None:
        fail(Msg("give --target-group-hours or --target-group-jobs, not both"))
    tg_hours = number("--target-group-hours", target_group_hours)
    tg_jobs = number("--target-group-jobs", target_group_jobs)
    pct = number("--quota-pct", quota_pct, percent=True)
    week = positive("--hours-per-week", hours_per_week) if fte is None else None
    previous = number("--previous-year-hours", previous_year_hours)
    lending = {
        "hired_out_hours": number("--hired-out-hours", hired_out_hours) or Decimal(0),
        "hours_from_lenders": number("--hours-from-lenders", hours_from_lenders) or Decimal(0),
        "hours_to_hirers": number("--hours-to-hirers", hours_to_hirers) or Decimal(0),
        "wsw_hours": number("--wsw-hours", wsw_hours) or Decimal(0),
    }
    if years is None and year is None:
        fail(Msg("--year is required (or --years Y1-Y2)"))
    if years is not None and by is not None:
        fail(Msg("give --years or --by, not both (--by draws a path from --year)"))
    if years is not None and year is not None:
        fail(Msg("give --year or --years, not both"))

    def build(dataset: Dataset) -> Report:
        first_year = span[0] if span is not None else year
        assert first_year is not None
        unit = dataset.constant(f"hours_per_job_{period}", first_year)
        tg = tg_hours or Decimal(0)
        if tg_jobs is not None and unit is not None:
            tg = tg_jobs * unit.value
        base = EmployerInput(first_year, paid, tg, period, sector, pct, previous, **lending)
        if span is not None:
            return employer_years_report(years_ahead(dataset, base, span, wet_template))
        if by is not None:
            return hiring_report(hiring_path(dataset, base, by, wet_template))
        result = assess(dataset, base)
        goal = None
        if result.shortfall_jobs:
            job_week = dataset.constant("hours_per_job_week", first_year)
            goal = goal_seek(result, week or (job_week.value if job_week else None))
        return employer_report(result, goal)

    run_pipeline(common, build)


def _int(text: str | None) -> int | None:
    return int(text) if text is not None else None


def _new_law(common: Common, year: int) -> bool:
    """Whether `year` falls under the Wet banenafspraak (the data's regimes say)."""
    from banencalc.calc.regime import under_quota_law

    dataset = load(common.data)
    return year in dataset.covered_years() and not under_quota_law(dataset, year)


def _wet_input(year: int, options: dict[str, Any], target_group_hours: str | None) -> WetInput:
    """The Wet banenafspraak's inputs from their options (read as every number is)."""
    from banencalc.calc.wet import SURCHARGE_READINGS, WetInput

    def amount(option: str) -> Decimal | None:
        value = options[option]
        return number(option, value) if value is not None else None

    reading = options["--surcharge-reading"] or "points"
    if reading not in SURCHARGE_READINGS:
        fail(
            Msg(
                "--surcharge-reading: {reading} is not a reading; give points or share",
                reading=repr(reading),
            )
        )
    hours = [number("--employee-hours", h) for h in options["--employee-hours"] or []]
    given = [h for h in hours if h is not None]
    total = number("--target-group-hours", target_group_hours)
    return WetInput(
        year,
        premium_wage=amount("--premium-wage"),
        hired_out_premium_wage=amount("--hired-out-premium-wage") or Decimal(0),
        wsw_premium_wage=amount("--wsw-premium-wage") or Decimal(0),
        benefits_premium_wage=amount("--benefits-premium-wage") or Decimal(0),
        # the hours per employee add up to the target-group hours (the quota law counts those)
        target_group_hours=total if total is not None else sum(given, Decimal(0)),
        target_group_employees=options["--target-group-employees"],
        employee_hours=tuple(given),
        average_premium_wage=amount("--average-premium-wage"),
        premium_wage_two_years_before=amount("--premium-wage-two-years-before"),
        employer_since=options["--employer-since"],
        surcharge_reading=reading,
    )


def _wet_build(
    employer: WetInput,
    *,
    compare: bool,
    paid_hours: str | None,
    quota_pct: Decimal | None,
    sector: str,
) -> Any:
    """The report builder for an employer under the Wet banenafspraak."""
    from banencalc.calc.employer import EmployerInput
    from banencalc.calc.hiring import quota_law_counterpart
    from banencalc.calc.wet import assess_wet
    from banencalc.report.wet import wet_report

    paid = number("--paid-hours", paid_hours)
    if compare and paid is None:
        fail(Msg("--compare-regimes needs --paid-hours (the quota law counts paid hours)"))

    def build(dataset: Dataset) -> Report:
        old = None
        if compare and paid is not None:
            old = quota_law_counterpart(
                dataset,
                EmployerInput(
                    employer.year,
                    paid,
                    employer.target_group_hours,
                    sector=sector,
                    quota_pct=quota_pct,
                ),
            )
        return wet_report(assess_wet(dataset, employer), old)

    return build


def _paid_hours(
    paid_hours: str | None, per: Per, fte: str | None, hours_per_week: str | None
) -> tuple[Literal["year", "week"], Decimal]:
    if fte is not None:
        if paid_hours is not None:
            fail(Msg("give --paid-hours or --fte with --hours-per-week, not both"))
        count = number("--fte", fte)
        week = positive("--hours-per-week", hours_per_week)
        if count is None or week is None:
            fail(Msg("--fte needs --hours-per-week"))
        return "week", count * week
    value = number("--paid-hours", paid_hours)
    if value is None:
        fail(Msg("give --paid-hours H (or --fte N --hours-per-week h, or --file CSV)"))
    return ("year" if per is Per.year else "week"), value


def _column_mapping(items: list[str]) -> dict[str, str]:
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


def _employer_batch(
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
    from banencalc.calc.status import check_sector

    errors = Console(stderr=True)
    show_progress = errors.is_terminal and file.exists() and file.stat().st_size > 2_000_000

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

    if batch_format is BatchFormat.xlsx:
        assert output is not None  # batch_format_of
        summary = _batch_workbook(output, produce)
    else:
        summary = write_output(output, produce)
    from banencalc.render.text import say

    lang: Lang = "nl" if input_language["lang"] == "nl" else "en"
    for line_no, reason in summary.skipped:
        skipped = Msg("skipped line {line}: {reason}", line=str(line_no), reason=reason)
        typer.echo("banencalc: " + say(skipped, lang), err=True)
    cents = Decimal("0.01")
    line = say(
        Msg(
            "{rows} employers, {liable} liable, total shortfall {jobs} jobs, total levy EUR {levy}",
            rows=summary.rows,
            liable=summary.liable,
            jobs=summary.shortfall_jobs.quantize(cents),
            levy=summary.levy_eur.quantize(cents),
        ),
        lang,
    )
    if not summary.levy_charged:
        line += say(Msg(" (not collected: Wfsv art 122na)"), lang)
    if summary.skipped_count:
        line += say(Msg(", {skipped} rows skipped", skipped=summary.skipped_count), lang)
    typer.echo("banencalc: " + line, err=True)
    if summary.default_sector_rows:
        from banencalc.calc.status import sector_name

        typer.echo(
            "banencalc: "
            + say(
                Msg(
                    "{rows} rows have no sector of their own: computed as {sector} (--sector)",
                    rows=summary.default_sector_rows,
                    sector=sector_name(dataset, check_sector(dataset, sector)),
                ),
                lang,
            ),
            err=True,
        )


def _batch_workbook(output: Path, produce: Any) -> Any:
    """Run the batch into JSON lines in a temporary file, then write them as a workbook (a
    failed run writes nothing)."""
    import tempfile

    from banencalc.base.files import write_atomic_bytes
    from banencalc.render.xlsx import batch_workbook

    lang: Lang = "nl" if input_language["lang"] == "nl" else "en"
    with tempfile.TemporaryFile("w+", encoding="utf-8") as lines:
        summary = produce(lines, True)
        lines.seek(0)
        write_atomic_bytes(output, batch_workbook(lines, lang))
    return summary
