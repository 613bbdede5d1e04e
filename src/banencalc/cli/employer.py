"""`employer`: one employer, over years, along a hiring path, or a file of many; at a terminal
without hours it asks (cli/guided)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from banencalc.base.messages import Msg
from banencalc.cli import employer_options as opt
from banencalc.cli.employer_wet import wet_input
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    Common,
    Per,
    command_app,
    with_common,
)
from banencalc.cli.pipeline import (
    number,
    positive,
    run_pipeline,
)

if TYPE_CHECKING:
    pass

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
    year: opt.YearOpt = None,
    paid_hours: opt.PaidHoursOpt = None,
    per: opt.PerOpt = Per.year,
    fte: opt.FteOpt = None,
    hours_per_week: opt.HoursPerWeekOpt = None,
    target_group_hours: opt.TargetGroupHoursOpt = None,
    target_group_jobs: opt.TargetGroupJobsOpt = None,
    previous_year_hours: opt.PreviousYearHoursOpt = None,
    hired_out_hours: opt.HiredOutHoursOpt = None,
    hours_from_lenders: opt.HoursFromLendersOpt = None,
    hours_to_hirers: opt.HoursToHirersOpt = None,
    wsw_hours: opt.WswHoursOpt = None,
    premium_wage: opt.PremiumWageOpt = None,
    hired_out_premium_wage: opt.HiredOutPremiumWageOpt = None,
    wsw_premium_wage: opt.WswPremiumWageOpt = None,
    benefits_premium_wage: opt.BenefitsPremiumWageOpt = None,
    premium_wage_two_years_before: opt.PremiumWageTwoYearsBeforeOpt = None,
    average_premium_wage: opt.AveragePremiumWageOpt = None,
    employer_since: opt.EmployerSinceOpt = None,
    surcharge_reading: opt.SurchargeReadingOpt = None,
    target_group_employees: opt.TargetGroupEmployeesOpt = None,
    target_group_employee_hours: opt.TargetGroupEmployeeHoursOpt = None,
    compare_regimes: opt.CompareRegimesOpt = False,
    sector: opt.SectorOpt = "government",
    quota_pct: opt.QuotaPctOpt = None,
    years: opt.YearsOpt = None,
    by: opt.ByOpt = None,
    file: opt.FileOpt = None,
    sheet: opt.SheetOpt = None,
    batch_format: opt.BatchFormatOpt = None,
    skip_invalid: opt.SkipInvalidOpt = False,
    encoding: opt.EncodingOpt = None,
    column: opt.ColumnOpt = None,
    *,
    common: Common,
) -> None:
    """One employer's quota: liable?, required jobs, shortfall and levy, step by step."""
    if file is None and (encoding is not None or column or sheet is not None):
        fail(Msg("--encoding, --column and --sheet apply to --file only (they describe the file)"))
    if file is not None:
        quantities = {
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
            "--per": per.value if per is not Per.year else None,
        }
        from banencalc.cli.employer_file import run_file

        run_file(
            common,
            file,
            year,
            sector,
            quantities,
            batch_format,
            skip_invalid,
            encoding,
            column or [],
            sheet,
        )
        return
    from banencalc.cli import guided

    if paid_hours is None and fte is None and premium_wage is None and guided.wanted():
        # a person at a terminal who typed no hours: ask, as the Quotumcalculator does
        answers = guided.ask_employer_here(common, sector, years, year)
        sector = answers.value("--sector") or sector
        years, year = answers.value("--years"), _int(answers.value("--year")) or year
        paid_hours = answers.value("--paid-hours")
        target_group_hours = answers.value("--target-group-hours")
        hours_from_lenders = answers.value("--hours-from-lenders")
        hours_to_hirers = answers.value("--hours-to-hirers")
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
