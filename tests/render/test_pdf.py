"""The PDF is printed by one headless browser command, and nothing about that run is trusted:
its exit status, its output and its time are checked, and the message names the program and
$BANENCALC_BROWSER."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from banencalc.base.errors import BanencalcError
from banencalc.render.pdf import print_to_pdf

from ..conftest import RunCli


def _program(tmp_path: Path, body: str) -> str:
    path = tmp_path / "not-a-browser"
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return str(path)


def test_a_program_that_fails_is_named_with_its_exit_status(tmp_path: Path) -> None:
    program = _program(tmp_path, "echo 'no such thing' >&2; exit 3\n")
    with pytest.raises(BanencalcError) as refused:
        print_to_pdf("<p>x</p>", program)
    message = str(refused.value)
    assert program in message and "exit status 3: no such thing" in message
    assert "$BANENCALC_BROWSER" in message


def test_a_program_that_writes_no_pdf_is_refused(tmp_path: Path) -> None:
    program = _program(
        tmp_path,
        'for a in "$@"; do case $a in --print-to-pdf=*) '
        'echo "<html>" > "${a#--print-to-pdf=}";; esac; done\n',
    )
    with pytest.raises(BanencalcError, match="what it wrote is not a PDF"):
        print_to_pdf("<p>x</p>", program)


def test_a_hanging_browser_is_killed_with_all_its_children(tmp_path: Path) -> None:
    marker = tmp_path / "child.pid"
    program = _program(tmp_path, f"sleep 300 & echo $! > {marker}; sleep 300\n")
    started = time.monotonic()
    with pytest.raises(BanencalcError, match="no answer within 1 seconds"):
        print_to_pdf("<p>x</p>", program, timeout=1)
    assert time.monotonic() - started < 10
    child = int(marker.read_text())
    time.sleep(0.2)
    assert _gone(child)  # the whole process group was killed, the browser's children too


def _gone(pid: int) -> bool:
    """Not running: no such process, or a zombie no one has reaped yet (killed all the same)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z"


def test_a_missing_program_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(
        "report", "--year", "2023", "-o", str(tmp_path / "r.pdf"),
        env={"BANENCALC_BROWSER": str(tmp_path / "nothing-here")},
    )  # fmt: skip
    assert result.exit_code == 2 and "BANENCALC_BROWSER" in result.stderr
    assert not (tmp_path / "r.pdf").exists()
