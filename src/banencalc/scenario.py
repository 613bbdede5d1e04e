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

`<sector>` is the id or the English or Dutch name, in any case (`overheid`, `Government`).
A value is absolute (`14634`), or relative to the baseline figure of that key: `+3000`, `-500`
(in the key's own unit: jobs, or percentage points for a quota), `+10%`, `-5%` (a share of the
baseline figure). A leading `+` or `-` is always relative: no figure here is negative.

Totals add up: a changed part moves every total that sums it (market + government = total), by
the same amount, unless the scenario sets that total too (then a mismatch is the scenario's own,
and says so). Derived totals are listed among the changes as derived.

A constant set this way applies to every year. The data files are never modified: the scenario
returns a changed copy, and lists every change with its old and new value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from banencalc.base.errors import BanencalcError, DataError
from banencalc.base.messages import Msg
from banencalc.dataset.models import (
    AmountFigure,
    CountFigure,
    PercentFigure,
    ScenarioFile,
)
from banencalc.dataset.models import Parameter as ParameterModel
from banencalc.dataset.models import Source as SourceModel
from banencalc.dataset.records import Dataset

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
_SERIES_KEY = re.compile(r"(realised|targets|quota)\.(.+)\.(\d{4})")
_RELATIVE = re.compile(r"\s*([+-])\s*(.+?)\s*(%?)\s*")
VALID_KEYS = (
    "realised.<sector>.<year>, targets.<sector>.<year>, quota.<sector>.<year>, levy_eur, "
    + ", ".join(CONSTANTS)
    + ", wet.activation_year, wet.inclusiviteitsopslag_pct, wet.aof_high_rate_pct, "
    "wet.banenafspraakbonus_per_hour_eur, wet.banenafspraakbonus_max_eur, "
    "wet.average_premium_wage_eur, wet.national_target_hours (see `banencalc rules`)"
)


@dataclass(frozen=True)
class Relative:
    """A change relative to the baseline figure: `+3000`, `-500`, `+10%`, `-5%`."""

    amount: Decimal  # signed
    percent: bool
    text: str

    def of(self, baseline: Decimal) -> Decimal:
        return baseline + (baseline * self.amount / 100 if self.percent else self.amount)


#: a value a scenario sets: absolute, or relative to the baseline
Value = Decimal | Relative


@dataclass(frozen=True)
class Change:
    key: str
    old: Decimal | int | None
    new: Decimal | int
    #: a total recomputed from its changed parts (not set by the user)
    derived: bool = False
    #: where the user gave it: `--set`, or `file.yaml:12`
    origin: str = ""

    def message(self) -> Msg:
        def shown(value: Decimal | int) -> Decimal | int | str:
            return str(value) if self.key.endswith("_year") else value  # a year reads 2027

        if self.derived:
            return Msg(
                "{key}: {old} -> {new} (derived: the sum of its parts)",
                key=self.key,
                old=shown(self.old) if self.old is not None else "-",
                new=shown(self.new),
            )
        if self.old is None:
            said = Msg("{key}: none -> {new}", key=self.key, new=shown(self.new))
        else:
            said = Msg(
                "{key}: {old} -> {new}", key=self.key, old=shown(self.old), new=shown(self.new)
            )
        if self.origin.startswith("--set (replacing"):
            replaced = self.origin.removeprefix("--set (replacing ").removesuffix(")")
            return Msg("{change} (--set, replacing {place})", change=said, place=replaced)
        return said

    def __str__(self) -> str:
        return self.message().english()


@dataclass(frozen=True)
class Scenario:
    """A what-if: a name, a description and the overrides it sets (absolute or relative)."""

    name: str
    description: str
    overrides: dict[str, Value]
    #: where each override was given (`--set`, `file.yaml:12`); errors name it
    origins: dict[str, str] = field(default_factory=dict)


def parse_value(text: str, key: str, lang: str | None = None) -> Value:
    """A value as typed: absolute (`14634`, `92.665` under Dutch), or relative (`+3000`, `-5%`).
    Numbers are read in the reader's language like every other number (parsing.parse_decimal)."""
    from banencalc.base.numbers import parse_decimal

    relative = _RELATIVE.fullmatch(text)
    if relative:
        sign, number, percent = relative.groups()
        amount = parse_decimal(number, key, lang)
        if amount < 0:
            raise BanencalcError(
                Msg("{key}: {text} has two signs", key=key, text=repr(text)), field="set"
            )
        return Relative(-amount if sign == "-" else amount, bool(percent), text.strip())
    if text.strip().endswith("%"):
        raise BanencalcError(
            Msg(
                "{key}: {text}: a share of the baseline figure is relative: write +{text} or "
                "-{text}; for a quota percentage of {number}% write {number}",
                key=key,
                text=text.strip(),
                number=text.strip().rstrip("%").strip(),
            ),
            field="set",
        )
    return parse_decimal(text, key, lang)


