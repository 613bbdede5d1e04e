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
from decimal import Decimal
from typing import Literal, NamedTuple

from banencalc.base.messages import Msg
from banencalc.calc.employer_input import (
    ART_A,
    ART_A_WSW,
    ART_B,
    ART_C,
    ART_LIABLE,
    ART_NOT_ACTIVATED,
    ROUND_SHORTFALL,
    ROUND_VARIABLES,
    ZERO,
    EmployerInput,
    check_input,
)
from banencalc.calc.employer_notes import liability_reason, notes_for, trimmed, where
from banencalc.calc.liability import LiabilityTest, liability_tests, one_scaled
from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import QuotaStatus, Step
from banencalc.calc.rules import ART_FORMULA, Rules, rules_for
from banencalc.calc.status import sector_name
from banencalc.dataset.records import Dataset, Source
from banencalc.law import quota_levy

#: the public names (the inputs live in employer_input, the words in employer_notes)
__all__ = [
    "EmployerInput",
    "EmployerResult",
    "LiabilityTest",
    "Position",
    "Variables",
    "assess",
    "position",
    "variables",
]


@dataclass(frozen=True)
class EmployerResult:
    """One employer's quota position under the quota law, with the calculation path of the
    levy decision."""

    input: EmployerInput
    liable: bool
    liability_reason: Msg
    liability_tests: list[LiabilityTest]
    #: the quota was activated for the employer's sector in the year (Wfsv art 122n lid 1)
    activated: bool
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    #: the variables of Wfsv art 38g lid 3 as rounded (Besluit Wfsv art 2.23 lid 2); B is None
    #: without a quota percentage, and so is every figure computed from it below
    variable_a: Decimal
    variable_b: Decimal | None
    variable_c: Decimal
    variable_d: Decimal
    required_hours: Decimal | None
    required_jobs: Decimal | None
    realised_jobs: Decimal
    shortfall_hours: Decimal | None
    #: the quotumtekort as the statute rounds it (one decimal, down)
    shortfall_jobs: Decimal | None
    #: the same from the unrounded inputs, with no rounding at all
    shortfall_jobs_unrounded: Decimal | None
    levy_eur: Decimal | None
    levy_eur_unrounded: Decimal | None
    #: whether a levy is collected for the year at all (Wfsv art 122na: none for 2018-2025)
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
    """The numbers of one employer's position (what a batch row holds; cheap to make).

    Without a quota percentage (a sector whose quota was never activated, or a year whose
    percentage is not published) the figures that need one are None: there is nothing to compute
    them from, and 0 would read as an answer."""

    liable: bool
    required_hours: Decimal | None
    required_jobs: Decimal | None
    realised_jobs: Decimal
    shortfall_jobs: Decimal | None
    shortfall_jobs_unrounded: Decimal | None
    levy_eur: Decimal | None
    levy_eur_unrounded: Decimal | None


@dataclass(frozen=True)
class Variables:
    """A, B, C and D of Wfsv art 38g lid 3 as the statute rounds them (hundredths, floored:
    Besluit Wfsv art 2.23 lid 2), and the unrounded A and C (what tools that skip it use)."""

    a: int
    b: int | None
    c: int
    d: int
    raw_a: Decimal
    raw_c: Decimal

    @property
    def required_hours(self) -> Decimal | None:
        """A x B%, from the rounded variables (exact)."""
        if self.b is None:
            return None
        return Decimal(self.a).scaleb(-2) * Decimal(self.b).scaleb(-2) / 100


def variables(rules: Rules, employer: EmployerInput) -> Variables:
    """The employer's variables, computed by the law kernel from exact integers."""
    values, scale = quota_levy.scaled(
        [
            employer.paid_hours,
            employer.hired_out_hours,
            employer.wsw_hours,
            employer.target_group_hours,
            employer.hours_from_lenders,
            employer.hours_to_hirers,
        ]
    )
    paid, hired_out, wsw, own, from_lenders, to_hirers = values
    pct = rules.quota_pct
    b = None if pct is None else quota_levy.to_hundredths(*one_scaled(pct))
    return Variables(
        a=quota_levy.variable_a(paid, hired_out, wsw, scale),
        b=b,
        c=quota_levy.variable_c(own, from_lenders, to_hirers, scale),
        d=quota_levy.to_hundredths(*one_scaled(rules.hours_per_job)),
        raw_a=employer.paid_hours - employer.hired_out_hours - employer.wsw_hours,
        raw_c=employer.target_group_hours + employer.hours_from_lenders - employer.hours_to_hirers,
    )


def position(
    rules: Rules,
    employer: EmployerInput,
    tests: list[LiabilityTest] | None = None,
    found: Variables | None = None,
) -> Position:
    """Liability, required and realised jobs, shortfall and levy under `rules` (no paperwork).

    Liability needs an activated sector (Wfsv art 122n lid 1) and both threshold tests passed
    (Wfsv art 34 lid 4 and 6); the figures need the year's percentage (Position says None)."""
    tests = tests if tests is not None else liability_tests(rules, employer)
    liable = rules.activated and not any(t.applied and t.below_threshold for t in tests)
    v = found or variables(rules, employer)
    d = Decimal(v.d).scaleb(-2)
    realised = Decimal(v.c).scaleb(-2) / d
    pct, required = rules.quota_pct, v.required_hours
    if pct is None or v.b is None or required is None:  # nothing to compute the figures from
        no_levy = None if liable else ZERO  # not liable: certainly no levy
        return Position(liable, None, None, realised, None, None, no_levy, no_levy)
    tenths = quota_levy.quotumtekort_tenths(v.a, v.b, v.c, v.d)
    statutory = Decimal(tenths).scaleb(-1)
    # what tools that skip the statute's roundings print: the same formula, nothing rounded
    unrounded = max(ZERO, (v.raw_a * pct / 100 - v.raw_c) / rules.hours_per_job)
    return Position(
        liable=liable,
        required_hours=required,
        required_jobs=required / d,
        realised_jobs=realised,
        shortfall_jobs=statutory,
        shortfall_jobs_unrounded=unrounded,
        levy_eur=quota_levy.levy(tenths, rules.levy_per_job) if liable else ZERO,
        levy_eur_unrounded=unrounded * rules.levy_per_job if liable else ZERO,
    )


