"""Published-figure cases: every YAML file under tests/cases/ holds cases; this one test runs them.

A case is `{name, call, args, expect, exact, source}`, or `{name, call, args, raises, source}`
where the law has no answer and the call must refuse, naming why. Adding a case needs no code,
only a new entry. Under `expect`, decimals written as strings ("97.92") are compared after
rounding the computed value half-up to the same number of places, as a publication prints it. Under
`exact`, a value must equal the computed one exactly: for figures the statute itself rounds
(the quotumtekort to one decimal, a levy), where a half-up comparison would hide an error.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

import banencalc
from banencalc.calc.employer import EmployerInput, assess
from banencalc.calc.quota import extra_jobs_in_year, quota
from banencalc.calc.trajectory import trajectory
from banencalc.calc.wet import WetInput, assess_wet
from banencalc.dataset.records import Dataset
from banencalc.dataset.yaml_strict import load_file
from banencalc.law.rounding import floor_2dp

from ..conftest import RunCli

CASES_DIR = Path(__file__).parent.parent / "cases"


def _load_cases() -> list[Any]:
    """Every case of every file, read with the same strict YAML rules as the data files (no `no`
    read as false, decimals exact, duplicate keys refused)."""
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        document, _ = load_file(path)
        for case in document["cases"]:
            params.append(pytest.param(case, id=f"{path.stem}: {case['name']}"))
    return params


def _as_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {"value": None}
    if isinstance(value, dict):  # figures already named (a realisation: `EMPLOYER field`)
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return {"value": value}


def _decimal(args: dict[str, Any], key: str, default: str | None = None) -> Decimal | None:
    value = args.get(key, default)
    return None if value is None else Decimal(str(value))


def _employer(data: Dataset, args: dict[str, Any]) -> Any:
    return assess(
        data,
        EmployerInput(
            year=args["year"],
            paid_hours=Decimal(str(args["paid_hours"])),
            target_group_hours=_decimal(args, "target_group_hours", "0") or Decimal(0),
            period=args.get("period", "year"),
            sector=args.get("sector", "government"),
            quota_pct=_decimal(args, "quota_pct"),
            previous_year_hours=_decimal(args, "previous_year_hours"),
            hired_out_hours=_decimal(args, "hired_out_hours", "0") or Decimal(0),
            hours_from_lenders=_decimal(args, "hours_from_lenders", "0") or Decimal(0),
            hours_to_hirers=_decimal(args, "hours_to_hirers", "0") or Decimal(0),
            wsw_hours=_decimal(args, "wsw_hours", "0") or Decimal(0),
        ),
    )


def _quota(data: Dataset, args: dict[str, Any]) -> Any:
    return quota(
        data,
        args["year"],
        args.get("sector", "government"),
        nulmeting_jobs=_decimal(args, "nulmeting_jobs"),
        employees=_decimal(args, "employees"),
        use_estimates=args.get("use_estimates", False),
    )


def _wet(data: Dataset, args: dict[str, Any]) -> Any:
    """An employer under the Wet banenafspraak, with the what-if parameters of `set`."""
    overrides: dict[str, Any] = {k: Decimal(str(v)) for k, v in (args.get("set") or {}).items()}
    if overrides:
        data = banencalc.apply_scenario(data, banencalc.Scenario("case", "", overrides))[0]
    people = args.get("target_group_employees")
    return assess_wet(
        data,
        WetInput(
            year=args["year"],
            premium_wage=_decimal(args, "premium_wage"),
            hired_out_premium_wage=_decimal(args, "hired_out_premium_wage", "0") or Decimal(0),
            target_group_hours=_decimal(args, "target_group_hours", "0") or Decimal(0),
            target_group_employees=None if people is None else int(people),
            average_premium_wage=_decimal(args, "average_premium_wage"),
            wsw_premium_wage=_decimal(args, "wsw_premium_wage", "0") or Decimal(0),
            benefits_premium_wage=_decimal(args, "benefits_premium_wage", "0") or Decimal(0),
            premium_wage_two_years_before=_decimal(args, "premium_wage_two_years_before"),
            employer_since=args.get("employer_since"),
            employee_hours=tuple(Decimal(str(h)) for h in args.get("employee_hours", [])),
            surcharge_reading=args.get("surcharge_reading", "points"),
        ),
    )


def _realisation(data: Dataset, args: dict[str, Any]) -> dict[str, Any]:
    """A payroll (and register) given as CSV text, counted and assessed as `realisation` does:
    every employer's figures as `EMPLOYER field`."""
    from banencalc.calc.realisation import assess as assess_realisation
    from banencalc.payroll import PayrollRequest, count_payroll

    with tempfile.TemporaryDirectory() as folder:
        payroll = Path(folder) / "payroll.csv"
        payroll.write_text(args["payroll"], "utf-8")
        register = None
        if "register" in args:
            register = Path(folder) / "register.csv"
            register.write_text(args["register"], "utf-8")
        count = count_payroll(
            PayrollRequest(
                files=(payroll,),
                register=register,
                register_cut=args.get("register_cut", "prorata"),
                per_person_from=2026,
            )
        )
    figures: dict[str, Any] = {}
    for result in assess_realisation(data, count, "government").results:
        hours = result.hours
        values = {**asdict(hours), "counted_hours": hours.counted_hours, "jobs": result.jobs}
        values["lkv_eur"] = getattr(result.position, "lkv_eur", None)
        figures |= {f"{hours.employer} {name}": value for name, value in values.items()}
    return figures


