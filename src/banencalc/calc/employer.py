"""One employer's quota position under the quota law (2015-2025), computed as the statute does.

    quotumtekort = (A x B - C) / D, never below zero                     Wfsv art 38g lid 3
    A  the employer's paid hours in the year, less the hours of agency staff it hires out as a
       lender (Besluit Wfsv art 2.31)
    B  the quota percentage of the employer's sector for the year (Wfsv art 38f lid 1)
    C  paid hours of target-group employees, plus hours a lender attributes to this employer as
       hirer, less hours this employer attributes to hirers (Besluit Wfsv art 2.28 lid 4 and 5)
    D  average paid hours of a target-group job a year: 1,331 (set by regulation, art 2.23 lid 1)
    A, B, C and D are rounded down to two decimals (Besluit Wfsv art 2.23 lid 2), the quotumtekort
    to one decimal (lid 3); the levy is the quotumtekort x EUR 5,000 (Wfsv art 38h lid 4).

    Liability: no levy for an employer that declared fewer than 40,575 paid hours (Besluit Wfsv art
    2.21, 25 x 1,623 of art 2.20) in the previous calendar year (Wfsv art 34 lid 4) or in the levy
    year (lid 6); a lender's hired-out agency hours do not count for that test (art 2.33 lid 1).

The core also keeps the unrounded figures (what tools that skip the statute's rounding print) so a
user can reconcile with them. Hours and money are exact Decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, NamedTuple

from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import QuotaStatus, Step
from banencalc.calc.rounding import floor_1dp, floor_2dp
from banencalc.calc.rules import ART_FORMULA, ART_LEVY_YEAR_TEST, Period, Rules, rules_for
from banencalc.calc.status import sector_name
from banencalc.dataset.records import Dataset, Source
from banencalc.errors import BanencalcError
from banencalc.messages import Msg

ZERO = Decimal(0)

# Articles cited by the calculation path (the constants cite their own, from the data).
ART_A = "Wfsv art 38g lid 3, variable A; Besluit Wfsv art 2.31 (hired-out agency staff)"
ART_B = "Wfsv art 38g lid 3, variable B (the percentage of Wfsv art 38f lid 1)"
ART_C = "Wfsv art 38g lid 3, variable C; Besluit Wfsv art 2.28 lid 4 and 5 (attributed hours)"
ROUND_VARIABLES = "Besluit Wfsv art 2.23 lid 2 (rounded down to two decimals)"
ROUND_SHORTFALL = "Besluit Wfsv art 2.23 lid 3 (rounded down to one decimal)"
ART_LIABLE = "Wfsv art 34 lid 3, 4 and 6"
ART_PREVIOUS_YEAR_TEST = "Wfsv art 34 lid 4; Besluit Wfsv art 2.21 lid 1"


@dataclass(frozen=True)
class EmployerInput:
    year: int
    #: total paid hours (verloonde uren) declared in the year (or a week, with period="week")
    paid_hours: Decimal
    #: paid hours of the employer's own target-group employees
    target_group_hours: Decimal = ZERO
    period: Period = "year"
    sector: str = "government"
    #: a user-supplied quota percentage (overrides the published one)
    quota_pct: Decimal | None = None
    #: paid hours declared in the previous calendar year; None: that test is not applied
    previous_year_hours: Decimal | None = None
    #: hours of agency staff this employer hires out as a lender (out of A and the threshold test)
    hired_out_hours: Decimal = ZERO
    #: target-group hours a lender attributes to this employer as hirer (C up)
    hours_from_lenders: Decimal = ZERO
    #: target-group hours this employer, as a lender, attributes to hirers (C down)
    hours_to_hirers: Decimal = ZERO


@dataclass(frozen=True)
class LiabilityTest:
    """One threshold test of Wfsv art 34: lid 6 (the levy year) or lid 4 (the year before)."""

    year: int
    paid_hours: Decimal | None
    threshold_hours: Decimal
    below_threshold: bool | None
    applied: bool
    article: str | Msg


@dataclass(frozen=True)
class EmployerResult:
    input: EmployerInput
    liable: bool
    liability_reason: Msg
    liability_tests: list[LiabilityTest]
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    #: the variables of Wfsv art 38g lid 3 as rounded (Besluit Wfsv art 2.23 lid 2)
    variable_a: Decimal
    variable_b: Decimal
    variable_c: Decimal
    variable_d: Decimal
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_hours: Decimal
    #: the quotumtekort as the statute rounds it (one decimal, down)
    shortfall_jobs: Decimal
    #: the same from the unrounded inputs, with no rounding at all
    shortfall_jobs_unrounded: Decimal
    levy_eur: Decimal
    levy_eur_unrounded: Decimal
    levy_charged: bool
    regime: str
    hours_per_job: Decimal
    threshold_hours: Decimal
    weeks_per_year: Decimal
    steps: list[Step]
    notes: list[Msg]
    figures: list[FigureRef]
    sources: list[Source]
    #: the sector's name in the reader's language (titles)
    sector_name: Msg


class Position(NamedTuple):
    """The numbers of one employer's position (what a batch row holds; cheap to make)."""

    liable: bool
    required_hours: Decimal
    required_jobs: Decimal
    realised_jobs: Decimal
    shortfall_jobs: Decimal
    shortfall_jobs_unrounded: Decimal
    levy_eur: Decimal
    levy_eur_unrounded: Decimal