def assess(data: Dataset, employer: EmployerInput, rules: Rules | None = None) -> EmployerResult:
    """The full calculation path for one employer in one year, as the levy decision states it
    (Wfsv art 38h lid 2: the decision contains the calculation of the quotumtekort).

    Every employer gets an answer: in a sector whose quota was never activated (the market) the
    verdict is "not liable" with the article, and the figures that exist (its realised jobs, and
    the required jobs where a percentage is published or given) are shown as information."""
    check_input(employer)
    rules = rules or rules_for(
        data, employer.year, employer.sector, employer.period, employer.quota_pct
    )
    if employer.sector != rules.sector:  # given by name: the result names the sector by its id
        employer = replace(employer, sector=rules.sector)
    tests = liability_tests(rules, employer)
    found = variables(rules, employer)
    numbers = position(rules, employer, tests, found)
    pct = rules.quota_pct
    raw_a, raw_c = found.raw_a, found.raw_c
    # the variables as the statute rounds them (hundredths), shown as decimals
    a, c, d = (Decimal(x).scaleb(-2) for x in (found.a, found.c, found.d))
    b = Decimal(found.b).scaleb(-2) if found.b is not None else None
    liable = numbers.liable
    unit = Msg("a year") if employer.period == "year" else Msg("a week")
    levy_test, previous_test = tests
    reason = liability_reason(rules, employer, raw_a, unit, levy_test, previous_test)
    notes = notes_for(rules, employer, numbers, previous_test)
    previous_steps = (
        [
            Step(
                Msg("paid hours {year} (the previous year)", year=str(previous_test.year)),
                Msg(
                    "{hours}; below {threshold}?",
                    hours=previous_test.paid_hours or ZERO,
                    threshold=trimmed(previous_test.threshold_hours),
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
                "paid hours {year} for the threshold (less hired-out agency staff and own Wsw "
                "staff)",
                year=str(employer.year),
            ),
            Msg(
                "{paid} - {hired_out}; below {threshold}?",
                paid=employer.paid_hours,
                hired_out=employer.hired_out_hours + employer.wsw_hours,
                threshold=trimmed(levy_test.threshold_hours),
            ),
            bool(levy_test.below_threshold),
            levy_test.article,
        ),
        *previous_steps,
        Step(
            Msg("liable"),
            reason,
            liable,
            ART_LIABLE if rules.activated else ART_NOT_ACTIVATED,
        ),
        Step(
            Msg("A: paid hours, less hired-out agency staff"),
            Msg(
                "{paid} - {hired_out}", paid=employer.paid_hours, hired_out=employer.hired_out_hours
            )
            if not employer.wsw_hours
            else Msg(
                "{paid} - {hired_out} - {wsw} (own Wsw staff, not seconded)",
                paid=employer.paid_hours,
                hired_out=employer.hired_out_hours,
                wsw=employer.wsw_hours,
            ),
            a,
            ART_A if not employer.wsw_hours else ART_A_WSW,
            raw_a,
            ROUND_VARIABLES,
        ),
        Step(
            Msg("B: quota percentage ({status})", status=Msg(rules.quota_status)),
            Msg("{pct}%", pct=pct)
            if pct is not None
            else Msg("no quota percentage is set for {sector} in {year}", **where(rules)),
            b,
            ART_B,
            pct,
            ROUND_VARIABLES if pct is not None else None,
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
    ]
    if pct is not None and b is not None and numbers.shortfall_jobs is not None:
        steps += [
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
                max(ZERO, (a * b / 100 - c) / d),  # before the rounding of art 2.23 lid 3
                ROUND_SHORTFALL,
            ),
        ]
    steps.append(
        Step(
            Msg("levy (quotumheffing): quotumtekort x levy per job"),
            Msg("{jobs} x EUR {levy}", jobs=numbers.shortfall_jobs, levy=rules.levy_per_job)
            if liable and numbers.shortfall_jobs is not None
            else Msg("not liable: 0")
            if not liable
            else Msg("no quota percentage to compute it with"),
            numbers.levy_eur,
            rules.articles["levy"],
        )
    )
    figures = list(rules.figures)
    required = numbers.required_hours
    return EmployerResult(
        input=employer,
        liable=liable,
        liability_reason=reason,
        liability_tests=tests,
        activated=rules.activated,
        quota_pct=pct,
        quota_status=rules.quota_status,
        variable_a=a,
        variable_b=b,
        variable_c=c,
        variable_d=d,
        required_hours=required,
        required_jobs=numbers.required_jobs,
        realised_jobs=numbers.realised_jobs,
        shortfall_hours=None if required is None else max(ZERO, required - c),
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
