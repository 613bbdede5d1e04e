"""`monitor` as a sector's dossierhouder uses it: the example's traffic lights and plan against
realised in one command, the page in another; every bad input refused naming file, line and
field, nothing written."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from ..conftest import RunCli

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "monitor"


def test_the_example_shows_lights_range_and_plan(run_cli: RunCli) -> None:
    result = run_cli("monitor", str(EXAMPLE / "monitor.yaml"), "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "ronde 2024: 36 van 40 leden gaven op" in out
    assert "4 leden gaven niets op: het totaal van de sector ligt tussen" in out
    assert "Plan tegenover realisatie, per jaar:" in out
    for word in ("rood", "oranje", "groen", "geen opgave"):
        assert word in out


def test_json_has_every_round_and_year(run_cli: RunCli) -> None:
    result = run_cli("monitor", str(EXAMPLE / "monitor.yaml"), "--format", "json")
    payload = json.loads(result.stdout, parse_float=Decimal)
    assert [r["round"] for r in payload["rounds"]] == ["2023", "2024-H1", "2024"]
    assert [y["year"] for y in payload["years"]] == list(range(2019, 2026))
    assert len(payload["members"]) == 40
    first = payload["rounds"][0]
    assert first["reported"] + first["silent"] == 40


def test_an_earlier_round_can_be_shown(run_cli: RunCli) -> None:
    result = run_cli("monitor", str(EXAMPLE / "monitor.yaml"), "--round", "2023")
    assert result.exit_code == 0 and "round 2023:" in result.stdout
    missing = run_cli("monitor", str(EXAMPLE / "monitor.yaml"), "--round", "2022")
    assert missing.exit_code == 2 and "its rounds: 2023, 2024-H1, 2024" in missing.stderr


def test_the_page_is_written_in_dutch_with_its_lights(run_cli: RunCli, tmp_path: Path) -> None:
    page = tmp_path / "monitor.html"
    result = run_cli("monitor", str(EXAMPLE / "monitor.yaml"), "--lang", "nl", "-o", str(page))
    assert result.exit_code == 0, result.stderr
    html = page.read_text("utf-8")
    assert '<html lang="nl">' in html and "Plan tegenover realisatie" in html
    assert html.count('class="light red"') == 11 and "<svg" in html


@pytest.fixture
def monitor_copy(tmp_path: Path) -> Path:
    target = tmp_path / "monitor"
    shutil.copytree(EXAMPLE, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "said"),
    [
        ("rondes/2023.csv", "801", "899", "is not a member in the monitor file"),
        (
            "rondes/2023.csv",
            "lid;naam;banen",
            "lid;naam;uren",
            "the survey gives hours (column uren)",
        ),
        ("monitor.yaml", "year: 2023,", "year: 2031,", "outside the monitor's years"),
        (
            "monitor.yaml",
            "green: 100, amber: 75",
            "green: 70, amber: 75",
            "must order green > amber",
        ),
        ("monitor.yaml", "file: rondes/2023.csv", "file: rondes/2022.csv", "does not exist"),
    ],
)
def test_bad_input_is_refused_naming_the_file(
    file: str, old: str, new: str, said: str, monitor_copy: Path, run_cli: RunCli
) -> None:
    _edit(monitor_copy / file, old, new)
    out = monitor_copy / "out.html"
    result = run_cli("monitor", str(monitor_copy / "monitor.yaml"), "-o", str(out))
    assert result.exit_code == 2, result.stdout
    assert said in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_member_reported_twice_names_both_lines(monitor_copy: Path, run_cli: RunCli) -> None:
    survey = monitor_copy / "rondes" / "2023.csv"
    lines = survey.read_text("utf-8").splitlines()
    survey.write_text("\n".join([*lines, lines[1]]) + "\n", "utf-8")
    result = run_cli("monitor", str(monitor_copy / "monitor.yaml"))
    assert result.exit_code == 2
    assert f"line {len(lines) + 1}: member:" in result.stderr and "also on line 2" in result.stderr


def test_hours_given_as_jobs_are_caught(monitor_copy: Path, run_cli: RunCli) -> None:
    survey = monitor_copy / "rondes" / "2023.csv"
    lines = survey.read_text("utf-8").splitlines()
    member = lines[1].split(";")
    lines[1] = ";".join([member[0], member[1], "1200"])  # hours typed in the jobs column
    survey.write_text("\n".join(lines) + "\n", "utf-8")
    result = run_cli("monitor", str(monitor_copy / "monitor.yaml"))
    assert result.exit_code == 2
    assert "line 2: jobs: 1,200 jobs is more than all of the member's" in result.stderr


def test_a_round_of_hours_is_counted_in_jobs(monitor_copy: Path, run_cli: RunCli) -> None:
    _edit(
        monitor_copy / "monitor.yaml",
        "file: rondes/2023.csv}",
        "file: rondes/2023.csv, unit: hours}",
    )
    survey = monitor_copy / "rondes" / "2023.csv"
    rows = survey.read_text("utf-8").splitlines()
    rows[0] = "lid;naam;uren"
    rows[1] = ";".join([*rows[1].split(";")[:2], "2662"])  # 2 jobs of 1,331 hours
    survey.write_text("\n".join(rows) + "\n", "utf-8")
    result = run_cli(
        "monitor", str(monitor_copy / "monitor.yaml"), "--round", "2023", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    member = rows[1].split(";")[0]
    found = [
        m
        for m in json.loads(result.stdout, parse_float=Decimal)["members"]
        if m["member_id"] == member
    ]
    assert found[0]["jobs"] == Decimal("2.00")


def test_a_round_can_be_the_realisation_commands_csv(run_cli: RunCli, tmp_path: Path) -> None:
    payroll = ROOT / "examples" / "payroll"
    counted = run_cli(
        "realisation", str(payroll / "loonlijst-2024.csv"), "--register",
        str(payroll / "register.csv"), "--format", "csv",
    )  # fmt: skip
    assert counted.exit_code == 0, counted.stderr
    (tmp_path / "2024.csv").write_text(counted.stdout, "utf-8")
    (tmp_path / "monitor.yaml").write_text(
        "name: Drie werkgevers\n"
        "years: {from: 2024, to: 2025}\n"
        "target: {2024: 6, 2025: 8}\n"
        "members:\n"
        '  - {id: "805612345L01", name: Bestuur A, paid_hours: 190626.81}\n'
        '  - {id: "812398765L01", name: Bestuur B, paid_hours: 57647.47}\n'
        '  - {id: "856781234L01", name: Uitlener, paid_hours: 28971.81}\n'
        "rounds:\n"
        "  - {id: '2024', year: 2024, file: 2024.csv}\n",
        "utf-8",
    )
    result = run_cli("monitor", str(tmp_path / "monitor.yaml"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout, parse_float=Decimal)
    # the realisation's realised jobs, summed: 3.07 + 1.59 + 2.51
    assert payload["round"]["total"] == Decimal("7.17")
    assert payload["round"]["reported"] == 3
