"""Provenance and data validation: sources, validate, schema, and sources in every JSON answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from banencalc.dataset.records import Dataset
from banencalc.dataset.schema import json_schema

from ..conftest import RunCli

ROOT = Path(__file__).resolve().parent.parent.parent


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
        "    2017: {value: 30432, status: verified, source: kst-34352-113}\n",
        "    2017: {value: 30432, status: verified, source: kst-34352-113}\n"
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


def test_every_bundled_source_can_be_opened_or_says_why_not(data: Dataset) -> None:
    for source in data.targets_file.sources:
        assert source.url or source.document, source.id
        assert not source.home_page_only or source.no_exact_page, (
            f"{source.id}: {source.url} is only a home page"
        )


def test_validate_refuses_a_home_page_only_source(data_copy: Path, run_cli: RunCli) -> None:
    _edit(
        data_copy / "targets.yaml",
        "url: https://www.voion.nl/nieuws/indicatie-quotumpercentage-2019-en-verder/",
        "url: https://www.voion.nl",
    )
    result = run_cli("validate", "--data", str(data_copy), "-f", "json")
    assert result.exit_code == 2
    findings = json.loads(result.stdout)["findings"]
    wanted = [f for f in findings if "voion-2018" in f["message"]]
    assert wanted and "home page" in wanted[0]["message"] and wanted[0]["line"]
    # saying why there is no exact page makes it acceptable
    _edit(
        data_copy / "targets.yaml",
        "url: https://www.voion.nl\n",
        "url: https://www.voion.nl\n    no_exact_page: the page was taken down\n",
    )
    assert run_cli("validate", "--data", str(data_copy)).exit_code == 0
