"""`--help` printed once is written again, the same bytes, without loading the command line; only
for the plain help requests, only from a private store, and never across a change that would
change the help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from banencalc.cli import help_cache
from banencalc.cli.app import COMMANDS, run


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "store"
    monkeypatch.setenv("BANENCALC_CACHE_DIR", str(folder))
    monkeypatch.delenv("BANENCALC_NO_CACHE", raising=False)
    return folder


def test_the_commands_are_the_command_lines_own() -> None:
    assert set(COMMANDS) == help_cache.COMMAND_NAMES


@pytest.mark.parametrize(
    ("args", "plain"),
    [
        ([], True),
        (["--help"], True),
        (["-h"], True),
        (["employer", "--help"], True),
        (["--lang", "nl", "status", "--help"], True),
        (["status", "--help", "--lang=nl"], True),
        (["status", "--year", "2020", "--help"], False),
        (["status"], False),
        (["nonsense", "--help"], False),
        (["--version"], False),
    ],
)
def test_only_plain_help_requests_are_kept(args: list[str], plain: bool) -> None:
    assert help_cache.plain_help(args) is plain


def test_help_is_replayed_as_printed(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["employer", "--help", "--lang", "nl"]
    assert help_cache.replay(args) is False  # nothing kept yet
    assert help_cache.run_keeping_help(args, run) == 0
    printed = capsys.readouterr().out
    assert "Gebruik" in printed and "--paid-hours" in printed
    # no line ends in the spaces rich pads with (pasted into a mail, they show)
    assert all(line == line.rstrip() for line in printed.splitlines())
    assert help_cache.replay(args) is True
    assert capsys.readouterr().out == printed
    assert help_cache.replay(["employer", "--help"]) is False  # English is another help


def test_nothing_is_kept_for_a_calculation(store: Path) -> None:
    assert help_cache.run_keeping_help(["status", "--year", "2020"], run) == 0
    assert not store.exists() or not list(store.glob(help_cache.PREFIX + "*"))


def test_a_kept_help_others_could_write_is_not_used(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--help"]
    help_cache.run_keeping_help(args, run)
    capsys.readouterr()
    (kept,) = store.glob(help_cache.PREFIX + "*")
    kept.write_text("not the help", encoding="utf-8")
    kept.chmod(0o666)
    assert help_cache.replay(args) is False
    assert capsys.readouterr().out == ""


def test_the_console_script_replays_with_the_terminal_in_the_key(store: Path) -> None:
    def help_at(columns: str) -> str:
        env = {**os.environ, "COLUMNS": columns}
        code = "from banencalc.cli.main import main; main()"
        done = subprocess.run(
            [sys.executable, "-c", code, "status", "--help"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return done.stdout

    first, again = help_at("100"), help_at("100")
    assert first == again and "--year" in first
    narrow = help_at("60")
    assert narrow != first and max(len(line) for line in narrow.splitlines()) <= 60
    assert len(list(store.glob(help_cache.PREFIX + "*"))) == 2
