"""`employer`: one employer, over years, along a hiring path, or a file of many; at a terminal
without hours it asks (cli/guided)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal

import typer

from banencalc.base.messages import Msg
from banencalc.cli.employer_batch import column_mapping, employer_batch
from banencalc.cli.employer_options import (
    AveragePremiumWageOpt,
    BatchFormatOpt,
    BenefitsPremiumWageOpt,
    ByOpt,
    ColumnOpt,
    CompareRegimesOpt,
    EmployerSinceOpt,
    EncodingOpt,
    FileOpt,
    FteOpt,
    HiredOutHoursOpt,
    HiredOutPremiumWageOpt,
    HoursFromLendersOpt,
    HoursPerWeekOpt,
    HoursToHirersOpt,
    PaidHoursOpt,
    PerOpt,
    PremiumWageOpt,
    PremiumWageTwoYearsBeforeOpt,
    PreviousYearHoursOpt,
    QuotaPctOpt,
    SectorOpt,
    SheetOpt,
    SkipInvalidOpt,
    SurchargeReadingOpt,
    TargetGroupEmployeeHoursOpt,
    TargetGroupEmployeesOpt,
    TargetGroupHoursOpt,
    TargetGroupJobsOpt,
    WswHoursOpt,
    WswPremiumWageOpt,
    YearOpt,
    YearsOpt,
)
from banencalc.cli.employer_wet import new_law, wet_build, wet_input
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    BatchFormat,
    Common,
    Per,
    command_app,
    with_common,
)
from banencalc.cli.options import batch_format as batch_format_of
from banencalc.cli.pipeline import (
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
    year: YearOpt = None,
    paid_hours: PaidHoursOpt = None,
    per: PerOpt = Per.year,
    fte: FteOpt = None,
    hours_per_week: HoursPerWeekOpt = None,
    target_group_hours: TargetGroupHoursOpt = None,
    target_group_jobs: TargetGroupJobsOpt = None,
    previous_year_hours: PreviousYearHoursOpt = None,
    hired_out_hours: HiredOutHoursOpt = None,
    hours_from_lenders: HoursFromLendersOpt = None,
    hours_to_hirers: HoursToHirersOpt = None,
    wsw_hours: WswHoursOpt = None,
    premium_wage: PremiumWageOpt = None,
    hired_out_premium_wage: HiredOutPremiumWageOpt = None,
    wsw_premium_wage: WswPremiumWageOpt = None,
    benefits_premium_wage: BenefitsPremiumWageOpt = None,
    premium_wage_two_years_before: PremiumWageTwoYearsBeforeOpt = None,
    average_premium_wage: AveragePremiumWageOpt = None,
    employer_since: EmployerSinceOpt = None,
    surcharge_reading: SurchargeReadingOpt = None,
    target_group_employees: TargetGroupEmployeesOpt = None,
    target_group_employee_hours: TargetGroupEmployeeHoursOpt = None,
    compare_regimes: CompareRegimesOpt = False,
    sector: SectorOpt = "government",
    quota_pct: QuotaPctOpt = None,
    years: YearsOpt = None,
    by: ByOpt = None,
    file: FileOpt = None,
    sheet: SheetOpt = None,
    batch_format: BatchFormatOpt = None,
    skip_invalid: SkipInvalidOpt = False,
    encoding: EncodingOpt = None,
    column: ColumnOpt = None,
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
            column_mapping(column or []),
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

    def wet_for(for_year: int) -> WetInput:
        return wet_input(for_year, wet_options, target_group_hours)

    if year is not None and years is None and by is None and new_law(common, year):
        run_pipeline(
            common,
            wet_build(
                wet_for(year),
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
    spans_new_law = last_year is not None and new_law(common, last_year)
    for option, value in (*wet_options.items(), ("--compare-regimes", compare_regimes or None)):
        if value is not None and not (spans_new_law and option != "--compare-regimes"):
            fail(
                Msg(
                    "{option} applies from 2026 (the Wet banenafspraak), not to --year {year}",
                    option=option,
                    year=str(year if year is not None else last_year),
                )
            )
    wet_template = wet_for(last_year) if spans_new_law and last_year is not None else None
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
