"""The quota percentage: the published one, and SZW's five-component form of the sector formula
(Wfsv art 38f lid 2).

    quota%(t) = floor_2dp( (A + B(t)) x C / (D(t) x E) x 100 )

The article's own formula has eight variables, A to H; this form leaves out F (target-group
people of Wfsv art 38b lid 2 at liable employers; values in Besluit Wfsv art 2.32 onder b and c,
shown beside the result), G (their average paid hours) and H (realised extra jobs). It is the form
SZW publishes, and it reproduces the published 1.93 (2018) and 2.14 (2019) from labelled estimates.

A  target-group jobs at the nulmeting, 1 Jan 2013 (sector)          not published: user or estimate
B  extra jobs to be realised in year t: the year's average of the targets (half-year rule)
   B(t) = target(t-1) + (target(t) - target(t-1)) / 2
C  average paid hours of target-group employees, both sectors: 1,331 (Wfsv art 38f lid 2, set by
   ministerial regulation under Besluit Wfsv art 2.22 lid 1; not the article's G)
D  employees at liable employers (sector)                            not published: user or estimate
E  paid hours per employee a year: 1,623 (Wfsv art 38f lid 2, set by regulation under Besluit
   Wfsv art 2.22 lid 1; the same figure as Besluit art 2.20's for the threshold)

Pure functions over a Dataset; exact Decimal arithmetic; the only rounding is the statutory one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, sources_of
from banencalc.calc.quota_figures import (
    SECTOR_ARTICLES,
    QuotaInput,
    constant,
    from_data,
    quota_figures,
    user_or_estimate,
    variable_f,
)
from banencalc.calc.regime import under_quota_law
from banencalc.calc.status import check_sector, check_year, sector_name
from banencalc.dataset.records import Amount, Dataset, Source
from banencalc.law.rounding import floor_2dp

QuotaStatus = Literal["definitive", "indicative", "unknown", "not activated"]
SeriesStatus = Literal["definitive", "indicative", "unknown", "not activated"]


def quota_status(figure: Amount | None) -> QuotaStatus:
    """Published percentages: verified/derived = definitive; indicative; anything else unknown."""
    if figure is None:
        return "unknown"
    if figure.official:
        return "definitive"
    return "indicative" if figure.status == "indicative" else "unknown"


@dataclass(frozen=True)
class Step:
    """One line of a calculation path: what, how, the result and the article it rests on."""

    description: Msg
    formula: Msg
    #: a number, a yes/no, or a year (text); None where the step has no value (the formula
    #: says why: e.g. no quota percentage to compute with)
    value: Decimal | bool | str | None
    #: the article: a citation the catalogue translates, or the data's text with its Dutch twin
    rule: str | Msg
    #: the value before a statutory rounding (None where the step does not round)
    unrounded: Decimal | None = None
    #: the article that prescribes that rounding
    rounding: str | None = None


@dataclass(frozen=True)
class SeriesPoint:
    year: int
    published_pct: Decimal | None
    status: SeriesStatus


@dataclass(frozen=True)
class QuotaResult:
    """A quota percentage: the published one with its status, and the recomputed one with its
    steps."""

    year: int
    sector: str
    #: the law in force in the year (`quota-law`, `wet-banenafspraak`)
    regime: str
    activated: bool
    published_pct: Decimal | None
    status: QuotaStatus
    published_source: str | None
    computed_pct: Decimal | None
    inputs: dict[str, QuotaInput]
    steps: list[Step]
    series: list[SeriesPoint]
    notes: list[Msg]
    figures: list[FigureRef] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    #: the sector's name in the reader's language (titles)
    sector_name: Msg = field(default_factory=lambda: Msg.text(""))


def _activated(data: Dataset, sector: str, year: int) -> bool:
    """Whether the regime in force in `year` activates the quota for `sector` (data, by year)."""
    regime = data.regime(year)
    return regime is not None and sector in regime[1].quota_sectors


def extra_jobs_in_year(data: Dataset, sector: str, year: int) -> tuple[Decimal, Msg]:
    """B(t): the average of the targets at the start and the end of the year (half-year rule)."""
    now, before = data.target(sector, year), data.target(sector, year - 1)
    if now is None or before is None:
        missing = year if now is None else year - 1
        raise BanencalcError(
            f"B({year}) needs the {sector} targets of {year - 1} and {year}; "
            f"there is no target for {missing}"
        )
    value = Decimal(before.value) + (Decimal(now.value) - Decimal(before.value)) / 2
    formula = Msg("{before} + ({now} - {before}) / 2", before=before.value, now=now.value)
    return value, formula


def quota(
    data: Dataset,
    year: int,
    sector: str = "government",
    *,
    nulmeting_jobs: Decimal | None = None,
    employees: Decimal | None = None,
    use_estimates: bool = False,
    around: int = 3,
) -> QuotaResult:
    """The published percentage for `sector` in `year`, and the formula where A and D are known.

    A and D come from the user (`nulmeting_jobs`, `employees`); with `use_estimates` the labelled
    estimates in the data fill what the user did not give.
    """
    sector = check_sector(data, sector)
    check_year(data, year)
    if not data.target_years(sector):
        raise BanencalcError(f"the data has no targets for {sector!r}")
    for name, value in (("nulmeting_jobs", nulmeting_jobs), ("employees", employees)):
        if value is not None and (not value.is_finite() or value <= 0):
            raise BanencalcError(
                Msg("must be a positive number, not {value}", value=value), field=name
            )
    published = data.quota_percentage(sector, year)
    regime = data.regime(year)
    activated = _activated(data, sector, year)
    notes: list[Msg] = []
    if not activated:
        notes.append(
            Msg(
                "the quota is not activated for {sector} in {year}",
                sector=sector_name(data, sector),
                year=str(year),
            )
        )
    if published is not None and published.note:
        notes.append(Msg("published {year}: {note}", year=str(year), note=published.note_text()))
    if not under_quota_law(data, year):
        notes.append(
            Msg(
                "from {year} the Wet banenafspraak applies: it sets no quota percentage per "
                "sector (its arts 5 and 6: an inclusiviteitsopslag after an activation instead); "
                "the percentages of 2018-2025 stay, set but with no levy executed (Wfsv art 122na)",
                year=str(year),
            )
        )

    c_fig = constant(data, "hours_per_job_year", year)
    e_fig = constant(data, "hours_per_employee_year", year)
    inputs: dict[str, QuotaInput] = {
        "C": from_data("C", "paid hours per target-group job a year", c_fig),
        "E": from_data("E", "paid hours per employee a year", e_fig),
    }
    steps: list[Step] = []
    computed: Decimal | None = None

    a_input = user_or_estimate(
        data,
        sector,
        "nulmeting_jobs",
        year,
        "A",
        "target-group jobs at the nulmeting",
        nulmeting_jobs,
        use_estimates,
    )
    if a_input is not None:
        inputs["A"] = a_input
    if employees is not None:
        inputs["D"] = QuotaInput(
            "D", "employees at liable employers", employees, "user", "unverified"
        )
        employee_hours: QuotaInput | None = QuotaInput(
            "DxE",
            "paid hours of all employees",
            employees * e_fig.value,
            "user",
            "unverified",
            note=Msg("D x E"),
        )
    else:
        employee_hours = user_or_estimate(
            data,
            sector,
            "employee_hours",
            year,
            "DxE",
            "paid hours of all employees",
            None,
            use_estimates,
        )
    if employee_hours is not None:
        inputs["DxE"] = employee_hours

    if a_input is not None and employee_hours is not None:
        b_value, b_formula = extra_jobs_in_year(data, sector, year)
        inputs["B"] = QuotaInput(
            "B",
            "extra jobs to realise in the year (the year's average)",
            b_value,
            "data",
            "derived",
            note=b_formula,
        )
        c, de = c_fig.value, employee_hours.value
        raw = (a_input.value + b_value) * c / de * 100
        computed = floor_2dp(raw)
        jobs = a_input.value + b_value
        steps = [
            Step(
                Msg("B: the year's average of the targets"),
                b_formula,
                b_value,
                "Wfsv art 38f (half-year rule)",
            ),
            Step(
                Msg("target-group jobs A + B"),
                Msg("{a} + {b}", a=a_input.value, b=b_value),
                jobs,
                "Wfsv art 38f",
            ),
            Step(
                Msg("their paid hours (A + B) x C"),
                Msg("{jobs} x {c}", jobs=jobs, c=c),
                jobs * c,
                SECTOR_ARTICLES["C"],
            ),
            Step(
                Msg("as a share of all paid hours D x E, in %"),
                Msg("... / {de} x 100", de=de),
                raw,
                "Wfsv art 38f",
            ),
            Step(
                Msg("rounded down to two decimals"),
                Msg("floor_2dp({raw})", raw=raw.quantize(Decimal("0.000001"))),
                computed,
                "Wfsv art 38f lid 1",
            ),
        ]
        if published is not None and computed != published.value:
            notes.append(
                Msg(
                    "computed {computed} differs from the published {published}",
                    computed=computed,
                    published=published.value,
                )
            )
        if any(i.origin == "estimate" for i in inputs.values()):
            notes.append(
                Msg(
                    "the computed percentage rests on estimates of A and D x E, not on "
                    "published figures"
                )
            )
    elif a_input is None or employee_hours is None:
        notes.append(
            Msg(
                "A and D are not published: give both (the target-group jobs at the nulmeting "
                "and the employees of liable employers), or use the labelled estimates, to "
                "compute the percentage"
            )
        )

    f_value = variable_f(sector, year)
    notes.append(
        Msg(
            "the form used is SZW's (A + B) x C / (D x E); Wfsv art 38f lid 2 has eight "
            "variables: it leaves out F{f}, G (their average paid hours) and H (realised extra "
            "jobs)",
            f=Msg(
                " (target-group people of Wfsv art 38b lid 2 at liable employers: {value} in "
                "{year}, Besluit Wfsv art 2.32)",
                value=f_value,
                year=str(year),
            )
            if f_value is not None
            else Msg(" (target-group people of Wfsv art 38b lid 2 at liable employers)"),
        )
    )
    series = [
        SeriesPoint(
            y,
            fig.value if fig else None,
            quota_status(fig) if fig or _activated(data, sector, y) else "not activated",
        )
        for y in range(year - around, year + around + 1)
        for fig in [data.quota_percentage(sector, y)]
        if y in data.target_years(sector) or fig is not None
    ]
    figures = quota_figures(data, sector, year, published, inputs)
    sources = sources_of(data, figures)
    return QuotaResult(
        year=year,
        sector=sector,
        sector_name=sector_name(data, sector),
        regime=regime[1].law if regime else "none",
        activated=activated,
        published_pct=published.value if published else None,
        status=quota_status(published),
        published_source=published.source if published else None,
        computed_pct=computed,
        inputs=inputs,
        steps=steps,
        series=series,
        notes=notes,
        figures=figures,
        sources=sources,
    )
