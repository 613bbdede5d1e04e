"""The inclusiviteitsopslag's parts: the premium base less the exemptions (Wet banenafspraak
art 6 lid 4), the small-employer test (art 6 lid 3; Besluit Wfsv art 2.19d) and the two readings
of the rate (art 6 lid 6)."""

from __future__ import annotations

from decimal import Decimal

from banencalc.base.messages import Msg
from banencalc.calc.quota import Step
from banencalc.calc.wet_input import (
    ART_BENEFITS,
    ART_HIRED_OUT,
    ART_RATE,
    ART_SMALL,
    ART_SMALL_NEW,
    ART_WSW,
    Lookup,
    SurchargeReading,
    WetInput,
)
from banencalc.dataset.records import Dataset

READING_WORDS = {
    "points": "percentage points added to the high Aof rate (premium base x percentage)",
    "share": "a share of the high Aof rate (premium base x high rate x percentage)",
}


def surcharge_step(
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


def reading_note(
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


def surcharge_base(employer: WetInput, steps: list[Step]) -> Decimal | None:
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


def small_employer(
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
