"""The options every command shares, declared once, and the Typer app each command module uses.

`with_common` adds the shared options (format, data, sources, what-if, output, strict, language) to
a command's signature and hands them to it as one keyword-only `common: Common`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    xlsx = "xlsx"
    docx = "docx"


class CsvDialect(StrEnum):
    standard = "standard"
    excel_nl = "excel-nl"


class Language(StrEnum):
    en = "en"
    nl = "nl"


class Per(StrEnum):
    year = "year"
    week = "week"


class BatchFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    xlsx = "xlsx"


#: the batch output a file name asks for
BATCH_FORMAT_BY_SUFFIX = {
    ".csv": BatchFormat.csv,
    ".jsonl": BatchFormat.jsonl,
    ".xlsx": BatchFormat.xlsx,
}


def batch_format(given: BatchFormat | None, output: Path | None) -> BatchFormat:
    """--batch-format, or the one the --output file's extension names (csv by default); the two
    must agree."""
    chosen = _agreeing(given, output, BATCH_FORMAT_BY_SUFFIX, "--batch-format") or BatchFormat.csv
    if chosen is BatchFormat.xlsx and output is None:
        raise BanencalcError(
            Msg("xlsx writes a workbook: give the file with --output NAME.xlsx"),
            field="batch_format",
        )
    return chosen


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
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="table for people; json, csv, markdown for scripts and memos; xlsx for Excel; "
        "docx for Word (default: from the --output file's extension, else table).",
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
        "realised.government.2021=21000, realised.overheid.2023=+3000, "
        "quota.government.2025=2.8, levy_eur=+10%. A leading + or - changes the baseline figure; "
        "a total moves with its parts.",
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
ScenarioNameOpt = Annotated[
    str | None,
    typer.Option(
        "--scenario-name",
        metavar="NAME",
        show_default=False,
        help="What-if: the scenario's name in titles and notes (default: the file's name, or "
        "'--set').",
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
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        help="Print nothing on stdout and no warnings (errors still go to stderr); for scripts "
        "that rely on the exit code. --output is still written.",
    ),
]
CsvDialectOpt = Annotated[
    CsvDialect,
    typer.Option(
        "--csv-dialect",
        case_sensitive=False,
        help="With csv output: standard (`,`, decimal point) or excel-nl (`;`, decimal comma, "
        "BOM: opens in Dutch Excel as columns of numbers).",
    ),
]
LangOpt = Annotated[
    Language,
    typer.Option(
        "--lang",
        envvar="BANENCALC_LANG",
        case_sensitive=False,
        help="Language of everything people read (tables, Markdown, notes, messages, charts, "
        "workbooks, the report page): en or nl (Dutch words and numbers, 66.097 and 2,14%; "
        "numbers are also read in Dutch). JSON and CSV stay locale-neutral. Also "
        "$BANENCALC_LANG.",
    ),
]


def complete_sector(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion for --sector: the sector ids of the data in use (none if it is broken)."""
    from banencalc.dataset.loading import load_dataset

    directory = ctx.params.get("data")
    try:
        data = load_dataset(Path(directory) if directory else None)
    except BanencalcError:
        return []
    return [sector for sector in data.sectors if sector.startswith(incomplete.lower())]


#: --sector where a command needs one sector (its default is the command's)
#: the measurement year of a command that defaults to the latest official one (status, check,
#: report)
LatestYearOpt = Annotated[
    int | None,
    typer.Option(
        "--year",
        "-y",
        show_default=False,
        help="Measurement year (end of year). Default: the latest with official realised figures.",
    ),
]
OneSectorOpt = Annotated[
    str,
    typer.Option(
        "--sector",
        "-s",
        help="Sector: id or English or Dutch name, any case.",
        autocompletion=complete_sector,
    ),
]
SectorOpt = Annotated[
    str | None,
    typer.Option(
        "--sector",
        "-s",
        help=(
            "Sector: id or English or Dutch name, any case (total, market, government, "
            "Gemeenten, ...; see `status --breakdown`)."
        ),
        autocompletion=complete_sector,
    ),
]


#: what an --output file's extension asks for when --format is not given
FORMAT_BY_SUFFIX = {
    ".json": OutputFormat.json,
    ".csv": OutputFormat.csv,
    ".md": OutputFormat.markdown,
    ".markdown": OutputFormat.markdown,
    ".txt": OutputFormat.table,
    ".xlsx": OutputFormat.xlsx,
    ".docx": OutputFormat.docx,
}
#: extensions no format can honour: only commands with a chart draw images (run_pipeline's
#: draws_chart); the old binary Excel format is not written
UNWRITABLE_SUFFIXES = {
    ".png": "an image: only `history` and `trajectory` draw one",
    ".svg": "an image: only `history` and `trajectory` draw one",
    ".xls": "the old Excel format, which banencalc does not write: use .xlsx",
    ".doc": "the old Word format, which banencalc does not write: use .docx",
    ".html": "a page: only `banencalc report` writes one",
    ".htm": "a page: only `banencalc report` writes one",
    ".pdf": "a page: only `banencalc report` writes one",
}