def variable_a(paid_hours: Decimal, hired_out_hours: Decimal) -> Decimal:
    """A before rounding: paid hours less hired-out agency staff (Besluit Wfsv art 2.31)."""
    if hired_out_hours > paid_hours:
        raise BanencalcError(
            Msg(
                "hired-out agency hours {hired_out} exceed the paid hours {paid}",
                hired_out=hired_out_hours,
                paid=paid_hours,
            )
        )
    return paid_hours - hired_out_hours


def variable_c(own: Decimal, from_lenders: Decimal, to_hirers: Decimal) -> Decimal:
    """C before rounding: own target-group hours, + from lenders, - to hirers (art 2.28)."""
    value = own + from_lenders - to_hirers
    if value < 0:
        raise BanencalcError(
            Msg(
                "target-group hours attributed to hirers ({to_hirers}) exceed this employer's "
                "target-group hours ({own})",
                to_hirers=to_hirers,
                own=own + from_lenders,
            )
        )
    return value


def quotumtekort(a: Decimal, b: Decimal, c: Decimal, d: Decimal) -> tuple[Decimal, Decimal]:
    """(A x B% - C) / D not below zero, from the rounded variables: (unrounded, statutory).

    The variables are rounded down to two decimals (Besluit Wfsv art 2.23 lid 2) before use and
    the result down to one decimal (lid 3).
    """
    a, b, c, d = floor_2dp(a), floor_2dp(b), floor_2dp(c), floor_2dp(d)
    exact = max(ZERO, (a * b / 100 - c) / d)
    return exact, floor_1dp(exact)


def _liability_tests(rules: Rules, employer: EmployerInput) -> list[LiabilityTest]:
    own_hours = employer.paid_hours - employer.hired_out_hours  # Besluit Wfsv art 2.33 lid 1
    previous = employer.previous_year_hours
    return [
        LiabilityTest(
            rules.year,
            own_hours,
            rules.threshold_hours,
            own_hours < rules.threshold_hours,
            True,
            ART_LEVY_YEAR_TEST,
        ),
        LiabilityTest(
            rules.year - 1,
            previous,
            rules.previous_threshold_hours,
            None if previous is None else previous < rules.previous_threshold_hours,
            previous is not None,
            ART_PREVIOUS_YEAR_TEST,
        ),
    ]


def position(
    rules: Rules,
    employer: EmployerInput,
    tests: list[LiabilityTest] | None = None,
) -> Position:
    """Liability, required and realised jobs, shortfall and levy under `rules` (no paperwork)."""
    if rules.quota_pct is None:
        raise BanencalcError(
            Msg(
                "no quota percentage is published for {sector} in {year} (status unknown); give "
                "one to compute with",
                sector=rules.sector_name,
                year=str(rules.year),
            ),
            field="quota_pct",
        )
    tests = tests if tests is not None else _liability_tests(rules, employer)
    liable = rules.activated and not any(t.applied and t.below_threshold for t in tests)
    raw_a = variable_a(employer.paid_hours, employer.hired_out_hours)
    raw_c = variable_c(
        employer.target_group_hours, employer.hours_from_lenders, employer.hours_to_hirers
    )
    per_job = rules.hours_per_job
    statutory = quotumtekort(raw_a, rules.quota_pct, raw_c, per_job)[1]
    unrounded = max(ZERO, (raw_a * rules.quota_pct / 100 - raw_c) / per_job)
    a, b, c, d = floor_2dp(raw_a), floor_2dp(rules.quota_pct), floor_2dp(raw_c), floor_2dp(per_job)
    required = a * b / 100
    return Position(
        liable=liable,
        required_hours=required,
        required_jobs=required / d,
        realised_jobs=c / d,
        shortfall_jobs=statutory,
        shortfall_jobs_unrounded=unrounded,
        levy_eur=statutory * rules.levy_per_job if liable else ZERO,
        levy_eur_unrounded=unrounded * rules.levy_per_job if liable else ZERO,
    )


