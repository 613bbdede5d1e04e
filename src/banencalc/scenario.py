"""What-if scenarios: overrides of figures and parameters, applied to a dataset as a new dataset.

Keys (`--set KEY=VALUE`, or the `set:` mapping of a scenario file):

    realised.<sector>.<year>=N      a realised figure (jobs)
    targets.<sector>.<year>=N       a target (jobs)
    quota.<sector>.<year>=PCT       a quota percentage
    levy_eur=EUR                    the levy per missing job (alias of levy_per_job_eur)
    hours_per_job_year=H            C, 1,331       (also: hours_per_job_week, 25.5)
    hours_per_employee_year=H       E, 1,623
    liability_threshold_hours=H     40,575
    wet.<parameter>=V               a parameter of the Wet banenafspraak (activation year,
                                    surcharge percentage, bonus, ...): `banencalc rules` lists them

A constant set this way applies to every year. The data files are never modified: the scenario
returns a changed copy, and lists every change with its old and new value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from banencalc.dataset.models import (
    AmountFigure,
    CountFigure,
    PercentFigure,
    ScenarioFile,
)
from banencalc.dataset.models import Parameter as ParameterModel
from banencalc.dataset.models import Source as SourceModel
from banencalc.dataset.records import Dataset
from banencalc.errors import BanencalcError, DataError
from banencalc.messages import Msg

SCENARIO_SOURCE = "scenario"
CONSTANT_ALIASES = {
    "levy_eur": "levy_per_job_eur",
    "c": "hours_per_job_year",
    "e": "hours_per_employee_year",
}
CONSTANTS = (
    "hours_per_job_week",
    "hours_per_job_year",
    "hours_per_employee_year",
    "liability_threshold_hours",
    "levy_per_job_eur",
)
#: constants the calculations divide by
POSITIVE_CONSTANTS = frozenset(
    {"hours_per_job_week", "hours_per_job_year", "hours_per_employee_year"}
)
_SERIES_KEY = re.compile(r"(realised|targets|quota)\.([a-z][a-z0-9_]*)\.(\d{4})")
VALID_KEYS = (
    "realised.<sector>.<year>, targets.<sector>.<year>, quota.<sector>.<year>, levy_eur, "
    + ", ".join(CONSTANTS)
    + ", wet.activation_year, wet.inclusiviteitsopslag_pct, wet.banenafspraakbonus_eur, "
    "wet.average_premium_wage_eur, wet.national_target_hours (see `banencalc rules`)"
)


@dataclass(frozen=True)
class Change:
    key: str
    old: Decimal | int | None
    new: Decimal | int

    def message(self) -> Msg:
        def shown(value: Decimal | int) -> Decimal | int | str:
            return str(value) if self.key.endswith("_year") else value  # a year reads 2027

        if self.old is None:
            return Msg("{key}: none -> {new}", key=self.key, new=shown(self.new))
        return Msg("{key}: {old} -> {new}", key=self.key, old=shown(self.old), new=shown(self.new))

    def __str__(self) -> str:
        return self.message().english()


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    overrides: dict[str, Decimal]


def parse_set(items: list[str]) -> dict[str, Decimal]:
    """`KEY=VALUE` strings to overrides; a malformed item is an error naming it."""
    from banencalc.parsing import parse_decimal

    overrides: dict[str, Decimal] = {}
    seen: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise BanencalcError(
                Msg(
                    "{item}: write KEY=VALUE; valid keys: {keys}", item=repr(item), keys=VALID_KEYS
                ),
                field="set",
            )
        key = key.strip()
        canonical = CONSTANT_ALIASES.get(key.lower(), key.lower())
        if canonical in seen:
            raise BanencalcError(
                f"{key} is given twice ({seen[canonical]!r} and {item!r}); give each key once",
                field="set",
            )
        seen[canonical] = item
        try:
            overrides[key] = parse_decimal(value, key)
        except BanencalcError as exc:
            raise BanencalcError(exc.message, field="set") from None
    return overrides


def load_scenario(path: Path) -> Scenario:
    """Read a scenario file (the same strict YAML rules as the data files)."""
    from banencalc.dataset.validate import validate_document
    from banencalc.dataset.yaml_strict import load_file

    raw, lines = load_file(path)
    model = validate_document(ScenarioFile, raw, str(path), lines)
    return Scenario(model.name, model.description, {k: Decimal(v) for k, v in model.set.items()})


def apply(data: Dataset, scenario: Scenario) -> tuple[Dataset, list[Change]]:
    """The dataset with the scenario's overrides, and the list of what changed (old -> new)."""
    plain = data.to_plain()
    targets_doc, sectors_doc = plain["targets_file"], plain["sectors_file"]
    changes: list[Change] = []
    note = f"what-if: {scenario.name}"
    for key, value in scenario.overrides.items():
        try:
            changes.append(_apply_one(data, targets_doc, sectors_doc, key, value, note))
        except ValidationError as exc:
            reason = exc.errors(include_url=False)[0]["msg"]
            raise BanencalcError(f"{key}={value}: {reason}", field="set") from None
    if not changes:
        return data, []
    targets_doc["sources"].append(
        SourceModel(
            id=SCENARIO_SOURCE,
            title=f"What-if scenario: {scenario.name}",
            publisher="user",
            document=scenario.description or "values set for this run",
        ).model_dump()
    )
    from banencalc.dataset.models import SectorsFile, TargetsFile, to_records

    try:
        changed = to_records(
            TargetsFile.model_validate(targets_doc),
            SectorsFile.model_validate(sectors_doc),
            f"{data.origin} + scenario {scenario.name!r}",
        )
    except ValidationError as exc:  # pragma: no cover - each override was validated above
        raise DataError(f"scenario {scenario.name!r}: {exc}") from None
    return changed, changes


