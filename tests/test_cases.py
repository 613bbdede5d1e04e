"""Published-figure cases: every YAML file under tests/cases/ holds cases; this one test runs them.

A case is `{name, call, args, expect, exact, source}`. Adding a case needs no code, only a new
entry. Under `expect`, decimals written as strings ("97.92") are compared after rounding the
computed value half-up to the same number of places, which is how a publication prints it. Under
`exact`, a value must equal the computed one exactly: for figures the statute itself rounds
(the quotumtekort to one decimal, a levy), where a half-up comparison would hide an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, is_dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

import banencalc
from banencalc.calc.employer import EmployerInput, assess
from banencalc.calc.quota import extra_jobs_in_year, quota
from banencalc.calc.rounding import floor_2dp
from banencalc.calc.trajectory import trajectory
from banencalc.dataset.records import Dataset

from .conftest import RunCli

CASES_DIR = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


def _as_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {"value": None}
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if hasattr(value, "model_dump"):
        return dict(value.model_dump())
    return {"value": value}


def _call(data: Dataset, call: str, args: dict[str, Any]) -> dict[str, Any]:
    if call == "sector_status":
        return _as_dict(banencalc.sector_status(data, args["sector"], args["year"]))
    if call == "default_year":
        return {"value": banencalc.default_year(data)}
    if call == "quota_percentage":
        return _as_dict(data.quota_percentage(args["sector"], args["year"]))
    if call == "trend":
        return _as_dict(data.trend(args["sector"], args["year"]))
    if call == "constant":
        return _as_dict(data.constant(args["name"], args["year"]))
    if call == "employer":

        def hours(key: str, default: str | None = "0") -> Decimal | None:
            text = args.get(key, default)
            return None if text is None else Decimal(text)

        employer = EmployerInput(
            year=args["year"],
            paid_hours=Decimal(args["paid_hours"]),
            target_group_hours=Decimal(args.get("target_group_hours", "0")),
            period=args.get("period", "year"),
            sector=args.get("sector", "government"),
            quota_pct=hours("quota_pct", None),
            previous_year_hours=hours("previous_year_hours", None),
            hired_out_hours=hours("hired_out_hours") or Decimal(0),
            hours_from_lenders=hours("hours_from_lenders") or Decimal(0),
            hours_to_hirers=hours("hours_to_hirers") or Decimal(0),
        )
        return _as_dict(assess(data, employer))
    if call == "quota":

        def number(key: str) -> Decimal | None:
            return Decimal(args[key]) if key in args else None

        result = quota(
            data,
            args["year"],
            args.get("sector", "government"),
            nulmeting_jobs=number("nulmeting_jobs"),
            employees=number("employees"),
            use_estimates=args.get("use_estimates", False),
        )
        return _as_dict(result)
    if call == "trajectory":
        return _as_dict(trajectory(data, **args))
    if call == "floor_2dp":
        return {"value": floor_2dp(Decimal(args["value"]))}
    if call == "extra_jobs_in_year":
        return {"value": extra_jobs_in_year(data, args["sector"], args["year"])[0]}
    raise AssertionError(f"unknown call {call!r} in a case file")


def _matches(actual: Any, expected: Any) -> bool:
    if (
        isinstance(expected, str)
        and isinstance(actual, Decimal | int)
        and not isinstance(actual, bool)
    ):
        wanted = Decimal(expected)
        return Decimal(actual).quantize(wanted, ROUND_HALF_UP) == wanted
    if isinstance(expected, float) and isinstance(actual, float | int):
        return actual == expected
    return bool(actual == expected)


def _check_cli(run_cli: RunCli, args: list[str], expect: dict[str, Any]) -> None:
    result = run_cli(*args)
    assert result.exit_code == expect["exit_code"], result.stderr or result.stdout
    if "stderr_contains" in expect:
        assert expect["stderr_contains"] in result.stderr
    if "json_keys" in expect:
        assert set(expect["json_keys"]) <= set(json.loads(result.stdout))
    if "json_row" in expect:
        wanted = expect["json_row"]
        rows = [r for r in json.loads(result.stdout)["rows"] if r["sector"] == wanted["sector"]]
        assert len(rows) == 1
        for key, value in wanted.items():
            assert rows[0][key] == value, key


@pytest.mark.parametrize("case", _load_cases())
def test_case(case: dict[str, Any], data: Dataset, run_cli: RunCli) -> None:
    assert case.get("source"), "every case names the publication it reproduces"
    if case["call"] == "cli":
        _check_cli(run_cli, case["args"], case["expect"])
        return
    actual = _call(data, case["call"], case["args"])
    for key, expected in case.get("expect", {}).items():
        if key == "notes_contain":
            assert any(expected in note for note in actual["notes"]), actual["notes"]
            continue
        assert _matches(actual[key], expected), f"{key}: {actual[key]!r} != {expected!r}"
    if "notes_contain" in case:
        assert any(case["notes_contain"] in note for note in actual["notes"]), actual["notes"]
    for key, expected in case.get("exact", {}).items():
        wanted = Decimal(expected) if isinstance(expected, str) else expected
        assert actual[key] == wanted, f"{key}: {actual[key]!r} is not exactly {expected!r}"
