"""`realisation` as a school board, a lender and a careful user meet it: the example answers the
XBRL question and the quota position; bad rows are refused naming file, line and field with
nothing written; BSNs never reach any output; every input format counts the same."""

from __future__ import annotations

import csv
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from banencalc.payroll.pseudonym import is_bsn

from ..conftest import RunCli

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLE = ROOT / "examples" / "payroll"
PAYROLL = EXAMPLE / "loonlijst-2024.csv"
REGISTER = EXAMPLE / "register.csv"


def employers(stdout: str) -> dict[str, dict[str, object]]:
    return {r["employer"]: r for r in json.loads(stdout, parse_float=Decimal)["employers"]}


def test_a_school_board_gets_its_xbrl_answer_and_quota_position(run_cli: RunCli) -> None:
    result = run_cli("realisatie", str(PAYROLL), "--register", str(REGISTER), "--lang", "nl")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Hoeveel banen voor de doelgroep banenafspraak heeft uw bestuur" in out
    assert "805612345L01 2024: 3,07" in out  # the XBRL answer, in the reader's numbers
    assert "niet geïnd (Wfsv art 122na)" in out  # a levy by the formula is not a bill
    assert "niet plichtig" in out  # the lender: below the threshold after its hired-out hours


def test_the_batch_computes_the_same_position_from_the_emitted_rows(
    run_cli: RunCli, tmp_path: Path
) -> None:
    rows = tmp_path / "werkgevers.csv"
    counted = run_cli(
        "realisation", str(PAYROLL), "--register", str(REGISTER), "--emit-batch", str(rows),
        "--format", "json",
    )  # fmt: skip
    assert counted.exit_code == 0, counted.stderr
    batch = run_cli("employer", "--file", str(rows), "--batch-format", "jsonl")
    assert batch.exit_code == 0, batch.stderr
    by_batch = {
        r["id"]: r
        for r in (json.loads(line, parse_float=Decimal) for line in batch.stdout.splitlines())
    }
    for employer, row in employers(counted.stdout).items():
        assert by_batch[employer]["liable"] == row["liable"]
        assert by_batch[employer]["shortfall_jobs"] == row["shortfall_jobs"]
        assert by_batch[employer]["levy_eur"] == row["levy_eur"]
        assert by_batch[employer]["realised_jobs"] == row["realised_jobs"]


def test_quarters_show_whether_people_or_hours_changed(run_cli: RunCli) -> None:
    result = run_cli(
        "realisation", str(PAYROLL), "--register", str(REGISTER), "--by", "quarter",
        "--format", "csv",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    board_b = [r for r in rows if r["employer"] == "812398765L01"]
    # the board's one target-group employee left the register at the end of September
    assert [r["persons"] for r in board_b] == ["1", "1", "1", "0"]


def test_every_input_format_counts_the_same(run_cli: RunCli, tmp_path: Path) -> None:
    import duckdb
    from openpyxl import Workbook

    parquet = tmp_path / "loonlijst.parquet"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * FROM read_csv('{PAYROLL}', delim=';', all_varchar=true)) "
        f"TO '{parquet}' (FORMAT parquet)"
    )
    workbook = tmp_path / "loonlijst.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    with PAYROLL.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter=";"):
            sheet.append(row)
    book.save(workbook)
    answers = []
    for source in (PAYROLL, parquet, workbook):
        result = run_cli(
            "realisation", str(source), "--register", str(REGISTER), "--format", "json"
        )
        assert result.exit_code == 0, (source, result.stderr)
        answers.append(employers(result.stdout))
    assert answers[0] == answers[1] == answers[2]


