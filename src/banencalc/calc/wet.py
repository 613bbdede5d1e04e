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

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import Step
from banencalc.calc.regime import under_quota_law
from banencalc.calc.status import check_year
from banencalc.dataset.records import Dataset, Parameter, Source

ZERO = Decimal(0)
#: looks a parameter up by name and records it as used
Lookup = Callable[[str], Parameter]
#: the readings of "een opslagpercentage op het hoge premiepercentage" (Wet art 6 lid 6)
SurchargeReading = Literal["points", "share"]
SURCHARGE_READINGS: tuple[SurchargeReading, ...] = ("points", "share")
ART_ACTIVATION = "Wet banenafspraak art 5 lid 1"
ART_DUE = "Wet banenafspraak art 6 lid 1"
ART_SMALL = "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 1 and art 2.5 lid 2"
ART_SMALL_NEW = "Wet banenafspraak art 6 lid 3; Besluit Wfsv art 2.19d lid 4"
ART_HIRED_OUT = "Wet banenafspraak art 6 lid 4 onder a"
ART_WSW = "Wet banenafspraak art 6 lid 4 onder b"
ART_BENEFITS = "Wet banenafspraak art 6 lid 4 onder c"
ART_RATE = "Wet banenafspraak art 6 lid 1 and 6"
ART_LKV = "Wet tegemoetkomingen loondomein art 2.13"
ART_LKV_EXCLUDED = "Wet tegemoetkomingen loondomein art 2.10 lid 2"
ART_BONUS = "Wet banenafspraak art 1 (no form or amount in statute)"
#: the provision that ends the quota law's paragraph 4a for 2026 was not found: say so, with both
#: texts (Wfsv as valid from 2026-01-01 still has 38b-38j and art 34 lid 3-8, and its art 122na
#: bars only years before Wet art 2; Wet banenafspraak art 12 keeps the old rules for those years)
NOT_VERIFIED_REPEAL = Msg(
    "the repeal of the quota law for 2026 could not be verified in the consolidated texts: the "
    "Wfsv valid from 1 January 2026 still contains paragraph 4a (art 38b-38j) and art 34 lid 3-8, "
    "and its art 122na lid 1 bars the levy only for years before Wet banenafspraak art 2 entered "
    "into force; Wet banenafspraak art 12 keeps the quota law for the years before 2026. The tool "
    "applies the Wet banenafspraak from 2026 (its art 12 lid 1)"
)


@dataclass(frozen=True)
class WetInput:
    """One employer in one year under the Wet banenafspraak: premium wage, exemptions, target
    group."""

    year: int
    #: the employer's premium wage for the Aof premium in the year (premieplichtig loon; it is
    #: capped per employee at the maximum premium wage before it reaches this figure: give it so)
    premium_wage: Decimal | None = None
    #: the part of it paid to hired-out employees (art 6 lid 4 a)
    hired_out_premium_wage: Decimal = ZERO
    #: the part paid to Wsw employees not seconded to another employer, and in beschut werk
    #: (art 6 lid 4 b)
    wsw_premium_wage: Decimal = ZERO
    #: benefits (WIA, WAO, ZW, WAZO, WW) and their supplements, and Toeslagenwet toeslagen paid
    #: through the payroll (art 6 lid 4 c)
    benefits_premium_wage: Decimal = ZERO
    #: paid hours of target-group employees in the year
    target_group_hours: Decimal = ZERO
    #: how many target-group employees those hours are spread over
    target_group_employees: int | None = None
    #: each target-group employee's paid hours in the year (the LKV cap is per employee)
    employee_hours: tuple[Decimal, ...] = ()
    #: the average premium wage per employee (Besluit Wfsv art 2.5 lid 2) of the second calendar
    #: year before the premium year (overrides the data)
    average_premium_wage: Decimal | None = None
    #: the employer's own premium wage in the second calendar year before the premium year
    #: (Besluit Wfsv art 2.19d lid 1)
    premium_wage_two_years_before: Decimal | None = None
    #: the year the employer started employing (Besluit Wfsv art 2.19d lid 4: small in that year
    #: and the next)
    employer_since: int | None = None
    #: how art 6 lid 6's "opslagpercentage op het hoge premiepercentage" is read
    surcharge_reading: SurchargeReading = "points"


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
    if found is None or under_quota_law(data, employer.year):
        raise BanencalcError(
            Msg(
                "{year} falls under the quota law, not the Wet banenafspraak (its art 12)",
                year=str(employer.year),
            ),
            field="year",
        )
    regime = found[1]
    _check(employer)
    if employer.employee_hours and employer.target_group_hours == 0:
        employer = replace(employer, target_group_hours=sum(employer.employee_hours, ZERO))
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
    base = _surcharge_base(employer, steps) if surcharge_due else None
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
            steps.append(_surcharge_step(reading, base, rate, high, opslag))
            notes.append(_reading_note(reading, other_reading, other))
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
    lkv, upper_bound, bonus = _lkv(employer, param, steps, notes, in_force=in_force)
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
    notes.append(NOT_VERIFIED_REPEAL)
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


