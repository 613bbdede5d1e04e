"""The JSON contract of any result, from Python: `banencalc.to_dict(result)` is what
`--format json` prints for the same question, and `banencalc.to_json(result)` (render.json) is
that text, with exact numbers. One mapping from result type to the report that renders it, so
the library and the command line cannot drift apart."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.check import CheckResult
from banencalc.calc.employer import EmployerResult
from banencalc.calc.hiring import HiringPath
from banencalc.calc.questions import EmployerAnswer
from banencalc.calc.quota import QuotaResult
from banencalc.calc.regime import RegimeRules
from banencalc.calc.status import StatusResult
from banencalc.calc.trajectory import TrajectoryResult
from banencalc.calc.wet import WetResult
from banencalc.report.model import Report


def _reports() -> dict[type, Callable[[Any], Report]]:
    from banencalc.report.answer import answer_report
    from banencalc.report.employer import employer_report
    from banencalc.report.quota import quota_report
    from banencalc.report.rules import rules_report
    from banencalc.report.status import check_report, status_report
    from banencalc.report.trajectory import trajectory_report
    from banencalc.report.wet import wet_report
    from banencalc.report.years import hiring_report

    return {
        EmployerAnswer: answer_report,
        StatusResult: status_report,
        CheckResult: check_report,
        QuotaResult: quota_report,
        EmployerResult: employer_report,
        WetResult: wet_report,
        HiringPath: hiring_report,
        TrajectoryResult: trajectory_report,
        RegimeRules: rules_report,
    }


def report_of(result: object) -> Report:
    """The Report the command line renders for `result` (a list of (year, result) pairs, as
    `years_ahead` returns, is the employer's table of years)."""
    if isinstance(result, list):
        from banencalc.report.years import employer_years_report

        return employer_years_report(result)
    for kind, build in _reports().items():
        if isinstance(result, kind):
            return build(result)
    raise BanencalcError(
        Msg("{kind} is not a banencalc result", kind=type(result).__name__), field="result"
    )


def to_dict(result: object) -> dict[str, Any]:
    """The JSON contract of `result` as plain Python: dicts, lists, str, int, bool, None, and
    Decimal for every number that is not whole (exact; `to_json` writes them digit for digit)."""
    plain = _plain(report_of(result).payload)
    assert isinstance(plain, dict)
    return plain


def _plain(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.english()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