def test_loonaangifte_corrections_replace_what_was_sent_before(run_cli: RunCli) -> None:
    messages = sorted(str(p) for p in (EXAMPLE / "loonaangifte").glob("*.xml"))
    result = run_cli(
        "realisation", *messages, "--register", str(EXAMPLE / "loonaangifte" / "register.csv"),
        "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    board = employers(result.stdout)["805612345L01"]
    sent = 0
    for message in messages[:3]:  # the three monthly returns, before the correction
        text = Path(message).read_text("utf-8")
        sent += sum(int(part.split("<")[0]) for part in text.split("<AantVerlU>")[1:])
    first = Path(messages[1]).read_text("utf-8").split("<AantVerlU>")
    february_1, february_8 = int(first[1].split("<")[0]), int(first[8].split("<")[0])
    # February: relationship 1 corrected to 100 hours, relationship 8 withdrawn
    assert board["paid_hours"] == Decimal(sent - february_1 + 100 - february_8)
    assert "99999" not in result.stdout  # no BSN in the answer


def test_bsns_never_reach_an_output(run_cli: RunCli, tmp_path: Path) -> None:
    messages = sorted(str(p) for p in (EXAMPLE / "loonaangifte").glob("*.xml"))
    register = str(EXAMPLE / "loonaangifte" / "register.csv")
    bsns = {
        line.split(">")[1].split("<")[0]
        for p in messages
        for line in Path(p).read_text("utf-8").splitlines()
        if "<SofiNr>" in line
    }
    assert bsns and all(is_bsn(b) for b in bsns)
    refused = run_cli("realisation", *messages, "--register", register, "--per-employee")
    assert refused.exit_code == 2 and "--pseudonym-key" in refused.stderr
    key = tmp_path / "key"
    key.write_text("f" * 64)
    outputs = []
    for fmt in ("table", "json", "csv", "markdown"):
        result = run_cli(
            "realisation", *messages, "--register", register, "--per-employee",
            "--pseudonym-key", str(key), "--format", fmt,
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        outputs.append(result.stdout + result.stderr)
    for path in (tmp_path / "out.xlsx", tmp_path / "out.docx"):
        result = run_cli(
            "realisation", *messages, "--register", register, "--per-employee",
            "--pseudonym-key", str(key), "-o", str(path),
        )  # fmt: skip
        assert result.exit_code == 0, result.stderr
        import zipfile

        with zipfile.ZipFile(path) as archive:
            outputs.append(
                "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
            )
    for output in outputs:
        for bsn in bsns:
            assert bsn not in output
            assert bsn.lstrip("0") not in output


def test_a_bsn_is_not_named_in_an_error(run_cli: RunCli, tmp_path: Path) -> None:
    payroll = tmp_path / "payroll.csv"
    payroll.write_text(
        "employer;bsn;period;paid_hours\nL1;999990019;2024-01;80\nL1;999990019;2024-01;80\n",
        "utf-8",
    )
    result = run_cli("realisation", str(payroll))
    assert result.exit_code == 2
    assert "line 3" in result.stderr and "duplicate" in result.stderr
    assert "999990019" not in result.stderr


BAD_ROWS = [
    (
        "employer;employee;period;paid_hours\nL1;P1;2024-01;80\nL1;P1;2024-01;80\n",
        "line 3: period: repeats the period of line 2",
    ),
    (
        "employer;employee;period_start;period_end;paid_hours\n"
        "L1;P1;2024-01-01;2024-01-31;80\nL1;P1;2024-01-15;2024-02-14;80\n",
        "line 3: period: overlaps the period of line 2",
    ),
    (
        "employer;employee;period;paid_hours;hired_out_to\nL1;P1;2024-01;80;H1\nL1;P1;2024-01;80;\n",
        "hired out and counted at home",
    ),
    (
        "employer;employee;period;paid_hours\nL1;P1;2024-02;700\n",
        "line 2: paid_hours: '700' hours is more than the period holds",
    ),
    (
        "employer;employee;period;paid_hours\nL1;P1;2024-13;70\n",
        "line 2: period: '2024-13' is not a pay period",
    ),
    (
        "employer;employee;period;paid_hours\nL1;P1;2024-01;1.234\n",
        "line 2: paid_hours: '1.234' is not a number of hours",
    ),
    (
        "employer;employee;period_start;period_end;paid_hours\nL1;P1;2024-12-01;2025-01-31;70\n",
        "runs into the next year",
    ),
    (
        "employer;employee;period;paid_hours;attributed_hours\nL1;P1;2024-01;70;70\n",
        "not hired out to anyone",
    ),
    (
        "employer;employee;period;paid_hours;register_start;register_end\n"
        "L1;P1;2024-01;70;2024-05-01;2024-03-01\n",
        "line 2: register_end: the register period ends",
    ),
    ("employer;employee;paid_hours\nL1;P1;70\n", "no pay period"),
]


@pytest.mark.parametrize(("content", "said"), BAD_ROWS, ids=[s for _, s in BAD_ROWS])
def test_bad_rows_are_refused_and_nothing_is_written(
    content: str, said: str, run_cli: RunCli, tmp_path: Path
) -> None:
    payroll = tmp_path / "payroll.csv"
    payroll.write_text(content, "utf-8")
    out = tmp_path / "out.csv"
    result = run_cli("realisation", str(payroll), "-o", str(out))
    assert result.exit_code == 2, result.stdout
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_skip_invalid_leaves_bad_rows_out_and_lists_them(run_cli: RunCli, tmp_path: Path) -> None:
    payroll = tmp_path / "payroll.csv"
    payroll.write_text(
        "employer;employee;period;paid_hours\nL1;P1;2024-01;80\nL1;P2;2024-01;abc\nL1;P1;2024-02;70\n",
        "utf-8",
    )
    result = run_cli("realisation", str(payroll), "--skip-invalid", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "line 3: paid_hours: 'abc'" in result.stderr
    payload = json.loads(result.stdout, parse_float=Decimal)
    assert payload["rows_skipped"] == 1
    assert payload["employers"][0]["paid_hours"] == Decimal("150.00")


def test_a_register_that_names_no_one_in_the_payroll_is_refused(run_cli: RunCli) -> None:
    result = run_cli(
        "realisation", str(PAYROLL), "--register", str(EXAMPLE / "loonaangifte" / "register.csv")
    )
    assert result.exit_code == 2
    assert "none of the 2 people in the register list is in the payroll" in result.stderr


def test_the_output_never_overwrites_an_input(run_cli: RunCli, tmp_path: Path) -> None:
    payroll = tmp_path / "loonlijst.csv"
    shutil.copy(PAYROLL, payroll)
    before = payroll.read_bytes()
    for option in ("-o", "--emit-batch"):
        result = run_cli("realisation", str(payroll), option, str(payroll))
        assert result.exit_code == 2, option
    assert payroll.read_bytes() == before


@pytest.mark.parametrize(
    ("element", "said"),
    [
        ("<AantVerlU>", "element AantVerlU is missing or empty"),
        ("<LhNr>", "element LhNr is missing or empty"),
    ],
)
def test_a_message_lacking_an_element_is_refused_naming_it(
    element: str, said: str, run_cli: RunCli, tmp_path: Path
) -> None:
    message = (EXAMPLE / "loonaangifte" / "2024-01.xml").read_text("utf-8")
    name = element.strip("<>")
    start = message.index(element)
    end = message.index(f"</{name}>", start) + len(name) + 3
    broken = tmp_path / "2024-01.xml"
    broken.write_text(message[:start] + message[end:], "utf-8")
    result = run_cli("realisation", str(broken))
    assert result.exit_code == 2
    assert said in result.stderr and "2024-01.xml" in result.stderr


def test_a_file_that_is_not_a_loonaangifte_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text("<?xml version='1.0'?><Factuur/>", "utf-8")
    result = run_cli("realisation", str(other))
    assert result.exit_code == 2 and "the root element is Factuur" in result.stderr


def test_from_2026_the_exempt_wages_leave_the_surcharge_base(
    run_cli: RunCli, tmp_path: Path
) -> None:
    payroll = tmp_path / "payroll.csv"
    payroll.write_text(
        "employer;employee;period;paid_hours;premium_wage;hired_out_to;wsw\n"
        "L1;P1;2028;1600;50000;;nee\n"  # at home: in the base
        "L1;P2;2028;1600;30000;H1;nee\n"  # hired out: Wet banenafspraak art 6 lid 4 a
        "L1;P3;2028;1600;20000;;ja\n",  # Wsw, not seconded: art 6 lid 4 b
        "utf-8",
    )
    result = run_cli(
        "realisation", str(payroll), "--format", "json",
        "--set", "wet.activation_year=2026", "--set", "wet.inclusiviteitsopslag_pct=0.5",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout, parse_float=Decimal)
    # the what-if activates the quotumregeling: 0.5 percentage points of the 50,000 left after
    # the exemptions; the baseline owes nothing (not activated)
    assert payload["scenario"]["employers"][0]["levy_eur"] == Decimal("250")
    assert payload["baseline"]["employers"][0]["liable"] is False


def test_a_workbook_holds_every_level_as_a_sheet(run_cli: RunCli, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "realisatie.xlsx"
    result = run_cli(
        "realisatie", str(PAYROLL), "--register", str(REGISTER), "--lang", "nl", "-o", str(out)
    )
    assert result.exit_code == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["Uitkomst", "Totalen", "Kwartalen", "Bronnen en berekening"]
    years, quarters = book["Uitkomst"], book["Kwartalen"]
    totals = book["Totalen"]
    assert [c.value for c in totals[2]][:2] == [2024, 3]  # the year's three employers
    assert [c.value for c in years[1]][:2] == ["werkgever", "jaar"]
    assert years.max_row == 1 + 3  # three employer-years
    assert quarters.max_row == 1 + 3 * 4  # each employer's four quarters
    # numbers are numbers: the board's realised jobs as in the JSON
    jobs_at = [c.value for c in years[1]].index("gerealiseerde banen") + 1
    assert years.cell(row=2, column=jobs_at).value == 3.07


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (
            b"werkgever;werknemer;periode;verloonde_uren\nL\xe91;999990019;2024-01;80\n",
            "line 2: not UTF-8 text",
        ),
        (
            b'werkgever;werknemer;periode;verloonde_uren\nL1;"999990019;2024-01;80\n',
            "line 2: a quote",
        ),
        (
            b"werkgever;werknemer;periode;verloonde_uren\nL1;999990019;2024-01;80;9\n",
            "more cells than the header",
        ),
    ],
)
def test_a_file_the_engine_cannot_read_is_said_without_its_rows(
    content: bytes, said: str, run_cli: RunCli, tmp_path: Path
) -> None:
    payroll = tmp_path / "loonlijst.csv"
    payroll.write_bytes(content)
    result = run_cli("realisation", str(payroll))
    assert result.exit_code == 2, result.stderr
    assert said in result.stderr
    assert "999990019" not in result.stderr  # the engine's own message quotes the row


def test_a_workbook_with_date_cells_gives_its_periods(run_cli: RunCli, tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["loonheffingennummer", "werknemer", "begin periode", "eind periode", "uren", "doelgroep"]
    )
    sheet.append(["L1", "P1", dt.date(2024, 1, 1), dt.date(2024, 1, 31), 80.5, "ja"])
    sheet.append(["L1", "P1", dt.date(2024, 2, 1), dt.date(2024, 2, 29), 70, "nee"])
    path = tmp_path / "loonlijst.xlsx"
    book.save(path)
    result = run_cli("realisation", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    row = employers(result.stdout)["L1"]
    assert row["paid_hours"] == Decimal("150.50") and row["target_group_hours"] == Decimal("80.50")


def test_a_parquet_column_name_with_a_quote_is_read_as_a_name(
    run_cli: RunCli, tmp_path: Path
) -> None:
    import duckdb

    parquet = tmp_path / "loonlijst.parquet"
    duckdb.connect().execute(
        f"""COPY (SELECT 'L1' AS employer, 'P1' AS employee, '2024-01' AS period,
                 '80' AS "uren"" ;DROP", 'ja' AS in_register) TO '{parquet}' (FORMAT parquet)"""
    )
    result = run_cli(
        "realisation", str(parquet), "--column", 'paid_hours=uren" ;DROP', "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    assert employers(result.stdout)["L1"]["paid_hours"] == Decimal("80.00")