READING_WORDS = {
    "points": "percentage points added to the high Aof rate (premium base x percentage)",
    "share": "a share of the high Aof rate (premium base x high rate x percentage)",
}


def _surcharge_step(
    reading: SurchargeReading,
    base: Decimal,
    rate: Decimal,
    high: Decimal | None,
    amount: Decimal | None,
) -> Step:
    if reading == "points":
        return Step(
            Msg("inclusiviteitsopslag, read as percentage points on the high Aof rate"),
            Msg("{base} x {rate}%", base=base, rate=rate),
            amount,
            ART_RATE,
        )
    return Step(
        Msg("inclusiviteitsopslag, read as a share of the high Aof rate"),
        Msg("{base} x {high}% x {rate}%", base=base, high=high or "?", rate=rate),
        amount,
        ART_RATE,
    )


def _reading_note(
    reading: SurchargeReading, other_reading: SurchargeReading, other: Decimal | None
) -> Msg:
    """The surcharge rests on a reading of art 6 lid 6: say which, and what the other gives."""
    return Msg(
        "an interpretation: Wet banenafspraak art 6 lid 6 sets 'een opslagpercentage op het hoge "
        "premiepercentage'; the tool reads it as {reading}; read as {other}, the surcharge is "
        "{amount} (choose the reading with the surcharge reading option)",
        reading=Msg(READING_WORDS[reading]),
        other=Msg(READING_WORDS[other_reading]),
        amount=Msg("EUR {value}", value=other) if other is not None else Msg("not computable"),
    )


def _surcharge_base(employer: WetInput, steps: list[Step]) -> Decimal | None:
    """The premium wage less what art 6 lid 4 exempts: hired-out employees (a), non-seconded Wsw
    employees and beschut werk (b), benefits and supplements (c)."""
    if employer.premium_wage is None:
        return None
    base = employer.premium_wage
    exemptions = [
        (amount, label, article)
        for amount, label, article in (
            (employer.hired_out_premium_wage, Msg("less hired-out employees"), ART_HIRED_OUT),
            (
                employer.wsw_premium_wage,
                Msg("less non-seconded Wsw employees and beschut werk"),
                ART_WSW,
            ),
            (employer.benefits_premium_wage, Msg("less benefits and supplements"), ART_BENEFITS),
        )
        if amount
    ]
    if not exemptions:
        steps.append(
            Step(
                Msg("premium wage, less what art 6 lid 4 exempts"),
                Msg("{wage} - 0 (no exempted wage given)", wage=base),
                base,
                "Wet banenafspraak art 6 lid 4 onder a, b and c",
            )
        )
    for amount, label, article in exemptions:
        steps.append(
            Step(
                Msg("premium wage, {label}", label=label),
                Msg("{wage} - {amount}", wage=base, amount=amount),
                base - amount,
                article,
            )
        )
        base -= amount
    return base


