"""Trust, round 3, class by class: every value checked wherever it comes from, nothing raw on the
terminal, every width and environment answered, inputs people expect. (Workbooks: see
test_workbooks.py; the PDF printer: test_pdf.py.)"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from ..conftest import RunCli, at_a_terminal


def _refused(result: object, fragment: str) -> None:
    code, stdout, stderr = (getattr(result, k) for k in ("exit_code", "stdout", "stderr"))
    assert code == 2, (stdout, stderr)
    assert fragment in stderr, stderr
    assert "Traceback" not in stderr + stdout


# -- 4. values meet the checks options get, wherever they come from ---------------------------
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("name: s\nset:\n  levy_eur: 1e400\n", "1E+400 is absurdly large"),
        ("name: s\nset:\n  wet.activation_year: 2027.5\n", "must be a whole year"),
        ("name: s\nset:\n  wet.inclusiviteitsopslag_pct: -5\n", "must lie between 0 and 100"),
        ("name: s\nset:\n  levy_eur: true\n", "True is not a number"),
        ("name: s\nset:\n  levy_eur: 014000\n", "reads a leading 0 as an octal number"),
        ("name: s\nset:\n  levy_eur: !!str 14000\n", "explicit YAML tags"),
    ],
)
def test_a_scenario_files_values_meet_the_bounds(
    tmp_path: Path, run_cli: RunCli, text: str, fragment: str
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("employer", "--year", "2029", "--premium-wage", "1", "--scenario", str(path))
    _refused(result, fragment)
    assert str(path) in result.stderr  # the file is named, never --set


def test_a_data_constant_out_of_bounds_is_found_by_validate(
    data_copy: Path, run_cli: RunCli
) -> None:
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(
        text.replace("{value: 5000, unit: EUR/job", "{value: 5000e-9999999, unit: EUR/job"),
        encoding="utf-8",
    )
    validate = run_cli("validate", "--data", str(data_copy))
    said = " ".join((validate.stdout + validate.stderr).split())
    assert validate.exit_code == 2 and "is absurdly small" in said
    status = run_cli("employer", "--year", "2019", "--paid-hours", "1", "--data", str(data_copy))
    assert status.exit_code == 2 and len(status.stdout) < 10_000


# -- 6. nothing raw on the terminal ------------------------------------------------------------
def test_an_escape_sequence_in_a_batch_id_is_shown_not_sent(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text(
        'id,paid_hours,target_group_hours\n"\x1b]52;c;aGVsbG8=\x07X",300000,0\n', encoding="utf-8"
    )
    code, screen = at_a_terminal(["employer", "--year", "2019", "--file", str(path)])
    assert code == 0
    assert "\x1b]52" not in screen and "\\x1b]52;c;aGVsbG8=\\x07X" in screen


def test_the_terminal_chart_has_no_colour_on_a_dumb_terminal() -> None:
    code, screen = at_a_terminal(["history", "--to", "2020"], env={"NO_COLOR": "", "TERM": "dumb"})
    assert code == 0 and "\x1b[" not in screen


@pytest.mark.parametrize("columns", ["0", "5", "20"])
def test_any_width_shows_every_figure_and_note_whole(run_cli: RunCli, columns: str) -> None:
    result = run_cli("status", "--year", "2020", env={"COLUMNS": columns})
    text = " ".join(result.stdout.split())
    assert result.exit_code == 0
    for figure in ("67,500", "66,097", "97.92%", "53,799", "12,298"):
        assert figure in text
    assert "the total target was missed for the first time" in text


# -- 10. environment values --------------------------------------------------------------------
@pytest.mark.parametrize("epoch", ["abc", "1.5", "-3", "99999999999999999999"])
def test_a_source_date_epoch_that_is_not_a_time_is_named(
    run_cli: RunCli, tmp_path: Path, epoch: str
) -> None:
    result = run_cli(
        "report", "--year", "2023", "-o", str(tmp_path / "r.html"), env={"SOURCE_DATE_EPOCH": epoch}
    )
    _refused(result, "SOURCE_DATE_EPOCH=")
    assert not (tmp_path / "r.html").exists()


def test_an_ascii_only_stdout_gets_escapes_not_a_crash() -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "banencalc", "rules", "--year", "2026", "--lang", "nl"],
        capture_output=True,
        env={"PYTHONIOENCODING": "ascii", "PATH": "/usr/bin:/bin", "COLUMNS": "100"},
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert b"\\xe9\\xe9n" in run.stdout  # "een" with its accents written out


def test_a_year_in_another_script_is_refused_in_a_batch(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "y.csv"
    path.write_text("id,year,paid_hours,target_group_hours\nA,2²,300000,0\n", encoding="utf-8")
    _refused(run_cli("employer", "--file", str(path)), "year: '2²' is not a year")


# -- 13. numbers read in the chosen language ---------------------------------------------------
def test_counts_given_as_options_are_read_in_the_language(run_cli: RunCli) -> None:
    english = run_cli("trajectory", "--target", "125,000", "--by", "2030", "--format", "json")
    dutch = run_cli(
        "trajectory", "--target", "125.000", "--by", "2030", "--lang", "nl", "-f", "json"
    )
    assert english.exit_code == dutch.exit_code == 0
    assert english.stdout == dutch.stdout
    _refused(run_cli("trajectory", "--target", "125000.5", "--by", "2030"), "not a whole number")


# -- 14. messages that say what is wrong -------------------------------------------------------
def test_blank_lines_before_the_header_are_passed_over(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "b.csv"
    path.write_text("\n\nid,paid_hours,target_group_hours\nA,300000,0\nB,x,0\n", encoding="utf-8")
    _refused(run_cli("employer", "--year", "2019", "--file", str(path)), "line 5: paid_hours")


def test_zero_target_group_employees_is_not_taken_as_not_given(run_cli: RunCli) -> None:
    result = run_cli(
        "employer",
        "--year",
        "2026",
        "--target-group-hours",
        "1000",
        "--target-group-employees",
        "0",
    )
    _refused(result, "0 target-group employees, but 1,000 target-group hours")


def test_skip_invalid_says_how_many_rows_it_did_not_list(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "many.csv"
    path.write_text(
        "id,paid_hours,target_group_hours\n" + "".join(f"E{i},x,0\n" for i in range(1_005)),
        encoding="utf-8",
    )
    result = run_cli("employer", "--year", "2019", "--file", str(path), "--skip-invalid")
    assert result.exit_code == 0
    assert "5 more skipped rows are not listed (the first 1,000 are)" in result.stderr


# -- 15. inputs people expect --------------------------------------------------------------------
def test_file_dash_reads_a_csv_from_standard_input() -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "banencalc", "employer", "--year", "2019", "--file", "-"],
        input=b"id,paid_hours,target_group_hours\nA,300000,0\n",
        capture_output=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode())))
    assert rows[0]["levy_eur"] == "24000"


@pytest.mark.parametrize(
    ("suffix", "said"),
    [(".doc", "use .docx"), (".ods", "banencalc writes no"), (".foo", "banencalc writes no")],
)
def test_an_extension_without_a_writer_is_refused_before_any_work(
    run_cli: RunCli, tmp_path: Path, suffix: str, said: str
) -> None:
    out = tmp_path / f"memo{suffix}"
    _refused(run_cli("status", "--year", "2020", "-o", str(out)), said)
    assert not out.exists()


def test_bare_banencalc_prints_its_help_once(run_cli: RunCli) -> None:
    result = run_cli()
    assert result.exit_code == 0 and result.stdout.count("Usage") == 1


# -- 7. the workbook writer --------------------------------------------------------------------
def test_control_characters_and_overlong_ids_are_written_out_in_a_workbook(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "ids.csv"
    path.write_text(
        f'id,paid_hours,target_group_hours\n"a\x1bb",300000,0\n{"Y" * 40_001},300000,0\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.xlsx"
    result = run_cli("employer", "--year", "2019", "--file", str(path), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(out) as book:
        text = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))
    assert "a\\x1bb" in text and "[cut: 40,001 characters; a cell holds 32,767]" in text
