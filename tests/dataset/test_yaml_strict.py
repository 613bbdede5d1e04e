"""The strict YAML loader: exact numbers; every YAML 1.1 trap or unsafe construct is an error."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from banencalc.base.errors import DataError
from banencalc.dataset.location import MAX_FILE_BYTES
from banencalc.dataset.yaml_strict import load_file, load_text


def test_numbers_are_exact() -> None:
    value, _ = load_text("pct: 2.14\njobs: 66097\nhours: 25.5\n", "f.yaml")
    assert value == {"pct": Decimal("2.14"), "jobs": 66097, "hours": Decimal("25.5")}
    assert isinstance(value["pct"], Decimal)


def test_lines_are_recorded() -> None:
    _, lines = load_text("a:\n  b:\n    c: 1\n", "f.yaml")
    assert lines[("a", "b", "c")] == 3


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: 1\na: 2\n", "f.yaml:2: a: duplicate key"),
        ("answer: no\n", "'no' is ambiguous"),
        ("answer: Yes\n", "'Yes' is ambiguous"),
        ("time: 2:20\n", "'2:20' is ambiguous"),
        ("x: .nan\n", "not a finite number"),
        ("x: -.inf\n", "not a finite number"),
        ("a: &x 1\nb: *x\n", "anchors and aliases"),
        ("a: {x: 1}\nb:\n  <<: {y: 2}\n", "merge keys"),
        ("a: !!python/object:os.system 1\n", "explicit YAML tags"),
        ("a: [1, 2\n", "malformed YAML"),
        ("", "empty"),
        ("# only a comment\n", "empty"),
    ],
)
def test_traps_are_errors(text: str, fragment: str) -> None:
    with pytest.raises(DataError) as info:
        load_text(text, "f.yaml")
    assert fragment in str(info.value)


def test_quoted_values_stay_strings() -> None:
    value, _ = load_text("a: 'no'\nb: \"2:20\"\nc: '2018-07'\n", "f.yaml")
    assert value == {"a": "no", "b": "2:20", "c": "2018-07"}


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    start = time.perf_counter()
    with pytest.raises(DataError, match="aliases"):
        load_text("\n".join(lines) + "\n", "bomb.yaml")
    assert time.perf_counter() - start < 2


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(DataError, match=r"nope\.yaml: no such file"):
        load_file(missing)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\x00\x01\x02garbage")
    with pytest.raises(DataError, match="not a text file"):
        load_file(binary)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("naam: Gr\xe9\n".encode("latin-1"))
    with pytest.raises(DataError, match="not UTF-8"):
        load_file(latin)


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("w") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(DataError, match="at most"):
        load_file(huge)


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes("\ufeffa: 1\n".encode())
    assert load_file(path)[0] == {"a": 1}