def assess(data: Dataset, employer: EmployerInput, rules: Rules | None = None) -> EmployerResult:
    """The full calculation path for one employer in one year, as the levy decision states it
    (Wfsv art 38h lid 2: the decision contains the calculation of the quotumtekort)."""
    _check(employer)
    rules = rules or rules_for(
        data, employer.year, employer.sector, employer.period, employer.quota_pct
    )
    if employer.sector != rules.sector:  # given by name: the result names the sector by its id
        employer = replace(employer, sector=rules.sector)
    tests = _liability_tests(rules, employer)
    numbers = position(rules, employer, tests)
    pct = rules.quota_pct
    assert pct is not None  # position() refuses a missing percentage
    raw_a = variable_a(employer.paid_hours, employer.hired_out_hours)
    raw_c = variable_c(
        employer.target_group_hours, employer.hours_from_lenders, employer.hours_to_hirers
    )
    a, b, c = floor_2dp(raw_a), floor_2dp(pct), floor_2dp(raw_c)
    d = floor_2dp(rules.hours_per_job)
    liable = numbers.liable
    unit = Msg("a year" if employer.period == "year" else "a week")
    levy_test, previous_test = tests
    if not rules.activated:
        reason = Msg(
            "the quota is not activated for {sector} in {year}",
            sector=sector_name(data, employer.sector),
            year=str(employer.year),
        )
    elif levy_test.below_threshold:
        reason = Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=_trim(raw_a),
            unit=unit,
            year=str(employer.year),
            threshold=_trim(levy_test.threshold_hours),
        )
    elif previous_test.applied and previous_test.below_threshold:
        reason = Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=_trim(previous_test.paid_hours or ZERO),
            unit=unit,
            year=str(previous_test.year),
            threshold=_trim(previous_test.threshold_hours),
        )
    else:
        reason = Msg(
            "{hours} paid hours {unit} is at least {threshold}",
            hours=_trim(raw_a),
            unit=unit,
            threshold=_trim(rules.threshold_hours),
        )
    notes = _notes(rules, employer, numbers, previous_test)
    previous_steps = (
        [
            Step(
                Msg("paid hours {year} (the previous year)", year=str(previous_test.year)),
                Msg(
                    "{hours}; below {threshold}?",
                    hours=previous_test.paid_hours or ZERO,
                    threshold=_trim(previous_test.threshold_hours),
                ),
                bool(previous_test.below_threshold),
                previous_test.article,
            )
        ]
        if previous_test.applied
        else []
    )
    steps = [
        Step(
            Msg(
                "paid hours {year} for the threshold (less hired-out agency staff)",
                year=str(employer.year),
            ),
            Msg(
                "{paid} - {hired_out}; below {threshold}?",
                paid=employer.paid_hours,
                hired_out=employer.hired_out_hours,
                threshold=_trim(levy_test.threshold_hours),
            ),
            bool(levy_test.below_threshold),
            levy_test.article,
        ),
        *previous_steps,
        Step(Msg("liable"), reason, liable, ART_LIABLE),
        Step(
            Msg("A: paid hours, less hired-out agency staff"),
            Msg(
                "{paid} - {hired_out}", paid=employer.paid_hours, hired_out=employer.hired_out_hours
            ),
            a,
            ART_A,
            raw_a,
            ROUND_VARIABLES,
        ),
        Step(
            Msg("B: quota percentage ({status})", status=Msg(rules.quota_status)),
            Msg("{pct}%", pct=pct),
            b,
            ART_B,
            pct,
            ROUND_VARIABLES,
        ),
        Step(
            Msg("C: target-group hours, + from lenders, - to hirers"),
            Msg(
                "{own} + {from_lenders} - {to_hirers}",
                own=employer.target_group_hours,
                from_lenders=employer.hours_from_lenders,
                to_hirers=employer.hours_to_hirers,
            ),
            c,
            ART_C,
            raw_c,
            ROUND_VARIABLES,
        ),
        Step(
            Msg("D: average paid hours of a target-group job"),
            Msg("{d}", d=rules.hours_per_job),
            d,
            rules.articles["job"],
            rules.hours_per_job,
            ROUND_VARIABLES,
        ),
        Step(
            Msg("required hours {unit}: A x B", unit=unit),
            Msg("{a} x {b}%", a=a, b=b),
            numbers.required_hours,
            ART_FORMULA,
        ),
        Step(
            Msg("quotumtekort: (A x B - C) / D, not below 0"),
            Msg("max(0, ({ab} - {c}) / {d})", ab=numbers.required_hours, c=c, d=d),
            numbers.shortfall_jobs,
            ART_FORMULA,
            quotumtekort(raw_a, pct, raw_c, rules.hours_per_job)[0],
            ROUND_SHORTFALL,
        ),
        Step(
            Msg("levy (quotumheffing): quotumtekort x levy per job"),
            Msg("{jobs} x EUR {levy}", jobs=numbers.shortfall_jobs, levy=rules.levy_per_job)
            if liable
            else Msg("not liable: 0"),
            numbers.levy_eur,
            rules.articles["levy"],
        ),
    ]
    figures = list(rules.figures)
    return EmployerResult(
        input=employer,
        liable=liable,
        liability_reason=reason,
        liability_tests=tests,
        quota_pct=pct,
        quota_status=rules.quota_status,
        variable_a=a,
        variable_b=b,
        variable_c=c,
        variable_d=d,
        required_hours=numbers.required_hours,
        required_jobs=numbers.required_jobs,
        realised_jobs=numbers.realised_jobs,
        shortfall_hours=max(ZERO, numbers.required_hours - c),
        shortfall_jobs=numbers.shortfall_jobs,
        shortfall_jobs_unrounded=numbers.shortfall_jobs_unrounded,
        levy_eur=numbers.levy_eur,
        levy_eur_unrounded=numbers.levy_eur_unrounded,
        levy_charged=rules.levy_charged,
        regime=rules.regime,
        hours_per_job=rules.hours_per_job,
        threshold_hours=rules.threshold_hours,
        weeks_per_year=rules.weeks_per_year,
        steps=steps,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
        sector_name=sector_name(data, employer.sector),
    )


