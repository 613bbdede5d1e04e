"""The options of `realisation`, declared once (the command module stays the command)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Level(StrEnum):
    employer = "employer"
    quarter = "quarter"


class RegisterCutChoice(StrEnum):
    prorata = "prorata"
    first_day = "first-day"


FilesOpt = Annotated[
    list[Path],
    typer.Argument(
        metavar="PAYROLL...",
        show_default=False,
        help="A payroll export (CSV, .xlsx or .parquet: one row per employee per pay "
        "period), or loonaangifte messages (.xml).",
    ),
]

RegisterOpt = Annotated[
    Path | None,
    typer.Option(
        "--register",
        metavar="FILE",
        show_default=False,
        help="The register list (employee, register_start, register_end): hours count "
        "only inside each person's register period.",
    ),
]

ByOpt = Annotated[
    Level,
    typer.Option("--by", help="Rows per employer and year, or per quarter."),
]

PerEmployeeOpt = Annotated[
    bool,
    typer.Option(
        "--per-employee",
        help="Rows per employee (personal data: only the pseudonym given, or a keyed hash "
        "of a BSN).",
    ),
]

PseudonymKeyOpt = Annotated[
    Path | None,
    typer.Option(
        "--pseudonym-key",
        metavar="FILE",
        show_default=False,
        help="A file with a secret you keep: employees are written as a keyed hash.",
    ),
]

RegisterCutOpt = Annotated[
    RegisterCutChoice,
    typer.Option(
        "--register-cut",
        help="A period partly in the register: prorata (by calendar day) or first-day "
        "(whole when its first day is in the register).",
    ),
]

EmitBatchOpt = Annotated[
    Path | None,
    typer.Option(
        "--emit-batch",
        metavar="FILE",
        show_default=False,
        help="Also write the employer-years as the input of `employer --file` (CSV).",
    ),
]

SkipInvalidOpt = Annotated[
    bool,
    typer.Option("--skip-invalid", help="Leave rows that cannot be counted out, and list them."),
]

EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        metavar="NAME",
        show_default=False,
        help="A CSV file's text encoding (default utf-8; Excel on Windows often writes cp1252).",
    ),
]

ColumnOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--column",
        metavar="COLUMN=HEADER",
        show_default=False,
        help="Read COLUMN from the file's column HEADER (e.g. paid_hours=Uren); repeatable.",
    ),
]

SheetOpt = Annotated[
    str | None,
    typer.Option(
        "--sheet",
        metavar="NAME",
        show_default=False,
        help="With an .xlsx payroll: the sheet to read (default: the first visible one).",
    ),
]
