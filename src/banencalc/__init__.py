"""banencalc: the Dutch Banenafspraak quota calculator as a Python library.

The command line is a thin layer over these functions; they return the same result objects the
CLI renders::

    >>> import banencalc
    >>> data = banencalc.load()
    >>> row = banencalc.sector_status(data, "total", 2020)
    >>> row.target, row.realised, row.shortfall
    (67500, 66097, 1403)

Nothing is imported until it is used, so `import banencalc` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str

# public name -> (module, attribute)
_EXPORTS = {
    "load": ("banencalc.dataset.loading", "load_dataset"),
    "load_dataset": ("banencalc.dataset.loading", "load_dataset"),
    "bundled_data_dir": ("banencalc.dataset.location", "bundled_data_dir"),
    "Dataset": ("banencalc.dataset.models", "Dataset"),
    "status": ("banencalc.calc.status", "status"),
    "sector_status": ("banencalc.calc.status", "sector_status"),
    "history": ("banencalc.calc.status", "history"),
    "check": ("banencalc.calc.check", "check"),
    "default_year": ("banencalc.calc.status", "default_year"),
    "StatusResult": ("banencalc.calc.status", "StatusResult"),
    "StatusRow": ("banencalc.calc.status", "StatusRow"),
    "CheckResult": ("banencalc.calc.check", "CheckResult"),
    "quota": ("banencalc.calc.quota", "quota"),
    "floor_2dp": ("banencalc.law.rounding", "floor_2dp"),
    "floor_1dp": ("banencalc.law.rounding", "floor_1dp"),
    "QuotaResult": ("banencalc.calc.quota", "QuotaResult"),
    "EmployerInput": ("banencalc.calc.employer", "EmployerInput"),
    "assess": ("banencalc.calc.employer", "assess"),
    "years_ahead": ("banencalc.calc.hiring", "years_ahead"),
    "goal_seek": ("banencalc.calc.hiring", "goal_seek"),
    "hiring_path": ("banencalc.calc.hiring", "hiring_path"),
    "EmployerResult": ("banencalc.calc.employer", "EmployerResult"),
    "trajectory": ("banencalc.calc.trajectory", "trajectory"),
    "TrajectoryResult": ("banencalc.calc.trajectory", "TrajectoryResult"),
    "Scenario": ("banencalc.scenario", "Scenario"),
    "apply_scenario": ("banencalc.scenario", "apply"),
    "load_scenario": ("banencalc.scenario", "load_scenario"),
    "parse_value": ("banencalc.scenario", "parse_value"),
    "monitor_page": ("banencalc.report.monitor", "monitor_page"),
    "EmployerQuestion": ("banencalc.calc.questions", "EmployerQuestion"),
    "EmployerAnswer": ("banencalc.calc.questions", "EmployerAnswer"),
    "answer_employer": ("banencalc.calc.questions", "answer_employer"),
    "to_dict": ("banencalc.report.contract", "to_dict"),
    "to_json": ("banencalc.render.json", "to_json"),
    "WetInput": ("banencalc.calc.wet", "WetInput"),
    "WetResult": ("banencalc.calc.wet", "WetResult"),
    "assess_wet": ("banencalc.calc.wet", "assess_wet"),
    "assess_year": ("banencalc.calc.hiring", "assess_year"),
    "rules_of": ("banencalc.calc.regime", "rules_of"),
    "BanencalcError": ("banencalc.base.errors", "BanencalcError"),
    "DataError": ("banencalc.base.errors", "DataError"),
}

__all__ = [  # noqa: RUF022 - grouped by topic
    "__version__",
    "load",
    "load_dataset",
    "bundled_data_dir",
    "Dataset",
    "status",
    "sector_status",
    "history",
    "check",
    "default_year",
    "StatusResult",
    "StatusRow",
    "CheckResult",
    "quota",
    "floor_1dp",
    "floor_2dp",
    "QuotaResult",
    "EmployerInput",
    "assess",
    "years_ahead",
    "goal_seek",
    "hiring_path",
    "EmployerResult",
    "trajectory",
    "TrajectoryResult",
    "Scenario",
    "apply_scenario",
    "load_scenario",
    "parse_value",
    "monitor_page",
    "EmployerQuestion",
    "EmployerAnswer",
    "answer_employer",
    "to_dict",
    "to_json",
    "WetInput",
    "WetResult",
    "assess_wet",
    "assess_year",
    "rules_of",
    "BanencalcError",
    "DataError",
]

if TYPE_CHECKING:
    from banencalc.base.errors import BanencalcError, DataError
    from banencalc.calc.check import CheckResult, check
    from banencalc.calc.employer import EmployerInput, EmployerResult, assess
    from banencalc.calc.hiring import assess_year, goal_seek, hiring_path, years_ahead
    from banencalc.calc.questions import EmployerAnswer, EmployerQuestion, answer_employer
    from banencalc.calc.quota import QuotaResult, quota
    from banencalc.calc.regime import rules_of
    from banencalc.calc.status import (
        StatusResult,
        StatusRow,
        default_year,
        history,
        sector_status,
        status,
    )
    from banencalc.calc.trajectory import TrajectoryResult, trajectory
    from banencalc.calc.wet import WetInput, WetResult, assess_wet
    from banencalc.dataset.loading import load_dataset
    from banencalc.dataset.loading import load_dataset as load
    from banencalc.dataset.location import bundled_data_dir
    from banencalc.dataset.records import Dataset
    from banencalc.law.rounding import floor_1dp, floor_2dp
    from banencalc.render.json import to_json
    from banencalc.report.contract import to_dict
    from banencalc.report.monitor import monitor_page
    from banencalc.scenario import Scenario, load_scenario, parse_value
    from banencalc.scenario import apply as apply_scenario


def __getattr__(name: str) -> Any:
    if name == "__version__":  # one source: _version.py, which the build reads too
        from banencalc._version import __version__

        return __version__
    if name not in _EXPORTS:
        raise AttributeError(f"module 'banencalc' has no attribute {name!r}")
    module, attribute = _EXPORTS[name]
    return getattr(importlib.import_module(module), attribute)
