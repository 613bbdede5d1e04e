"""Finding what a key names in the data (a sector by id or name, a parameter) and checking
the value it gets, with errors that point at the key's line."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.dataset.records import Dataset
from banencalc.scenario.model import (
    CONSTANT_ALIASES,
    CONSTANTS,
    SERIES_KEY,
    VALID_KEYS,
    Scenario,
    Value,
)


def where(scenario: Scenario, key: str) -> str:
    return scenario.origins.get(key, "--set")


def failure(scenario: Scenario, key: str, why: Msg | str) -> BanencalcError:
    """An error about one override, naming where it was given: `--set` or the file and line."""
    message = why if isinstance(why, Msg) else Msg.text(why)
    origin = where(scenario, key)
    if origin.startswith("--set"):
        return BanencalcError(message, field="set")
    return BanencalcError(Msg("{origin}: {why}", origin=origin, why=message))


@dataclass(frozen=True)
class Resolved:
    """One override with its key in canonical form (a sector by its id, a constant by its name)."""

    given: str
    key: str
    kind: str  # "constant", "parameter", "realised", "targets", "quota"
    value: Value
    sector: str = ""
    year: int = 0


def resolve(data: Dataset, scenario: Scenario, given: str, value: Value) -> Resolved:
    lowered = given.lower().strip()
    constant = CONSTANT_ALIASES.get(lowered, lowered)
    if constant in CONSTANTS:
        return Resolved(given, constant, "constant", value)
    if lowered in data.targets_file.parameters:
        return Resolved(given, lowered, "parameter", value)
    match = SERIES_KEY.fullmatch(lowered)
    if not match:
        raise failure(
            scenario,
            given,
            Msg("{key}: unknown key; valid keys: {keys}", key=given, keys=VALID_KEYS),
        )
    kind, sector_text, year_text = match.groups()
    from banencalc.dataset.sector_names import check_sector

    try:
        sector = check_sector(data, sector_text)
    except BanencalcError as exc:
        raise failure(scenario, given, Msg("{key}: {why}", key=given, why=exc.msg)) from None
    year = int(year_text)
    if not 2013 <= year <= 2100:
        raise failure(
            scenario,
            given,
            Msg("{key}: year {year} is outside 2013-2100", key=given, year=str(year)),
        )
    return Resolved(given, f"{kind}.{sector}.{year}", kind, value, sector, year)


def baseline_of(data: Dataset, item: Resolved) -> Decimal | None:
    if item.kind == "constant":
        series = getattr(data.targets_file.constants, item.key)
        found = data.constant(item.key, max(series))
        return found.value if found else None
    if item.kind == "parameter":
        return data.targets_file.parameters[item.key].value
    if item.kind == "quota":
        pct = data.quota_percentage(item.sector, item.year)
        return pct.value if pct else None
    count = (data.realised if item.kind == "realised" else data.target)(item.sector, item.year)
    return Decimal(count.value) if count else None


def nearest(data: Dataset, item: Resolved) -> Msg:
    """Where a relative change has no baseline: the nearest year with a figure, and its value."""
    if item.kind in ("realised", "targets", "quota"):
        years = []
        for year in range(2013, 2101):
            probe = Resolved(item.given, item.key, item.kind, item.value, item.sector, year)
            found = baseline_of(data, probe)
            if found is not None:
                years.append((abs(year - item.year), year, found))
        if years:
            _, year, value = min(years)
            return Msg(
                "; the nearest year with a figure is {year}: {value}", year=str(year), value=value
            )
    return Msg.text("")


def check_parameter(item: Resolved, value: Decimal) -> None:
    """A Wet banenafspraak parameter within its range (dataset.bounds: the one declaration)."""
    from banencalc.dataset.bounds import bound_of

    bound = bound_of(item.key)
    if bound.whole and value != value.to_integral_value():
        raise BanencalcError(
            Msg("{key}={value}: must be a whole year", key=item.given, value=str(value))
        )
    if not bound.low <= value <= bound.high:
        raise BanencalcError(
            Msg(
                "{key}={value}: must lie between {low} and {high} ({why})",
                key=item.given,
                value=str(value) if bound.whole else value,
                low=str(bound.low) if bound.whole else bound.low,
                high=str(bound.high) if bound.whole else bound.high,
                why=Msg(bound.why),
            )
        )