def _notes(
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
                threshold=_trim(previous_test.threshold_hours),
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
    if not numbers.liable:
        notes.append(Msg("not liable: no levy applies; the quota figures show the position anyway"))
    elif numbers.levy_eur != numbers.levy_eur_unrounded:
        notes.append(
            Msg(
                "the statute rounds the quotumtekort down to one decimal (Besluit Wfsv art 2.23 "
                "lid 3): levy EUR {levy}; tools that skip the rounding print EUR {unrounded}",
                levy=numbers.levy_eur.quantize(CENT),
                unrounded=numbers.levy_eur_unrounded.quantize(CENT, ROUND_HALF_UP),
            )
        )
    return notes


def _trim(value: Decimal) -> Decimal:
    """Hours in a sentence: to two decimals, without trailing zeros (display only)."""
    rounded = value.quantize(CENT, ROUND_HALF_UP)
    if rounded == rounded.to_integral_value():
        return rounded.quantize(Decimal(1))
    return Decimal(str(rounded).rstrip("0"))


CENT = Decimal("0.01")


HOURS_FIELDS = (
    ("paid_hours", "paid hours"),
    ("target_group_hours", "target-group hours"),
    ("hired_out_hours", "hired-out agency hours"),
    ("hours_from_lenders", "target-group hours from lenders"),
    ("hours_to_hirers", "target-group hours to hirers"),
    ("previous_year_hours", "previous year's paid hours"),
)


def _check(employer: EmployerInput) -> None:
    for name, label in HOURS_FIELDS:
        value: Decimal | None = getattr(employer, name)
        if value is not None and (not value.is_finite() or value < 0):
            raise BanencalcError(
                Msg(
                    "{label} must be a number of hours of 0 or more, not {value}",
                    label=label,
                    value=value,
                )
            )
    if employer.quota_pct is not None and not Decimal(0) <= employer.quota_pct <= 100:
        raise BanencalcError(
            Msg(
                "the quota percentage must lie between 0 and 100, not {pct}",
                pct=employer.quota_pct,
            )
        )