def parse_set(items: list[str], lang: str | None = None) -> dict[str, Value]:
    """`KEY=VALUE` strings to overrides; a malformed item is an error naming it."""
    overrides: dict[str, Value] = {}
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
                Msg(
                    "{key} is given twice ({first} and {second}); give each key once",
                    key=key,
                    first=repr(seen[canonical]),
                    second=repr(item),
                ),
                field="set",
            )
        seen[canonical] = item
        try:
            overrides[key] = parse_value(value, key, lang)
        except BanencalcError as exc:
            raise BanencalcError(exc.msg, field="set") from None
    return overrides


def load_scenario(path: Path) -> Scenario:
    """Read a scenario file (the same strict YAML rules as the data files); every value's line is
    kept, so an error names the file and the line."""
    from banencalc.dataset.validate import line_for, validate_document
    from banencalc.dataset.yaml_strict import load_file

    raw, lines = load_file(path)
    model = validate_document(ScenarioFile, raw, str(path), lines)
    overrides: dict[str, Value] = {}
    origins: dict[str, str] = {}
    for key, value in model.set.items():
        line = line_for(lines, ("set", key))
        origin = f"{path}:{line}" if line is not None else str(path)
        origins[key] = origin
        if isinstance(value, str):
            if not _RELATIVE.fullmatch(value):
                raise BanencalcError(
                    Msg(
                        "{origin}: set.{key}: {text} is not a number; a change relative to the "
                        "baseline is written +3000, -500, +10% or -5%",
                        origin=origin,
                        key=key,
                        text=repr(value),
                    )
                )
            try:
                overrides[key] = parse_value(value, key)
            except BanencalcError as exc:
                raise BanencalcError(Msg("{origin}: {why}", origin=origin, why=exc.msg)) from None
        else:
            overrides[key] = Decimal(value)
    return Scenario(model.name, model.description, overrides, origins)


def combine(file: Scenario | None, set_items: dict[str, Value], name: str | None) -> Scenario:
    """The file's overrides with the --set items on top: a --set key that the file sets too
    replaces it, and the change says so."""
    overrides: dict[str, Value] = dict(file.overrides) if file else {}
    origins: dict[str, str] = dict(file.origins) if file else {}
    by_canonical = {CONSTANT_ALIASES.get(k.lower(), k.lower()): k for k in overrides}
    for key, value in set_items.items():
        canonical = CONSTANT_ALIASES.get(key.lower(), key.lower())
        replaced = by_canonical.get(canonical)
        origin = "--set"
        if replaced is not None:
            origin = f"--set (replacing {origins.get(replaced, replaced)})"
            del overrides[replaced]
            origins.pop(replaced, None)
        overrides[key] = value
        origins[key] = origin
    chosen = name or (file.name if file else "--set")
    return Scenario(chosen, file.description if file else "", overrides, origins)


def _where(scenario: Scenario, key: str) -> str:
    return scenario.origins.get(key, "--set")


def _fail(scenario: Scenario, key: str, why: Msg | str) -> BanencalcError:
    """An error about one override, naming where it was given: `--set` or the file and line."""
    message = why if isinstance(why, Msg) else Msg.text(why)
    origin = _where(scenario, key)
    if origin.startswith("--set"):
        return BanencalcError(message, field="set")
    return BanencalcError(Msg("{origin}: {why}", origin=origin, why=message))


@dataclass(frozen=True)
class _Resolved:
    """One override with its key in canonical form (a sector by its id, a constant by its name)."""

    given: str
    key: str
    kind: str  # "constant", "parameter", "realised", "targets", "quota"
    value: Value
    sector: str = ""
    year: int = 0