def _small_employer(
    data: Dataset,
    employer: WetInput,
    param: Lookup,
    steps: list[Step],
    notes: list[Msg],
) -> bool | None:
    """Besluit Wfsv art 2.19d: small when the employer's own premium wage of the second calendar
    year before the premium year is at most 25 x the average premium wage per employee of that
    year (Besluit art 2.5 lid 2); small whatever its wage when it started in the premium year or
    the year before (lid 4). None when a figure the test needs is missing."""
    year, earlier = employer.year, employer.year - 2
    if employer.employer_since is not None and employer.employer_since >= year - 1:
        steps.append(
            Step(
                Msg(
                    "small employer: an employer since {since}", since=str(employer.employer_since)
                ),
                Msg(
                    "started in {year} or {previous}: small whatever its wage",
                    year=str(year),
                    previous=str(year - 1),
                ),
                True,
                ART_SMALL_NEW,
            )
        )
        return True
    factor = param("wet.small_employer_factor").value
    if employer.average_premium_wage is not None:
        average: Decimal | None = employer.average_premium_wage
    else:
        average = param("wet.average_premium_wage_eur").value
    own = employer.premium_wage_two_years_before
    if own is None or average is None or factor is None:
        missing = [
            Msg("the employer's own premium wage of {year}", year=str(earlier))
            if own is None
            else None,
            Msg("the average premium wage per employee of {year}", year=str(earlier))
            if average is None
            else None,
        ]
        notes.append(
            Msg(
                "the small-employer test (Besluit Wfsv art 2.19d lid 1) was not applied: it "
                "needs {missing}; an employer that started in {year} or {previous} is small "
                "whatever its wage (lid 4)",
                missing=Msg.joined([m for m in missing if m is not None], " and "),
                year=str(year),
                previous=str(year - 1),
            )
        )
        return None
    threshold = factor * average
    small = own <= threshold
    steps.append(
        Step(
            Msg(
                "small employer: own premium wage of {year} at most {factor} x the average of "
                "{year}?",
                factor=factor,
                year=str(earlier),
            ),
            Msg(
                "{wage} <= {factor} x {average} = {threshold}",
                wage=own,
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
) -> tuple[Decimal | None, bool, Decimal | None]:
    """The loonkostenvoordeel (Wtl art 2.13): EUR 1.01 a paid hour, at most EUR 2,000 per
    employee a year, each employee capped on their own hours. From totals alone the cap cannot be
    applied per employee: the result is then an upper bound, and says so. Returns the amount,
    whether it is an upper bound, and the banenafspraakbonus."""
    hours = employer.target_group_hours
    if hours <= 0 and not employer.employee_hours:
        return None, False, None
    per_hour = param("wet.lkv_per_hour_eur").value
    cap = param("wet.lkv_max_eur").value
    assert per_hour is not None and cap is not None
    people = employer.target_group_employees
    upper = False
    if employer.employee_hours:
        each = [min(h * per_hour, cap) for h in employer.employee_hours]
        lkv = sum(each, ZERO)
        formula = Msg.joined(
            [
                Msg("min({hours} x EUR {rate}, EUR {cap})", hours=h, rate=per_hour, cap=cap)
                for h in employer.employee_hours
            ],
            " + ",
        )
        steps.append(Step(Msg("loonkostenvoordeel, per employee"), formula, lkv, ART_LKV))
    elif people is not None and people > 0:
        # an even spread gives the most a capped amount can come to: an upper bound
        each_one = min(hours / people * per_hour, cap)
        lkv = each_one * people
        upper = True
        steps.append(
            Step(
                Msg(
                    "loonkostenvoordeel, at most: per employee "
                    "min({hours} / {people} x EUR {rate}, EUR {cap})",
                    hours=hours,
                    people=people,
                    rate=per_hour,
                    cap=cap,
                ),
                Msg("{each} x {people}", each=each_one, people=people),
                lkv,
                ART_LKV,
            )
        )
    else:
        lkv = hours * per_hour
        upper = True
        steps.append(
            Step(
                Msg("loonkostenvoordeel, at most"),
                Msg("{hours} x EUR {rate}", hours=hours, rate=per_hour),
                lkv,
                ART_LKV,
            )
        )
    if upper:
        notes.append(
            Msg(
                "the loonkostenvoordeel is an upper bound: the cap of EUR {cap} applies to each "
                "employee's own hours (Wtl art 2.13), which only totals were given for; give each "
                "target-group employee's hours to apply it",
                cap=cap,
            )
        )
    notes.append(
        Msg(
            "no loonkostenvoordeel for employees past the AOW age, nor for Wsw employees who are "
            "not seconded (Wtl art 2.10 lid 2): leave their hours out"
        )
    )
    bonus: Decimal | None = None
    if in_force:
        bonus = _bonus(employer, param, steps, notes, hours)
    return lkv, upper, bonus


def _bonus(
    employer: WetInput, param: Lookup, steps: list[Step], notes: list[Msg], hours: Decimal
) -> Decimal | None:
    """The banenafspraakbonus, modelled per paid hour with an optional cap per employee (the
    2019 design letter's form); Wet art 1 refers to a Wtl lid that does not exist: not statute."""
    per_hour = param("wet.banenafspraakbonus_per_hour_eur").value
    if per_hour is None:
        notes.append(
            Msg(
                "with the quotumregeling in force a banenafspraakbonus raises the "
                "loonkostenvoordeel; its form and amount are not in statute (Wet banenafspraak art "
                "1 refers to a Wtl art 2.13 lid 2 that the Wtl text valid from 2026 does not have)"
            )
        )
        return None
    cap = param("wet.banenafspraakbonus_max_eur").value
    each = list(employer.employee_hours) or [hours]
    amounts = [h * per_hour if cap is None else min(h * per_hour, cap) for h in each]
    bonus = sum(amounts, ZERO)
    steps.append(
        Step(
            Msg("banenafspraakbonus (assumed per paid hour)"),
            Msg("{hours} x EUR {rate}", hours=sum(each, ZERO), rate=per_hour)
            if cap is None
            else Msg("per employee min(hours x EUR {rate}, EUR {cap})", rate=per_hour, cap=cap),
            bonus,
            ART_BONUS,
        )
    )
    notes.append(
        Msg(
            "the banenafspraakbonus is not yet in statute: it is computed per paid hour as the "
            "2019 design letter described it, as a what-if"
        )
    )
    return bonus


def _check(employer: WetInput) -> None:
    for field, value in (
        ("premium_wage", employer.premium_wage),
        ("hired_out_premium_wage", employer.hired_out_premium_wage),
        ("wsw_premium_wage", employer.wsw_premium_wage),
        ("benefits_premium_wage", employer.benefits_premium_wage),
        ("target_group_hours", employer.target_group_hours),
        ("average_premium_wage", employer.average_premium_wage),
        ("premium_wage_two_years_before", employer.premium_wage_two_years_before),
        *(("employee_hours", h) for h in employer.employee_hours),
    ):
        if value is not None and (not value.is_finite() or value < 0):
            raise BanencalcError(
                Msg("must be an amount of 0 or more, not {value}", value=value), field=field
            )
    exempt = (
        employer.hired_out_premium_wage + employer.wsw_premium_wage + employer.benefits_premium_wage
    )
    if employer.premium_wage is not None and exempt > employer.premium_wage:
        raise BanencalcError(
            Msg(
                "the exempted premium wage (hired-out, Wsw and beschut werk, benefits: {exempt}) "
                "exceeds the premium wage {wage}",
                exempt=exempt,
                wage=employer.premium_wage,
            ),
            field="hired_out_premium_wage",
        )
    if employer.target_group_employees is not None and employer.target_group_employees < 0:
        raise BanencalcError(Msg("must be 0 or more"), field="target_group_employees")
    if employer.target_group_employees == 0 and employer.target_group_hours > 0:
        raise BanencalcError(
            Msg(
                "0 target-group employees, but {hours} target-group hours: give how many "
                "employees work them",
                hours=employer.target_group_hours,
            ),
            field="target_group_employees",
        )
    if employer.employee_hours:
        total = sum(employer.employee_hours, ZERO)
        if employer.target_group_hours not in (ZERO, total):
            raise BanencalcError(
                Msg(
                    "the target-group hours {hours} differ from the sum of the hours per "
                    "employee {total}; give one or make them agree",
                    hours=employer.target_group_hours,
                    total=total,
                ),
                field="target_group_hours",
            )
        if employer.target_group_employees not in (None, len(employer.employee_hours)):
            raise BanencalcError(
                Msg(
                    "{people} target-group employees, but hours for {count}",
                    people=employer.target_group_employees,
                    count=len(employer.employee_hours),
                ),
                field="target_group_employees",
            )
    if employer.employer_since is not None and not 1900 <= employer.employer_since <= employer.year:
        raise BanencalcError(
            Msg(
                "{since} is not a year the employer can have started in (1900-{year})",
                since=str(employer.employer_since),
                year=str(employer.year),
            ),
            field="employer_since",
        )
    if employer.surcharge_reading not in SURCHARGE_READINGS:
        raise BanencalcError(
            Msg(
                "{reading} is not a reading: points or share",
                reading=repr(employer.surcharge_reading),
            ),
            field="surcharge_reading",
        )


def _plain(name: str, value: Decimal | None) -> Decimal | str:
    """A parameter's value in a sentence: a year as a year (2027, not 2,027)."""
    if value is None:
        return "-"
    return str(value) if name.endswith("_year") else value
