"""A large batch on several processes gives, byte for byte, what one process gives: the rows in
the file's order, the summary, the bad rows listed and where a run without --skip-invalid stops.
Blocks are made tiny here so a small file crosses many block boundaries."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from banencalc.batch import parallel

from ..conftest import Run, RunCli


@pytest.fixture(autouse=True)
def tiny_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BLOCK_LINES", 7)


def _file(tmp_path: Path, bad_every: int = 0, rows: int = 300) -> Path:
    """Employers with names (quoted, with commas, quotes and line breaks), years, sectors, every
    optional column, blank lines; every `bad_every`-th row has hours that are not hours."""
    rng = random.Random(7)
    lines = [
        "id,name,year,sector,paid_hours,target_group_hours,previous_year_hours,"
        "hired_out_hours,wsw_hours,hours_from_lenders,hours_to_hirers"
    ]
    for i in range(rows):
        name = rng.choice(['"Bakker, BV"', '"Het ""Anker"""', '"two\nlines"', "plain", "=cmd"])
        year = rng.choice(["2019", "2022", "2024", ""])
        sector = rng.choice(["government", "market", "gemeenten", ""])
        paid = f"{rng.randint(1_000, 3_000_000)}.{rng.randint(0, 99):02d}"
        if bad_every and i % bad_every == bad_every - 1:
            paid = "lots"
        lines.append(
            f"E{i},{name},{year},{sector},{paid},{rng.randint(0, 20_000)},"
            f"{rng.randint(0, 3_000_000)},{rng.randint(0, 900)},{rng.randint(0, 900)},"
            f"{rng.randint(0, 99)},{rng.randint(0, 99)}"
        )
        if i % 50 == 0:
            lines.append("")
    path = tmp_path / "employers.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _both(run_cli: RunCli, *args: str) -> tuple[Run, Run]:
    one = run_cli("employer", "--year", "2024", *args, env={"BANENCALC_WORKERS": "1"})
    two = run_cli("employer", "--year", "2024", *args, env={"BANENCALC_WORKERS": "2"})
    return one, two


@pytest.mark.parametrize(
    "options",
    [[], ["--batch-format", "jsonl"], ["--csv-dialect", "excel-nl"], ["--lang", "nl"]],
)
def test_several_processes_write_what_one_writes(
    run_cli: RunCli, tmp_path: Path, options: list[str]
) -> None:
    one, two = _both(run_cli, "--file", str(_file(tmp_path)), *options)
    assert one.exit_code == two.exit_code == 0, one.stderr + two.stderr
    assert one.stdout.count("\n") >= 300
    assert (one.stdout, one.stderr) == (two.stdout, two.stderr)


def test_bad_rows_skipped_are_the_same_rows(run_cli: RunCli, tmp_path: Path) -> None:
    one, two = _both(run_cli, "--file", str(_file(tmp_path, bad_every=9)), "--skip-invalid")
    assert one.exit_code == two.exit_code == 0
    assert "33 rows skipped" in one.stderr
    assert (one.stdout, one.stderr) == (two.stdout, two.stderr)


def test_a_run_without_skip_invalid_stops_where_one_process_stops(
    run_cli: RunCli, tmp_path: Path
) -> None:
    one, two = _both(run_cli, "--file", str(_file(tmp_path, bad_every=5)))
    assert one.exit_code == two.exit_code == 2
    assert "stopped at the first 20" in one.stderr and one.stdout == ""
    assert (one.stdout, one.stderr) == (two.stdout, two.stderr)


def test_a_line_that_is_not_text_is_named_the_same(run_cli: RunCli, tmp_path: Path) -> None:
    path = _file(tmp_path)
    data = path.read_bytes().split(b"\n")
    data[150] = data[150].replace(b"E", b"\xff", 1)
    path.write_bytes(b"\n".join(data))
    one, two = _both(run_cli, "--file", str(path))
    assert one.exit_code == two.exit_code == 2
    assert "line 151" in one.stderr and "not UTF-8" in one.stderr
    assert one.stderr == two.stderr


def test_workers_only_for_large_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BANENCALC_WORKERS", raising=False)
    assert parallel.workers_for(1_000) == 1
    assert parallel.workers_for(None) == 1
    monkeypatch.setenv("BANENCALC_WORKERS", "3")
    assert parallel.workers_for(1_000) == 3