def _resolve(data: Dataset, scenario: Scenario, given: str, value: Value) -> _Resolved:
    lowered = given.lower().strip()
    constant = CONSTANT_ALIASES.get(lowered, lowered)
    if constant in CONSTANTS:
        return _Resolved(given, constant, "constant", value)
    if lowered in data.targets_file.parameters:
        return _Resolved(given, lowered, "parameter", value)
    match = _SERIES_KEY.fullmatch(lowered)
    if not match:
        raise _fail(
            scenario,
            given,
            Msg("{key}: unknown key; valid keys: {keys}", key=given, keys=VALID_KEYS),
        )
    kind, sector_text, year_text = match.groups()
    from banencalc.dataset.sector_names import check_sector

    try:
        sector = check_sector(data, sector_text)
    except BanencalcError as exc:
        raise _fail(scenario, given, Msg("{key}: {why}", key=given, why=exc.msg)) from None
    year = int(year_text)
    if not 2013 <= year <= 2100:
        raise _fail(
            scenario,
            given,
            Msg("{key}: year {year} is outside 2013-2100", key=given, year=str(year)),
        )
    return _Resolved(given, f"{kind}.{sector}.{year}", kind, value, sector, year)


def _baseline(data: Dataset, item: _Resolved) -> Decimal | None:
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


def _nearest(data: Dataset, item: _Resolved) -> Msg:
    """Where a relative change has no baseline: the nearest year with a figure, and its value."""
    if item.kind in ("realised", "targets", "quota"):
        years = []
        for year in range(2013, 2101):
            probe = _Resolved(item.given, item.key, item.kind, item.value, item.sector, year)
            found = _baseline(data, probe)
            if found is not None:
                years.append((abs(year - item.year), year, found))
        if years:
            _, year, value = min(years)
            return Msg(
                "; the nearest year with a figure is {year}: {value}", year=str(year), value=value
            )
    return Msg.text("")


def apply(data: Dataset, scenario: Scenario) -> tuple[Dataset, list[Change]]:
    """The dataset with the scenario's overrides, and the list of what changed (old -> new),
    totals recomputed from changed parts included (as derived changes)."""
    plain = data.to_plain()
    targets_doc, sectors_doc = plain["targets_file"], plain["sectors_file"]
    resolved = [_resolve(data, scenario, k, v) for k, v in scenario.overrides.items()]
    first: dict[str, _Resolved] = {}
    for item in resolved:
        if item.key in first:
            other = first[item.key]
            raise _fail(
                scenario,
                item.given,
                Msg(
                    "{key} is set twice: as {first} ({first_at}) and as {second} ({second_at}); "
                    "give it once",
                    key=item.key,
                    first=other.given,
                    first_at=_where(scenario, other.given),
                    second=item.given,
                    second_at=_where(scenario, item.given),
                ),
            )
        first[item.key] = item
    changes: list[Change] = []
    note = f"what-if: {scenario.name}"
    deltas: dict[tuple[str, str, int], Decimal] = {}
    for item in resolved:
        baseline = _baseline(data, item)
        value = item.value
        if isinstance(value, Relative):
            if baseline is None:
                raise _fail(
                    scenario,
                    item.given,
                    Msg(
                        "{key}={text}: there is no figure to change relatively{nearest}; give an "
                        "absolute value",
                        key=item.given,
                        text=value.text,
                        nearest=_nearest(data, item),
                    ),
                )
            exact = value.of(baseline)
            # a count of jobs stays whole: a share of it is rounded to the nearest job
            whole = item.kind in ("realised", "targets") and value.percent
            value = exact.quantize(Decimal(1), ROUND_HALF_UP) if whole else exact
        try:
            change = _apply_one(data, targets_doc, sectors_doc, item, value, note)
        except BanencalcError as exc:
            raise _fail(scenario, item.given, exc.msg) from None
        except ValidationError as exc:
            reason = exc.errors(include_url=False)[0]["msg"]
            raise _fail(scenario, item.given, Msg.text(f"{item.given}={value}: {reason}")) from None
        changes.append(replace_origin(change, _where(scenario, item.given)))
        if item.kind in ("realised", "targets") and baseline is not None:
            deltas[(item.kind, item.sector, item.year)] = Decimal(change.new) - baseline
    changes += _derive_totals(data, targets_doc, sectors_doc, deltas, set(first), note)
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


def replace_origin(change: Change, origin: str) -> Change:
    return Change(change.key, change.old, change.new, change.derived, origin)


