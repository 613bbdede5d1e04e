"""The options of `banencalc employer`, declared once: each is a type that the command's
signature names (typer reads the option, its metavar and its help from it)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from banencalc.cli.options import BatchFormat, Per, complete_sector

YearOpt = Annotated[
    int | None, typer.Option("--year", "-y", show_default=False, help="The year of the hours.")
]
PaidHoursOpt = Annotated[
    str | None,
    typer.Option(
        "--paid-hours",
        metavar="H",
        show_default=False,
        help="Total paid hours (verloonde uren), per year or per --per week.",
    ),
]
PerOpt = Annotated[Per, typer.Option("--per", help="Whether the hours are per year or per week.")]
FteOpt = Annotated[
    str | None,
    typer.Option(
        "--fte",
        metavar="N",
        show_default=False,
        help="Employees (FTE) instead of --paid-hours; with --hours-per-week.",
    ),
]
HoursPerWeekOpt = Annotated[
    str | None,
    typer.Option(
        "--hours-per-week",
        metavar="h",
        show_default=False,
        help="Hours a week per FTE for --fte; else the week of the people to hire in 'to close "
        "the gap' (default: a job of 25.5 h).",
    ),
]
TargetGroupHoursOpt = Annotated[
    str | None,
    typer.Option(
        "--target-group-hours",
        metavar="H",
        show_default=False,
        help="Paid hours of target-group employees (same period as the paid hours).",
    ),
]
TargetGroupJobsOpt = Annotated[
    str | None,
    typer.Option(
        "--target-group-jobs",
        metavar="J",
        show_default=False,
        help="Target-group employment in jobs of 25.5 h a week, instead of hours.",
    ),
]
PreviousYearHoursOpt = Annotated[
    str | None,
    typer.Option(
        "--previous-year-hours",
        metavar="H",
        show_default=False,
        help="Paid hours declared in the previous year (less hired-out agency staff): the "
        "second liability test, Wfsv art 34 lid 4. Without it that test is not applied.",
    ),
]
HiredOutHoursOpt = Annotated[
    str | None,
    typer.Option(
        "--hired-out-hours",
        metavar="H",
        show_default=False,
        help="As a lender: hours of agency staff hired out to others; they leave the paid "
        "hours (variable A) and the threshold test (Besluit Wfsv art 2.31, 2.33).",
    ),
]
HoursFromLendersOpt = Annotated[
    str | None,
    typer.Option(
        "--hours-from-lenders",
        metavar="H",
        show_default=False,
        help="As a hirer: target-group hours a lender attributes to you (C up, Besluit Wfsv "
        "art 2.28 lid 4).",
    ),
]
HoursToHirersOpt = Annotated[
    str | None,
    typer.Option(
        "--hours-to-hirers",
        metavar="H",
        show_default=False,
        help="As a lender: target-group hours you attribute to hirers (C down, Besluit Wfsv "
        "art 2.28 lid 5).",
    ),
]
WswHoursOpt = Annotated[
    str | None,
    typer.Option(
        "--wsw-hours",
        metavar="H",
        show_default=False,
        help="Paid hours of your own Wsw employees not seconded to another employer: they "
        "leave the paid hours and the threshold test (Wfsv art 38g lid 2; Besluit Wfsv art "
        "2.31, 2.33); leave them out of the target-group hours too.",
    ),
]
PremiumWageOpt = Annotated[
    str | None,
    typer.Option(
        "--premium-wage",
        metavar="EUR",
        show_default=False,
        help="From 2026: the premium wage for the Aof premium in the year (premieplichtig "
        "loon), the base of the inclusiviteitsopslag (Wet banenafspraak art 6).",
    ),
]
HiredOutPremiumWageOpt = Annotated[
    str | None,
    typer.Option(
        "--hired-out-premium-wage",
        metavar="EUR",
        show_default=False,
        help="From 2026: the part of the premium wage paid to hired-out employees (no "
        "surcharge over it, art 6 lid 4).",
    ),
]
WswPremiumWageOpt = Annotated[
    str | None,
    typer.Option(
        "--wsw-premium-wage",
        metavar="EUR",
        show_default=False,
        help="From 2026: the part paid to Wsw employees not seconded elsewhere and to "
        "beschut werk (no surcharge over it, art 6 lid 4 b).",
    ),
]
BenefitsPremiumWageOpt = Annotated[
    str | None,
    typer.Option(
        "--benefits-premium-wage",
        metavar="EUR",
        show_default=False,
        help="From 2026: benefits (WIA, WAO, ZW, WAZO, WW), their supplements and toeslagen "
        "paid through the payroll (no surcharge over them, art 6 lid 4 c).",
    ),
]
PremiumWageTwoYearsBeforeOpt = Annotated[
    str | None,
    typer.Option(
        "--premium-wage-two-years-before",
        metavar="EUR",
        show_default=False,
        help="From 2026: your own premium wage in the second calendar year before the year, "
        "for the small-employer test (Besluit Wfsv art 2.19d lid 1).",
    ),
]
AveragePremiumWageOpt = Annotated[
    str | None,
    typer.Option(
        "--average-premium-wage",
        metavar="EUR",
        show_default=False,
        help="From 2026: the average premium wage per employee of the second calendar year "
        "before the year (Besluit Wfsv art 2.5 lid 2), for the small-employer test.",
    ),
]
EmployerSinceOpt = Annotated[
    int | None,
    typer.Option(
        "--employer-since",
        metavar="YEAR",
        show_default=False,
        help="From 2026: the year you started as an employer; one that started in the year "
        "or the year before is small whatever its wage (Besluit Wfsv art 2.19d lid 4).",
    ),
]
SurchargeReadingOpt = Annotated[
    str | None,
    typer.Option(
        "--surcharge-reading",
        metavar="points|share",
        show_default=False,
        help="From 2026: how to read 'een opslagpercentage op het hoge premiepercentage' (Wet "
        "banenafspraak art 6 lid 6): points (default) adds the percentage to the high Aof "
        "rate; share takes it as a share of that rate.",
    ),
]
TargetGroupEmployeesOpt = Annotated[
    str | None,
    typer.Option(
        "--target-group-employees",
        metavar="N",
        show_default=False,
        help="From 2026: how many target-group employees the target-group hours are spread "
        "over (the loonkostenvoordeel is at most EUR 2,000 each; from totals an upper bound).",
    ),
]
TargetGroupEmployeeHoursOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--employee-hours",
        metavar="H",
        show_default=False,
        help="From 2026: one target-group employee's paid hours (repeat for each): the "
        "loonkostenvoordeel's cap of EUR 2,000 applies to each (Wtl art 2.13).",
    ),
]
CompareRegimesOpt = Annotated[
    bool,
    typer.Option(
        "--compare-regimes",
        help="From 2026: also show what the quota law would have computed for the same "
        "paid hours (its last rules and percentage).",
    ),
]
SectorOpt = Annotated[
    str,
    typer.Option(
        "--sector",
        "-s",
        help="Sector: id or English or Dutch name, any case (the quota is activated for "
        "government only).",
        autocompletion=complete_sector,
    ),
]
QuotaPctOpt = Annotated[
    str | None,
    typer.Option(
        "--quota-pct",
        metavar="PCT",
        show_default=False,
        help="Use this quota percentage instead of the published one.",
    ),
]
YearsOpt = Annotated[
    str | None,
    typer.Option(
        "--years",
        metavar="Y1-Y2",
        show_default=False,
        help="The same employer over several years, each with its own percentage.",
    ),
]
ByOpt = Annotated[
    int | None,
    typer.Option(
        "--by",
        metavar="Y",
        show_default=False,
        help="The hiring pace that removes the shortfall by year Y (each year's percentage).",
    ),
]
FileOpt = Annotated[
    Path | None,
    typer.Option(
        "--file",
        metavar="CSV|XLSX",
        show_default=False,
        dir_okay=False,
        help="Many employers: a CSV file or an Excel workbook (.xlsx) with id, paid_hours, "
        "target_group_hours[, name, sector, year].",
    ),
]
SheetOpt = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        metavar="NAME",
        show_default=False,
        help="With an .xlsx --file: the sheet to read (default: the first).",
    ),
]
BatchFormatOpt = Annotated[
    BatchFormat | None,
    typer.Option(
        "--batch-format",
        show_default=False,
        help="With --file: csv (default), jsonl (JSON lines) or xlsx; an --output ending in "
        ".csv, .jsonl or .xlsx chooses it too.",
    ),
]
SkipInvalidOpt = Annotated[
    bool,
    typer.Option(
        "--skip-invalid", help="With --file: leave bad rows out (they are listed) and go on."
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        show_default=False,
        help="With --file: the CSV's text encoding (default utf-8, BOM or not; Excel on "
        "Windows often writes cp1252).",
    ),
]
ColumnOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--column",
        metavar="COLUMN=HEADER",
        show_default=False,
        help="With --file: read COLUMN (paid_hours, target_group_hours, id, ...) from the "
        "column headed HEADER, e.g. --column paid_hours=Uren. Repeatable. Dutch names such "
        "as verloonde_uren are recognised without it.",
    ),
]
