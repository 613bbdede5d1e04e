"""Hostile and careless input: every case exits 2 with a one-line cause and no traceback."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banencalc.cli.pipeline
from banencalc.base.errors import BanencalcError, DataError
from banencalc.dataset.yaml_strict import load_text, parse_bytes
from banencalc.scenario import parse_set

from ..conftest import RunCli


def _assert_clean_failure(result: object, fragment: str) -> None:
    exit_code, stdout, stderr = (getattr(result, k) for k in ("exit_code", "stdout", "stderr"))
    assert exit_code == 2, stderr
    assert fragment in stderr, stderr
    assert "Traceback" not in stderr + stdout
    assert stdout == ""
    assert stderr.startswith(("banencalc: error:", "banencalc: fout:"))


def _break(data_copy: Path, file: str, old: str, new: str) -> Path:
    path = data_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data_copy


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"\xff\xfe\xfa garbage", "not UTF-8"),
        (b"sources: [\n", "malformed YAML"),
        (b"- just\n- a list\n", "Input should be a valid dictionary"),
    ],
)
def test_broken_targets_file(
    data_copy: Path, run_cli: RunCli, content: bytes, fragment: str
) -> None:
    (data_copy / "targets.yaml").write_bytes(content)
    result = run_cli("status", "--data", str(data_copy))
    _assert_clean_failure(result, fragment)
    assert "targets.yaml" in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("2020: {value: 53799", "2020: {value: .nan", "not a finite number"),
        ("2020: {value: 53799", "2020: {value: .inf", "not a finite number"),
        ("2020: {value: 53799", "2020: {value: -53799", "greater than or equal to 0"),
        ("2020: {value: 53799", "2020: {value: 99999999999", "less than or equal to 10000000"),
        ("2020: {value: 53799", "2020: {value: 2:20", "base-60"),
        ("2020: {value: 53799", "2020: {value: yes", "ambiguous"),
        ("2020: {value: 53799", '2020: {value: "53799"', "valid integer"),
        (
            "  market:\n    2015: {value: 15604",
            "  market:\n    2015: {value: 1}\n    2015: {value: 15604",
            "duplicate key",
        ),
        ("  rijk:\n    2019", "  zorg:\n    2019", "unknown sector 'zorg'"),
        ("    2015: {value: 15604", "    1999: {value: 15604", "greater than or equal to 2013"),
    ],
)
def test_bad_values_in_sectors_file(
    data_copy: Path, run_cli: RunCli, old: str, new: str, fragment: str
) -> None:
    _break(data_copy, "sectors.yaml", old, new)
    result = run_cli("status", "--data", str(data_copy))
    _assert_clean_failure(result, fragment)
    assert "sectors.yaml:" in result.stderr


def test_alias_bomb_finishes_quickly(data_copy: Path, run_cli: RunCli) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]"
        for i in range(9)
    ]
    (data_copy / "targets.yaml").write_text("\n".join(lines) + "\n")
    start = time.perf_counter()
    result = run_cli("status", "--data", str(data_copy))
    assert time.perf_counter() - start < 5
    _assert_clean_failure(result, "aliases")


def test_fifty_megabyte_file_is_refused_at_once(data_copy: Path, run_cli: RunCli) -> None:
    with (data_copy / "sectors.yaml").open("a") as f:
        f.write("# " + "x" * (50 * 1024 * 1024) + "\n")
    start = time.perf_counter()
    result = run_cli("status", "--data", str(data_copy))
    assert time.perf_counter() - start < 5
    _assert_clean_failure(result, "at most")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["status", "--year", "1999"], "the data covers 2015-2030"),
        (["status", "--year", "2031"], "the data covers 2015-2030"),
        (["employer", "--year", "2031", "--paid-hours", "1e6"], "the data covers 2015-2030"),
        (["quota", "--year", "2040"], "the data covers 2015-2030"),
        (["status", "--sector", "zorg"], "unknown sector"),
        (["status", "--set", "realised.total=1"], "unknown key"),
        (["status", "--set", "levy_eur=NaN"], "not a number"),
        (["employer", "--year", "2019", "--paid-hours", "-5"], "0 or more"),
        (["employer", "--year", "2019", "--paid-hours", "inf"], "not a number"),
        (["employer", "--year", "2019", "--paid-hours", "1.000"], "ambiguous"),
        (["employer", "--year", "2019", "--paid-hours", "300,000", "--lang", "nl"], "dubbelzinnig"),
        (["employer", "--year", "2019", "--paid-hours", "300.000"], "ambiguous"),
        (["employer", "--year", "2019", "--paid-hours", "true"], "yes/no value"),
        (["employer", "--year", "2019", "--paid-hours", "50%"], "percentage"),
        (["employer", "--year", "2019", "--paid-hours", "1e-999999"], "absurdly small"),
        (["employer", "--year", "2019", "--paid-hours", "1", "--hours-per-week", "0"], "above 0"),
        (["status", "--set", "levy_eur=1", "--set", "levy_eur=2"], "given twice"),
        (["status", "--set", "hours_per_job_year=0"], "above 0"),
        (
            [
                "employer",
                "--year",
                "2019",
                "--paid-hours",
                "1",
                "--years",
                "2019-2020",
                "--by",
                "2024",
            ],
            "not both",
        ),
        (["trajectory", "--by", "2999"], "more than 100 years"),
        (["sources", "--figure", "realised.total.1999"], "no figure"),
    ],
)
def test_bad_options(run_cli: RunCli, args: list[str], fragment: str) -> None:
    _assert_clean_failure(run_cli(*args), fragment)


def test_unexpected_error_is_one_line_with_a_hint(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(banencalc.cli.pipeline, "load", explode)
    result = run_cli("status")
    assert result.exit_code == 70
    assert result.stderr.strip().count("\n") == 0
    assert "--debug" in result.stderr and "Traceback" not in result.stderr


def test_strict_refuses_results_on_weak_figures(run_cli: RunCli) -> None:
    loose = run_cli("status", "--year", "2024")
    assert loose.exit_code == 0
    assert "warning" in loose.stderr
    assert "realised.total.2024 (derived, approximate)" in loose.stderr
    strict = run_cli("status", "--year", "2024", "--strict")
    assert strict.exit_code == 2 and "--strict" in strict.stderr
    assert run_cli("status", "--year", "2022", "--strict").exit_code == 0
    assert run_cli("employer", "--year", "2021", "--paid-hours", "1e6", "--strict").exit_code == 2


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300))
def test_fuzz_yaml_text_raises_only_our_error(text: str) -> None:
    with contextlib.suppress(DataError):
        load_text(text, "fuzz.yaml")


@settings(max_examples=300)
@given(raw=st.binary(max_size=300))
def test_fuzz_yaml_bytes_raises_only_our_error(raw: bytes) -> None:
    with contextlib.suppress(DataError):
        parse_bytes(raw, "fuzz.yaml")


@settings(max_examples=300)
@given(items=st.lists(st.text(max_size=40), max_size=4))
def test_fuzz_set_parsing_raises_only_our_error(items: list[str]) -> None:
    with contextlib.suppress(BanencalcError):
        parse_set(items)


@pytest.mark.slow
@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(alphabet="0123456789.,-+eE_ infaNn", max_size=12))
def test_fuzz_paid_hours_option(run_cli: RunCli, value: str) -> None:
    result = run_cli("employer", "--year", "2019", "--paid-hours", value, "-f", "json")
    assert result.exit_code in (0, 2)
    assert "Traceback" not in result.stderr
