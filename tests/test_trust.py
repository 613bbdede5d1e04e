"""Provenance and data validation: sources, validate, schema, and sources in every JSON answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banencalc.schemas import json_schema

from .conftest import RunCli

ROOT = Path(__file__).resolve().parent.parent


def test_validate_bundled_data_is_clean(run_cli: RunCli) -> None:
    result = run_cli("validate", "-f", "json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["errors"] == 0
    assert {f["field"] for f in doc["findings"]} == {"realised.total.2017", "realised.total.2021"}
    assert all(f["level"] == "warning" and f["line"] for f in doc["findings"])


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_validate_reports_every_problem(data_copy: Path, run_cli: RunCli) -> None:
    sectors = data_copy / "sectors.yaml"
    _edit(sectors, "2022: {value: 3749", "2022: {value: 30749")  # Rijk above government
    _edit(sectors, "2019: {value: 61615", "2019: {value: 61715")  # total off by 100
    _edit(sectors, "    2015: {value: 15604, status: verified, source: kst-34352-34}\n", "")
    _edit(
        sectors,
        "    2016: {value: 18957, status: verified, source: monitor-2016}\n",
        "    2016: {value: 18957, status: verified, source: monitor-2016}\n"
        "    2015: {value: 15604, status: verified, source: kst-34352-34}\n",
    )
    result = run_cli("validate", "--data", str(data_copy), "-f", "json")
    assert result.exit_code == 2
    findings = {(f["level"], f["field"]): f for f in json.loads(result.stdout)["findings"]}
    assert ("error", "realised.rijk.2022") in findings
    assert (
        "exceeds the parent sector 'government'"
        in findings[("error", "realised.rijk.2022")]["message"]
    )
    assert ("error", "realised.total.2019") in findings
    assert ("error", "realised.market") in findings  # years out of order
    assert all(f["line"] for f in findings.values())


def test_validate_collects_schema_errors_of_both_files(data_copy: Path, run_cli: RunCli) -> None:
    _edit(
        data_copy / "sectors.yaml",
        "status: verified, source: kst-34352-34}",
        "status: checked, source: kst-34352-34}",
    )
    _edit(data_copy / "targets.yaml", "2016: {value: 14000", "2016: {value: many")
    result = run_cli("validate", "--data", str(data_copy))
    assert result.exit_code == 2
    assert "sectors.yaml:" in result.stdout and "targets.yaml:" in result.stdout


@pytest.mark.parametrize("name", ["targets", "sectors", "scenario"])
def test_committed_schemas_are_current(name: str) -> None:
    committed = (ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed.strip() == json_schema(name).strip(), (
        f"regenerate: banencalc schema {name} > schemas/{name}.schema.json"
    )


def test_data_files_point_editors_at_the_schemas() -> None:
    for name in ("targets", "sectors"):
        first = (ROOT / "data" / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{name}.schema.json"


def test_sources_list_and_one_figure(run_cli: RunCli) -> None:
    listing = json.loads(run_cli("sources", "-f", "json").stdout)["sources"]
    assert {"kst-34352-219", "wfsv"} <= {s["id"] for s in listing}
    figure = json.loads(
        run_cli("sources", "--figure", "realised.government.2023", "-f", "json").stdout
    )
    assert figure["value"] == 11634 and figure["status"] == "derived"
    assert figure["derivation"] == "total 85,665 - market 74,031"
    assert figure["source"]["id"] == "rijksoverheid-2024-07-16"


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--year", "2020"],
        ["history", "--sector", "market"],
        ["check", "--year", "2019"],
        ["quota", "--year", "2019"],
        ["employer", "--year", "2019", "--paid-hours", "300000"],
        ["trajectory", "--sector", "government", "--by", "2026"],
    ],
)
def test_every_answer_lists_its_sources(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["sources"], args
    assert all(s.get("url") or s.get("document") for s in doc["sources"])
    assert doc["figures"]
