"""The Python API gives the same answers as the CLI (a notebook user's view)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import banencalc

from .conftest import RunCli


def test_every_public_name_resolves() -> None:
    for name in banencalc.__all__:
        assert getattr(banencalc, name) is not None, name


def test_api_matches_cli(run_cli: RunCli) -> None:
    data = banencalc.load()
    cli = json.loads(run_cli("status", "--year", "2020", "-f", "json").stdout)
    api = banencalc.status(data, 2020)
    assert [r["realised"] for r in cli["rows"]] == [r.realised for r in api.rows]
    employer = banencalc.assess(data, banencalc.EmployerInput(2018, Decimal(300000)))
    cli_employer = json.loads(
        run_cli("employer", "--year", "2018", "--paid-hours", "300000", "-f", "json").stdout,
        parse_float=Decimal,
    )
    assert cli_employer["required_jobs"] == employer.required_jobs  # exact, all 28 digits
    path = banencalc.trajectory(data, "government", by=2026)
    assert round(path.required_per_year, 2) == Decimal("4455.33")
    _, changes = banencalc.apply_scenario(
        data, banencalc.Scenario("s", "", {"levy_eur": Decimal(7500)})
    )
    assert [c.key for c in changes] == ["levy_per_job_eur"]
    assert banencalc.quota(data, 2019, use_estimates=True).computed_pct == Decimal("2.14")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d: banencalc.history(d, "total", 2010, None), "first"),
        (lambda d: banencalc.check(d, 2020, "total", Decimal(0)), "min_achievement_pct"),
        (lambda d: banencalc.trajectory(d, "total", by=2000), "by"),
        (lambda d: banencalc.quota(d, 2019, "government", employees=Decimal(-1)), "employees"),
        (
            lambda d: banencalc.apply_scenario(
                d, banencalc.Scenario("s", "", {"nope": Decimal(1)})
            ),
            "set",
        ),
    ],
)
def test_library_errors_name_the_field_never_a_flag(
    data: banencalc.Dataset, call: Any, field: str
) -> None:
    with pytest.raises(banencalc.BanencalcError) as info:
        call(data)
    assert info.value.field == field
    assert "--" not in str(info.value)


def test_every_public_name_has_a_docstring_of_its_own() -> None:
    """The public API is documented: every function and class has a docstring that says more
    than the signature a dataclass writes for itself."""
    import inspect

    missing = []
    for name in banencalc.__all__:
        if name == "__version__":
            continue
        value = getattr(banencalc, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            doc = (value.__doc__ or "").strip()
            if not doc or doc.startswith(f"{value.__name__}("):
                missing.append(name)
    assert missing == []


def test_to_dict_is_the_json_the_command_prints(run_cli: RunCli) -> None:
    data = banencalc.load()
    for args, result in (
        (("status", "--year", "2020"), banencalc.status(data, 2020)),
        (("check", "--year", "2020"), banencalc.check(data, 2020)),
        (
            ("employer", "--year", "2019", "--paid-hours", "300000"),
            banencalc.assess(data, banencalc.EmployerInput(2019, Decimal(300000))),
        ),
    ):
        printed = json.loads(run_cli(*args, "--format", "json").stdout, parse_float=Decimal)
        library = json.loads(banencalc.to_json(result), parse_float=Decimal)
        for key in ("figures", "sources", "goal_seek"):  # what the command adds around it
            printed.pop(key, None)
            library.pop(key, None)
        assert library == printed


@pytest.mark.slow
def test_a_consumers_mypy_strict_accepts_the_package(tmp_path: Path) -> None:
    """py.typed: a project that uses banencalc is type-checked against its annotations."""
    import subprocess
    import sys

    user = tmp_path / "consumer.py"
    user.write_text(
        "from decimal import Decimal\n"
        "import banencalc\n\n"
        "data = banencalc.load()\n"
        "result = banencalc.assess(data, banencalc.EmployerInput(2018, Decimal(300000)))\n"
        "jobs: Decimal | None = result.required_jobs\n"
        "text: str = banencalc.to_json(result)\n"
        "wrong: int = result.liable_reason\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(user)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    # the one deliberate mistake is found, and nothing else: the package's types are read
    assert 'has no attribute "liable_reason"' in run.stdout, run.stdout
    assert run.stdout.count("error:") == 1, run.stdout
