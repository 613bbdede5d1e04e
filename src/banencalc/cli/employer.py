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
from banencalc.cli.employer_wet import wet_input
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    BATCH_FORMAT_BY_SUFFIX,
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
    from banencalc.i18n import Lang

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
    from banencalc.base.numbers import parse_year_range
    from banencalc.calc.questions import EmployerQuestion, answer_employer
    from banencalc.report.answer import answer_report

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
    span = parse_year_range(years) if years is not None else None
    first = span[0] if span is not None else year or 0
    wet = None
    if any(value is not None for value in wet_options.values()):
        wet = wet_input(first, wet_options, target_group_hours)
    period, paid = _paid_hours(paid_hours, per, fte, hours_per_week)
    question = EmployerQuestion(
        year=year,
        years=span,
        by=by,
        paid_hours=paid,
        period=period,
        target_group_hours=number("--target-group-hours", target_group_hours),
        target_group_jobs=number("--target-group-jobs", target_group_jobs),
        sector=sector,
        quota_pct=number("--quota-pct", quota_pct, percent=True),
        previous_year_hours=number("--previous-year-hours", previous_year_hours),
        hired_out_hours=number("--hired-out-hours", hired_out_hours) or Decimal(0),
        hours_from_lenders=number("--hours-from-lenders", hours_from_lenders) or Decimal(0),
        hours_to_hirers=number("--hours-to-hirers", hours_to_hirers) or Decimal(0),
        wsw_hours=number("--wsw-hours", wsw_hours) or Decimal(0),
        wet=wet,
        compare_regimes=compare_regimes,
        hours_per_week=positive("--hours-per-week", hours_per_week) if fte is None else None,
    )
    run_pipeline(common, lambda dataset: answer_report(answer_employer(dataset, question)))


def _int(text: str | None) -> int | None:
    return int(text) if text is not None else None


def _paid_hours(
    paid_hours: str | None, per: Per, fte: str | None, hours_per_week: str | None
) -> tuple[Literal["year", "week"], Decimal | None]:
    """The paid hours and their period: given, or FTE x hours a week (a week's hours)."""
    if fte is not None:
        if paid_hours is not None:
            fail(Msg("give --paid-hours or --fte with --hours-per-week, not both"))
        count = number("--fte", fte)
        week = positive("--hours-per-week", hours_per_week)
        if count is None or week is None:
            fail(Msg("--fte needs --hours-per-week"))
        return "week", count * week
    return ("year" if per is Per.year else "week"), number("--paid-hours", paid_hours)
