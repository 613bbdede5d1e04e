"""A hostile-input fuzzer: hypothesis over option values and data-file mutations.

Whatever it tries, three invariants hold: the exit code is 0, 1 or 2 (never a crash, never 70 for
something the user gave); no traceback reaches the user; stdout parses in the requested format.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import banencalc

from ..conftest import invoke

pytestmark = pytest.mark.slow  # run in CI; `pytest -m 'not slow'` leaves it out locally

HOSTILE_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "2019",
    "300,000",
    "300.000",
    "1.234.567,8",
    "1,234,567.8",
    "1e6",
    "1e999999",
    "1e-999999",
    "-0",
    "NaN",
    "inf",
    "-inf",
    "true",
    "no",
    "5%",
    "50 %",
    "0x10",
    "1_000",
    "１２３",
    "٣",
    "\x1b[31m",
    "\x00",
    "'; DROP",
    "=1+1",
    "9" * 60,
    "0." + "0" * 60 + "1",
    "2019-2025",
    "2025-2019",
    "1900",
    "99999",
    "government",
    "Overheid",
    "../../etc/passwd",
]
value = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.text(max_size=20),
    st.integers(-(10**15), 10**15).map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
FORMATS = ["json", "csv", "table", "markdown"]

TEMPLATES: list[list[str]] = [
    ["status", "--year", "{v}"],
    ["status", "--year", "2020", "--sector", "{v}"],
    ["status", "--year", "2020", "--set", "realised.total.2020={v}"],
    ["status", "--year", "2020", "--set", "{v}"],
    ["history", "--from", "{v}"],
    ["check", "--year", "2020", "--min-achievement", "{v}"],
    ["quota", "--year", "2019", "--employees", "{v}"],
    ["quota", "--year", "2019", "--nulmeting-jobs", "{v}", "--employees", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--target-group-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--previous-year-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--hired-out-hours", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--hours-to-hirers", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "{v}", "--per", "week"],
    ["employer", "--year", "2019", "--fte", "{v}", "--hours-per-week", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--quota-pct", "{v}"],
    ["employer", "--paid-hours", "300000", "--years", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--by", "{v}"],
    ["trajectory", "--sector", "total", "--target", "{v}", "--by", "2030"],
    ["trajectory", "--sector", "total", "--window", "{v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--set", "levy_eur={v}"],
    ["employer", "--year", "2019", "--paid-hours", "300000", "--set", "hours_per_job_year={v}"],
]


def _check_invariants(args: list[str], fmt: str, exit_code: int, stdout: str, stderr: str) -> None:
    assert exit_code in (0, 1, 2), (args, exit_code, stderr)
    assert "Traceback" not in stdout + stderr, (args, stderr)
    if not stdout:  # a refusal: one message on stderr (`validate` reports its findings on stdout)
        assert exit_code == 2 and stderr.startswith("banencalc: error:"), (args, stderr)
        return
    if fmt == "json":
        json.loads(stdout)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(stdout)))
        assert rows and all(len(row) == len(rows[0]) for row in rows), (args, stdout[:500])


def _invoke(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = invoke(args, env)  # a crash raises here, with its traceback for the developer
    return result.exit_code, result.stdout, result.stderr


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "250")), deadline=None)
@given(template=st.sampled_from(TEMPLATES), text=value, fmt=st.sampled_from(FORMATS))
def test_option_values(template: list[str], text: str, fmt: str) -> None:
    args = [part.replace("{v}", text) for part in template] + ["--format", fmt]
    _check_invariants(args, fmt, *_invoke(args, env={"COLUMNS": "80"}))


# -- data-file mutations --------------------------------------------------------------------------
_NUMBER = re.compile(r"(?<![\w.-])\d[\d.]*")


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, str]:
    """(file name, mutated text): one hostile edit of a bundled data file."""
    name = draw(st.sampled_from(["targets.yaml", "sectors.yaml"]))
    text = (banencalc.bundled_data_dir() / name).read_text(encoding="utf-8")
    lines = text.splitlines()
    kind = draw(
        st.sampled_from(["number", "drop_line", "duplicate_line", "insert", "indent", "truncate"])
    )
    if kind == "number":
        spots = list(_NUMBER.finditer(text))
        spot = draw(st.sampled_from(spots))
        new = draw(value)
        text = text[: spot.start()] + new + text[spot.end() :]
    elif kind in ("drop_line", "duplicate_line", "indent"):
        i = draw(st.integers(0, len(lines) - 1))
        if kind == "drop_line":
            del lines[i]
        elif kind == "duplicate_line":
            lines.insert(i, lines[i])
        else:
            lines[i] = " " * draw(st.integers(1, 6)) + lines[i]
        text = "\n".join(lines) + "\n"
    elif kind == "insert":
        i = draw(st.integers(0, len(text)))
        junk = draw(st.sampled_from(["[", "{", ":", "&a ", "*a", "!!python/object ", "\t", '"']))
        text = text[:i] + junk + text[i:]
    else:
        text = text[: draw(st.integers(0, len(text)))]
    return name, text


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(mutation=mutations(), fmt=st.sampled_from(["json", "csv", "table"]))
def test_data_file_mutations(fuzz_dir: Path, mutation: tuple[str, str], fmt: str) -> None:
    directory = fuzz_dir / "data"
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(banencalc.bundled_data_dir(), directory)
    name, text = mutation
    (directory / name).write_text(text, encoding="utf-8")
    for command in (
        ["status", "--year", "2020"],
        ["employer", "--year", "2019", "--paid-hours", "300000"],
        ["validate"],
    ):
        args = [*command, "--data", str(directory), "--format", fmt]
        _check_invariants(args, fmt, *_invoke(args, env={"COLUMNS": "80"}))


# -- workbooks: mutated cells, parts and zip members -----------------------------------------------
_CELL_VALUES = st.one_of(
    st.sampled_from(
        [
            '<c r="B2"><f>SUM(1,1)</f></c>',
            '<c r="B2" t="e"><v>#REF!</v></c>',
            '<c r="B2" t="s"><v>-1</v></c>',
            '<c r="B2" t="s"><v>99999999999999999999</v></c>',
            '<c r="B2"><v>NaN</v></c>',
            '<c r="B2"><v>1e999999</v></c>',
            '<c r="B2" s="1"><v>45000</v></c>',
            '<c r="B2" t="b"><v>1</v></c>',
            '<c r="ZZZZ2"><v>1</v></c>',
            '<c r="B2" t="inlineStr"><is><t>300.000</t></is></c>',
            '<c r="B2"><v></v></c>',
            "<c/>",
        ]
    ),
    st.text(max_size=40).map(lambda t: f'<c r="B2" t="inlineStr"><is><t>{t}</t></is></c>'),
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook(cell: str, parts: dict[str, bytes | None]) -> bytes:
    sheet = (
        f'<worksheet {_NS}><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>id</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>paid_hours</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>target_group_hours</t></is></c></row>'
        f'<row r="2"><c r="A2" t="inlineStr"><is><t>E1</t></is></c>{cell}'
        '<c r="C2"><v>0</v></c></row></sheetData></worksheet>'
    ).encode()
    members: dict[str, bytes | None] = {
        "[Content_Types].xml": b"<Types/>",
        "xl/workbook.xml": (
            f'<workbook {_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="B" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/styles.xml": (
            f'<styleSheet {_NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>'
            "</styleSheet>"
        ).encode(),
        "xl/sharedStrings.xml": f"<sst {_NS}><si><t>x</t></si></sst>".encode(),
        **parts,
    }
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in members.items():
            if data is not None:
                book.writestr(name, data)
    return buffer.getvalue()


_PART_DAMAGE = st.sampled_from(
    [
        {},
        {"xl/workbook.xml": None},
        {"xl/_rels/workbook.xml.rels": None},
        {"xl/worksheets/sheet1.xml": None},
        {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row"},
        {"xl/styles.xml": b"<styleSheet"},
        {"xl/sharedStrings.xml": b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><sst/>'},
        {"xl/workbook.xml": f"<workbook {_NS}><sheets/></workbook>".encode()},
        {"xl/sharedStrings.xml": b"\xff\xfe\x00garbage"},
    ]
)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    cell=_CELL_VALUES,
    parts=_PART_DAMAGE,
    cut=st.integers(0, 3),
    fmt=st.sampled_from(["csv", "jsonl"]),
)
def test_workbook_mutations(
    tmp_path: Path, cell: str, parts: dict[str, bytes | None], cut: int, fmt: str
) -> None:
    data = _workbook(cell, parts)
    if cut:  # a truncated file, as a broken download leaves it
        data = data[: len(data) * cut // 4]
    book = tmp_path / "fuzz.xlsx"
    book.write_bytes(data)
    args = ["employer", "--year", "2019", "--file", str(book), "--batch-format", fmt]
    exit_code, stdout, stderr = _invoke(args)
    assert exit_code in (0, 2), (args, exit_code, stderr)
    assert "Traceback" not in stdout + stderr
    if exit_code == 0 and fmt == "jsonl":
        for line in stdout.splitlines():
            json.loads(line)


# -- scenario files --------------------------------------------------------------------------------
_SCENARIO_VALUES = st.one_of(
    st.sampled_from(HOSTILE_VALUES).map(lambda v: json.dumps(v)),
    st.sampled_from(
        ["1e400", "014000", "!!str 5", "true", "[1, 2]", "{a: 1}", "-5", "+10%", '"+3000"', ".nan"]
    ),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)
_SCENARIO_KEYS = st.sampled_from(
    [
        "levy_eur",
        "realised.overheid.2023",
        "realised.total.2025",
        "quota.government.2025",
        "wet.activation_year",
        "wet.inclusiviteitsopslag_pct",
        "hours_per_job_year",
        "nonsense",
    ]
)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    items=st.lists(st.tuples(_SCENARIO_KEYS, _SCENARIO_VALUES), min_size=1, max_size=3),
    fmt=st.sampled_from(FORMATS),
    command=st.sampled_from(
        [
            ["status", "--year", "2023"],
            ["employer", "--year", "2029", "--premium-wage", "1000000"],
            ["employer", "--year", "2024", "--paid-hours", "300000"],
        ]
    ),
)
def test_scenario_file_mutations(
    tmp_path: Path, items: list[tuple[str, str]], fmt: str, command: list[str]
) -> None:
    text = "name: fuzz\nset:\n" + "".join(f"  {key}: {value}\n" for key, value in items)
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    args = [*command, "--scenario", str(path), "--format", fmt]
    exit_code, stdout, stderr = _invoke(args)
    _check_invariants(args, fmt, exit_code, stdout, stderr)