def _derive_totals(
    data: Dataset,
    targets_doc: dict[str, Any],
    sectors_doc: dict[str, Any],
    deltas: dict[tuple[str, str, int], Decimal],
    user_keys: set[str],
    note: str,
) -> list[Change]:
    """Move every total whose parts changed by the parts' change (the published difference
    between a total and its parts, fractional jobs rounded apart, stays as published), up the
    sector tree, unless the scenario sets that total itself. A total is derived only where every
    part has a figure for the year (the sum is then defined)."""
    changes: list[Change] = []
    pending = dict(deltas)
    while pending:
        by_parent: dict[tuple[str, str, int], Decimal] = {}
        for (kind, sector, year), delta in pending.items():
            parent = data.sectors[sector].parent
            if parent is None or delta == 0:
                continue
            key = (kind, parent, year)
            by_parent[key] = by_parent.get(key, Decimal(0)) + delta
        pending = {}
        for (kind, parent, year), delta in by_parent.items():
            if f"{kind}.{parent}.{year}" in user_keys:
                continue  # set by the user: a mismatch is the scenario's own (status says so)
            get = data.realised if kind == "realised" else data.target
            old = get(parent, year)
            if old is None or any(get(c.id, year) is None for c in data.children(parent)):
                continue
            new = old.value + int(delta)
            doc = sectors_doc["realised"] if kind == "realised" else targets_doc["targets"]
            sign, step = ("+" if delta >= 0 else "-"), abs(int(delta))
            derived = CountFigure(
                value=new,
                status="derived",
                source=SCENARIO_SOURCE,
                derivation=f"{old.value:,} {sign} {step:,} (the change of its parts)",
                derivation_nl=f"{old.value:,} {sign} {step:,}".replace(",", ".")
                + " (de wijziging van de delen)",
            )
            doc.setdefault(parent, {})[year] = derived.model_dump()
            changes.append(Change(f"{kind}.{parent}.{year}", old.value, new, derived=True))
            pending[(kind, parent, year)] = delta
    return changes


def _apply_one(
    data: Dataset,
    targets_doc: dict[str, Any],
    sectors_doc: dict[str, Any],
    item: _Resolved,
    value: Decimal,
    note: str,
) -> Change:
    key = item.key
    if item.kind == "constant":
        if key in POSITIVE_CONSTANTS and value <= 0:
            raise BanencalcError(
                Msg(
                    "{key}={value}: must be above 0 (the calculation divides by it)",
                    key=item.given,
                    value=value,
                )
            )
        if value < 0:
            raise BanencalcError(
                Msg("{key}={value}: must be 0 or more", key=item.given, value=value)
            )
        figure = AmountFigure(value=value, status="estimated", source=SCENARIO_SOURCE, note=note)
        series = targets_doc["constants"][key]
        old = data.constant(key, max(series))
        first = min(series)
        targets_doc["constants"][key] = {first: figure.model_dump()}
        return Change(key, old.value if old else None, value)
    if item.kind == "parameter":
        known = data.targets_file.parameters[key]
        _check_parameter(item, value)
        parameter = ParameterModel(
            value=value,
            status="estimated",
            source=SCENARIO_SOURCE,
            article=known.article,
            unit=known.unit,
            note=f"{note}; not a published figure" if known.status == "unpublished" else note,
        )
        targets_doc.setdefault("parameters", {})[key] = parameter.model_dump()
        return Change(key, known.value, value)
    sector, year = item.sector, item.year
    if item.kind == "quota":
        if not Decimal(0) <= value <= 100:
            raise BanencalcError(
                Msg(
                    "{key}={value}: a quota percentage lies between 0 and 100",
                    key=item.given,
                    value=value,
                )
            )
        pct = PercentFigure(value=value, status="estimated", source=SCENARIO_SOURCE, note=note)
        old_pct = data.quota_percentage(sector, year)
        targets_doc["quota_percentages"].setdefault(sector, {})[year] = pct.model_dump()
        return Change(key, old_pct.value if old_pct else None, value)
    if value != value.to_integral_value():
        hint = Msg.text("")
        if (value * 1000) == (value * 1000).to_integral_value():
            hint = Msg(
                " (a thousands separator? write {whole} without one)",
                whole=str(int(value * 1000)),
            )
        raise BanencalcError(
            Msg(
                "{key}={value}: a count of jobs is a whole number{hint}",
                key=item.given,
                value=str(value),
                hint=hint,
            )
        )
    if value < 0:
        raise BanencalcError(
            Msg("{key}={value}: a count of jobs is 0 or more", key=item.given, value=str(value))
        )
    count = CountFigure(value=int(value), status="estimated", source=SCENARIO_SOURCE, note=note)
    if item.kind == "realised":
        old_count = data.realised(sector, year)
        sectors_doc["realised"].setdefault(sector, {})[year] = count.model_dump()
    else:
        old_count = data.target(sector, year)
        targets_doc["targets"].setdefault(sector, {})[year] = count.model_dump()
    return Change(key, old_count.value if old_count else None, int(value))


def _check_parameter(item: _Resolved, value: Decimal) -> None:
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
