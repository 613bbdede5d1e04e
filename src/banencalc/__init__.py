"""banencalc: the Dutch Banenafspraak quota calculator as a Python library.

The command line is a thin layer over these functions; they return the same result models the CLI
renders::

    >>> import banencalc
    >>> data = banencalc.load()
    >>> row = banencalc.sector_status(data, "total", 2020)
    >>> row.target, row.realised, row.shortfall
    (67500, 66097, 1403)

Nothing is imported until it is used, so `import banencalc` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "load": "banencalc.data",
    "load_dataset": "banencalc.data",
    "bundled_data_dir": "banencalc.data",
    "status": "banencalc.calc.status",
    "sector_status": "banencalc.calc.status",
    "history": "banencalc.calc.status",
    "check": "banencalc.calc.status",
    "default_year": "banencalc.calc.status",
    "StatusResult": "banencalc.calc.status",
    "StatusRow": "banencalc.calc.status",
    "CheckResult": "banencalc.calc.status",
    "Dataset": "banencalc.models",
    "BanencalcError": "banencalc.errors",
    "DataError": "banencalc.errors",
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
    "BanencalcError",
    "DataError",
]

if TYPE_CHECKING:
    from .calc.status import (
        CheckResult,
        StatusResult,
        StatusRow,
        check,
        default_year,
        history,
        sector_status,
        status,
    )
    from .data import bundled_data_dir, load_dataset
    from .data import load_dataset as load
    from .errors import BanencalcError, DataError
    from .models import Dataset


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'banencalc' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_EXPORTS[name])
    return getattr(module, "load_dataset" if name == "load" else name)
