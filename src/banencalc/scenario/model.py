"""A what-if's vocabulary: the keys it may set, a relative value, a scenario and the change
it made."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from banencalc.base.messages import Msg

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
SERIES_KEY = re.compile(r"(realised|targets|quota)\.(.+)\.(\d{4})")
RELATIVE = re.compile(r"\s*([+-])\s*(.+?)\s*(%?)\s*")
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
