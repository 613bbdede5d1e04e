"""A dataset as plain data and back: dicts, lists, ints, Decimals and strings in the data files'
shape (the cache stores it; the models' dump is read through it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar, cast

from banencalc.dataset.records import (
    STATUSES,
    Amount,
    AmountSeries,
    Constants,
    Count,
    CountSeries,
    Dataset,
    Figure,
    Parameter,
    QuotaComponents,
    Regime,
    Remark,
    Sector,
    SectorsData,
    Source,
    TargetsData,
)


def dataset_to_plain(dataset: Dataset) -> dict[str, Any]:
    """Plain dicts, lists, ints, Decimals and strings, in the data files' shape."""
    return {
        "targets_file": _plain(dataset.targets_file),
        "sectors_file": _plain(dataset.sectors_file),
        "origin": dataset.origin,
    }


def dataset_from_plain(document: Mapping[str, Any]) -> Dataset:
    """Records from plain data (keys may be strings, decimals may be strings, as in JSON);
    ValueError when its structure is not a dataset's."""
    try:
        t, s = document["targets_file"], document["sectors_file"]
        constants = t["constants"]
        targets = TargetsData(
            sources=tuple(_record(Source, x) for x in t["sources"]),
            constants=Constants(**{f.name: _amounts(constants[f.name]) for f in fields(Constants)}),
            regimes={
                int(k): _record(Regime, {**v, "quota_sectors": tuple(v["quota_sectors"])})
                for k, v in t["regimes"].items()
            },
            targets=_by_sector(t["targets"], _counts),
            quota_percentages=_by_sector(t.get("quota_percentages", {}), _amounts),
            quota_components={
                sector: QuotaComponents(
                    **{name: _amounts(series) for name, series in parts.items()}
                )
                for sector, parts in t.get("quota_components", {}).items()
            },
            parameters={
                str(name): _parameter(values) for name, values in t.get("parameters", {}).items()
            },
            horizon=None if t.get("horizon") is None else int(t["horizon"]),
        )
        sectors = SectorsData(
            sectors=tuple(_record(Sector, x) for x in s["sectors"]),
            realised=_by_sector(s["realised"], _counts),
            achievement_pct=_by_sector(s.get("achievement_pct", {}), _amounts),
            remarks={
                sector: {int(y): _record(Remark, r) for y, r in remarks.items()}
                for sector, remarks in s.get("remarks", {}).items()
            },
            trend={
                sector: {str(q): _count(f) for q, f in series.items()}
                for sector, series in s.get("trend", {}).items()
            },
        )
        origin = document["origin"]
    except (KeyError, TypeError, AttributeError, InvalidOperation) as exc:
        raise ValueError(f"not a dataset: {exc!r}") from None
    if not isinstance(origin, str):
        raise ValueError("not a dataset: origin")
    return Dataset(targets, sectors, origin)


def _record(kind: type[Any], values: Mapping[str, Any]) -> Any:
    names = {f.name for f in fields(kind)}
    for name, value in values.items():
        if name not in names:
            raise ValueError(f"not a dataset: unknown field {name!r}")
        if value is not None and not isinstance(value, str | bool | int | tuple):
            raise ValueError(f"not a dataset: {name} is a {type(value).__name__}")
    return kind(**values)


def _meta(values: Mapping[str, Any]) -> dict[str, Any]:
    """A figure's fields besides its value, checked to be plain."""
    if values["status"] not in STATUSES or not isinstance(values["source"], str):
        raise ValueError("not a dataset: a figure's status or source")
    rest = {k: v for k, v in values.items() if k != "value"}
    for name, item in rest.items():
        if item is not None and not isinstance(item, str | bool | int):
            raise ValueError(f"not a dataset: {name}")
    return rest


def _parameter(values: Mapping[str, Any]) -> Parameter:
    raw = values.get("value")
    value = None if raw is None else Decimal(str(raw))
    if value is not None and not value.is_finite():
        raise ValueError("not a dataset: a parameter is not finite")
    rest = {k: v for k, v in values.items() if k != "value"}
    if rest.get("status") not in STATUSES:
        raise ValueError("not a dataset: a parameter's status")
    for name, item in rest.items():
        if item is not None and not isinstance(item, str):
            raise ValueError(f"not a dataset: {name}")
    return Parameter(value=value, **rest)


def _count(values: Mapping[str, Any]) -> Count:
    raw = values["value"]
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ValueError("not a dataset: a count is a whole number")
    return Figure(raw, **_meta(values))


def _amount(values: Mapping[str, Any]) -> Amount:
    raw = values["value"]
    if isinstance(raw, bool) or not isinstance(raw, int | str | Decimal):
        raise ValueError("not a dataset: an amount's value")
    value = Decimal(raw) if not isinstance(raw, Decimal) else raw
    if not value.is_finite():
        raise ValueError("not a dataset: an amount is not finite")
    return Figure(value, **_meta(values))


def _counts(series: Mapping[Any, Any]) -> CountSeries:
    return {int(year): _count(figure) for year, figure in series.items()}


def _amounts(series: Mapping[Any, Any]) -> AmountSeries:
    return {int(year): _amount(figure) for year, figure in series.items()}


S = TypeVar("S")


def _by_sector(
    sections: Mapping[str, Any], build: Callable[[Mapping[Any, Any]], S]
) -> dict[str, S]:
    return {str(sector): build(series) for sector, series in sections.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Source | Figure | Sector | Regime | Remark | Parameter):
        # Fields at their default are left out: the files never write them, and a figure kind
        # that does not have a field (a count has no unit) must not receive it.
        return {
            f.name: _plain(getattr(value, f.name))
            for f in fields(value)
            if getattr(value, f.name) != f.default
        }
    if isinstance(value, Constants | QuotaComponents | TargetsData | SectorsData):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return cast(Any, value)