def _monitor(data: Dataset, args: dict[str, Any]) -> dict[str, Any]:
    """A sector monitor written in the case, assessed: every round's figures as `ROUND field`
    and its members' as `ROUND MEMBER field`."""
    from banencalc.calc.sector_monitor import MemberInput, MonitorInput, RoundInput, assess

    hours = {k: Decimal(str(v)) for k, v in (args.get("hours") or {}).items()}
    monitor = MonitorInput(
        name="case",
        sector="government",
        first_year=2019,
        last_year=2025,
        target={int(k): Decimal(str(v)) for k, v in (args.get("target") or {}).items()},
        prognosis={int(k): Decimal(str(v)) for k, v in (args.get("prognosis") or {}).items()},
        quota_pct={},
        against=args["against"],
        green=Decimal(str(args.get("green", "100"))),
        amber=Decimal(str(args.get("amber", "75"))),
        members=tuple(MemberInput(m, m, hours.get(m)) for m in args["members"]),
        rounds=tuple(
            RoundInput(
                r["id"], r["year"], r.get("half"),
                {k: Decimal(str(v)) for k, v in r["jobs"].items()}, "case",
            )
            for r in args["rounds"]
        ),
    )  # fmt: skip
    figures: dict[str, Any] = {}
    for found in assess(data, monitor).rounds:
        name = found.round.id
        figures |= {
            f"{name} total": found.total,
            f"{name} high": found.high,
            f"{name} carried": found.carried,
            f"{name} coverage_pct": found.coverage_pct,
            f"{name} moves": [list(move) for move in found.moves],
        }
        for m in found.members:
            figures |= {
                f"{name} {m.member.id} light": m.light,
                f"{name} {m.member.id} benchmark": m.benchmark,
                f"{name} {m.member.id} change": m.change,
            }
    return figures


def _regime(data: Dataset, args: dict[str, Any]) -> Any:
    found = data.regime(args["year"])
    assert found is not None
    return found[1]


