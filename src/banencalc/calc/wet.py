"""One employer under the Wet banenafspraak (from 2026), computed as that law computes it.

    The quotumregeling runs only after an activation by ministerial regulation (art 5 lid 1).
    Once activated, the Aof premium (Wfsv art 36) is raised by an inclusiviteitsopslag, owed from
    1 January of the second calendar year after the activation year (art 6 lid 1): one percentage
    "op het ... hoge premiepercentage" of Wfsv art 36, equal for all sectors, set by regulation
    (art 6 lid 6), not over hired-out employees (lid 4 a), non-seconded Wsw employees and beschut
    werk (lid 4 b), nor benefits and supplements (lid 4 c). A small employer as meant in Wfsv art
    36 owes nothing (art 6 lid 3): Besluit Wfsv art 2.19d lid 1 compares the employer's own premium
    wage of the second calendar year before the premium year with 25 x the average premium wage
    per employee of that year (Besluit art 2.5 lid 2); an employer that started in the premium
    year or the year before is small whatever its wage (lid 4).
    The loonkostenvoordeel doelgroep banenafspraak (Wtl art 2.13) is EUR 1.01 per paid hour of a
    target-group employee, at most EUR 2,000 per employee a year; with the quotumregeling in force
    a banenafspraakbonus raises it (art 1; its form and amount are not in statute).

Readings the law leaves open, each stated in the result (and the other offered):
- art 6 lid 6: the surcharge percentage as percentage points added to the high Aof rate (the
  tool's default: premium base x percentage), or as a share of the high rate (premium base x
  high rate x percentage); the two differ about a hundredfold.
- the repeal of the quota law's paragraph 4a (Wfsv 38b-38j) for 2026 could not be verified in
  the consolidated texts (see NOT_VERIFIED_REPEAL).

Nothing is charged until an activation is published; the rate, the bonus and the activation are
parameters with status `unpublished` that a what-if can supply (and the result says so).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import Step
from banencalc.calc.regime import under_quota_law
from banencalc.calc.status import check_year
from banencalc.calc.wet_input import (
    ART_ACTIVATION,
    ART_DUE,
    NOT_VERIFIED_REPEAL,
    SURCHARGE_READINGS,
    ZERO,
    SurchargeReading,
    WetInput,
    check_input,
    figure_ref,
    find_parameter,
    plain,
)
from banencalc.calc.wet_support import lkv_of
from banencalc.calc.wet_surcharge import (
    reading_note,
    small_employer,
    surcharge_base,
    surcharge_step,
)
from banencalc.dataset.records import Dataset, Parameter, Source

#: the public names (the parts live in wet_input, wet_surcharge and wet_support)
__all__ = ["SURCHARGE_READINGS", "SurchargeReading", "WetInput", "WetResult", "assess_wet"]


@dataclass(frozen=True)
class WetResult:
    """One employer under the Wet banenafspraak: activation, surcharge, small-employer test, LKV."""

    input: WetInput
    regime: str
    regime_article: Msg | None
    #: an activation regulation is in force for the year (art 5)
    quota_activated: bool
    activation_year: int | None
    #: the first year the inclusiviteitsopslag is owed (activation year + 2)
    due_from: int | None
    #: owed by this employer in this year
    surcharge_due: bool
    #: None where the small-employer test could not be applied (a figure is missing)
    small_employer: bool | None
    surcharge_pct: Decimal | None
    #: the premium base after the exemptions of art 6 lid 4 (None without a premium wage)
    surcharge_base: Decimal | None
    inclusiviteitsopslag_eur: Decimal | None
    #: the same under the other reading of art 6 lid 6 (None where it cannot be computed)
    inclusiviteitsopslag_other_reading_eur: Decimal | None
    lkv_eur: Decimal | None
    #: the loonkostenvoordeel is an upper bound: the per-employee cap was applied to totals
    lkv_upper_bound: bool
    banenafspraakbonus_eur: Decimal | None
    steps: list[Step]
    notes: list[Msg]
    figures: list[FigureRef]
    sources: list[Source]


def assess_wet(data: Dataset, employer: WetInput) -> WetResult:
    """The inclusiviteitsopslag and the loonkostenvoordeel of one employer in one year."""
    check_year(data, employer.year)
    found = data.regime(employer.year)
    if found is None or under_quota_law(data, employer.year):
        raise BanencalcError(
            Msg(
                "{year} falls under the quota law, not the Wet banenafspraak (its art 12)",
                year=str(employer.year),
            ),
            field="year",
        )
    regime = found[1]
    check_input(employer)
    if employer.employee_hours and employer.target_group_hours == 0:
        employer = replace(employer, target_group_hours=sum(employer.employee_hours, ZERO))
    used: dict[str, Parameter] = {}

    def param(name: str) -> Parameter:
        used[name] = find_parameter(data, name)
        return used[name]

    year = employer.year
    activation = param("wet.activation_year")
    activation_year = None if activation.value is None else int(activation.value)
    activated = activation_year is not None and year >= activation_year
    due_from = None if activation_year is None else activation_year + 2
    steps: list[Step] = []
    notes: list[Msg] = []
    steps.append(
        Step(
            Msg("quotumregeling activated"),
            Msg("activation in {year}", year=str(activation_year))
            if activation_year is not None
            else Msg("no activation regulation is published"),
            activated,
            ART_ACTIVATION,
        )
    )
    if due_from is not None:
        steps.append(
            Step(
                Msg("inclusiviteitsopslag owed from 1 January of"),
                Msg("{year} + 2", year=str(activation_year)),
                str(due_from),
                ART_DUE,
            )
        )
    in_force = activated and due_from is not None and year >= due_from  # art 6 lid 1
    small = small_employer(data, employer, param, steps, notes) if in_force else None
    surcharge_due = in_force and small is not True
    rate_param = param("wet.inclusiviteitsopslag_pct") if surcharge_due else None
    rate = rate_param.value if rate_param is not None else None
    base = surcharge_base(employer, steps) if surcharge_due else None
    opslag: Decimal | None = ZERO
    other: Decimal | None = None
    if surcharge_due:
        opslag = None
        if employer.premium_wage is None:
            notes.append(
                Msg("the inclusiviteitsopslag needs the premium wage: give it to compute it")
            )
        elif rate is None:
            notes.append(
                Msg(
                    "the surcharge percentage is not published (Wet banenafspraak art 6 lid 6): "
                    "give one as a what-if (wet.inclusiviteitsopslag_pct) to see what it would "
                    "mean"
                )
            )
        elif base is not None:
            high = param("wet.aof_high_rate_pct").value
            amounts = {"points": base * rate / 100, "share": None}
            if high is not None:
                amounts["share"] = base * high / 100 * rate / 100
            reading = employer.surcharge_reading
            opslag = amounts[reading]
            other_reading: SurchargeReading = "share" if reading == "points" else "points"
            other = amounts[other_reading]
            steps.append(surcharge_step(reading, base, rate, high, opslag))
            notes.append(reading_note(reading, other_reading, other))
            if opslag is None:
                notes.append(
                    Msg(
                        "the share reading needs the high Aof premium percentage of Wfsv art 36 "
                        "for {year}, which is not in the data: give it as a what-if "
                        "(wet.aof_high_rate_pct)",
                        year=str(year),
                    )
                )
    elif not activated:
        notes.append(
            Msg(
                "no quota charge for {year}: no activation of the quotumregeling is published "
                "(Wet banenafspraak art 5 lid 1); there is no per-employer percentage, no "
                "40,575-hour threshold and no EUR 5,000 per job under this law",
                year=str(year),
            )
        )
    elif due_from is not None and year < due_from:
        notes.append(
            Msg(
                "activated in {activation}, the inclusiviteitsopslag is owed only from 1 January "
                "{due} (Wet banenafspraak art 6 lid 1): nothing for {year}",
                activation=str(activation_year),
                due=str(due_from),
                year=str(year),
            )
        )
    elif small:
        notes.append(
            Msg("a small employer (Wfsv art 36) owes no inclusiviteitsopslag (art 6 lid 3)")
        )
    # the banenafspraakbonus comes with the opslag (art 1: the quotumregeling is both)
    lkv, upper_bound, bonus = lkv_of(employer, param, steps, notes, in_force=in_force)
    for name, parameter in used.items():
        if parameter.source == "scenario":
            notes.append(
                Msg(
                    "what-if: {name} = {value} is not a published figure; the result shows what "
                    "it would mean",
                    name=name,
                    value=plain(name, parameter.value),
                )
            )
    notes.append(NOT_VERIFIED_REPEAL)
    figures = [figure_ref(name, p) for name, p in used.items()]
    return WetResult(
        input=employer,
        regime=regime.law,
        regime_article=regime.article_text(),
        quota_activated=activated,
        activation_year=activation_year,
        due_from=due_from,
        surcharge_due=surcharge_due,
        small_employer=small,
        surcharge_pct=rate,
        surcharge_base=base,
        inclusiviteitsopslag_eur=opslag,
        inclusiviteitsopslag_other_reading_eur=other,
        lkv_eur=lkv,
        lkv_upper_bound=upper_bound,
        banenafspraakbonus_eur=bonus,
        steps=steps,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
    )
