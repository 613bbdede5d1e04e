"""Every user's question gets a true answer: market-sector employers, what-ifs that add up, years
across 2026, the levy labelled as what it is (never a bill where none is collected)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from banencalc.calc.employer import EmployerInput, assess
from banencalc.dataset.records import Dataset

from ..conftest import RunCli, at_a_terminal


def _json(stdout: str) -> dict[str, object]:
    doc = json.loads(stdout, parse_float=Decimal)
    assert isinstance(doc, dict)
    return doc


# --- a market-sector employer ------------------------------------------------------------


def test_a_market_employer_gets_a_verdict_not_an_error(run_cli: RunCli) -> None:
    """The HR officer of a market firm asks in Dutch; the answer is 'not liable', with why."""
    args = ("employer", "--year", "2024", "--paid-hours", "300.000", "--sector", "marktsector")
    result = run_cli(*args, "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    assert "niet plichtig in 2024: de quotumregeling is niet geactiveerd" in result.stdout
    assert "Wfsv art 38e lid 1 en 122n lid 1" in " ".join(result.stdout.split())
    doc = _json(run_cli(*args, "--lang", "nl", "--format", "json").stdout)
    assert doc["liable"] is False and doc["quota_activated"] is False
    assert doc["quota_pct"] is None and doc["required_jobs"] is None  # no made-up percentage
    assert doc["levy_eur"] == 0 and doc["levy_charged"] is False


def test_a_market_employer_with_a_percentage_what_if_sees_its_required_jobs(
    run_cli: RunCli,
) -> None:
    args = ("employer", "--year", "2024", "--paid-hours", "300000", "--sector", "market")
    doc = _json(run_cli(*args, "--quota-pct", "2.76", "--format", "json").stdout)
    assert doc["liable"] is False and doc["levy_eur"] == 0
    assert doc["required_jobs"] == Decimal(300000) * Decimal("2.76") / 100 / 1331


def test_the_library_answers_a_market_employer(data: Dataset) -> None:
    result = assess(data, EmployerInput(2020, Decimal(300000), Decimal(2662), sector="Marktsector"))
    assert not result.liable and not result.activated and result.input.sector == "market"
    assert result.realised_jobs == 2 and result.shortfall_jobs is None


def test_a_market_employer_over_2019_2028_in_one_table(run_cli: RunCli) -> None:
    args = ("employer", "--years", "2019-2028", "--paid-hours", "300.000", "--sector", "markt")
    result = run_cli(*args, "--lang", "nl", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    table = [line for line in result.stdout.splitlines() if line[:4].isdigit()]
    assert [line[:4] for line in table] == [str(y) for y in range(2019, 2029)]
    assert all(" nee " in line for line in table)  # not liable in any year, under either law
    assert "quotumwet" in result.stdout and "Wet banen-" in result.stdout
    doc = _json(run_cli(*args, "--lang", "nl", "--format", "json").stdout)
    years = doc["years"]
    assert isinstance(years, list)
    assert [row["regime"] for row in years] == ["quota-law"] * 7 + ["wet-banenafspraak"] * 3


def test_compare_regimes_for_a_market_employer(run_cli: RunCli) -> None:
    args = ("employer", "--year", "2027", "--paid-hours", "300000", "--sector", "market")
    result = run_cli(*args, "--compare-regimes")
    assert result.exit_code == 0, result.stderr
    assert "the quota is not activated for Market sector in 2025" in result.stdout


def test_years_across_2026_compute_each_year_under_its_own_law(run_cli: RunCli) -> None:
    args = ("employer", "--years", "2024-2028", "--paid-hours", "300000")
    doc = _json(run_cli(*args, "--target-group-hours", "2000", "--format", "json").stdout)
    years = doc["years"]
    assert isinstance(years, list)
    assert years[0]["levy_eur"] == 23500 and years[0]["regime"] == "quota-law"
    assert years[1]["liable"] is True and years[1]["required_jobs"] is None  # 2025: no %
    assert [y["lkv_eur"] for y in years[2:]] == [Decimal("2020.00")] * 3  # 2,000 h x EUR 1.01


# --- the levy is not a bill ------------------------------------------------------------------


def test_a_levy_that_is_not_collected_says_so_beside_the_number(run_cli: RunCli) -> None:
    args = ("employer", "--year", "2019", "--paid-hours", "300000")
    table = run_cli(*args, "--lang", "nl", env={"COLUMNS": "80"}).stdout
    levy_line = next(line for line in table.splitlines() if "EUR 24.000,00" in line)
    assert "niet geïnd" in levy_line and "122na" in levy_line
    rows = list(csv.DictReader(io.StringIO(run_cli(*args, "--format", "csv").stdout)))
    assert rows[0]["levy_eur"] == "24000.0" and rows[0]["levy_charged"] == "false"


# --- many employers ----------------------------------------------------------------------


def _members(tmp_path: Path) -> Path:
    path = tmp_path / "leden.csv"
    lines = ["loonheffingennummer;naam;sector;jaar;verloonde_uren;doelgroep_uren"]
    for i in range(500):
        sector = ("Marktsector", "markt", "overheid", "Overheid", "")[i % 5]
        lines.append(f"{i:09d}L01;Werkgever {i};{sector};2024;{100000 + i * 1000};{i * 10}")
    lines.append("999999999L01;Nieuw;Marktsector;2027;300.000;2.000")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_dutch_member_file_with_sectors_runs_through(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("employer", "--file", str(_members(tmp_path)), "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 501
    market = [r for r in rows if r["sector"] == "market" and r["year"] == "2024"]
    government = [r for r in rows if r["sector"] == "government"]
    assert len(market) == 200 and all(r["liable"] == "false" for r in market)
    assert all(r["quota_status"] == "not activated" and r["quota_pct"] == "" for r in market)
    assert len(government) == 300 and any(r["liable"] == "true" for r in government)
    assert all(r["levy_charged"] == "false" for r in rows)
    new_law = rows[-1]
    assert new_law["regime"] == "wet-banenafspraak" and new_law["lkv_eur"] == "2020.00"
    # the rows without a sector took the default, and the run says so
    assert "100 regels hebben geen eigen sector: berekend als Overheid" in result.stderr
    assert "niet geïnd" in result.stderr


def test_a_new_law_row_that_owes_the_surcharge_names_the_missing_column(
    tmp_path: Path, run_cli: RunCli, data_copy: Path
) -> None:
    """With an activation in the data (a user's own data directory), a 2029 row owes the
    inclusiviteitsopslag: a row without its premium wage is refused by name, one with it is
    computed."""
    targets = data_copy / "targets.yaml"
    text = targets.read_text(encoding="utf-8")
    activation = "  wet.activation_year:\n    status: unpublished\n"
    assert activation in text
    targets.write_text(
        text.replace(activation, "  wet.activation_year:\n    value: 2027\n    status: estimated\n")
        .replace(
            "  wet.inclusiviteitsopslag_pct:\n    status: unpublished\n",
            "  wet.inclusiviteitsopslag_pct:\n    value: 0.5\n    status: estimated\n",
        )
        .replace(
            "  wet.average_premium_wage_eur:\n    status: unpublished\n",
            "  wet.average_premium_wage_eur:\n    value: 45000\n    status: estimated\n",
        ),
        encoding="utf-8",
    )
    path = tmp_path / "w.csv"
    path.write_text(
        "id,year,paid_hours,target_group_hours,premium_wage\n"
        "A,2029,300000,0,12500000\nB,2029,300000,0,\n",
        encoding="utf-8",
    )
    base = ("employer", "--file", str(path), "--data", str(data_copy))
    refused = run_cli(*base)
    assert refused.exit_code == 2
    assert "line 3: 2029: the inclusiviteitsopslag is owed" in refused.stderr
    assert "premium_wage column" in refused.stderr
    kept = run_cli(*base, "--skip-invalid")
    assert kept.exit_code == 0, kept.stderr
    row = next(csv.DictReader(io.StringIO(kept.stdout)))
    assert row["liable"] == "true" and row["inclusiviteitsopslag_eur"] == "62500.00"


# --- what-ifs that add up ------------------------------------------------------------------


def _total(doc: dict[str, object], case: str, year_key: str = "total") -> object:
    block = doc[case]
    assert isinstance(block, dict)
    return next(r["realised"] for r in block["rows"] if r["sector"] == year_key)


def test_a_changed_part_moves_its_total(run_cli: RunCli) -> None:
    args = ("status", "--year", "2023", "--set", "realised.overheid.2023=+3000", "--lang", "nl")
    doc = _json(run_cli(*args, "--format", "json").stdout)
    assert _total(doc, "baseline") == 85665 and _total(doc, "scenario") == 88665
    changes = doc["changes"]
    assert isinstance(changes, list)
    assert [(c["key"], c["derived"]) for c in changes] == [
        ("realised.government.2023", False),
        ("realised.total.2023", True),
    ]
    table = run_cli(*args).stdout
    assert "88.665" in table and "afgeleid" in table
    assert "wijkt" not in table  # no discrepancy invented from the user's own change


def test_setting_parts_and_total_reports_the_scenarios_own_mismatch(run_cli: RunCli) -> None:
    result = run_cli(
        "status", "--year", "2023", "--set", "realised.total.2023=90000",
        "--set", "realised.market.2023=+1",
    )  # fmt: skip
    assert result.exit_code == 0
    assert "the scenario's own figures disagree" in result.stdout


def test_relative_forms(run_cli: RunCli) -> None:
    def realised(*items: str) -> object:
        args = [a for item in items for a in ("--set", item)]
        doc = _json(run_cli("status", "--year", "2023", *args, "--format", "json").stdout)
        return _total(doc, "scenario", "government")

    assert realised("realised.government.2023=-634") == 11000
    # 11,634 x 1.10 = 12,797.4: a count of jobs, rounded to whole jobs
    assert realised("realised.government.2023=+10%") == 12797
    assert realised("realised.government.2023=-5%") == 11052  # 11,052.3


def test_a_leading_plus_is_never_absolute_and_a_missing_baseline_is_named(
    run_cli: RunCli,
) -> None:
    result = run_cli("status", "--year", "2025", "--set", "realised.total.2025=+3000")
    assert result.exit_code == 2
    assert "no figure to change relatively" in result.stderr
    assert "the nearest year with a figure is 2024: 89,665" in result.stderr
    dutch = run_cli(
        "status", "--year", "2025", "--set", "realised.totaal.2025=+3000", "--lang", "nl"
    )
    assert (
        dutch.exit_code == 2 and "het dichtstbijzijnde jaar met een cijfer is 2024" in dutch.stderr
    )


def test_what_if_values_are_read_in_the_readers_language(run_cli: RunCli) -> None:
    args = ("status", "--year", "2023", "--set", "realised.total.2023=92.665", "--format", "json")
    doc = _json(run_cli(*args, "--lang", "nl").stdout)
    assert _total(doc, "scenario") == 92665
    english = run_cli(*args)
    assert english.exit_code == 2 and "ambiguous" in english.stderr
    doc = _json(
        run_cli("status", "--year", "2023", "--set", "levy_eur=21,000", "--format", "json").stdout
    )
    assert doc["changes"][0]["new"] == 21000  # type: ignore[index]


def test_a_scenario_file_error_names_the_file_and_line(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "wat-als.yaml"
    path.write_text(
        "name: overheid haalt in\nset:\n  levy_eur: 7500\n  realised.overheid.2023: 14.634\n",
        encoding="utf-8",
    )
    result = run_cli("status", "--year", "2023", "--scenario", str(path), "--lang", "nl")
    assert result.exit_code == 2
    assert f"{path}:4:" in result.stderr and "--set" not in result.stderr
    assert "schrijf 14634 zonder" in result.stderr


def test_a_set_over_a_file_key_is_listed_and_a_duplicate_key_is_refused(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("name: s\nset:\n  levy_eur: 7500\n", encoding="utf-8")
    args = ("status", "--year", "2023", "--scenario", str(path), "--format", "json")
    doc = _json(run_cli(*args, "--set", "levy_per_job_eur=8000").stdout)
    changes = doc["changes"]
    assert isinstance(changes, list)
    assert [(c["key"], c["new"]) for c in changes] == [("levy_per_job_eur", 8000)]
    assert changes[0]["origin"] == f"--set (replacing {path}:3)"
    twice = tmp_path / "twice.yaml"
    twice.write_text(
        "name: s\nset:\n  realised.overheid.2023: 1\n  realised.Government.2023: 2\n",
        encoding="utf-8",
    )
    result = run_cli("status", "--year", "2023", "--scenario", str(twice))
    assert result.exit_code == 2
    assert "set twice" in result.stderr and f"{twice}:3" in result.stderr
    assert f"{twice}:4" in result.stderr


def test_a_scenario_name_on_the_command_line(run_cli: RunCli) -> None:
    result = run_cli(
        "status", "--year", "2023", "--set", "realised.overheid.2023=+3000",
        "--scenario-name", "Overheid haalt in", "--lang", "nl",
    )  # fmt: skip
    assert result.exit_code == 0
    assert "scenario 'Overheid haalt in'" in " ".join(result.stdout.split())


# --- the guided mode ---------------------------------------------------------------------


def test_the_guided_mode_answers_an_hr_officer_who_types_no_option() -> None:
    code, screen = at_a_terminal(["employer", "--lang", "nl"], "markt\n2019-2028\n300.000\n\n\n")
    assert code == 0, screen
    assert "Verloonde uren: alle uren waarover in het jaar loon is betaald" in screen
    assert "[2024-2028]" in screen  # the default: this year and the coming years
    assert (
        "banencalc employer --sector market --years 2019-2028 --paid-hours 300.000 "
        "--target-group-hours 0 --lang nl" in screen
    )
    assert "niet plichtig in 2019, 2020, 2021, 2022, 2023, 2024, 2025" in " ".join(screen.split())


def test_the_guided_mode_asks_again_after_a_wrong_answer() -> None:
    code, screen = at_a_terminal(
        ["employer", "--year", "2019"], "atlantis\ngovernment\nlots\n300000\n0\nmaybe\nno\n"
    )
    assert code == 0, screen
    assert "unknown sector 'atlantis'" in screen and "answer yes or no" in screen
    assert "levy (not collected, Wfsv art 122na)" in " ".join(screen.split())


def test_without_a_terminal_a_missing_option_stays_an_error(run_cli: RunCli) -> None:
    result = run_cli("employer", "--year", "2019")
    assert result.exit_code == 2 and "--paid-hours" in result.stderr


def test_json_writes_decimals_exactly_without_a_marker_user_text_can_collide_with() -> None:
    from banencalc.render.json import dumps_exact

    document = {"id": "\x0042\x00", "required_jobs": Decimal("6.2208865514650"), "n": [1, None]}
    text = dumps_exact(document)
    assert json.loads(text, parse_float=Decimal) == document  # the id stays the text it was
    assert '"required_jobs": 6.2208865514650' in text  # digit for digit, never through float
