"""The command line in Dutch: --lang before the command, typer's own words in --help and in
usage errors (the option names stay as typed)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import RunCli


def test_the_language_may_come_before_the_command(run_cli: RunCli) -> None:
    before = run_cli("--lang", "nl", "status", "--year", "2020")
    after = run_cli("status", "--year", "2020", "--lang", "nl")
    assert before.exit_code == 0, before.stderr
    assert before.stdout == after.stdout
    assert "gereali" in before.stdout


def test_dutch_help_has_dutch_headings_and_english_help_stays_english(run_cli: RunCli) -> None:
    dutch = run_cli("status", "--help", "--lang", "nl")
    assert dutch.exit_code == 0
    assert "Gebruik:" in dutch.stdout and "Opties" in dutch.stdout
    assert "Usage:" not in dutch.stdout
    english = run_cli("status", "--help")
    assert "Usage:" in english.stdout and "Options" in english.stdout
    assert "Gebruik" not in english.stdout


def test_a_usage_error_in_dutch_names_the_option_as_typed(run_cli: RunCli) -> None:
    result = run_cli("status", "--yaer", "2020", "--lang", "nl")
    assert result.exit_code == 2
    assert "Onbekende optie: --yaer" in result.stderr
    assert "zie 'banencalc status --help'" in result.stderr
    english = run_cli("status", "--yaer", "2020")
    assert "No such option: --yaer" in english.stderr


def test_one_employer_is_one_employer_in_both_languages(run_cli: RunCli, tmp_path: Path) -> None:
    employers = tmp_path / "employers.csv"
    employers.write_text("id,paid_hours,target_group_hours\nA,300000,0\n", encoding="utf-8")
    english = run_cli("employer", "--year", "2019", "--file", str(employers))
    assert "1 employer, " in english.stderr and "1 employers" not in english.stderr
    dutch = run_cli("employer", "--year", "2019", "--file", str(employers), "--lang", "nl")
    assert "1 werkgever, " in dutch.stderr and "1 werkgevers" not in dutch.stderr
    employers.write_text(
        "id,paid_hours,target_group_hours\nA,300000,0\nB,400000,0\n", encoding="utf-8"
    )
    two = run_cli("employer", "--year", "2019", "--file", str(employers), "--lang", "nl")
    assert "2 werkgevers, " in two.stderr


def test_no_line_of_a_table_ends_in_spaces(run_cli: RunCli) -> None:
    """Pasted into Word or a mail, padding at the end of a line shows."""
    for args in (
        ("status", "--year", "2020", "--set", "realised.total.2020=+3000"),
        ("status", "--year", "2020", "--lang", "nl", "--breakdown"),
        ("employer", "--year", "2019", "--paid-hours", "300000"),
        ("rules", "--year", "2026", "--lang", "nl"),
    ):
        out = run_cli(*args).stdout
        assert out.count("\n") > 5, args
        assert [line for line in out.splitlines() if line.endswith(" ")] == [], args


def test_a_long_name_is_shortened_with_a_note_never_broken(run_cli: RunCli) -> None:
    """At 80 columns the subsectors' names do not fit: each is shortened on one line (keeping
    its indent under its whole) and a note gives the full name; no word is broken."""
    out = run_cli(
        "status", "--year", "2023", "--breakdown", "--lang", "nl", env={"COLUMNS": "80"}
    ).stdout
    lines = out.splitlines()
    assert "  Onderzoeksins." in "\n".join(lines)
    said = " ".join(out.split())  # the note may wrap
    assert "Onderzoeksins. = Onderzoeksinstellingen (ingekort om in de breedte te passen)" in said
    assert not any(line.startswith(("ellingen", "onderwijs")) for line in lines)
    wide = run_cli("status", "--year", "2023", "--breakdown", env={"COLUMNS": "160"}).stdout
    assert "Research institutes" in wide or "shortened" not in wide
