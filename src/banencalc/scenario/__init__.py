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

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic import ValidationError

from banencalc.base.errors import BanencalcError, DataError
from banencalc.base.messages import Msg
from banencalc.dataset.models import (
    AmountFigure,
    CountFigure,
    PercentFigure,
)
from banencalc.dataset.models import Parameter as ParameterModel
from banencalc.dataset.models import Source as SourceModel
from banencalc.dataset.records import Dataset
from banencalc.scenario.model import (
    POSITIVE_CONSTANTS,
    SCENARIO_SOURCE,
    VALID_KEYS,
    Change,
    Relative,
    Scenario,
    Value,
)
from banencalc.scenario.read import combine, load_scenario, parse_set, parse_value
from banencalc.scenario.resolve import (
    Resolved,
    baseline_of,
    check_parameter,
    failure,
    nearest,
    resolve,
    where,
)

#: the public names (the vocabulary lives in model, reading in read, finding keys in resolve)
__all__ = [
    "VALID_KEYS",
    "Change",
    "Relative",
    "Scenario",
    "Value",
    "apply",
    "combine",
    "load_scenario",
    "parse_set",
    "parse_value",
    "replace_origin",
]


def apply(data: Dataset, scenario: Scenario) -> tuple[Dataset, list[Change]]:
    """The dataset with the scenario's overrides, and the list of what changed (old -> new),
    totals recomputed from changed parts included (as derived changes)."""
    plain = data.to_plain()
    targets_doc, sectors_doc = plain["targets_file"], plain["sectors_file"]
    resolved = [resolve(data, scenario, k, v) for k, v in scenario.overrides.items()]
    first: dict[str, Resolved] = {}
    for item in resolved:
        if item.key in first:
            other = first[item.key]
            raise failure(
                scenario,
                item.given,
                Msg(
                    "{key} is set twice: as {first} ({first_at}) and as {second} ({second_at}); "
                    "give it once",
                    key=item.key,
                    first=other.given,
                    first_at=where(scenario, other.given),
                    second=item.given,
                    second_at=where(scenario, item.given),
                ),
            )
        first[item.key] = item
    changes: list[Change] = []
    # said beside every figure the scenario sets (the data's note and its Dutch twin)
    note = f"set in the what-if ({scenario.name}), not a published figure"
    note_nl = f"gezet in de wat-als-berekening ({scenario.name}), geen gepubliceerd cijfer"
    deltas: dict[tuple[str, str, int], Decimal] = {}
    for item in resolved:
        baseline = baseline_of(data, item)
        value = item.value
        if isinstance(value, Relative):
            if baseline is None:
                raise failure(
                    scenario,
                    item.given,
                    Msg(
                        "{key}={text}: there is no figure to change relatively{nearest}; give an "
                        "absolute value",
                        key=item.given,
                        text=value.text,
                        nearest=nearest(data, item),
                    ),
                )
            exact = value.of(baseline)
            # a count of jobs stays whole: a share of it is rounded to the nearest job
            whole = item.kind in ("realised", "targets") and value.percent
            value = exact.quantize(Decimal(1), ROUND_HALF_UP) if whole else exact
        try:
            change = _apply_one(data, targets_doc, sectors_doc, item, value, (note, note_nl))
        except BanencalcError as exc:
            raise failure(scenario, item.given, exc.msg) from None
        except ValidationError as exc:
            reason = exc.errors(include_url=False)[0]["msg"]
            raise failure(
                scenario, item.given, Msg.text(f"{item.given}={value}: {reason}")
            ) from None
        changes.append(replace_origin(change, where(scenario, item.given)))
        if item.kind in ("realised", "targets") and baseline is not None:
            deltas[(item.kind, item.sector, item.year)] = Decimal(change.new) - baseline
    changes += _derive_totals(data, targets_doc, sectors_doc, deltas, set(first), note)
    if not changes:
        return data, []
    targets_doc["sources"].append(
        SourceModel(
            id=SCENARIO_SOURCE,
            title=f"What-if scenario: {scenario.name}",
            publisher=f"banencalc, {scenario.name}",  # values set for this run, not published
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
    item: Resolved,
    value: Decimal,
    notes: tuple[str, str],
) -> Change:
    note, note_nl = notes
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
        figure = AmountFigure(
            value=value, status="estimated", source=SCENARIO_SOURCE, note=note, note_nl=note_nl
        )
        series = targets_doc["constants"][key]
        old = data.constant(key, max(series))
        first = min(series)
        targets_doc["constants"][key] = {first: figure.model_dump()}
        return Change(key, old.value if old else None, value)
    if item.kind == "parameter":
        known = data.targets_file.parameters[key]
        check_parameter(item, value)
        parameter = ParameterModel(
            value=value,
            status="estimated",
            source=SCENARIO_SOURCE,
            article=known.article,
            unit=known.unit,
            note=note,
            note_nl=note_nl,
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
        pct = PercentFigure(
            value=value, status="estimated", source=SCENARIO_SOURCE, note=note, note_nl=note_nl
        )
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
    count = CountFigure(
        value=int(value), status="estimated", source=SCENARIO_SOURCE, note=note, note_nl=note_nl
    )
    if item.kind == "realised":
        old_count = data.realised(sector, year)
        sectors_doc["realised"].setdefault(sector, {})[year] = count.model_dump()
    else:
        old_count = data.target(sector, year)
        targets_doc["targets"].setdefault(sector, {})[year] = count.model_dump()
    return Change(key, old_count.value if old_count else None, int(value))
