"""Trajectories and what-if scenarios: the properties the issue asks for."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banencalc.base.errors import BanencalcError
from banencalc.calc.status import status
from banencalc.calc.trajectory import projected_year, required_path, trajectory
from banencalc.dataset.records import Dataset
from banencalc.scenario import Scenario, apply, parse_set

from ..conftest import RunCli


@given(
    start=st.integers(0, 10**6),
    target=st.integers(0, 10**6),
    first=st.integers(2015, 2030),
    span=st.integers(1, 30),
)
def test_required_path_ends_exactly_at_the_target(
    start: int, target: int, first: int, span: int
) -> None:
    last = first + span
    assert required_path(Decimal(start), Decimal(target), first, last, last) == target
    assert required_path(Decimal(start), Decimal(target), first, last, first) == start


@given(start=st.integers(0, 10**6), gap=st.integers(1, 10**6), pace=st.integers(-(10**4), 0))
def test_non_positive_pace_never_reaches(start: int, gap: int, pace: int) -> None:
    assert projected_year(Decimal(start), Decimal(start + gap), 2023, Decimal(pace)) is None


@given(start=st.integers(0, 10**6), gap=st.integers(1, 10**6), pace=st.integers(1, 10**4))
def test_positive_pace_reaches_in_the_first_year_it_can(start: int, gap: int, pace: int) -> None:
    year = projected_year(Decimal(start), Decimal(start + gap), 2023, Decimal(pace))
    assert year is not None
    assert start + pace * (year - 2023) >= start + gap > start + pace * (year - 2024)


def test_trajectory_rows_span_from_to_by(data: Dataset) -> None:
    result = trajectory(data, "government", by=2026)
    assert [r.year for r in result.rows] == [2023, 2024, 2025, 2026]
    assert result.rows[-1].required_path == 25000
    assert result.rows[-1].official is None  # no target after 2025, not carried forward


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"by": 2023}, "must come after"),
        ({"from_year": 2024}, "no realised figure"),
        ({"window": 20}, "20: no realised figure"),
    ],
)
def test_trajectory_bad_input(data: Dataset, kwargs: dict[str, int], fragment: str) -> None:
    """The library names the input at fault in its own words (`field`), never a flag."""
    with pytest.raises(BanencalcError, match=fragment) as info:
        trajectory(data, "government", **kwargs)
    assert info.value.field == next(iter(kwargs))
    assert "--" not in str(info.value)


def test_empty_scenario_changes_nothing(data: Dataset) -> None:
    changed, changes = apply(data, Scenario("empty", "", {}))
    assert changes == []
    assert status(changed, 2021) == status(data, 2021)


@given(
    value=st.integers(0, 200_000),
    year=st.integers(2015, 2023),
    sector=st.sampled_from(["market", "government", "total"]),
)
def test_scenario_diff_lists_exactly_what_it_set(
    data: Dataset, value: int, year: int, sector: str
) -> None:
    key = f"realised.{sector}.{year}"
    changed, changes = apply(data, Scenario("s", "", {key: Decimal(value)}))
    assert changes[0].key == key and changes[0].new == value and not changes[0].derived
    figure = changed.realised(sector, year)
    assert figure is not None and figure.value == value and figure.status == "estimated"
    untouched = [y for y in range(2015, 2024) if y != year]
    assert all(changed.realised(sector, y) == data.realised(sector, y) for y in untouched)
    # a part moves its total by as much as it moved; nothing else is touched
    baseline = data.realised(sector, year)
    assert baseline is not None
    derived = changes[1:]
    if sector == "total" or value == baseline.value:
        assert derived == []
    else:
        assert [c.key for c in derived] == [f"realised.total.{year}"] and derived[0].derived
        old_total = data.realised("total", year)
        assert old_total is not None and derived[0].old == old_total.value
        assert derived[0].new == old_total.value + value - baseline.value


def test_scenario_constant_and_quota(data: Dataset) -> None:
    changed, changes = apply(
        data, Scenario("s", "", parse_set(["levy_eur=7500", "quota.government.2025=2,8"]))
    )
    assert [str(c) for c in changes] == [
        "levy_per_job_eur: 5,000 -> 7,500",
        "quota.government.2025: none -> 2.8",
    ]
    assert changed.constant("levy_per_job_eur", 2030).value == 7500  # type: ignore[union-attr]
    assert data.constant("levy_per_job_eur", 2030).value == 5000  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("item", "fragment"),
    [
        ("realised.total.2020=-100000", "0 or more"),
        ("realised.total.2020=1.5", "whole number"),
        ("quota.government.2020=150", "between 0 and 100"),
        ("realised.total.2026=+5", "the nearest year with a figure is 2024"),
        ("realised.atlantis.2020=5", "unknown sector"),
        ("realised.total.1999=5", "outside 2013-2100"),
        ("hours_per_job_year=abc", "not a number"),
    ],
)
def test_bad_overrides(data: Dataset, item: str, fragment: str) -> None:
    with pytest.raises(BanencalcError, match=fragment):
        apply(data, Scenario("s", "", parse_set([item])))


def test_scenario_file(tmp_path: Path, run_cli: RunCli, data_copy: Path) -> None:
    before = (data_copy / "sectors.yaml").read_bytes()
    path = tmp_path / "catch-up.yaml"
    path.write_text(
        "name: government catches up\ndescription: what if 2021 had gone well\n"
        "set:\n  realised.government.2021: 21000\n  levy_eur: 7500\n"
    )
    result = run_cli(
        "status", "--year", "2021", "--scenario", str(path), "-f", "json", "--data", str(data_copy)
    )
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {c["key"]: c["derived"] for c in doc["changes"]} == {
        "realised.government.2021": False,
        "levy_per_job_eur": False,
        "realised.total.2021": True,  # the total moves with its part
    }
    gov = next(r for r in doc["scenario"]["rows"] if r["sector"] == "government")
    assert gov["realised"] == 21000
    assert (data_copy / "sectors.yaml").read_bytes() == before  # the data is never modified


def test_bad_scenario_file_names_line_and_field(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nset:\n  levy_eur: 7500\ncolour: red\n")
    result = run_cli("status", "--scenario", str(path))
    assert result.exit_code == 2
    assert "bad.yaml:4: colour: unknown field" in result.stderr


def test_trajectory_chart_image(tmp_path: Path, run_cli: RunCli) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "chart.svg"
    result = run_cli("trajectory", "--sector", "government", "--by", "2026", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert out.read_text().lstrip().startswith("<?xml")


def test_employer_hiring_path(run_cli: RunCli) -> None:
    result = run_cli(
        "employer", "--year", "2019", "--paid-hours", "300000", "--by", "2024", "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    last = doc["years"][-1]
    assert last["year"] == 2024 and last["shortfall_jobs"] == 0
    # 300,000 h x 2.76% = 8,280 h = 6.22 jobs, spread over 5 years
    assert abs(doc["jobs_per_year"] - 8280 / 1331 / 5) < 1e-9


@pytest.mark.parametrize("command", [["history"], ["trajectory"]])
def test_chart_image_png_is_print_quality_dutch_and_names_its_sources(
    tmp_path: Path, run_cli: RunCli, command: list[str]
) -> None:
    pytest.importorskip("matplotlib")
    png = tmp_path / "grafiek.png"
    result = run_cli(*command, "--lang", "nl", "-o", str(png))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # the image is the answer; nothing else on stdout
    assert png.read_bytes().startswith(b"\x89PNG")
    from PIL import Image  # matplotlib's own dependency

    with Image.open(png) as image:
        dpi = image.info["dpi"]
    assert round(dpi[0]) == 300
    svg = tmp_path / "grafiek.svg"
    assert run_cli(*command, "--lang", "nl", "-o", str(svg)).exit_code == 0
    text = svg.read_text(encoding="utf-8")
    assert "Bron" in text and "extra banen (eind van het jaar)" in text
    assert "Source" not in text and "realised" not in text


def test_chart_image_for_a_command_without_a_chart_is_refused(
    tmp_path: Path, run_cli: RunCli
) -> None:
    out = tmp_path / "status.png"
    result = run_cli("status", "--year", "2020", "-o", str(out))
    assert result.exit_code == 2 and "history" in result.stderr
    assert not out.exists()


def test_chart_image_without_matplotlib_is_refused_before_any_work(
    tmp_path: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "matplotlib" else real_find_spec(name, *a),
    )
    out = tmp_path / "chart.png"
    result = run_cli("history", "--data", str(tmp_path / "no-such-dir"), "-o", str(out))
    assert result.exit_code == 2
    assert "banencalc[charts]" in result.stderr  # said before the data is even looked at
    assert not out.exists()


def test_trajectory_marks_an_approximate_realised_figure(run_cli: RunCli) -> None:
    """2024's realised figure is published as 'bijna 90.000': the table says ~ and why."""
    out = run_cli("trajectory", "--sector", "total").stdout
    assert "~89,665" in out
    assert "~: published as an approximate figure, or computed from one" in out
    rows = json.loads(run_cli("trajectory", "--format", "json").stdout)["rows"]
    marked = {r["year"]: r["realised_approximate"] for r in rows}
    assert marked[2024] is True and marked[2023] is False
