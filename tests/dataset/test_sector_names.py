"""--sector takes the id or the English or Dutch name in any case; a typo gets a suggestion."""

from __future__ import annotations

import json

import pytest

from banencalc.base.errors import BanencalcError
from banencalc.calc.status import check_sector, status
from banencalc.dataset.records import Dataset

from ..conftest import RunCli


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("gemeenten", "gemeenten"),
        ("Gemeenten", "gemeenten"),
        ("municipalities", "gemeenten"),
        ("MUNICIPALITIES", "gemeenten"),
        ("Government", "government"),
        ("overheid", "government"),
        ("Market sector", "market"),
        ("market_sector", "market"),
        ("funderend onderwijs", "funderend_onderwijs"),
        ("Water boards", "waterschappen"),
    ],
)
def test_names_people_use_resolve_to_the_id(data: Dataset, given: str, expected: str) -> None:
    assert check_sector(data, given) == expected


def test_unknown_sector_suggests_the_nearest_and_lists_all(data: Dataset) -> None:
    with pytest.raises(BanencalcError) as caught:
        check_sector(data, "gemeentes")
    message = str(caught.value)
    assert "did you mean 'gemeenten'" in message
    assert all(sector in message for sector in data.sectors)
    assert caught.value.field == "sector"


def test_a_name_gives_the_same_answer_as_the_id(data: Dataset, run_cli: RunCli) -> None:
    by_name = json.loads(
        run_cli("status", "--year", "2022", "--sector", "Municipalities", "--format", "json").stdout
    )
    by_id = json.loads(
        run_cli("status", "--year", "2022", "--sector", "gemeenten", "--format", "json").stdout
    )
    assert by_name == by_id
    assert by_name["rows"][0]["sector"] == "gemeenten"
    assert status(data, 2022, "Gemeenten").rows[0].sector == "gemeenten"


@pytest.mark.parametrize(
    "command",
    [
        ["status", "--year", "2022"],
        ["history"],
        ["check", "--year", "2019", "--min-achievement", "60"],
        ["trajectory"],
        ["quota", "--year", "2020"],
    ],
)
def test_every_sector_option_accepts_a_name_and_explains_a_typo(
    run_cli: RunCli, command: list[str]
) -> None:
    assert run_cli(*command, "--sector", "Overheid").exit_code in (0, 1)
    wrong = run_cli(*command, "--sector", "goverment")
    assert wrong.exit_code == 2
    assert "--sector" in wrong.stderr
    assert "did you mean 'government'" in wrong.stderr
    assert "Traceback" not in wrong.stderr


def test_shell_completion_offers_the_sector_ids(data: Dataset) -> None:
    from types import SimpleNamespace
    from typing import Any

    from banencalc.cli.options import complete_sector

    context: Any = SimpleNamespace(params={"data": None})
    assert complete_sector(context, "g") == [s for s in data.sectors if s.startswith("g")]
    assert "gemeenten" in complete_sector(context, "G")
    broken: Any = SimpleNamespace(params={"data": "/no/such/dir"})
    assert complete_sector(broken, "g") == []
