"""What an employer's result says in words: why it is (not) liable and the notes beside the
figures (the tests of Wfsv art 34, the percentage's status, the levy's collection)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from banencalc.base.messages import Msg
from banencalc.calc.employer_input import ART_NOT_ACTIVATED, ZERO, EmployerInput
from banencalc.calc.rules import Rules

if TYPE_CHECKING:  # the result's types (employer.py imports this module)
    from banencalc.calc.employer import Position
    from banencalc.calc.liability import LiabilityTest


def where(rules: Rules) -> dict[str, object]:
    return {"sector": rules.sector_name, "year": str(rules.year)}


def liability_reason(
    rules: Rules,
    employer: EmployerInput,
    raw_a: Decimal,
    unit: Msg,
    levy_test: LiabilityTest,
    previous_test: LiabilityTest,
) -> Msg:
    """Why the employer is or is not liable, in one sentence."""
    if not rules.activated:
        return Msg("the quota is not activated for {sector} in {year}", **where(rules))
    if levy_test.below_threshold:
        return Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=trimmed(raw_a),
            unit=unit,
            year=str(employer.year),
            threshold=trimmed(levy_test.threshold_hours),
        )
    if previous_test.applied and previous_test.below_threshold:
        return Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=trimmed(previous_test.paid_hours or ZERO),
            unit=unit,
            year=str(previous_test.year),
            threshold=trimmed(previous_test.threshold_hours),
        )
    return Msg(
        "{hours} paid hours {unit} is at least {threshold}",
        hours=trimmed(raw_a),
        unit=unit,
        threshold=trimmed(rules.threshold_hours),
    )


def notes_for(
    rules: Rules, employer: EmployerInput, numbers: Position, previous_test: LiabilityTest
) -> list[Msg]:
    notes: list[Msg] = []
    if rules.quota_status == "indicative":
        notes.append(
            Msg(
                "the {year} quota percentage {pct}% is indicative: the definitive one may differ, "
                "and so would this result",
                year=str(employer.year),
                pct=rules.quota_pct,
            )
        )
    if employer.period == "week":
        notes.append(
            Msg(
                "indicative: the statute computes the quotumtekort over a calendar year (Wfsv art "
                "38g lid 3); a week's figures use the job unit of 25.5 hours"
            )
        )
    if not previous_test.applied:
        notes.append(
            Msg(
                "the previous-year test (Wfsv art 34 lid 4: fewer than {threshold} paid hours in "
                "{year} also means no levy) was not applied: the previous year's paid hours were "
                "not given",
                threshold=trimmed(previous_test.threshold_hours),
                year=str(previous_test.year),
            )
        )
    if rules.activated and not rules.levy_charged:
        notes.append(
            Msg(
                "no levy is executed for {year} ({article}): {why}; the amounts show what the "
                "law's formula gives",
                year=str(employer.year),
                article=rules.regime_article or rules.regime,
                why=rules.regime_description,
            )
        )
    if employer.hours_from_lenders:
        notes.append(
            Msg(
                "a reading: the hours lenders attribute are taken as given; Besluit Wfsv art 2.28 "
                "lid 4 caps them per person at that person's hours in the polisadministratie, "
                "which needs per-person data (not applied)"
            )
        )
    if employer.hours_to_hirers:
        notes.append(
            Msg(
                "a reading: C falls by the hours attributed to hirers; Besluit Wfsv art 2.28 lid 5 "
                "reduces it by the hours of hired-out arbeidsbeperkten without a condition of "
                "attribution: give all those hours as the hours to hirers for that reading"
            )
        )
    if not rules.activated:
        notes.append(
            Msg(
                "not liable in {year}: the quotumregeling was not activated for {sector} "
                "({article}); no levy and no quotumtekort apply",
                sector=rules.sector_name,
                year=str(employer.year),
                article=Msg(ART_NOT_ACTIVATED),
            )
        )
        if rules.quota_pct is not None:
            notes.append(
                Msg(
                    "the required jobs at {pct}% ({status}) are shown as information only",
                    pct=rules.quota_pct,
                    status=Msg(rules.quota_status),
                )
            )
    elif rules.quota_pct is None:
        notes.append(
            Msg(
                "no quota percentage is published for {sector} in {year}: the required jobs, "
                "shortfall and levy cannot be computed; give a percentage as a what-if to see "
                "them",
                **where(rules),
            )
        )
    if not numbers.liable:
        if rules.activated:
            notes.append(
                Msg("not liable: no levy applies; the quota figures show the position anyway")
            )
    elif (
        numbers.levy_eur is not None
        and numbers.levy_eur_unrounded is not None
        and numbers.levy_eur != numbers.levy_eur_unrounded
    ):
        notes.append(
            Msg(
                "the statute rounds the quotumtekort down to one decimal (Besluit Wfsv art 2.23 "
                "lid 3): levy EUR {levy}; tools that skip the rounding print EUR {unrounded}",
                levy=numbers.levy_eur.quantize(CENT),
                unrounded=numbers.levy_eur_unrounded.quantize(CENT, ROUND_HALF_UP),
            )
        )
    return notes


def trimmed(value: Decimal) -> Decimal:
    """Hours in a sentence: to two decimals, without trailing zeros (display only)."""
    rounded = value.quantize(CENT, ROUND_HALF_UP)
    if rounded == rounded.to_integral_value():
        return rounded.quantize(Decimal(1))
    return Decimal(str(rounded).rstrip("0"))


CENT = Decimal("0.01")
