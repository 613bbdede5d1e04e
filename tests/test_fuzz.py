"""A hostile-input fuzzer: hypothesis over option values and data-file mutations.

Whatever it tries, three invariants hold: the exit code is 0, 1 or 2 (never a crash, never 70 for
something the user gave); no traceback reaches the user; stdout parses in the requested format.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banencalc

from .conftest import invoke

pytestmark = pytest.mark.slow  # run in CI; `pytest -m 'not slow'` leaves it out locally

HOSTILE_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "2019",
    "300,000",
    "300.000",
    "1.234.567,8",
    "1,234,567.8",
    "1e6",
    "1e999999",
    "1e-999999",
    "-0",
    "NaN",
    "inf",
    "-inf",
    "true",
    "no",
    "5%",
    "50 %",
    "0x10",
    "1_000",
    "１２３",
    "٣",
    "\x1b[31m",
    "\x00",
    "'; DROP",
    "=1+1",
    "9" * 60,
    "0." + "0" * 60 + "1",
    "2019-2025",
    "2025-2019",
    "1900",
    "99999",
    "government",
    "Overheid",
    "../../etc/passwd",
]
value = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=20),
    st.integers(-(10**15), 10**15).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
FORMATS = ["json", "csv", "table", "markdown"]

TEMPLATES: list[list[str]] = [
    ["status", "--year", "{v}"],
    ["status", "--year", "2020", "--sector", "{v}"],
    ["status", "--year", "2020", "--set", "realised.total.2020={v}"],
    ["status", "--year", "2020", "--set", "{v}"],
    ["history", "--from", "{v}"],
    ["check", "--year", "2020", "--min-achievement", "{v}"],
    ["quota", "--year", "2019", "--employees", "{v}"],
    ["quota", "--year", "2019", "--nulmeting-jobs", "{v}", "--employees", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--target-group-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--previous-year-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--hired-out-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--hours-to-hirers", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "{v}", "--per", "week"],
    ["employer", "--year", "2019", "--fte", "{v}", "--hours-per-week", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--quota-pct", "{v}"],
    ["employer", "--paid-hours", "300000", "--years", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--by", "{v}"],
    ["trajectory", "--sector", "total", "--target", "{v}", "--by", "2030"],
    ["trajectory", "--sector", "total", "--window", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--set", "levy_eur={v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--set", "hours_per_job_year={v}"],
]


def _check_invariants(args: list[str], fmt: str, exit_code: int, stdout: str, stderr: str) -> None:
    assert exit_code in (0, 1, 2), (args, exit_code, stderr)
    assert "Traceback" not in stdout + stderr, (args, stderr)
    if not stdout:  # a refusal: one message on stderr (`validate` reports its findings on stdout)
        assert exit_code == 2 and stderr.startswith("banencalc: error:"), (args, stderr)
        return
    if fmt == "json":
        json.loads(stdout)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(stdout)))
        assert rows and all(len(row) == len(rows[0]) for row in rows), (args, stdout[:500])


def _invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = invoke(args, env)  # a crash raises here, with its traceback for the developer
    return result.exit_code, result.stdout, result.stderr


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "250")), deadline=None)
@given(template=st.sampled_from(TEMPLATES), text=value, fmt=st.sampled_from(FORMATS))
def test_option_values(template: list[str], text: str, fmt: str) -> None:
    args = [part.replace("{v}", text) for part in template] + ["--format", fmt]
    _check_invariants(args, fmt, *_invoke(args, env={"COLUMNS": "80"}))


# -- data-file mutations --------------------------------------------------------------------------
_NUMBER = re.compile(r"(?<![\w.-])\d[\d.]*")


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, mutated text): one hostile edit of a bundled data file."""
    name = draw(st.sampled_from(["targets.yaml", "sectors.yaml"]))
    text = (banencalc.bundled_data_dir() / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    kind = draw(
        st.sampled_from(["number", "drop_line", "duplicate_line", "insert", "indent", "truncate"])
    )
    if kind == "number":
        spots = list(_NUMBER.finditer(text))
        spot = draw(st.sampled_from(spots))
        new = draw(value)
        text = text[: spot.start()] + new + text[spot.end() :]
    elif kind in ("drop_line", "duplicate_line", "indent"):
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "drop_line":
            del lines[i]
        elif kind == "duplicate_line":
            lines.insert(i, lines[i])
        else:
            lines[i] = " " * draw(st.integers(1, 6)) + lines[i]
        text = "\n".join(lines) + "\n"
    elif kind == "insert":
        i = draw(st.integers(0, len(text)))
        junk = draw(st.sampled_from(["[", "{", ":", "&a ", "*a", "!!python/object ", "\t", '"']))
        text = text[:i] + junk + text[i:]
    else:
        text = text[: draw(st.integers(0, len(text)))]
    return name, text


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutation=mutations(), fmt=st.sampled_from(["json", "csv", "table"]))
def test_data_file_mutations(fuzz_dir: Path, mutation: tuple[str, str], fmt: str) -> None:
    directory = fuzz_dir / "data"
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(banencalc.bundled_data_dir(), directory)
    name, text = mutation
    (directory / name).write_text(text, encoding="utf-8")
    for command in (
        ["status", "--year", "2020"],
        ["employer", "--year", "2019", "--paid-hours", "300000"],
        ["validate"],
    ):
        args = [*command, "--data", str(directory), "--format", fmt]
        _check_invariants(args, fmt, *_invoke(args, env={"COLUMNS": "80"}))
