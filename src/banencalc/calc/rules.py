"""The figures of one year that the employer calculation uses, collected once with their provenance
(a batch of employers reuses them): the regime, the quota percentage, the job unit (variable D), the
liability threshold and the levy per job, each with the article the data cites for it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, ref
from banencalc.calc.quota import QuotaStatus, quota_status
from banencalc.calc.regime import under_quota_law
from banencalc.calc.status import check_sector, check_year, sector_name
from banencalc.dataset.records import Amount, Dataset, Regime
from banencalc.law.rounding import floor_2dp

Period = Literal["year", "week"]
ART_FORMULA = "Wfsv art 38g lid 3"
ART_LEVY_YEAR_TEST = "Wfsv art 34 lid 6; Besluit Wfsv art 2.21 lid 1 and 2.33 lid 1"


@dataclass(frozen=True)
class Rules:
    """The figures of one year that the employer calculation uses, with their provenance."""

    year: int
    sector: str
    #: the sector's name in the reader's language
    sector_name: Msg
    activated: bool
    levy_charged: bool
    regime: str
    #: what the regime does, in the reader's language (from the data)
    regime_description: Msg
    regime_article: Msg | None
    quota_pct: Decimal | None
    quota_status: QuotaStatus | Literal["user"]
    hours_per_job: Decimal  # variable D: per year (1,331) or per week (25.5)
    threshold_hours: Decimal  # per year (40,575) or its weekly equivalent
    #: the threshold in the previous year (its own constant, should the rule change)
    previous_threshold_hours: Decimal
    levy_per_job: Decimal
    #: 1,331 / 25.5: how a week's hours scale to a year's
    weeks_per_year: Decimal
    figures: tuple[FigureRef, ...]
    articles: dict[str, str | Msg]


def _constant(data: Dataset, name: str, year: int) -> Amount:
    figure = data.constant(name, year)
    if figure is None:
        raise BanencalcError(f"the data has no {name} in force in {year}")
    return figure


def rules_for(
    data: Dataset, year: int, sector: str, period: Period, quota_pct: Decimal | None = None
) -> Rules:
    """Collect the year's rules once (a batch of employers reuses them)."""
    sector = check_sector(data, sector)
    check_year(data, year)  # a year beyond the data is an error, never a silent carry-forward
    regime = data.regime(year)
    if not under_quota_law(data, year) and regime is not None:
        raise BanencalcError(
            Msg(
                "{year} falls under {regime}: there is no quotumheffing, percentage or threshold "
                "per employer (Wet banenafspraak art 12: the quota law applies to earlier years "
                "only); see the inclusiviteitsopslag instead",
                year=str(year),
                regime=regime[1].name,
            ),
            field="year",
        )
    activated = regime is not None and sector in regime[1].quota_sectors
    published = data.quota_percentage(sector, year)
    job_year = _constant(data, "hours_per_job_year", year)
    job_week = _constant(data, "hours_per_job_week", year)
    employee_year = _constant(data, "hours_per_employee_year", year)
    threshold = _constant(data, "liability_threshold_hours", year)
    previous_threshold = data.constant("liability_threshold_hours", year - 1) or threshold
    levy = _constant(data, "levy_per_job_eur", year)
    for name, fig in (("hours_per_job_year", job_year), ("hours_per_job_week", job_week)):
        # D is rounded down to two decimals before use (Besluit Wfsv art 2.23 lid 2)
        if floor_2dp(fig.value) <= 0:
            raise BanencalcError(
                f"{name} in {year} must be at least 0.01, not {fig.value} (the calculation "
                "divides by it, rounded down to two decimals)"
            )
    figures = [
        ref(f"constants.{name}.{year}", fig)
        for name, fig in (
            ("hours_per_job_year", job_year),
            ("hours_per_job_week", job_week),
            ("hours_per_employee_year", employee_year),
            ("liability_threshold_hours", threshold),
            ("levy_per_job_eur", levy),
        )
    ]
    if quota_pct is None and published is not None:
        figures.append(ref(f"quota.{sector}.{year}", published))
    weekly = job_week.value / job_year.value
    if period == "year":
        per_job, threshold_hours = job_year.value, threshold.value
        previous_hours = previous_threshold.value
    else:
        # A week's hours relate to a year's as 25.5 to 1,331 (the job unit in both forms).
        per_job = job_week.value
        threshold_hours = threshold.value * weekly
        previous_hours = previous_threshold.value * weekly
    job_figure = job_year if period == "year" else job_week
    return Rules(
        year=year,
        sector=sector,
        sector_name=sector_name(data, sector),
        activated=activated,
        levy_charged=bool(regime and regime[1].levy_charged),
        regime=regime[1].law if regime else "none",
        regime_description=_description(regime[1]) if regime else Msg("no quota regime"),
        regime_article=regime[1].article_text() if regime else None,
        quota_pct=quota_pct if quota_pct is not None else (published.value if published else None),
        quota_status="user"
        if quota_pct is not None
        else "not activated"
        if not activated and published is None
        else quota_status(published),
        hours_per_job=per_job,
        threshold_hours=threshold_hours,
        previous_threshold_hours=previous_hours,
        levy_per_job=levy.value,
        weeks_per_year=job_year.value / job_week.value,
        figures=tuple(figures),
        articles={
            "threshold": threshold.article_text() or ART_LEVY_YEAR_TEST,
            "job": job_figure.article_text() or ART_FORMULA,
            "levy": levy.article_text() or "Wfsv art 38h lid 4",
        },
    )


def _description(regime: Regime) -> Msg:
    """The regime's description as a clause (no closing full stop), in English and Dutch."""
    dutch = regime.description_nl.rstrip(".") if regime.description_nl else None
    return Msg.text(regime.description.rstrip("."), nl=dutch)
