"""Loading the data: the bundled files, a user's own directory, errors with file:line:field."""

from __future__ import annotations

from pathlib import Path

import pytest

import banencalc
from banencalc.base.errors import DataError
from banencalc.dataset.loading import load_dataset
from banencalc.dataset.records import OFFICIAL_STATUSES, Count, Dataset

from ..conftest import RunCli


def test_bundled_data_is_found_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BANENCALC_DATA", raising=False)
    assert banencalc.load().target("total", 2025) is not None


def _value(figure: Count | None) -> int:
    assert figure is not None
    return figure.value


def test_every_figure_has_a_known_source_and_status(data: Dataset) -> None:
    known = set(data.source_index)
    series = [
        *data.targets_file.targets.values(),
        *data.sectors_file.realised.values(),
        *data.targets_file.quota_percentages.values(),
        *data.sectors_file.trend.values(),
    ]
    count = 0
    for figures in series:
        assert isinstance(figures, dict)
        for figure in figures.values():
            assert figure.source in known
            assert figure.status in {"verified", "derived", "indicative", "estimated", "unverified"}
            if figure.status == "derived":
                assert figure.derivation
            count += 1
    assert count > 70


def test_sources_are_locatable(data: Dataset) -> None:
    for source in data.targets_file.sources:
        assert source.url or source.document, source.id


def test_trend_figures_are_kept_apart_and_indicative(data: Dataset) -> None:
    for figures in data.sectors_file.trend.values():
        assert all(f.status == "indicative" for f in figures.values())
    assert _value(data.realised("total", 2018)) == 51957


def test_totals_are_stored_as_published(data: Dataset) -> None:
    parts = sum(_value(data.realised(s, 2017)) for s in ("market", "government"))
    assert parts == 36903
    assert _value(data.realised("total", 2017)) == 36904


def test_regime_is_data_versioned_by_year(data: Dataset) -> None:
    assert data.regime(2016)[1].quota_sectors == ()  # type: ignore[index]
    assert data.regime(2018)[1].quota_sectors == ("government",)  # type: ignore[index]
    assert data.regime(2025)[0] == 2019  # type: ignore[index]
    assert data.regime(2030)[0] == 2026  # type: ignore[index]
    assert data.regime(2026)[1].law == "wet-banenafspraak"  # type: ignore[index]
    assert all(not regime.levy_charged for regime in data.targets_file.regimes.values())


def test_official_statuses() -> None:
    assert {"verified", "derived"} == OFFICIAL_STATUSES


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def test_wrong_type_names_file_line_and_field(data_copy: Path) -> None:
    sectors = data_copy / "sectors.yaml"
    _replace(sectors, "2020: {value: 53799", "2020: {value: lots")
    line = _line_of(sectors, "value: lots")
    with pytest.raises(DataError) as info:
        load_dataset(data_copy)
    message = str(info.value)
    assert f"sectors.yaml:{line}: realised.market.2020.value:" in message


def test_all_problems_are_reported_at_once(data_copy: Path) -> None:
    sectors = data_copy / "sectors.yaml"
    _replace(sectors, "2016: {value: 18957, status: verified", "2016: {value: -5, status: verified")
    _replace(sectors, "2019: {value: 9786, status: verified", "2019: {value: 9786, status: sure")
    targets = data_copy / "targets.yaml"
    _replace(
        targets,
        "2019: {value: 40000, status: verified, source: kst-34352-196}",
        "2019: {value: 40000, status: verified, source: kst-34352-196, colour: red}",
    )
    with pytest.raises(DataError) as info:
        load_dataset(data_copy)
    problems = info.value.problems
    assert len(problems) == 3
    fields = {p.field for p in problems}
    assert fields == {
        "realised.market.2016.value",
        "realised.government.2019.status",
        "targets.market.2019.colour",
    }
    assert all(p.line for p in problems)
    status_problem = next(p for p in problems if p.field.endswith("status"))
    assert "'verified'" in status_problem.message  # says what is allowed


def test_unknown_source_and_sector_references(data_copy: Path) -> None:
    sectors = data_copy / "sectors.yaml"
    _replace(sectors, "source: kst-34352-113}", "source: monitor-2061}")
    _replace(sectors, "  rijk:\n    2019", "  rijks:\n    2019")
    with pytest.raises(DataError) as info:
        load_dataset(data_copy)
    text = str(info.value)
    assert "unknown source 'monitor-2061'" in text
    assert "unknown sector 'rijks'" in text


def test_derived_figure_must_say_how(data_copy: Path) -> None:
    targets = data_copy / "targets.yaml"
    _replace(
        targets,
        ', derivation: "total 43,500 - government 12,500"',
        "",
    )
    with pytest.raises(DataError, match="derived figure must say how"):
        load_dataset(data_copy)


def test_yaml_trap_in_a_data_file(data_copy: Path) -> None:
    sectors = data_copy / "sectors.yaml"
    _replace(
        sectors,
        "2017: {value: 30432, status: verified, source: kst-34352-113}",
        "2017: {value: 30432, status: verified, source: kst-34352-113, approximate: no}",
    )
    with pytest.raises(DataError, match="'no' is ambiguous"):
        load_dataset(data_copy)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        load_dataset(tmp_path / "absent")


def test_cli_uses_data_option_and_env(data_copy: Path, run_cli: RunCli) -> None:
    _replace(data_copy / "sectors.yaml", "2020: {value: 66097", "2020: {value: 70000")
    by_option = run_cli("status", "--year", "2020", "--format", "csv", "--data", str(data_copy))
    assert by_option.exit_code == 0
    assert ",70000," in by_option.stdout
    by_env = run_cli(
        "status", "--year", "2020", "--format", "csv", env={"BANENCALC_DATA": str(data_copy)}
    )
    assert ",70000," in by_env.stdout


def test_cli_reports_bad_data_without_traceback(data_copy: Path, run_cli: RunCli) -> None:
    _replace(data_copy / "targets.yaml", "2020: {value: 50000", "2020: {value: 5.5e4")
    result = run_cli("status", "--data", str(data_copy))
    assert result.exit_code == 2
    assert "targets.yaml:" in result.stderr
    assert "targets.market.2020.value" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_cache_serves_unchanged_data_and_misses_edits(data_copy: Path) -> None:
    first = load_dataset(data_copy)
    assert load_dataset(data_copy) == first  # served from the cache
    _replace(data_copy / "sectors.yaml", "2020: {value: 66097", "2020: {value: 66098")
    assert _value(load_dataset(data_copy).realised("total", 2020)) == 66098
