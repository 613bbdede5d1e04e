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

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota import QuotaStatus, Step
from banencalc.calc.rules import ART_FORMULA, ART_LEVY_YEAR_TEST, Period, Rules, rules_for
from banencalc.calc.status import sector_name
from banencalc.dataset.records import Dataset, Source
from banencalc.law import quota_levy

ZERO = Decimal(0)

# Articles cited by the calculation path (the constants cite their own, from the data).
ART_A = "Wfsv art 38g lid 3, variable A; Besluit Wfsv art 2.31 (hired-out agency staff)"
ART_B = "Wfsv art 38g lid 3, variable B (the percentage of Wfsv art 38f lid 1)"
ART_C = "Wfsv art 38g lid 3, variable C; Besluit Wfsv art 2.28 lid 4 and 5 (attributed hours)"
ART_A_WSW = (
    "Wfsv art 38g lid 3, variable A, and lid 2 (own Wsw staff not seconded); Besluit Wfsv art 2.31"
)
ROUND_VARIABLES = "Besluit Wfsv art 2.23 lid 2 (rounded down to two decimals)"
ROUND_SHORTFALL = "Besluit Wfsv art 2.23 lid 3 (rounded down to one decimal)"
ART_LIABLE = "Wfsv art 34 lid 3, 4 and 6"
ART_PREVIOUS_YEAR_TEST = "Wfsv art 34 lid 4; Besluit Wfsv art 2.21 lid 1"
#: the quota applies to a sector only once a regulation has activated it for that sector
ART_NOT_ACTIVATED = (
    "Wfsv art 38e lid 1 and 122n lid 1: no quota levy for a sector without an activation regulation"
)


@dataclass(frozen=True)
class EmployerInput:
    """One employer's hours in one year: what the quota law's calculation (Wfsv art 38g) needs."""

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
    #: paid hours of the employer's own Wsw employees who are not seconded to another employer:
    #: neither employees nor target group for the quota (Wfsv art 38g lid 2), so out of A and the
    #: threshold test (Besluit Wfsv art 2.31 onder b, 2.33 lid 2); leave them out of the
    #: target-group hours too. Seconded Wsw employees count for the hirer (art 2.28 lid 1).
    wsw_hours: Decimal = ZERO


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
    b = None if pct is None else quota_levy.to_hundredths(*_one_scaled(pct))
    return Variables(
        a=quota_levy.variable_a(paid, hired_out, wsw, scale),
        b=b,
        c=quota_levy.variable_c(own, from_lenders, to_hirers, scale),
        d=quota_levy.to_hundredths(*_one_scaled(rules.hours_per_job)),
        raw_a=employer.paid_hours - employer.hired_out_hours - employer.wsw_hours,
        raw_c=employer.target_group_hours + employer.hours_from_lenders - employer.hours_to_hirers,
    )


def _one_scaled(value: Decimal) -> tuple[int, int]:
    values, scale = quota_levy.scaled([value])
    return values[0], scale


def _below(hours: Decimal, threshold: Decimal) -> bool:
    (number, limit), _ = quota_levy.scaled([hours, threshold])
    return quota_levy.below_threshold(number, limit)


def _liability_tests(rules: Rules, employer: EmployerInput) -> list[LiabilityTest]:
    # hired-out agency staff and own non-seconded Wsw staff leave the test (Besluit Wfsv art 2.33)
    own_hours = employer.paid_hours - employer.hired_out_hours - employer.wsw_hours
    previous = employer.previous_year_hours
    return [
        LiabilityTest(
            rules.year,
            own_hours,
            rules.threshold_hours,
            _below(own_hours, rules.threshold_hours),
            True,
            ART_LEVY_YEAR_TEST,
        ),
        LiabilityTest(
            rules.year - 1,
            previous,
            rules.previous_threshold_hours,
            None if previous is None else _below(previous, rules.previous_threshold_hours),
            previous is not None,
            ART_PREVIOUS_YEAR_TEST,
        ),
    ]


def position(
    rules: Rules,
    employer: EmployerInput,
    tests: list[LiabilityTest] | None = None,
    found: Variables | None = None,
) -> Position:
    """Liability, required and realised jobs, shortfall and levy under `rules` (no paperwork).

    Liability needs an activated sector (Wfsv art 122n lid 1) and both threshold tests passed
    (Wfsv art 34 lid 4 and 6); the figures need the year's percentage (Position says None)."""
    tests = tests if tests is not None else _liability_tests(rules, employer)
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
    _check(employer)
    rules = rules or rules_for(
        data, employer.year, employer.sector, employer.period, employer.quota_pct
    )
    if employer.sector != rules.sector:  # given by name: the result names the sector by its id
        employer = replace(employer, sector=rules.sector)
    tests = _liability_tests(rules, employer)
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
    reason = _liability_reason(rules, employer, raw_a, unit, levy_test, previous_test)
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
                "paid hours {year} for the threshold (less hired-out agency staff and own Wsw "
                "staff)",
                year=str(employer.year),
            ),
            Msg(
                "{paid} - {hired_out}; below {threshold}?",
                paid=employer.paid_hours,
                hired_out=employer.hired_out_hours + employer.wsw_hours,
                threshold=_trim(levy_test.threshold_hours),
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
            else Msg("no quota percentage is set for {sector} in {year}", **_where(rules)),
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


def _where(rules: Rules) -> dict[str, object]:
    return {"sector": rules.sector_name, "year": str(rules.year)}


def _liability_reason(
    rules: Rules,
    employer: EmployerInput,
    raw_a: Decimal,
    unit: Msg,
    levy_test: LiabilityTest,
    previous_test: LiabilityTest,
) -> Msg:
    """Why the employer is or is not liable, in one sentence."""
    if not rules.activated:
        return Msg("the quota is not activated for {sector} in {year}", **_where(rules))
    if levy_test.below_threshold:
        return Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=_trim(raw_a),
            unit=unit,
            year=str(employer.year),
            threshold=_trim(levy_test.threshold_hours),
        )
    if previous_test.applied and previous_test.below_threshold:
        return Msg(
            "{hours} paid hours {unit} in {year} is below {threshold}",
            hours=_trim(previous_test.paid_hours or ZERO),
            unit=unit,
            year=str(previous_test.year),
            threshold=_trim(previous_test.threshold_hours),
        )
    return Msg(
        "{hours} paid hours {unit} is at least {threshold}",
        hours=_trim(raw_a),
        unit=unit,
        threshold=_trim(rules.threshold_hours),
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
                **_where(rules),
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
    ("wsw_hours", "own Wsw staff's hours"),
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
