"""The command line in Dutch: --lang before the command, typer's own words in --help and in
usage errors (the option names stay as typed)."""

from __future__ import annotations

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
