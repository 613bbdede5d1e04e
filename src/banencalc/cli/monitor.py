"""`monitor`: a sector's members' reported jobs against its target and werkagenda, with a traffic
light per member; the monitor page (`-o monitor.html`) to send to members and board."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from banencalc.base.messages import Msg
from banencalc.cli.guard import fail, guarded
from banencalc.cli.options import Common, command_app, with_common
from banencalc.cli.pipeline import refuse_output_onto_inputs, run_pipeline

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset
    from banencalc.report.model import Report

app = command_app()


class LightChoice(StrEnum):
    green = "green"
    amber = "amber"
    red = "red"
    silent = "silent"
    none = "none"


PAGE_SUFFIXES = (".html", ".htm")


@app.command(
    epilog="Examples:\n\n"
    "    banencalc monitor examples/monitor/monitor.yaml\n\n"
    "    banencalc monitor examples/monitor/monitor.yaml --round 2024 --lang nl\n\n"
    "    banencalc monitor examples/monitor/monitor.yaml --light red --light silent\n\n"
    "    banencalc monitor examples/monitor/monitor.yaml --lang nl -o monitor.html\n\n"
    "    banencalc schema monitor > monitor.schema.json"
)
@guarded
@with_common
def monitor(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="MONITOR",
            show_default=False,
            help="The monitor file (YAML): members, target, werkagenda prognosis, traffic-light "
            "rule and rounds.",
        ),
    ],
    round_id: Annotated[
        str | None,
        typer.Option(
            "--round",
            metavar="ID",
            show_default=False,
            help="The round to show (default: the last).",
        ),
    ] = None,
    light: Annotated[
        list[LightChoice] | None,
        typer.Option(
            "--light",
            show_default=False,
            help="Show only the members with this light (repeatable); the totals count all.",
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """A sector's members against its target and werkagenda, with a traffic light per member."""
    from banencalc.calc.sector_monitor import assess
    from banencalc.monitor import load_monitor
    from banencalc.report.sector_monitor import monitor_report

    refuse_output_onto_inputs(common.output, common.data, file)
    monitored = load_monitor(file)
    ids = [r.id for r in monitored.rounds]
    if round_id is not None and round_id not in ids:
        fail(
            Msg(
                "--round {round}: the monitor has no such round (its rounds: {rounds})",
                round=round_id,
                rounds=", ".join(ids) if ids else Msg("none yet"),
            )
        )

    def build(data: Dataset) -> Report:
        shown = frozenset(choice.value for choice in light) if light else None
        return monitor_report(assess(data, monitored), round_id, shown)

    if common.output is not None and common.output.suffix.lower() in PAGE_SUFFIXES:
        _page(common, build)
        return
    run_pipeline(common, build)


def _page(common: Common, build: Callable[[Dataset], Report]) -> None:
    """The monitor page, written to --output."""
    from banencalc.base.files import write_atomic
    from banencalc.cli.pipeline import load, made_by
    from banencalc.i18n import Lang
    from banencalc.render.monitor_page import monitor_page
    from banencalc.render.text import say

    assert common.output is not None
    lang: Lang = "nl" if common.lang.value == "nl" else "en"
    report = build(load(common.data))
    html = monitor_page(report, lang, say(made_by(common), lang))
    write_atomic(common.output, lambda out: out.write(html))
