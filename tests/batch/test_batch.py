"""Many employers from a CSV file: formats people actually have, bad rows, nothing half-written."""

from __future__ import annotations

import csv
import io
import json
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from banencalc.dataset.records import Dataset

from ..conftest import RunCli


def _write(tmp_path: Path, text: str, name: str = "employers.csv", *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def _rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout)))


def test_basic_csv(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,paid_hours,target_group_hours\nA,300000,0\nB,40574,0\n")
    result = run_cli("employer", "--year", "2018", "--file", str(path))
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout)
    assert [r["id"] for r in rows] == ["A", "B"]
    assert rows[0]["liable"] == "true" and rows[1]["liable"] == "false"
    assert rows[0]["shortfall_jobs"] == "4.3"  # Besluit Wfsv art 2.23 lid 3
    # displayed to two decimals; the statutory figures are exact (a levy in whole euros)
    assert rows[0]["shortfall_jobs_unrounded"] == "4.35" and rows[0]["levy_eur"] == "21500"
    assert rows[0]["levy_eur_unrounded"] == "21750.56"
    assert "2 employers, 1 liable" in result.stderr


def test_excel_style_dutch_csv(tmp_path: Path, run_cli: RunCli) -> None:
    """BOM, semicolons, decimal commas, Windows line endings, an optional year column."""
    text = "ID;Paid_Hours;Target_Group_Hours;Year\r\nA;300000,5;10,25;2019\r\nB;50000;0;2018\r\n"
    path = _write(tmp_path, text, bom=True)
    result = run_cli("employer", "--file", str(path))
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout)
    assert rows[0]["year"] == "2019" and rows[0]["quota_pct"] == "2.14"
    assert rows[0]["required_hours"] == "6420.01"  # 300,000.5 x 2.14% = 6,420.0107, to cents
    assert rows[1]["quota_pct"] == "1.93"