def output_format(given: OutputFormat | None, output: Path | None) -> OutputFormat:
    """The format to write: --format, else the --output file's extension, else a table.
    A --format that disagrees with the extension is an error, never a silent override."""
    return _agreeing(given, output, FORMAT_BY_SUFFIX, "--format") or OutputFormat.table


E = TypeVar("E", bound=StrEnum)


def _agreeing(
    given: E | None, output: Path | None, by_suffix: Mapping[str, E], option: str
) -> E | None:
    """The format `option` gives, else the one the --output file's extension names; the two
    must agree (a disagreement is an error, never a silent override)."""
    implied = by_suffix.get(output.suffix.lower()) if output is not None else None
    if given is not None and implied is not None and given is not implied:
        raise BanencalcError(
            Msg(
                "{given} disagrees with --output {output} (a {implied} file); drop {option} or "
                "give a matching file name",
                given=given.value,
                output=str(output),
                implied=implied.value,
                option=option,
            ),
            field=option.removeprefix("--").replace("-", "_"),
        )
    return given or implied


@dataclass(frozen=True)
class Common:
    #: the --format given (None: from the --output extension, else a table); see `format`
    fmt: OutputFormat | None
    data: Path | None
    sources: bool
    set_items: list[str] | None
    scenario: Path | None
    output: Path | None
    strict: bool
    lang: Language = Language.en
    quiet: bool = False
    csv_dialect: CsvDialect = CsvDialect.standard
    scenario_name: str | None = None

    @property
    def format(self) -> OutputFormat:
        return output_format(self.fmt, self.output)


F = TypeVar("F", bound=Callable[..., Any])

#: (parameter, its option, default) of the shared options, in the order help lists them
_COMMON_PARAMETERS = (
    ("fmt", FormatOpt, None),
    ("data", DataOpt, None),
    ("sources", SourcesOpt, False),
    ("set_items", SetOpt, None),
    ("scenario", ScenarioOpt, None),
    ("output", OutputOpt, None),
    ("strict", StrictOpt, False),
    ("lang", LangOpt, Language.en),
    ("quiet", QuietOpt, False),
    ("csv_dialect", CsvDialectOpt, CsvDialect.standard),
    ("scenario_name", ScenarioNameOpt, None),
)
assert [name for name, _, _ in _COMMON_PARAMETERS] == [f.name for f in fields(Common)]


def with_common(func: F) -> F:
    """Give `func(..., *, common: Common)` the shared options, declared here once."""
    return _with_options(func, ())


def with_common_except(*left_out: str) -> Callable[[F], F]:
    """`with_common` without the options `left_out` (a command they mean nothing to; `report`
    writes one page, so it has no --format); those keep their defaults."""
    unknown = set(left_out) - {name for name, _, _ in _COMMON_PARAMETERS}
    assert not unknown, unknown
    return lambda func: _with_options(func, left_out)


def _with_options(func: F, left_out: tuple[str, ...]) -> F:
    signature = inspect.signature(func, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "common"]
    offered = [entry for entry in _COMMON_PARAMETERS if entry[0] not in left_out]
    defaults: dict[str, Any] = {
        name: default for name, _, default in _COMMON_PARAMETERS if name in left_out
    }
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=option)
        for name, option, default in offered
    ]

    @functools.wraps(func)
    def command(**kwargs: Any) -> Any:
        from banencalc.cli.guard import language

        given = {name: kwargs.pop(name) for name, _, _ in offered}
        common = Common(**given, **defaults)
        output_format(common.fmt, common.output)  # a disagreement is refused before any work
        language["lang"] = common.lang.value
        return func(**kwargs, common=common)

    command.__signature__ = signature.replace(parameters=[*own, *shared])  # type: ignore[attr-defined]
    command.__annotations__ = {
        **{p.name: p.annotation for p in own},
        **{name: option for name, option, _ in offered},
        "return": signature.return_annotation,
    }
    return command  # type: ignore[return-value]


def command_app() -> typer.Typer:
    """The Typer app of one command module (the main app loads it only when it is invoked)."""
    return typer.Typer(
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