def _apply_one(
    data: Dataset,
    targets_doc: dict[str, Any],
    sectors_doc: dict[str, Any],
    key: str,
    value: Decimal,
    note: str,
) -> Change:
    lowered = key.lower()
    constant = CONSTANT_ALIASES.get(lowered, lowered)
    if constant in CONSTANTS:
        if constant in POSITIVE_CONSTANTS and value <= 0:
            raise BanencalcError(
                f"{key}={value}: must be above 0 (the calculation divides by it)", field="set"
            )
        figure = AmountFigure(value=value, status="estimated", source=SCENARIO_SOURCE, note=note)
        series = targets_doc["constants"][constant]
        old = data.constant(constant, max(series))
        first = min(series)
        targets_doc["constants"][constant] = {first: figure.model_dump()}
        return Change(constant, old.value if old else None, value)
    if lowered in data.targets_file.parameters:
        known = data.targets_file.parameters[lowered]
        parameter = ParameterModel(
            value=value,
            status="estimated",
            source=SCENARIO_SOURCE,
            article=known.article,
            unit=known.unit,
            note=f"{note}; not a published figure" if known.status == "unpublished" else note,
        )
        targets_doc.setdefault("parameters", {})[lowered] = parameter.model_dump()
        return Change(lowered, known.value, value)
    match = _SERIES_KEY.fullmatch(lowered)
    if not match:
        raise BanencalcError(
            Msg("{key}: unknown key; valid keys: {keys}", key=key, keys=VALID_KEYS), field="set"
        )
    kind, sector, year_text = match.groups()
    year = int(year_text)
    if sector not in data.sectors:
        raise BanencalcError(
            Msg(
                "{key}: unknown sector {sector}; known sectors: {known}",
                key=key,
                sector=repr(sector),
                known=", ".join(data.sectors),
            ),
            field="set",
        )
    if not 2013 <= year <= 2100:
        raise BanencalcError(f"{key}: year {year} is outside 2013-2100", field="set")
    if kind == "quota":
        pct = PercentFigure(value=value, status="estimated", source=SCENARIO_SOURCE, note=note)
        old_pct = data.quota_percentage(sector, year)
        targets_doc["quota_percentages"].setdefault(sector, {})[year] = pct.model_dump()
        return Change(key, old_pct.value if old_pct else None, value)
    if value != value.to_integral_value():
        raise BanencalcError(
            Msg("{key}={value}: a count of jobs is a whole number", key=key, value=str(value)),
            field="set",
        )
    count = CountFigure(value=int(value), status="estimated", source=SCENARIO_SOURCE, note=note)
    if kind == "realised":
        old_count = data.realised(sector, year)
        sectors_doc["realised"].setdefault(sector, {})[year] = count.model_dump()
    else:
        old_count = data.target(sector, year)
        targets_doc["targets"].setdefault(sector, {})[year] = count.model_dump()
    return Change(key, old_count.value if old_count else None, int(value))
