"""Hostile and clumsy input, class by class: files destroyed, numbers misread, crashes on shared
files, options silently ignored. Each test names the promise it holds the tool to."""

from __future__ import annotations

import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import RunCli


def _clean_refusal(result: object, fragment: str) -> None:
    exit_code, stdout, stderr = (getattr(result, k) for k in ("exit_code", "stdout", "stderr"))
    assert exit_code == 2, (stdout, stderr)
    assert fragment in stderr, stderr
    assert "Traceback" not in stderr + stdout


# -- files destroyed -----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["targets.yaml", "sectors.yaml"])
def test_output_onto_a_data_file_is_refused_and_the_file_kept(
    data_copy: Path, run_cli: RunCli, name: str
) -> None:
    target = data_copy / name
    before = target.read_bytes()
    result = run_cli("status", "--data", str(data_copy), "--output", str(target))
    _clean_refusal(result, "is an input of this run")
    assert target.read_bytes() == before


def test_output_onto_the_data_file_through_a_link_is_refused(
    data_copy: Path, run_cli: RunCli, tmp_path: Path
) -> None:
    link = tmp_path / "out.txt"
    link.symlink_to(data_copy / "targets.yaml")
    before = (data_copy / "targets.yaml").read_bytes()
    _clean_refusal(
        run_cli("status", "--data", str(data_copy), "-o", str(link)), "is an input of this run"
    )
    assert (data_copy / "targets.yaml").read_bytes() == before


def test_output_onto_the_scenario_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text("name: s\nset: {levy_eur: 7500}\n", encoding="utf-8")
    before = scenario.read_bytes()
    result = run_cli("status", "--scenario", str(scenario), "--output", str(scenario))
    _clean_refusal(result, "is an input of this run")
    assert scenario.read_bytes() == before


def test_output_onto_the_batch_file_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text("id,paid_hours,target_group_hours\nA,300000,0\n", encoding="utf-8")
    before = employers.read_bytes()
    result = run_cli("employer", "--year", "2019", "--file", str(employers), "-o", str(employers))
    _clean_refusal(result, "is an input of this run")
    assert employers.read_bytes() == before


def test_a_failed_run_leaves_the_old_output_and_no_half_file(
    tmp_path: Path, run_cli: RunCli
) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous result", encoding="utf-8")
    _clean_refusal(run_cli("status", "--year", "1999", "-f", "json", "-o", str(out)), "1999")
    assert out.read_text(encoding="utf-8") == "previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_output_files_get_the_users_umask(tmp_path: Path, run_cli: RunCli) -> None:
    old = os.umask(0o027)
    try:
        out = tmp_path / "out.csv"
        assert run_cli("status", "--year", "2020", "-f", "csv", "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_batch_output_into_a_missing_directory_is_a_clear_error(
    tmp_path: Path, run_cli: RunCli
) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text("id,paid_hours,target_group_hours\nA,300000,0\n", encoding="utf-8")
    out = tmp_path / "missing" / "out.csv"
    result = run_cli("employer", "--year", "2019", "--file", str(employers), "-o", str(out))
    _clean_refusal(result, "does not exist")


# -- numbers misread -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("300.000", "ambiguous"),
        ("true", "yes/no value"),
        ("5%", "percentage"),
        ("1e-99999", "absurdly small"),
    ],
)
def test_a_misreadable_csv_cell_is_refused_with_its_line(
    tmp_path: Path, run_cli: RunCli, cell: str, fragment: str
) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text(
        f"id,paid_hours,target_group_hours\nA,300000,0\nB,{cell},0\n", encoding="utf-8"
    )
    result = run_cli("employer", "--year", "2019", "--file", str(employers))
    _clean_refusal(result, "line 3")
    assert fragment in result.stderr


