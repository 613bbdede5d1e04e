"""Shared fixtures: the bundled dataset, a CLI runner, and a copy of the data to break."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import banencalc
from banencalc.cli import app
from banencalc.models import Dataset


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


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Run `banencalc ARGS` in-process; stdout and stderr kept apart, as a shell sees them."""
    monkeypatch.delenv("BANENCALC_DATA", raising=False)
    monkeypatch.setenv("COLUMNS", "100")

    def run(*args: str, env: dict[str, str] | None = None) -> Run:
        result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled data directory."""
    target = tmp_path / "data"
    shutil.copytree(banencalc.bundled_data_dir(), target)
    return target