def test_missing_columns_are_named(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,hours\nA,1\n")
    result = run_cli("employer", "--year", "2019", "--file", str(path))
    assert result.exit_code == 2
    assert "missing column(s) paid_hours, target_group_hours" in result.stderr


def test_a_bad_row_stops_the_run_before_any_output(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,paid_hours,target_group_hours\nA,300000,0\nB,lots,0\nC,-5,0\n")
    out = tmp_path / "out.csv"
    result = run_cli("employer", "--year", "2019", "--file", str(path), "--output", str(out))
    assert result.exit_code == 2
    assert "line 3: paid_hours: 'lots' is not a number" in result.stderr
    assert "line 4:" in result.stderr
    assert result.stdout == ""
    assert not out.exists()
    assert list(tmp_path.glob(".out.csv.*")) == []


def test_skip_invalid_lists_what_was_skipped(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,paid_hours,target_group_hours\nA,300000,0\n,1,1\nC,50000,0\n")
    result = run_cli(
        "employer",
        "--year",
        "2019",
        "--file",
        str(path),
        "--skip-invalid",
        "--batch-format",
        "jsonl",
    )
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in lines] == ["A", "C"]
    assert isinstance(lines[0]["shortfall_jobs"], float | int)
    assert "skipped line 3: id is empty" in result.stderr
    assert "1 row skipped" in result.stderr and "1 rows" not in result.stderr


def test_output_file(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,paid_hours,target_group_hours\nA,300000,0\n")
    out = tmp_path / "results.csv"
    result = run_cli("employer", "--year", "2019", "--file", str(path), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert _rows(out.read_text())[0]["id"] == "A"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("id,paid_hours,target_group_hours\nA,300000,0\n", "no year"),
    ],
)
def test_empty_file_and_missing_year(
    tmp_path: Path, run_cli: RunCli, text: str, fragment: str
) -> None:
    path = _write(tmp_path, text)
    result = run_cli("employer", "--file", str(path))
    assert result.exit_code == 2
    assert fragment in result.stderr


def test_unknown_year_in_a_row(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "id,paid_hours,target_group_hours,year\nA,300000,0,2031\n")
    result = run_cli("employer", "--file", str(path))
    assert result.exit_code == 2
    assert "line 2: year 2031" in result.stderr


def test_strict_refuses_rows_on_an_indicative_percentage(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(
        tmp_path, "id,paid_hours,target_group_hours,year\nA,300000,0,2019\nB,300000,0,2021\n"
    )
    result = run_cli("employer", "--file", str(path), "--strict")
    assert result.exit_code == 2
    assert "line 3: the 2021 quota percentage for Government is indicative" in result.stderr
    assert result.stdout == ""


def test_optional_statutory_columns(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(
        tmp_path,
        "id,paid_hours,target_group_hours,previous_year_hours,hired_out_hours,"
        "hours_from_lenders,hours_to_hirers\n"
        "prev-small,300000,0,40000,,,\n"
        "lender,45000,0,,5000,,\n"
        "hirer,300000,3000,,,1000,500\n",
    )
    result = run_cli("employer", "--year", "2019", "--file", str(path))
    assert result.exit_code == 0, result.stderr
    rows = {r["id"]: r for r in _rows(result.stdout)}
    assert rows["prev-small"]["liable"] == "false"  # Wfsv art 34 lid 4
    assert rows["lender"]["liable"] == "false"  # Besluit Wfsv art 2.33 lid 1
    assert rows["hirer"]["shortfall_jobs"] == "2.1" and rows["hirer"]["levy_eur"] == "10500"


@given(
    paid=st.decimals(min_value=0, max_value=10**9, places=2),
    target_group=st.decimals(min_value=0, max_value=10**8, places=2),
    year=st.sampled_from([2018, 2019, 2020, 2024]),
)
def test_the_whole_number_path_agrees_with_the_decimal_core(
    data: Dataset, paid: Decimal, target_group: Decimal, year: int
) -> None:
    """The batch's integer arithmetic on hundredths gives the core's statutory figures exactly."""
    from banencalc.batch.assess import RowAssessor, _Whole

    assessor = RowAssessor(
        data, {"id": 0, "paid_hours": 1, "target_group_hours": 2}, year, "government"
    )
    row = ["x", f"{paid:f}", f"{target_group:f}"]
    _, _, found = assessor._rules(row)
    assert found is not None
    rules, whole = found
    assert whole == _Whole.of(rules) and whole is not None
    fast = assessor(row)
    slow = ["x", rules.year, rules.sector, *assessor._decimal(rules, row)]
    assert [str(v) for v in fast] == [str(v) for v in slow]


def test_dutch_excel_export_with_dutch_headers_and_names(tmp_path: Path, run_cli: RunCli) -> None:
    """What Dutch Excel saves: BOM, `;`, Dutch column names, Dutch thousands and decimal comma,
    a name column. The name comes back beside the id; the figures equal the English spelling."""
    dutch = _write(
        tmp_path,
        "Loonheffingennummer;Naam;Verloonde uren;Doelgroep uren\r\n"
        "123;Gemeente Ede;300.000;1.200,5\r\n124;=HYPERLINK(1);50.000;0\r\n",
        bom=True,
    )
    english = _write(
        tmp_path, "id,paid_hours,target_group_hours\n123,300000,1200.5\n124,50000,0\n", "en.csv"
    )
    nl = run_cli("employer", "--year", "2019", "--file", str(dutch), "--lang", "nl")
    en = run_cli("employer", "--year", "2019", "--file", str(english))
    assert nl.exit_code == 0, nl.stderr
    assert "2 werkgevers, 2 plichtig" in nl.stderr and "EUR 23.500,00" in nl.stderr
    dutch_rows, english_rows = _rows(nl.stdout), _rows(en.stdout)
    assert [r["name"] for r in dutch_rows] == ["Gemeente Ede", "'=HYPERLINK(1)"]
    for with_name, plain in zip(dutch_rows, english_rows, strict=True):
        assert {k: v for k, v in with_name.items() if k != "name"} == plain


def test_cp1252_file_gets_a_hint_and_reads_with_encoding(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "windows.csv"
    path.write_bytes("id;paid_hours;target_group_hours\r\nCafé;300000;0\r\n".encode("cp1252"))
    refused = run_cli("employer", "--year", "2019", "--file", str(path))
    assert refused.exit_code == 2
    assert "line 2" in refused.stderr and "--encoding cp1252" in refused.stderr
    read = run_cli("employer", "--year", "2019", "--file", str(path), "--encoding", "cp1252")
    assert read.exit_code == 0, read.stderr
    assert _rows(read.stdout)[0]["id"] == "Café"


def test_column_maps_any_header(tmp_path: Path, run_cli: RunCli) -> None:
    path = _write(tmp_path, "nr,Uren,DG\nA,300000,0\n")
    missing = run_cli("employer", "--year", "2018", "--file", str(path))
    assert missing.exit_code == 2 and "--column paid_hours=" in missing.stderr
    args = ["--column", "id=nr", "--column", "paid_hours=Uren", "--column", "target_group_hours=DG"]
    mapped = run_cli("employer", "--year", "2018", "--file", str(path), *args)
    assert mapped.exit_code == 0, mapped.stderr
    assert _rows(mapped.stdout)[0]["levy_eur"] == "21500"
    wrong = run_cli("employer", "--year", "2018", "--file", str(path), "--column", "id=Nummer")
    assert wrong.exit_code == 2 and "Nummer" in wrong.stderr and "nr, Uren, DG" in wrong.stderr
    unknown = run_cli("employer", "--year", "2018", "--file", str(path), "--column", "uren=Uren")
    assert unknown.exit_code == 2 and "--column" in unknown.stderr


def test_csv_options_without_a_file_are_refused(run_cli: RunCli) -> None:
    for option in (["--encoding", "cp1252"], ["--column", "id=nr"]):
        result = run_cli("employer", "--year", "2019", "--paid-hours", "300000", *option)
        assert result.exit_code == 2 and "--file" in result.stderr


def test_excel_nl_dialect_round_trips_to_the_same_numbers(tmp_path: Path, run_cli: RunCli) -> None:
    """--csv-dialect excel-nl: BOM, `;`, decimal commas; read back, every figure equals the
    standard output's."""
    path = _write(tmp_path, "id,name,paid_hours,target_group_hours\n1,Café,300000,1200.5\n")
    standard = _rows(run_cli("employer", "--year", "2019", "--file", str(path)).stdout)
    target = tmp_path / "voor-excel.csv"
    args = ["--csv-dialect", "excel-nl", "--output", str(target)]
    assert run_cli("employer", "--year", "2019", "--file", str(path), *args).exit_code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    dutch = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert dutch[0]["required_hours"] == "6420,00" and dutch[0]["name"] == "Café"
    assert [{k: v.replace(",", ".") for k, v in r.items()} for r in dutch] == standard


def test_excel_nl_dialect_for_a_report(run_cli: RunCli) -> None:
    result = run_cli("status", "--year", "2020", "--format", "csv", "--csv-dialect", "excel-nl")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert {r["sector"]: r["achievement_pct"] for r in rows}["total"] == "97,92"
    refused = run_cli("status", "--year", "2020", "--csv-dialect", "excel-nl")
    assert refused.exit_code == 2 and "--format csv" in refused.stderr


@given(
    paid=st.decimals(min_value=0, max_value=10**8, places=2),
    shares=st.tuples(*[st.integers(0, 100)] * 5),
    previous=st.one_of(st.none(), st.decimals(min_value=0, max_value=10**6, places=2)),
    year=st.sampled_from([2018, 2019, 2024, 2025]),
    sector=st.sampled_from(["government", "market"]),
)
def test_every_optional_column_takes_the_same_law_as_the_core(
    data: Dataset,
    paid: Decimal,
    shares: tuple[int, ...],
    previous: Decimal | None,
    year: int,
    sector: str,
) -> None:
    """A row with lenders, hirers, Wsw staff and the previous year gives the core's figures (the
    law kernel's), whatever the optional columns; rows the law refuses are refused alike."""
    from banencalc.base.errors import BanencalcError
    from banencalc.batch.assess import RowAssessor
    from banencalc.calc.employer import EmployerInput, position
    from banencalc.calc.rules import rules_for

    hired_out, wsw, own, from_lenders, to_hirers = (
        (paid * share / 300).quantize(Decimal("0.01")) for share in shares
    )
    columns = [
        "id", "paid_hours", "target_group_hours", "hired_out_hours", "wsw_hours",
        "hours_from_lenders", "hours_to_hirers", "previous_year_hours",
    ]  # fmt: skip
    assessor = RowAssessor(data, {c: i for i, c in enumerate(columns)}, year, sector)
    cells = [paid, own, hired_out, wsw, from_lenders, to_hirers]
    row = ["x", *(f"{v:f}" for v in cells), "" if previous is None else f"{previous:f}"]
    employer = EmployerInput(
        year, paid, own, "year", sector, None, previous, hired_out, from_lenders, to_hirers, wsw
    )
    rules = rules_for(data, year, sector, "year")
    try:
        expected = position(rules, employer)
    except BanencalcError as refused:
        with pytest.raises(BanencalcError) as also:
            assessor(row)
        assert also.value.msg == refused.msg
        return
    record = assessor(row)
    got = dict(zip(["id", "year", "sector", "regime", "liable", "quota_pct", "quota_status",
                    "required_hours", "required_jobs", "realised_jobs", "shortfall_jobs",
                    "levy_eur"], record, strict=False))  # fmt: skip
    assert got["liable"] == ("true" if expected.liable else "false")
    cent = Decimal("0.01")
    if expected.shortfall_jobs is None:
        assert got["shortfall_jobs"] == ""
    else:
        assert Decimal(str(got["shortfall_jobs"])) == expected.shortfall_jobs
        assert Decimal(str(got["levy_eur"])) == expected.levy_eur
        assert expected.required_jobs is not None
        assert Decimal(str(got["required_jobs"])) == expected.required_jobs.quantize(
            cent, ROUND_HALF_UP
        )
    assert Decimal(str(got["realised_jobs"])) == expected.realised_jobs.quantize(
        cent, ROUND_HALF_UP
    )


def test_the_csv_for_dutch_excel_speaks_dutch_and_the_standard_csv_stays_the_contract(
    run_cli: RunCli,
) -> None:
    rows = Path(__file__).resolve().parent.parent.parent / "examples" / "werkgevers.csv"
    dutch = run_cli(
        "employer", "--year", "2024", "--file", str(rows), "--lang", "nl",
        "--csv-dialect", "excel-nl",
    )  # fmt: skip
    header, first = dutch.stdout.lstrip("\ufeff").splitlines()[:2]
    assert header.startswith("id;naam;jaar;sector;regime;plichtig;quotum %;status quotum")
    assert ";ja;2,76;definitief;" in first
    plain = run_cli("employer", "--year", "2024", "--file", str(rows), "--lang", "nl")
    assert plain.stdout.startswith("id,name,year,sector,regime,liable,quota_pct,quota_status")
    status = run_cli(
        "status", "--year", "2023", "--lang", "nl", "--format", "csv", "--csv-dialect", "excel-nl"
    )  # fmt: skip
    assert "market;Marktsector;2023;80000;74031" in status.stdout
    assert ";geverifieerd;geverifieerd;nee;" in status.stdout
