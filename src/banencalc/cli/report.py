"""`report`: the monitor page for a year and sector, as one HTML file (or a PDF of it)."""

from __future__ import annotations

import json
import os
import shlex
import sys
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.base.messages import Msg
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import (
    Common,
    LatestYearOpt,
    SectorOpt,
    command_app,
    with_common_except,
)
from banencalc.cli.pipeline import (
    apply_scenario,
    check_provenance,
    load,
    refuse_output_onto_inputs,
)

if TYPE_CHECKING:
    from pathlib import Path

    from banencalc.i18n import Lang
    from banencalc.render.html import PageFacts, Scenario
    from banencalc.report.model import Report
    from banencalc.report.monitor import MonitorPage

app = command_app()

#: what --output may end in
PAGE_SUFFIXES = (".html", ".htm")
PDF_SUFFIX = ".pdf"
WORD_SUFFIX = ".docx"


@app.command(
    epilog="Examples:\n\n"
    "    banencalc report --year 2023 --lang nl -o rapport.html\n\n"
    "    banencalc report --year 2023 --sector government -o government-2023.pdf\n\n"
    "    banencalc report --year 2023 --lang nl -o rapport.docx\n\n"
    "    banencalc report --year 2024 --set realised.total.2024=95000 -o what-if.html"
)
@guarded
@with_common_except("fmt", "sources", "csv_dialect")
def report(
    year: LatestYearOpt = None,
    sector: SectorOpt = None,
    appendix: Annotated[
        bool,
        typer.Option(
            "--appendix",
            help="Add the list of every figure with its status, and the sources' remarks.",
        ),
    ] = False,
    *,
    common: Common,
) -> None:
    """A self-contained monitor page: headline, sectors, series, catch-up path, quota, sources."""
    from banencalc.render.html import Scenario, monitor_html
    from banencalc.report.monitor import monitor_page

    output = common.output
    suffix = output.suffix.lower() if output is not None else ".html"
    if suffix not in (*PAGE_SUFFIXES, PDF_SUFFIX, WORD_SUFFIX):
        fail(
            Msg(
                "--output {output}: report writes an HTML page (.html), a PDF (.pdf) or a Word "
                "document (.docx)",
                output=str(output),
            )
        )
    browser = None
    if suffix == PDF_SUFFIX:
        from banencalc.render.pdf import require_browser

        browser = require_browser()
    refuse_output_onto_inputs(output, common.data, common.scenario)
    lang: Lang = "nl" if common.lang.value == "nl" else "en"
    dataset = load(common.data)
    page = monitor_page(dataset, year, sector)
    what_if = apply_scenario(common, dataset)
    scenario = None
    if what_if is not None:
        from banencalc.render.compare import compare

        changed = monitor_page(what_if.data, page.year, page.sector)
        changes = [c.message() for c in what_if.changes]
        scenario = Scenario(
            what_if.name,
            changes,
            compare(page.sectors, changed.sectors, what_if.name, changes, [], lang),
            changed.sectors,
        )
    check_provenance(
        scenario.answer if scenario else page.sectors, common.strict, quiet=common.quiet
    )
    if suffix == WORD_SUFFIX:
        assert output is not None
        _write_word(output, page, scenario, common, lang)
        return
    facts = _facts(common, page.year, page.sector, what_if.overrides if what_if else None)
    if appendix:
        facts = replace(facts, appendix=True, command=f"{facts.command} --appendix")
    names = {s.id: Msg.text(s.name, nl=s.name_nl) for s in dataset.sectors.values()}
    html = monitor_html(page, facts, lang, scenario, names)
    if browser is not None:
        from banencalc.base.files import write_atomic_bytes
        from banencalc.render.pdf import print_to_pdf

        assert output is not None
        write_atomic_bytes(output, print_to_pdf(html, browser))
    elif output is not None:
        from banencalc.base.files import write_atomic

        write_atomic(output, lambda out: out.write(html))
    elif not common.quiet:
        from banencalc.base.files import write_stdout

        write_stdout(lambda out: out.write(html))
    if output is not None and not common.quiet:
        from banencalc.render.text import say

        written = Msg("report written to {path}", path=str(output))
        sys.stderr.write(f"banencalc: {say(written, lang)}\n")


def _write_word(
    output: Path, page: MonitorPage, scenario: Scenario | None, common: Common, lang: Lang
) -> None:
    """The monitor as a Word document: the scenario first when there is one, then the sectors,
    the series, the catch-up path and the quota, the sources once at the end."""
    from banencalc.base.files import write_atomic_bytes
    from banencalc.cli.pipeline import made_by
    from banencalc.render.docx import documents
    from banencalc.render.text import say
    from banencalc.report.monitor import Unavailable

    parts: list[Report | tuple[str, str]] = [scenario.comparison] if scenario else []
    for part in (page.sectors, page.series, page.trajectory, *page.quota):
        if isinstance(part, Unavailable):
            parts.append((say(part.title, lang), say(part.reason, lang)))
        else:
            parts.append(part)
    title = Msg("Banenafspraak {year}: {name}", year=str(page.year), name=page.sector_name)
    write_atomic_bytes(output, documents(say(title, lang), parts, lang, made_by(common)))
    if not common.quiet:
        written = Msg("report written to {path}", path=str(output))
        sys.stderr.write(f"banencalc: {say(written, lang)}\n")


def _facts(common: Common, year: int, sector: str, overrides: object) -> PageFacts:
    """When, by which version, from which data (a SHA-256 of the data files and the scenario),
    and the command that makes the page again."""
    from banencalc import __version__
    from banencalc.dataset.location import data_sha256, describe, resolve_data_dir
    from banencalc.render.html import PageFacts

    directory = resolve_data_dir(common.data)
    scenario = [json.dumps(overrides, sort_keys=True, default=str).encode()] if overrides else []
    # SOURCE_DATE_EPOCH (reproducible builds) fixes the date, so the same inputs give the same page
    generated = (_source_date() or datetime.now(UTC)).date().isoformat()
    command = ["banencalc", "report", "--year", str(year), "--sector", sector]
    command += ["--lang", common.lang.value]
    if common.data is not None:
        command += ["--data", str(common.data)]
    if common.scenario is not None:
        command += ["--scenario", str(common.scenario)]
    for item in common.set_items or []:
        command += ["--set", item]
    return PageFacts(
        generated=generated,
        version=__version__,
        data_origin=describe(directory),
        data_sha256=data_sha256(directory, *scenario),
        command=shlex.join(command),
    )


#: the latest moment a date can name (9999-12-31)
_LAST_EPOCH = 253_402_300_799


def _source_date() -> datetime | None:
    """The date SOURCE_DATE_EPOCH fixes (reproducible builds): whole seconds since 1970, as the
    specification writes them; anything else is named, never ignored or a crash."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or epoch == "":
        return None
    if not (epoch.isascii() and epoch.isdigit()) or int(epoch) > _LAST_EPOCH:
        fail(
            Msg(
                "SOURCE_DATE_EPOCH={value} is not a time: give whole seconds since 1 January 1970 "
                "(e.g. 1700000000), or unset it",
                value=repr(epoch[:40]),
            )
        )
    return datetime.fromtimestamp(int(epoch), UTC)
