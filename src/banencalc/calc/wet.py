"""One employer under the Wet banenafspraak (from 2026), computed as that law computes it.

    The quotumregeling runs only after an activation by ministerial regulation (art 5 lid 1).
    Once activated, the Aof premium (Wfsv art 36) is raised by an inclusiviteitsopslag, owed from
    1 January of the second calendar year after the activation year (art 6 lid 1): one percentage
    on the high Aof premium rate, equal for all sectors, set by regulation (art 6 lid 6), over the
    premium wage, not for hired-out employees (art 6 lid 4 a). A small employer as meant in Wfsv
    art 36 owes nothing (art 6 lid 3): a premium wage of at most 25 x the average premium wage per
    employee of the second preceding year.
    The loonkostenvoordeel doelgroep banenafspraak (Wtl art 2.13) is EUR 1.01 per paid hour of a
    target-group employee, at most EUR 2,000 per employee a year; with the quotumregeling in force
    a banenafspraakbonus raises it (art 1; amount not published).

Nothing is charged until an activation is published; the rate, the bonus and the activation are
parameters with status `unpublished` that a what-if can supply (and the result says so).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import Step
from banencalc.calc.status import check_year
from banencalc.dataset.records import Dataset, Parameter, Source
from banencalc.errors import BanencalcError
from banencalc.messages import Msg

ZERO = Decimal(0)
#: looks a parameter up by name and records it as used
Lookup = Callable[[str], Parameter]
ART_ACTIVATION = "Wet banenafspraak art 5 lid 1"
ART_DUE = "Wet banenafspraak art 6 lid 1"
ART_SMALL = "Wet banenafspraak art 6 lid 3; Wfsv art 36"
ART_HIRED_OUT = "Wet banenafspraak art 6 lid 4 onder a"
ART_RATE = "Wet banenafspraak art 6 lid 1 and 6"
ART_LKV = "Wet tegemoetkomingen loondomein art 2.13"
ART_BONUS = "Wet banenafspraak art 1; Wet tegemoetkomingen loondomein art 2.13 lid 2"


@dataclass(frozen=True)
class WetInput:
    year: int
    #: the employer's premium wage for the Aof premium in the year (premieplichtig loon)
    premium_wage: Decimal | None = None
    #: the part of it paid to hired-out employees (no surcharge over it)
    hired_out_premium_wage: Decimal = ZERO
    #: paid hours of target-group employees in the year
    target_group_hours: Decimal = ZERO
    #: how many target-group employees those hours are spread over
    target_group_employees: int | None = None
    #: the average premium wage per employee of the second preceding year (overrides the data)
    average_premium_wage: Decimal | None = None


@dataclass(frozen=True)
class WetResult:
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
    inclusiviteitsopslag_eur: Decimal | None
    lkv_eur: Decimal | None
    banenafspraakbonus_eur: Decimal | None
    steps: list[Step]
    notes: list[Msg]
    figures: list[FigureRef]
    sources: list[Source]


def _parameter(data: Dataset, name: str) -> Parameter:
    found = data.parameter(name)
    if found is None:
        raise BanencalcError(f"the data has no parameter {name}")
    return found


def _ref(name: str, parameter: Parameter) -> FigureRef:
    return FigureRef(
        f"parameters.{name}", parameter.value, parameter.status, parameter.source, parameter.note
    )


def assess_wet(data: Dataset, employer: WetInput) -> WetResult:
    """The inclusiviteitsopslag and the loonkostenvoordeel of one employer in one year."""
    check_year(data, employer.year)
    found = data.regime(employer.year)
    if found is None or found[1].mechanism != "inclusiviteitsopslag":
        raise BanencalcError(
            Msg(
                "{year} falls under the quota law, not the Wet banenafspraak (its art 12)",
                year=str(employer.year),
            ),
            field="year",
        )
    regime = found[1]
    _check(employer)
    used: dict[str, Parameter] = {}

    def param(name: str) -> Parameter:
        used[name] = _parameter(data, name)
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
    small = _small_employer(data, employer, param, steps, notes) if in_force else None
    surcharge_due = in_force and small is not True
    rate_param = param("wet.inclusiviteitsopslag_pct") if surcharge_due else None
    rate = rate_param.value if rate_param is not None else None
    opslag: Decimal | None = ZERO
    if surcharge_due:
        if employer.premium_wage is None:
            opslag = None
            notes.append(
                Msg("the inclusiviteitsopslag needs the premium wage: give it to compute it")
            )
        elif rate is None:
            opslag = None
            notes.append(
                Msg(
                    "the surcharge percentage is not published (Wet banenafspraak art 6 lid 6): "
                    "give one as a what-if (wet.inclusiviteitsopslag_pct) to see what it would "
                    "mean"
                )
            )
        else:
            base = employer.premium_wage - employer.hired_out_premium_wage
            steps.append(
                Step(
                    Msg("premium wage, less hired-out employees"),
                    Msg(
                        "{wage} - {hired_out}",
                        wage=employer.premium_wage,
                        hired_out=employer.hired_out_premium_wage,
                    ),
                    base,
                    ART_HIRED_OUT,
                )
            )
            opslag = base * rate / 100
            steps.append(
                Step(
                    Msg("inclusiviteitsopslag: premium wage x surcharge percentage"),
                    Msg("{base} x {rate}%", base=base, rate=rate),
                    opslag,
                    ART_RATE,
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
    lkv, bonus = _lkv(employer, param, steps, notes, in_force=in_force)
    for name, parameter in used.items():
        if parameter.source == "scenario":
            notes.append(
                Msg(
                    "what-if: {name} = {value} is not a published figure; the result shows what "
                    "it would mean",
                    name=name,
                    value=_plain(name, parameter.value),
                )
            )
    figures = [_ref(name, p) for name, p in used.items()]
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
        inclusiviteitsopslag_eur=opslag,
        lkv_eur=lkv,
        banenafspraakbonus_eur=bonus,
        steps=steps,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
    )


def _small_employer(
    data: Dataset,
    employer: WetInput,
    param: Lookup,
    steps: list[Step],
    notes: list[Msg],
) -> bool | None:
    """Wfsv art 36: a premium wage of at most 25 x the average premium wage per employee of the
    second preceding year. None when the premium wage or that average is not known."""
    factor = param("wet.small_employer_factor").value
    if employer.average_premium_wage is not None:
        average: Decimal | None = employer.average_premium_wage
    else:
        average = param("wet.average_premium_wage_eur").value
    if employer.premium_wage is None or average is None or factor is None:
        if employer.premium_wage is not None:
            notes.append(
                Msg(
                    "the small-employer test (Wfsv art 36) was not applied: the average premium "
                    "wage per employee of {year} is not in the data; give it to apply the test",
                    year=str(employer.year - 2),
                )
            )
        return None
    threshold = factor * average
    small = employer.premium_wage <= threshold
    steps.append(
        Step(
            Msg(
                "small employer: premium wage at most {factor} x the average of {year}?",
                factor=factor,
                year=str(employer.year - 2),
            ),
            Msg(
                "{wage} <= {factor} x {average} = {threshold}",
                wage=employer.premium_wage,
                factor=factor,
                average=average,
                threshold=threshold,
            ),
            small,
            ART_SMALL,
        )
    )
    return small


def _lkv(
    employer: WetInput, param: Lookup, steps: list[Step], notes: list[Msg], *, in_force: bool
) -> tuple[Decimal | None, Decimal | None]:
    """The loonkostenvoordeel for the target-group hours: EUR 1.01 an hour, at most EUR 2,000 per
    employee a year (the hours taken as spread evenly over the employees given)."""
    if employer.target_group_hours <= 0:
        return None, None
    per_hour = param("wet.lkv_per_hour_eur").value
    cap = param("wet.lkv_max_eur").value
    assert per_hour is not None and cap is not None
    hours = employer.target_group_hours
    people = employer.target_group_employees
    if people is None or people <= 0:
        lkv = hours * per_hour
        notes.append(
            Msg(
                "the loonkostenvoordeel is at most EUR {cap} per employee a year: give the number "
                "of target-group employees to apply that cap",
                cap=cap,
            )
        )
        steps.append(
            Step(
                Msg("loonkostenvoordeel"),
                Msg("{hours} x EUR {rate}", hours=hours, rate=per_hour),
                lkv,
                ART_LKV,
            )
        )
    else:
        each = min(hours / people * per_hour, cap)
        lkv = each * people
        steps.append(
            Step(
                Msg(
                    "loonkostenvoordeel: per employee "
                    "min({hours} / {people} x EUR {rate}, EUR {cap})",
                    hours=hours,
                    people=people,
                    rate=per_hour,
                    cap=cap,
                ),
                Msg("{each} x {people}", each=each, people=people),
                lkv,
                ART_LKV,
            )
        )
        if each == cap:
            notes.append(
                Msg(
                    "the loonkostenvoordeel is capped at EUR {cap} per employee (hours taken as "
                    "spread evenly over {people} employees)",
                    cap=cap,
                    people=people,
                )
            )
    bonus: Decimal | None = None
    if in_force:
        bonus_param = param("wet.banenafspraakbonus_eur")
        if bonus_param.value is None:
            notes.append(
                Msg(
                    "with the quotumregeling in force a banenafspraakbonus raises the "
                    "loonkostenvoordeel; its amount is not published"
                )
            )
        elif people:
            bonus = bonus_param.value * people
            steps.append(
                Step(
                    Msg("banenafspraakbonus"),
                    Msg("{people} x EUR {bonus}", people=people, bonus=bonus_param.value),
                    bonus,
                    ART_BONUS,
                )
            )
    return lkv, bonus


def _check(employer: WetInput) -> None:
    for field, value in (
        ("premium_wage", employer.premium_wage),
        ("hired_out_premium_wage", employer.hired_out_premium_wage),
        ("target_group_hours", employer.target_group_hours),
        ("average_premium_wage", employer.average_premium_wage),
    ):
        if value is not None and (not value.is_finite() or value < 0):
            raise BanencalcError(
                Msg("must be an amount of 0 or more, not {value}", value=value), field=field
            )
    if (
        employer.premium_wage is not None
        and employer.hired_out_premium_wage > employer.premium_wage
    ):
        raise BanencalcError(
            Msg("the hired-out employees' premium wage exceeds the premium wage"),
            field="hired_out_premium_wage",
        )
    if employer.target_group_employees is not None and employer.target_group_employees < 0:
        raise BanencalcError(Msg("must be 0 or more"), field="target_group_employees")


def _plain(name: str, value: Decimal | None) -> Decimal | str:
    """A parameter's value in a sentence: a year as a year (2027, not 2,027)."""
    if value is None:
        return "-"
    return str(value) if name.endswith("_year") else value