#: what a case's `call` runs: (the dataset, the case's args) -> a result
CALLS: dict[str, Callable[[Dataset, dict[str, Any]], Any]] = {
    "sector_status": lambda d, a: banencalc.sector_status(d, a["sector"], a["year"]),
    "default_year": lambda d, a: banencalc.default_year(d),
    "quota_percentage": lambda d, a: d.quota_percentage(a["sector"], a["year"]),
    "trend": lambda d, a: d.trend(a["sector"], a["year"]),
    "constant": lambda d, a: d.constant(a["name"], a["year"]),
    "employer": _employer,
    "wet": _wet,
    "regime": _regime,
    "realisation": _realisation,
    "monitor": _monitor,
    "quota": _quota,
    "trajectory": lambda d, a: trajectory(d, **a),
    "floor_2dp": lambda d, a: floor_2dp(Decimal(str(a["value"]))),
    "extra_jobs_in_year": lambda d, a: extra_jobs_in_year(d, a["sector"], a["year"])[0],
}


def _call(data: Dataset, call: str, args: dict[str, Any]) -> dict[str, Any]:
    assert call in CALLS, f"unknown call {call!r} in a case file; known: {', '.join(CALLS)}"
    return _as_dict(CALLS[call](data, args))


def _matches(actual: Any, expected: Any) -> bool:
    if (
        isinstance(expected, str | Decimal)
        and isinstance(actual, Decimal | int)
        and not isinstance(actual, bool)
    ):
        wanted = Decimal(str(expected))
        return Decimal(actual).quantize(wanted, ROUND_HALF_UP) == wanted
    if isinstance(expected, float) and isinstance(actual, float | int):
        return actual == expected
    return bool(actual == expected)


#: what a command-line case may expect; any other key is a mistake in the case, never ignored
CLI_EXPECTATIONS = {"exit_code", "stdout_contains", "stderr_contains", "json_keys", "json_row"}


def _check_cli(run_cli: RunCli, args: list[str], expect: dict[str, Any]) -> None:
    assert set(expect) <= CLI_EXPECTATIONS, f"unknown expectation: {set(expect) - CLI_EXPECTATIONS}"
    result = run_cli(*args)
    assert result.exit_code == expect["exit_code"], result.stderr or result.stdout
    if "stdout_contains" in expect:
        assert expect["stdout_contains"] in " ".join(result.stdout.split())
    if "stderr_contains" in expect:
        assert expect["stderr_contains"] in result.stderr
    if "json_keys" in expect:
        assert set(expect["json_keys"]) <= set(json.loads(result.stdout))
    if "json_row" in expect:
        wanted = expect["json_row"]
        rows = json.loads(result.stdout, parse_float=Decimal)["rows"]
        rows = [r for r in rows if r["sector"] == wanted["sector"]]
        assert len(rows) == 1
        for key, value in wanted.items():
            assert rows[0][key] == value, key


#: the keys a case may have; any other is a mistake (a comma in an unquoted flow-style name
#: splits it into keys), never ignored
CASE_KEYS = {"name", "call", "args", "expect", "exact", "notes_contain", "raises", "source"}


@pytest.mark.parametrize("case", _load_cases())
def test_case(case: dict[str, Any], data: Dataset, run_cli: RunCli) -> None:
    assert set(case) <= CASE_KEYS, f"unknown keys in the case: {set(case) - CASE_KEYS}"
    assert case.get("source"), "every case names the publication it reproduces"
    if case["call"] == "cli":
        _check_cli(run_cli, case["args"], case["expect"])
        return
    if "raises" in case:  # the law has no answer for these inputs: a refusal naming why
        with pytest.raises(banencalc.BanencalcError) as refused:
            _call(data, case["call"], case["args"])
        assert case["raises"] in str(refused.value)
        return
    actual = _call(data, case["call"], case["args"])
    for key, expected in case.get("expect", {}).items():
        if key == "notes_contain":
            assert any(expected in str(note) for note in actual["notes"]), actual["notes"]
            continue
        assert _matches(actual[key], expected), f"{key}: {actual[key]!r} != {expected!r}"
    if "notes_contain" in case:
        assert any(case["notes_contain"] in str(note) for note in actual["notes"]), actual["notes"]
    for key, expected in case.get("exact", {}).items():
        wanted = Decimal(str(expected)) if isinstance(expected, str | Decimal) else expected
        assert actual[key] == wanted, f"{key}: {actual[key]!r} is not exactly {expected!r}"