def test_csv_cells_are_read_in_the_language_given(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text(
        'id;paid_hours;target_group_hours\nA;300.000;0\nB;"300000,5";0\n', encoding="utf-8"
    )
    dutch = run_cli("employer", "--year", "2019", "--file", str(employers), "--lang", "nl")
    assert dutch.exit_code == 0, dutch.stderr
    assert ",6420.00," in dutch.stdout  # 300.000 is three hundred thousand in Dutch
    english = run_cli("employer", "--year", "2019", "--file", str(employers))
    _clean_refusal(english, "line 2")
    assert "ambiguous" in english.stderr
    comma = tmp_path / "c.csv"
    comma.write_text('id,paid_hours,target_group_hours\nA,"300,000",0\n', encoding="utf-8")
    dutch_refusal = run_cli("employer", "--year", "2019", "--file", str(comma), "--lang", "nl")
    assert "regel 2" in dutch_refusal.stderr and "dubbelzinnig" in dutch_refusal.stderr


def test_an_unambiguous_grouped_cell_is_read_as_written(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text(
        'id,paid_hours,target_group_hours\nA,"1,300,000.5",0\nB,1.300.000,0\n', encoding="utf-8"
    )
    result = run_cli(
        "employer", "--year", "2019", "--file", str(employers), "--batch-format", "jsonl"
    )
    assert result.exit_code == 0, result.stderr
    assert '"required_hours": 27820.01' in result.stdout  # 1,300,000.50 x 2.14%, to cents
    assert '"required_hours": 27820.00' in result.stdout


def test_unquoted_thousands_split_a_row_and_are_refused(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text("id,paid_hours,target_group_hours\nA,300,000,0\n", encoding="utf-8")
    result = run_cli("employer", "--year", "2019", "--file", str(employers))
    _clean_refusal(result, "line 2")
    assert "header names 3" in result.stderr


def test_a_duplicated_header_column_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text(
        "id,paid_hours,paid_hours,target_group_hours\nA,1,300000,0\n", encoding="utf-8"
    )
    _clean_refusal(
        run_cli("employer", "--year", "2019", "--file", str(employers)), "more than once"
    )


# -- crashes on shared files ---------------------------------------------------------------------
def test_deep_nesting_in_a_data_file_is_refused_before_building(
    data_copy: Path, run_cli: RunCli
) -> None:
    (data_copy / "sectors.yaml").write_text("x: " + "[" * 200_000 + "]" * 200_000 + "\n")
    _clean_refusal(run_cli("status", "--data", str(data_copy)), "nested more than")


def test_deep_nesting_in_a_scenario_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text("name: s\nset: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n")
    _clean_refusal(run_cli("status", "--scenario", str(scenario)), "nested more than")


def test_a_fifo_is_refused_without_hanging(data_copy: Path, run_cli: RunCli) -> None:
    fifo = data_copy / "targets.yaml"
    fifo.unlink()
    os.mkfifo(fifo)
    _clean_refusal(run_cli("status", "--data", str(data_copy)), "FIFO")


def test_a_device_is_refused_without_reading_it(data_copy: Path, run_cli: RunCli) -> None:
    (data_copy / "targets.yaml").unlink()
    (data_copy / "targets.yaml").symlink_to("/dev/zero")
    _clean_refusal(run_cli("status", "--data", str(data_copy)), "character device")


def test_a_fifo_as_batch_input_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    fifo = tmp_path / "e.csv"
    os.mkfifo(fifo)
    _clean_refusal(run_cli("employer", "--year", "2019", "--file", str(fifo)), "FIFO")


def test_undecodable_bytes_name_their_line(data_copy: Path, run_cli: RunCli) -> None:
    sectors = data_copy / "sectors.yaml"
    lines = sectors.read_bytes().split(b"\n")
    lines[9] = lines[9] + b" # caf\xe9"
    sectors.write_bytes(b"\n".join(lines))
    _clean_refusal(run_cli("status", "--data", str(data_copy)), "sectors.yaml:10: not UTF-8")


def test_a_zero_constant_in_a_data_file_is_a_data_error(data_copy: Path, run_cli: RunCli) -> None:
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(text.replace("{value: 1331,", "{value: 0,", 1), encoding="utf-8")
    result = run_cli("employer", "--data", str(data_copy), "--year", "2019", "--paid-hours", "1")
    _clean_refusal(result, "must be above 0")


# -- options silently ignored --------------------------------------------------------------------
@pytest.mark.parametrize(
    "extra",
    [
        ["--quota-pct", "3"],
        ["--per", "week"],
        ["--format", "json"],
        ["--paid-hours", "5"],
        ["--previous-year-hours", "5"],
        ["--years", "2019-2020"],
    ],
)
def test_options_that_cannot_apply_to_a_batch_are_refused(
    tmp_path: Path, run_cli: RunCli, extra: list[str]
) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text("id,paid_hours,target_group_hours\nA,300000,0\n", encoding="utf-8")
    result = run_cli("employer", "--year", "2019", "--file", str(employers), *extra)
    _clean_refusal(result, extra[0])
    assert "cannot be used with --file" in result.stderr


@pytest.mark.parametrize("value", ["true", '"7500"', "yes"])
def test_a_scenario_value_that_is_not_a_number_is_refused(
    tmp_path: Path, run_cli: RunCli, value: str
) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text(f"name: s\nset:\n  levy_eur: {value}\n", encoding="utf-8")
    result = run_cli("status", "--scenario", str(scenario))
    _clean_refusal(result, "s.yaml:3")


# -- exit codes where the environment fails --------------------------------------------------------
def _shell(command: str) -> subprocess.CompletedProcess[str]:
    """`banencalc` (as `python -m banencalc`) inside a real shell, for pipes and closed streams."""
    script = command.replace("banencalc", f"{shlex.quote(sys.executable)} -m banencalc")
    return subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=60, check=False
    )


def test_a_reader_that_goes_away_is_not_target_missed() -> None:
    result = _shell('banencalc history -f json | head -c 10 >/dev/null; echo "rc=${PIPESTATUS[0]}"')
    assert "rc=0" in result.stdout, result.stderr
    assert "Traceback" not in result.stderr


def test_check_keeps_its_verdict_through_a_broken_pipe() -> None:
    result = _shell(
        'banencalc check --year 2020 | head -c 1 >/dev/null; echo "rc=${PIPESTATUS[0]}"'
    )
    assert "rc=1" in result.stdout, result.stderr  # 2020: 66,097 of 67,500, missed
    result = _shell(
        'banencalc check --year 2019 | head -c 1 >/dev/null; echo "rc=${PIPESTATUS[0]}"'
    )
    assert "rc=0" in result.stdout, result.stderr


def test_a_closed_stdout_is_an_error_not_success() -> None:
    result = _shell('banencalc status --year 2020 >&-; echo "rc=$?"')
    assert "rc=2" in result.stdout and "standard output is closed" in result.stderr


def test_a_full_disk_is_an_error_naming_the_cause() -> None:
    result = _shell('banencalc status --year 2020 >/dev/full; echo "rc=$?"')
    assert "rc=2" in result.stdout and "No space left" in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize(
    "args", [["status", "--yeer", "2020"], ["status", "--year", "abc"], ["nonsense"]]
)
def test_usage_errors_are_one_line(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "banencalc", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert result.stderr.startswith("banencalc: error:")
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "╭" not in result.stderr


# -- injection ----------------------------------------------------------------------------
def test_escape_sequences_from_a_scenario_never_reach_the_terminal(
    tmp_path: Path, run_cli: RunCli
) -> None:
    scenario = tmp_path / "s.yaml"
    scenario.write_text(
        'name: "evil\\e[2J\\e]0;title\\a\\u202e"\nset: {levy_eur: 7500}\n', encoding="utf-8"
    )
    for fmt in ("table", "markdown"):
        result = run_cli(
            "employer",
            "--year",
            "2019",
            "--paid-hours",
            "300000",
            "--scenario",
            str(scenario),
            "-f",
            fmt,
        )
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "\\x1b[2J" in result.stdout


def test_escape_sequences_in_a_data_note_are_shown_escaped(
    data_copy: Path, run_cli: RunCli
) -> None:
    sectors = data_copy / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    sectors.write_text(
        text.replace(
            'note: "the total target was missed for the first time"',
            'note: "missed\\r\\e[31mOK"',
            1,
        ),
        encoding="utf-8",
    )
    result = run_cli("status", "--data", str(data_copy), "--year", "2020")
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\r" not in result.stdout
    assert "missed\\r\\x1b[31mOK" in result.stdout


def test_a_nul_in_a_data_value_is_refused(data_copy: Path, run_cli: RunCli) -> None:
    sectors = data_copy / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    sectors.write_text(text.replace("name: Total", 'name: "To\\0tal"', 1), encoding="utf-8")
    _clean_refusal(run_cli("status", "--data", str(data_copy)), "NUL")


def test_batch_ids_cannot_become_spreadsheet_formulas(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    employers.write_text(
        'id,paid_hours,target_group_hours\n"=HYPERLINK(""http://x"")",300000,0\n@SUM,300000,0\n'
        "-2+3,300000,0\nplain,300000,0\n",
        encoding="utf-8",
    )
    result = run_cli("employer", "--year", "2019", "--file", str(employers))
    assert result.exit_code == 0, result.stderr
    ids = [line.split(",")[0] for line in result.stdout.splitlines()[1:]]
    assert ids == ['"\'=HYPERLINK(""http://x"")"', "'@SUM", "'-2+3", "plain"]
    assert ",4.8,24000," in result.stdout  # numbers stay numbers


def test_csv_report_cells_cannot_become_formulas(data_copy: Path, run_cli: RunCli) -> None:
    sectors = data_copy / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    sectors.write_text(text.replace("name: Total", 'name: "=1+1"', 1), encoding="utf-8")
    result = run_cli("status", "--data", str(data_copy), "--year", "2020", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert "'=1+1" in result.stdout
    assert ",-1403," in result.stdout  # a negative number is still a number


def test_undecodable_bytes_in_a_batch_name_their_own_line(tmp_path: Path, run_cli: RunCli) -> None:
    employers = tmp_path / "e.csv"
    body = "".join(f"E{i},300000,0\n" for i in range(2, 3000))
    employers.write_bytes(
        b"id,paid_hours,target_group_hours\n" + body.encode() + b"Caf\xe9,300000,0\n"
    )
    result = run_cli("employer", "--year", "2019", "--file", str(employers))
    _clean_refusal(result, "line 3000: not UTF-8")
