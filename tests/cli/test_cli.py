"""The command line as a user meets it: tables, formats, help, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from banencalc import __version__
from banencalc.dataset.records import Dataset

from ..conftest import RunCli


def test_status_table_for_2020(run_cli: RunCli) -> None:
    result = run_cli("status", "--year", "2020")
    assert result.exit_code == 0
    out = result.stdout
    for text in (
        "Banenafspraak 2020",
        "Market sector",
        "Government",
        "Total",
        "67,500",
        "66,097",
        "-1,403",
        "97.92%",
        "+12,500",
        "+4,482",
        "kst-34352-219",
    ):
        assert text in out, text
    assert result.stderr == ""


def test_status_default_year_is_latest_official(run_cli: RunCli) -> None:
    result = run_cli("status", "--format", "json")
    assert json.loads(result.stdout)["year"] == 2023


def test_status_json_contract(run_cli: RunCli) -> None:
    doc = json.loads(run_cli("status", "--year", "2020", "--format", "json").stdout)
    assert set(doc) >= {"year", "rows", "sources", "figures"}
    assert [r["sector"] for r in doc["rows"]] == ["market", "government", "total"]
    total = doc["rows"][-1]
    assert total == total | {
        "sector": "total",
        "target": 67500,
        "realised": 66097,
        "difference": -1403,
        "shortfall": 1403,
        "achievement_pct": 97.92,
    }
    assert isinstance(total["target"], int)
    assert {s["id"] for s in doc["sources"]} >= {"kst-34352-219"}
    assert all("url" in s or "document" in s for s in doc["sources"])


def test_status_breakdown_lists_subsectors_without_zeroes(run_cli: RunCli) -> None:
    doc = json.loads(run_cli("status", "--year", "2022", "--breakdown", "-f", "json").stdout)
    ids = [r["sector"] for r in doc["rows"]]
    assert ids[:3] == ["market", "government", "rijk"]
    assert "politie" in ids and ids[-1] == "total"
    provinces = next(r for r in doc["rows"] if r["sector"] == "provincies")
    assert provinces["realised"] is None and provinces["target"] is None
    table = run_cli("status", "--year", "2022", "--breakdown").stdout
    assert "no published figure" in table


def test_status_one_sector(run_cli: RunCli) -> None:
    doc = json.loads(run_cli("status", "--year", "2019", "-s", "government", "-f", "json").stdout)
    assert [r["sector"] for r in doc["rows"]] == ["government"]


def test_csv_is_numbers_without_separators(run_cli: RunCli) -> None:
    rows = list(
        csv.DictReader(io.StringIO(run_cli("status", "--year", "2020", "-f", "csv").stdout))
    )
    total = next(r for r in rows if r["sector"] == "total")
    assert total["target"] == "67500"
    assert total["achievement_pct"] == "97.92"
    assert total["realised_approximate"] == "false"


def test_markdown_is_a_pipe_table(run_cli: RunCli) -> None:
    out = run_cli("status", "--year", "2020", "-f", "markdown").stdout
    assert "| Total | 67,500 | 66,097 | -1,403 | 1,403 | 97.92% |" in out
    assert "Sources:" in out


def test_full_sources(run_cli: RunCli) -> None:
    out = run_cli("status", "--year", "2020", "--sources").stdout
    assert "https://zoek.officielebekendmakingen.nl/kst-34352-219.html" in out


def test_approximate_2024_total_is_marked(run_cli: RunCli) -> None:
    out = run_cli("status", "--year", "2024").stdout
    # 85,665 + the published +4,000; every number computed from it is approximate too
    for text in ("~89,665", "~25,335", "~77.97%", "~+4,000", "bijna 90.000"):
        assert text in out, text
    assert "+4,335" not in out


def test_history(run_cli: RunCli) -> None:
    result = run_cli("history", "--sector", "government", "--from", "2018", "--to", "2023")
    assert result.exit_code == 0
    assert "2018" in result.stdout and "-1,838" in result.stdout
    assert "realised" in result.stdout.split("Sources:")[-1]  # the chart's legend
    doc = json.loads(run_cli("history", "-s", "market", "-f", "json").stdout)
    assert [r["year"] for r in doc["rows"]] == list(range(2015, 2026))


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["history", "--from", "2010"], "--from: 2010"),
        (["history", "--from", "2022", "--to", "2019"], "after"),
        (["status", "--year", "2031"], "2015-2030"),
        (["status", "--sector", "zorg"], "unknown sector"),
    ],
)
def test_bad_input_exits_2_with_a_message(run_cli: RunCli, args: list[str], fragment: str) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert result.stdout == ""


def test_bad_option_value_names_the_choices(run_cli: RunCli) -> None:
    result = run_cli("status", "--format", "xml")
    assert result.exit_code == 2
    assert "--format" in result.stderr and "markdown" in result.stderr


def test_version_and_help(run_cli: RunCli) -> None:
    assert run_cli("--version").stdout.strip() == f"banencalc {__version__}"
    for command in ("status", "history", "check"):
        help_text = run_cli(command, "--help").stdout
        assert "Examples" in help_text and f"banencalc {command}" in help_text


def test_check_json(run_cli: RunCli) -> None:
    result = run_cli("check", "--year", "2020", "-f", "json")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert doc["passed"] is False and doc["row"]["shortfall"] == 1403


def _console_script() -> str | None:
    return shutil.which("banencalc", path=str(Path(sys.executable).parent))


def _run_script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BANENCALC_DATA"}
    return subprocess.run(
        [_console_script() or "", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.mark.skipif(_console_script() is None, reason="console script not installed")
def test_installed_console_script_in_a_subprocess(tmp_path: Path) -> None:
    ok = _run_script("check", "--year", "2019", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    missed = _run_script("status", "--year", "2020", "-f", "json", cwd=tmp_path)
    assert json.loads(missed.stdout)["rows"][-1]["shortfall"] == 1403
    bad = _run_script("status", "--year", "1999", cwd=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("banencalc: error:")


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "banencalc", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and result.stdout.startswith("banencalc ")


def test_employer_2019_levy_is_the_statutory_24000_with_the_reason(run_cli: RunCli) -> None:
    result = run_cli("employer", "--year", "2019", "--paid-hours", "300000")
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())  # the table wraps long lines
    assert "EUR 24,000.00" in out
    assert "24,117.21" in out  # shown as what tools that skip the rounding print
    assert "Besluit Wfsv art 2.23 lid 3" in out
    assert "Wfsv art 122na" in out  # why no levy is executed
    assert "previous-year test" in out and "not applied" in out


def test_employer_previous_year_below_threshold_is_not_liable(run_cli: RunCli) -> None:
    result = run_cli(
        "employer",
        "--year",
        "2019",
        "--paid-hours",
        "300000",
        "--previous-year-hours",
        "40574",
        "-f",
        "json",
    )
    payload = json.loads(result.stdout)
    assert payload["liable"] is False and payload["levy_eur"] == 0
    tests = {t["year"]: t for t in payload["liability_tests"]}
    assert tests[2018]["applied"] and tests[2018]["below_threshold"]
    assert tests[2019]["applied"] and not tests[2019]["below_threshold"]


def test_employer_lender_and_hirer_options(run_cli: RunCli) -> None:
    result = run_cli(
        "employer",
        "--year",
        "2019",
        "--paid-hours",
        "300000",
        "--target-group-hours",
        "3000",
        "--hours-from-lenders",
        "1000",
        "--hours-to-hirers",
        "500",
        "--hired-out-hours",
        "1000",
        "-f",
        "json",
    )
    payload = json.loads(result.stdout)
    assert payload["variables"]["A"] == 299000 and payload["variables"]["C"] == 3500
    # (299,000 x 2.14% - 3,500) / 1,331 = 2.177 -> 2.1
    assert payload["shortfall_jobs"] == 2.1 and payload["levy_eur"] == 10500


def test_employer_attributing_more_than_held_is_refused(run_cli: RunCli) -> None:
    result = run_cli(
        "employer", "--year", "2019", "--paid-hours", "300000", "--hours-to-hirers", "10"
    )
    assert result.exit_code == 2 and "exceed" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_help_list_matches_each_commands_own_help() -> None:
    import importlib

    import typer

    from banencalc.cli.app import COMMANDS

    for name, (module, short_help) in COMMANDS.items():
        infos = importlib.import_module(module).app.registered_commands
        (info,) = [
            i for i in infos if (i.name or typer.main.get_command_name(i.callback.__name__)) == name
        ]
        doc = (info.callback.__doc__ or "").strip().splitlines()[0]
        assert doc == short_help, name


def test_check_without_year_judges_the_latest_official_year(run_cli: RunCli, data: Dataset) -> None:
    from banencalc.calc.check import check
    from banencalc.calc.status import default_year

    latest = default_year(data)
    without = run_cli("check", "--format", "json")
    given = run_cli("check", "--year", str(latest), "--format", "json")
    assert without.exit_code == given.exit_code
    assert without.stdout == given.stdout
    assert check(data).year == latest


@pytest.mark.parametrize("spelling", ["80", "80%", "80 %"])
def test_min_achievement_is_a_percentage(run_cli: RunCli, spelling: str) -> None:
    result = run_cli("check", "--year", "2023", "--min-achievement", spelling, "--format", "json")
    assert json.loads(result.stdout)["min_achievement_pct"] == 80


def test_min_achievement_below_one_without_percent_sign_is_refused(run_cli: RunCli) -> None:
    result = run_cli("check", "--year", "2019", "--min-achievement", "0.8")
    assert result.exit_code == 2
    assert "80%" in result.stderr and "0.8%" in result.stderr
    assert run_cli("check", "--year", "2019", "--min-achievement", "0.8%").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["check", "--year", "2020"],
        ["check", "--year", "2019"],
        ["status", "--year", "2024"],
        ["history"],
        ["trajectory"],
    ],
)
def test_quiet_prints_nothing_and_keeps_the_exit_code(run_cli: RunCli, args: list[str]) -> None:
    loud = run_cli(*args)
    quiet = run_cli(*args, "--quiet")
    assert quiet.exit_code == loud.exit_code
    assert quiet.stdout == "" and quiet.stderr == ""
    assert loud.stdout != ""


def test_strict_check_judges_only_the_figures_the_verdict_rests_on(run_cli: RunCli) -> None:
    # 2019's target and realised figure are verified; 2018's realised total (behind the growth
    # column) is derived: context, not the verdict.
    doc = json.loads(run_cli("check", "--year", "2019", "--format", "json").stdout)
    statuses = {f["key"]: f["status"] for f in doc["figures"]}
    assert statuses["realised.total.2018"] == "derived"
    assert doc["verdict_figures"] == ["targets.total.2019", "realised.total.2019"]
    assert run_cli("check", "--year", "2019", "--strict").exit_code == 0
    # 2024's realised figure is derived and approximate: the verdict itself rests on it
    strict_2024 = run_cli("check", "--year", "2024", "--target", "90000", "--strict")
    assert strict_2024.exit_code == 2
    assert "realised.total.2024" in strict_2024.stderr


@pytest.mark.parametrize(
    ("name", "first_bytes"),
    [("out.json", "{"), ("out.md", "### Banenafspraak"), ("out.csv", "sector,")],
)
def test_output_format_follows_the_file_extension(
    run_cli: RunCli, tmp_path: Path, name: str, first_bytes: str
) -> None:
    target = tmp_path / name
    assert run_cli("status", "--year", "2020", "--output", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith(first_bytes)


def test_a_format_that_disagrees_with_the_extension_is_refused(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "out.csv"
    result = run_cli("status", "--year", "2020", "--format", "json", "--output", str(target))
    assert result.exit_code == 2
    assert "--format" in result.stderr and "out.csv" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    ("command", "name"),
    [("status", "status.png"), ("status", "status.svg"), ("history", "hist.xls")],
)
def test_text_is_never_written_into_an_image_or_workbook(
    run_cli: RunCli, tmp_path: Path, command: str, name: str
) -> None:
    target = tmp_path / name
    result = run_cli(command, "--output", str(target))
    assert result.exit_code == 2
    assert name.rpartition(".")[2] in result.stderr
    assert not target.exists()
