"""The pipeline every command shares: load the data, apply a what-if scenario if one is given,
build the report for the baseline (and the scenario), warn about figures that are not verified,
render, and write to stdout or --output. Also the reading of numbers typed as options."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.cli.guard import fail, language, warn
from banencalc.cli.options import Common

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.i18n import Lang
    from banencalc.render import FileFormat, Format
    from banencalc.report.model import Report
    from banencalc.scenario import Change, Value


def load(data_dir: Path | None) -> Dataset:
    from banencalc.dataset.loading import load_dataset

    return load_dataset(data_dir)


def run_pipeline(
    common: Common, build: Callable[[Dataset], Report], *, draws_chart: bool = False
) -> Report:
    """Load, apply the scenario, build, warn, render, write. Returns the report of the answer
    (the scenario's when one is active) so a command can derive its exit code.

    `draws_chart`: the command's report has a chart, so an --output ending in .png or .svg gets
    the chart as an image (in the chosen language, with its sources) instead of text."""
    # an --output onto a file this run reads is the worst mistake: said first
    refuse_output_onto_inputs(common.output, common.data, common.scenario)
    image = draws_chart and _is_image(common.output)
    if image:
        from banencalc.render.charts import require_image_library

        assert common.output is not None
        require_image_library(common.output)
    else:
        refuse_unwritable_output(common.output)
    refuse_workbook_on_terminal(common)
    if common.csv_dialect.value != "standard" and common.format.value != "csv":
        fail(
            Msg(
                "--csv-dialect {dialect} applies to csv output; add --format csv (or give a .csv "
                "--output)",
                dialect=common.csv_dialect.value,
            )
        )
    dataset = load(common.data)
    report = build(dataset)
    answer = report
    what_if = apply_scenario(common, dataset)
    if what_if is not None:
        from banencalc.render.compare import compare

        answer = build(what_if.data)
        report = compare(
            report,
            answer,
            what_if.name,
            [c.message() for c in what_if.changes],
            [
                {"key": c.key, "old": c.old, "new": c.new, "derived": c.derived, "origin": c.origin}
                for c in what_if.changes
            ],
            common.lang.value,
        )
    check_provenance(answer, common.strict, quiet=common.quiet)
    if image:
        save_chart_image(answer, common)
    elif not (common.quiet and common.output is None):
        write(report, common)
    return answer


@dataclass(frozen=True)
class WhatIf:
    """The dataset with a scenario applied (--scenario FILE and --set KEY=VALUE)."""

    name: str
    data: Dataset
    changes: list[Change]
    overrides: dict[str, Value]


def apply_scenario(common: Common, dataset: Dataset) -> WhatIf | None:
    """The what-if the options ask for, or None: --set items override the file's."""
    if not common.set_items and common.scenario is None:
        return None
    from banencalc import scenario as whatif

    file = whatif.load_scenario(common.scenario) if common.scenario is not None else None
    typed = whatif.parse_set(common.set_items or [], input_language["lang"])
    chosen = whatif.combine(file, typed, common.scenario_name)
    changed, changes = whatif.apply(dataset, chosen)
    return WhatIf(chosen.name, changed, changes, chosen.overrides)


def refuse_output_onto_inputs(output: Path | None, data: Path | None, *others: Path | None) -> None:
    """Before anything is read: --output must not name a file this run reads."""
    if output is None:
        return
    from banencalc.base.files import refuse_overwriting_inputs
    from banencalc.dataset.location import SECTORS_FILE, TARGETS_FILE, resolve_data_dir

    try:
        directory = resolve_data_dir(data)
        inputs = [directory / TARGETS_FILE, directory / SECTORS_FILE]
    except BanencalcError:  # no such data directory: nothing there to destroy (loading says so)
        inputs = []
    refuse_overwriting_inputs(output, [*inputs, *(o for o in others if o is not None)])


def _is_image(output: Path | None) -> bool:
    if output is None:
        return False
    from banencalc.render.charts import IMAGE_SUFFIXES

    return output.suffix.lower() in IMAGE_SUFFIXES


def save_chart_image(report: Report, common: Common) -> None:
    from banencalc.render.charts import save_chart
    from banencalc.render.text import say

    assert common.output is not None
    lang: Lang = "nl" if common.lang.value == "nl" else "en"
    title = say(report.chart_title or report.title, lang)
    save_chart(common.output, title, list(report.chart), lang, report.sources)
    if not common.quiet:
        written = Msg("chart written to {path}", path=str(common.output))
        sys.stderr.write(f"banencalc: {say(written, lang)}\n")


def refuse_unwritable_output(
    output: Path | None, writes: Mapping[str, object] | None = None
) -> None:
    """Before any work: an --output extension this command cannot write (a chart image, a
    workbook it does not make, a format banencalc has no writer for) is refused rather than
    filled with text; the message lists what it writes. A name without an extension is written
    in the format chosen."""
    from banencalc.cli.options import FORMAT_BY_SUFFIX, UNWRITABLE_SUFFIXES

    if output is None or not output.suffix:
        return
    suffix = output.suffix.lower()
    if suffix in UNWRITABLE_SUFFIXES:
        fail(
            Msg(
                "--output {output}: {suffix} is {what}",
                output=str(output),
                suffix=output.suffix,
                what=Msg(UNWRITABLE_SUFFIXES[suffix]),
            )
        )
    known = writes if writes is not None else FORMAT_BY_SUFFIX
    if suffix not in known:
        fail(
            Msg(
                "--output {output}: banencalc writes no {suffix} file; it writes {known}",
                output=str(output),
                suffix=output.suffix,
                known=", ".join(known),
            )
        )


def check_provenance(report: Report, strict: bool, *, quiet: bool = False) -> None:
    """Warn about figures that are neither verified nor derived from verified ones, or that are
    approximate; with --strict, refuse anything not verified and exact."""
    figures = report.payload.get("figures", [])

    def label(f: dict[str, Any]) -> Msg:
        if f.get("approximate"):
            return Msg("{key} ({status}, approximate)", key=f["key"], status=Msg(f["status"]))
        return Msg("{key} ({status})", key=f["key"], status=Msg(f["status"]))

    weak = [
        label(f)
        for f in figures
        if f.get("approximate") or f.get("status") not in (None, "verified", "derived")
    ]
    if strict:
        # A check is judged on the figures its verdict rests on, not on context such as the
        # previous year behind the growth column.
        if report.verdict_figures is not None:
            figures = [f for f in figures if f["key"] in report.verdict_figures]
        weak = [label(f) for f in figures if f.get("approximate") or f.get("status") != "verified"]
    if not weak:
        return
    message = Msg(
        "this result rests on figures that are not verified: {figures}",
        figures=Msg.joined(weak),
    )
    if strict:
        raise BanencalcError(Msg("{message} (--strict)", message=message))
    if not quiet:
        warn(message)


def refuse_workbook_on_terminal(common: Common) -> None:
    """An .xlsx or .docx is a binary file: it goes to a file, never to the terminal."""
    if common.output is not None or common.quiet:
        return
    if common.format.value == "xlsx":
        fail(Msg("--format xlsx writes a workbook: give the file with --output NAME.xlsx"))
    if common.format.value == "docx":
        fail(Msg("--format docx writes a Word document: give the file with --output NAME.docx"))


def made_by(common: Common) -> Msg:
    """The last line of a document: the version, the data (where from, and a SHA-256 of its two
    files) and a scenario when there is one, so a reader can make it again."""
    from banencalc import __version__
    from banencalc.dataset.location import data_sha256, describe, origin_name, resolve_data_dir

    directory = resolve_data_dir(common.data)
    changes = [*(["--scenario", str(common.scenario)] if common.scenario else [])]
    for item in common.set_items or []:
        changes += ["--set", item]
    line = Msg(
        "banencalc {version}; data: {origin}, SHA-256 {digest}",
        version=__version__,
        origin=origin_name(describe(directory)),
        digest=data_sha256(directory)[:16],
    )
    if not changes:
        return line
    return Msg("{line}; what-if: {changes}", line=line, changes=" ".join(changes))


def write(report: Report, common: Common) -> None:
    from banencalc.base.files import write_atomic, write_atomic_bytes, write_stdout
    from banencalc.render import render

    lang: Lang = "nl" if common.lang.value == "nl" else "en"
    if common.format.value in ("xlsx", "docx"):
        from banencalc.render import render_file

        assert common.output is not None  # refuse_workbook_on_terminal
        file_format = cast("FileFormat", common.format.value)
        made = made_by(common) if file_format == "docx" else None
        write_atomic_bytes(common.output, render_file(report, file_format, lang, made))
        return
    fmt = cast("Format", common.format.value)

    if common.output is None:
        write_stdout(
            lambda out: render(
                report,
                fmt,
                out,
                full_sources=common.sources,
                lang=common.lang.value,
                csv_dialect=common.csv_dialect.value,
            ),
            escape=fmt != "table",  # the table escapes its text itself and colours it
        )
        return
    write_atomic(
        common.output,
        lambda out: render(
            report,
            fmt,
            out,
            full_sources=common.sources,
            color=False,
            lang=common.lang.value,
            csv_dialect=common.csv_dialect.value,
        ),
    )


#: the language numbers are typed in and messages are said in (`--lang`, set by `with_common`
#: before a command runs): English reads `300,000` as three hundred thousand, Dutch `300.000`
input_language = language


def number(option: str, text: str | None, *, percent: bool = False) -> Decimal | None:
    """A number typed for `option`, read in the user's language; `%` is allowed only where a
    percentage is asked for."""
    from banencalc.base.numbers import parse_decimal

    if text is None:
        return None
    if percent and text.strip().endswith("%"):
        text = text.strip()[:-1]
    return parse_decimal(text, option, input_language["lang"])


def whole_number(option: str, text: str | None) -> int | None:
    """A count typed for `option` (jobs, employees), read in the user's language like every
    number (`125,000` in English, `125.000` in Dutch)."""
    value = number(option, text)
    if value is None:
        return None
    if value != value.to_integral_value():
        fail(Msg("{option}: {text} is not a whole number", option=option, text=repr(text)))
    return int(value)


def positive(option: str, text: str | None) -> Decimal | None:
    value = number(option, text)
    if value is not None and value <= 0:
        fail(Msg("{option} must be above 0, not {text}", option=option, text=str(text)))
    return value


def print_chart(report: Report, lang: str) -> None:
    """The report's chart under its table, in the terminal (nothing when it has none)."""
    if not report.chart or report.chart_title is None:
        return
    from rich.console import Console

    from banencalc.render.charts import line_chart
    from banencalc.render.text import say

    console = Console()
    # colour only on a terminal that shows it: not with NO_COLOR, not on TERM=dumb
    color = (
        console.is_terminal
        and not console.no_color
        and not console.is_dumb_terminal
        and console.color_system is not None
    )
    title = say(report.chart_title, "nl" if lang == "nl" else "en")
    chart = line_chart(
        title,
        list(report.chart),
        width=max(min(console.width, 100), 40),
        color=color,
        lang="nl" if lang == "nl" else "en",
    )
    sys.stdout.write(chart + "\n")
