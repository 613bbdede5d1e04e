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
from banencalc.calc.provenance import FigureRef, ref, sources_of
from banencalc.calc.regime import under_quota_law
from banencalc.calc.status import check_sector, check_year, sector_name
from banencalc.dataset.records import Amount, Dataset, Source, Status
from banencalc.law.rounding import floor_2dp

Origin = Literal["data", "user", "estimate"]
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
class QuotaInput:
    symbol: str
    name: str
    value: Decimal
    origin: Origin
    status: Status
    source: str | None = None
    note: Msg | None = None


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


def _constant(data: Dataset, name: str, year: int) -> Amount:
    figure = data.constant(name, year)
    if figure is None:
        raise BanencalcError(f"the data has no {name} for {year}")
    return figure


# The sector formula's constants are cited by the provision of the sector formula itself: the same
# numbers serve the employer formula under other articles (data/targets.yaml cites those).
SECTOR_ARTICLES = {
    "C": "Wfsv art 38f lid 2, variable C (set by ministerial regulation under Besluit Wfsv art "
    "2.22 lid 1; a different variable from G, though 1,331 too)",
    "E": "Wfsv art 38f lid 2, variable E (set by ministerial regulation under Besluit Wfsv art "
    "2.22 lid 1; the 1,623 of Besluit art 2.20)",
}
#: variable F of Wfsv art 38f lid 2: target-group people of art 38b lid 2 at liable employers, as
#: Besluit Wfsv art 2.32 onder b (government) and c (market) sets them; the last value holds for
#: the years after it ("2023 en later", "2025 en later")
F_BESLUIT_2_32 = {
    "government": {2017: 256, 2018: 534, 2019: 811, 2020: 1089, 2021: 1367, 2022: 1644, 2023: 1922},
    "market": {
        2017: 744, 2018: 1348, 2019: 1953, 2020: 2557, 2021: 3161, 2022: 3766, 2023: 4370,
        2024: 4974, 2025: 5578,
    },
}  # fmt: skip


def variable_f(sector: str, year: int) -> int | None:
    """F of Wfsv art 38f lid 2 for a sector and year (Besluit Wfsv art 2.32 onder b and c)."""
    series = F_BESLUIT_2_32.get(sector)
    if not series or year < min(series):
        return None
    return series[min(year, max(series))]


def _from_data(symbol: str, name: str, figure: Amount) -> QuotaInput:
    origin: Origin = "estimate" if figure.status == "estimated" else "data"
    return QuotaInput(
        symbol,
        name,
        figure.value,
        origin,
        figure.status,
        figure.source,
        Msg(SECTOR_ARTICLES[symbol])
        if symbol in SECTOR_ARTICLES
        else figure.article_text() or figure.note_text() or Msg.text(""),
    )


def _component(data: Dataset, sector: str, name: str, year: int) -> Amount | None:
    components = data.targets_file.quota_components.get(sector)
    if components is None:
        return None
    series: dict[int, Amount] = getattr(components, name)
    keys = [k for k in series if k <= year]
    return series[max(keys)] if keys else None


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
                "the quota is not activated for {sector} in {year} (regime: {regime})",
                sector=sector_name(data, sector),
                year=str(year),
                regime=regime[1].name if regime else "none",
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

    c_fig = _constant(data, "hours_per_job_year", year)
    e_fig = _constant(data, "hours_per_employee_year", year)
    inputs: dict[str, QuotaInput] = {
        "C": _from_data("C", "paid hours per target-group job a year", c_fig),
        "E": _from_data("E", "paid hours per employee a year", e_fig),
    }
    steps: list[Step] = []
    computed: Decimal | None = None

    a_input = _user_or_estimate(
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
        employee_hours = _user_or_estimate(
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
    figures = _quota_figures(data, sector, year, published, inputs)
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


def _user_or_estimate(
    data: Dataset,
    sector: str,
    component: str,
    year: int,
    symbol: str,
    name: str,
    user_value: Decimal | None,
    use_estimates: bool,
) -> QuotaInput | None:
    if user_value is not None:
        return QuotaInput(symbol, name, user_value, "user", "unverified")
    if not use_estimates:
        return None
    figure = _component(data, sector, component, year)
    if figure is None:
        return None
    note = figure.note_text()
    return QuotaInput(symbol, name, figure.value, "estimate", figure.status, figure.source, note)


def _quota_figures(
    data: Dataset,
    sector: str,
    year: int,
    published: Amount | None,
    inputs: dict[str, QuotaInput],
) -> list[FigureRef]:
    figures: list[FigureRef] = []
    if published is not None:
        figures.append(ref(f"quota.{sector}.{year}", published))
    for item in inputs.values():
        if item.source is not None:
            figures.append(
                FigureRef(
                    f"quota_input.{item.symbol}",
                    item.value,
                    item.status,
                    item.source,
                    item.note.english() if item.note else None,
                )
            )
    if "B" in inputs:
        for y in (year - 1, year):
            target = data.target(sector, y)
            if target is not None:
                figures.append(ref(f"targets.{sector}.{y}", target))
    return figures
