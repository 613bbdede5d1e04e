"""At any terminal width, in both languages, every number a table shows appears whole: columns of
text give way first (they may wrap at spaces), and when even that is not enough the table becomes
one record per block. Never `+1,97` for `+1,970`."""

from __future__ import annotations

import io
from typing import Any

import pytest

import banencalc.render
from banencalc.render.table import label, shown_columns, table
from banencalc.render.text import escape_controls
from banencalc.report.model import Report

from ..conftest import RunCli

COMMANDS = [
    ["status", "--year", "2020"],
    ["status", "--year", "2024", "--breakdown"],
    ["history", "--sector", "government", "--no-chart"],
    ["check", "--year", "2019"],
    ["quota", "--year", "2019"],
    ["employer", "--year", "2019", "--paid-hours", "300000"],
    ["employer", "--paid-hours", "1234567.89", "--years", "2018-2024"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--by", "2024"],
    ["trajectory", "--sector", "total"],
    ["status", "--year", "2020", "--set", "realised.total.2020=70000"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--set", "levy_eur=7500"],
    ["sources"],
]


def _reports(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> list[Report]:
    captured: list[Report] = []
    real = banencalc.render.render

    def capture(report: Report, *rest: Any, **kwargs: Any) -> None:
        captured.append(report)
        real(report, *rest, **kwargs)

    monkeypatch.setattr(banencalc.render, "render", capture)
    result = run_cli(*args)
    assert result.exit_code in (0, 1), result.stderr
    return captured


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_every_shown_number_appears_whole_at_every_width(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    if args[0] == "history" and "--no-chart" in args:
        args = [a for a in args if a != "--no-chart"]
    (report,) = _reports(run_cli, monkeypatch, args)
    for lang in ("en", "nl"):
        values = {
            escape_controls(label(report, row, column, i == 0, lang)).strip()
            for row in report.rows
            for i, column in enumerate(shown_columns(report))
            if column.kind != "text"
        }
        assert values, "a table with numbers"
        for width in (20, 40, 60, 80, 120):
            monkeypatch.setenv("COLUMNS", str(width))
            out = io.StringIO()
            table(report, out, full_sources=False, color=False, lang=lang)
            text = out.getvalue()
            lines = text.splitlines()
            missing = [v for v in values if v and not any(v in line for line in lines)]
            assert not missing, f"{lang} at {width} columns cuts {missing[:5]}:\n{text}"
