"""The support beside the surcharge: the loonkostenvoordeel doelgroep banenafspraak per employee
(Wtl art 2.13) and the banenafspraakbonus (Wet banenafspraak art 1)."""

from __future__ import annotations

from decimal import Decimal

from banencalc.base.messages import Msg
from banencalc.calc.quota import Step
from banencalc.calc.wet_input import ART_BONUS, ART_LKV, ZERO, Lookup, WetInput


def lkv_of(
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
        bonus = bonus_of(employer, param, steps, notes, hours)
    return lkv, upper, bonus


def bonus_of(
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
