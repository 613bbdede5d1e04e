"""The hand-computed cases of tests/cases/payroll.yaml, through the command a user runs."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from ..conftest import RunCli

CASES = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "cases" / "payroll.yaml").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any], run_cli: RunCli, tmp_path: Path) -> None:
    payroll = tmp_path / "payroll.csv"
    payroll.write_text(case["payroll"], "utf-8")
    args = ["realisation", str(payroll), "--format", "json", *case.get("options", [])]
    if "register" in case:
        register = tmp_path / "register.csv"
        register.write_text(case["register"], "utf-8")
        args += ["--register", str(register)]
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    rows = {
        row["employer"]: row for row in json.loads(result.stdout, parse_float=Decimal)["employers"]
    }
    for employer, expected in case["expect"].items():
        for field, value in expected.items():
            got = rows[employer][field]
            if isinstance(got, Decimal):  # an exact figure: equal as a number (2101.0000)
                assert got == Decimal(value), (employer, field, got)
            else:
                assert got == value, (employer, field)
