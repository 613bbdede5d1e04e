"""The Wet banenafspraak's vocabulary: an employer's inputs (checked once), the articles
cited, the readings the law leaves open, and looking parameters up with their source."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef
from banencalc.dataset.records import Dataset, Parameter

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


def find_parameter(data: Dataset, name: str) -> Parameter:
    found = data.parameter(name)
    if found is None:
        raise BanencalcError(f"the data has no parameter {name}")
    return found


def figure_ref(name: str, parameter: Parameter) -> FigureRef:
    return FigureRef(
        f"parameters.{name}", parameter.value, parameter.status, parameter.source, parameter.note
    )


def check_input(employer: WetInput) -> None:
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


def plain(name: str, value: Decimal | None) -> Decimal | str:
    """A parameter's value in a sentence: a year as a year (2027, not 2,027)."""
    if value is None:
        return "-"
    return str(value) if name.endswith("_year") else value
