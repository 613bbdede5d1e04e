"""Shared fixtures: the bundled dataset, a CLI runner, and a copy of the data to break."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner

import banencalc
from banencalc.cli.app import run
from banencalc.dataset.records import Dataset

# In CI the property tests and the fuzzer draw the same examples every run (a failure there is
# reproducible); locally they explore (FUZZ_EXAMPLES=2000 explores further).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests use their own dataset cache, never the user's."""
    os.environ["BANENCALC_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def data() -> Dataset:
    return banencalc.load()


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


RunCli = Callable[..., Run]


def invoke(args: list[str], env: dict[str, str] | None = None) -> Run:
    """`banencalc ARGS` in-process, through the same entry point as the console script."""
    with CliRunner().isolation(env=env) as (out, err, _):
        try:
            code = run(args)
        except SystemExit as exc:  # pragma: no cover - run() returns its code
            code = exc.code if isinstance(exc.code, int) else 1
        stdout, stderr = out.getvalue(), err.getvalue()
    return Run(code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"))


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Run `banencalc ARGS` in-process; stdout and stderr kept apart, as a shell sees them."""
    monkeypatch.delenv("BANENCALC_DATA", raising=False)
    monkeypatch.setenv("COLUMNS", "100")

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        return invoke(list(args), env)

    return run


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data directory."""
    target = tmp_path / "data"
    shutil.copytree(banencalc.bundled_data_dir(), target)
    return target


def at_a_terminal(
    args: list[str], typed: str = "", env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run `banencalc ARGS` on a pseudo-terminal, typing `typed`; its exit code and screen
    (80 columns, NO_COLOR set unless `env` says otherwise; an empty NO_COLOR is unset)."""
    import os
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.environ.update({"COLUMNS": "80", "NO_COLOR": "1", **(env or {})})
        os.execv(sys.executable, [sys.executable, "-m", "banencalc", *args])
    os.write(fd, typed.encode())
    screen = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child has ended
            break
        if not chunk:
            break
        screen += chunk
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), screen.decode("utf-8", "replace")
