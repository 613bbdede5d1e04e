"""The monitor page (`banencalc report`): the year's headline and the Reports the CLI renders for
it, gathered in one place. Nothing is computed twice: every section is the Report of a command
(`status --breakdown`, `history`, `trajectory`, `quota`) for the year and sector asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef
from banencalc.calc.quota import quota
from banencalc.calc.regime import RegimeRules, rules_of
from banencalc.calc.status import (
    StatusRow,
    check_sector,
    default_year,
    history,
    root_sector,
    sector_name,
    sector_status,
    status,
)
from banencalc.calc.trajectory import trajectory
from banencalc.dataset.records import Dataset, Source
from banencalc.report.model import Report
from banencalc.report.quota import quota_report
from banencalc.report.status import status_report
from banencalc.report.trajectory import trajectory_report


@dataclass(frozen=True)
class Unavailable:
    """A section the data cannot give for this year and sector, and why."""

    title: Msg
    reason: Msg


@dataclass(frozen=True)
class MonitorPage:
    year: int
    sector: str
    sector_name: Msg
    rules: RegimeRules
    #: the sector's own row for the year: target, realised, shortfall, % of target
    headline: StatusRow
    #: market, government and total, with the government sectors that have a published figure
    sectors: Report
    #: the sector's series since the first year, with its chart
    series: Report
    #: the catch-up path and the projection at the recent pace
    trajectory: Report | Unavailable
    #: the quota percentage of the year for each sector the quota law names
    quota: tuple[Report | Unavailable, ...]

    def reports(self) -> list[Report]:
        parts: list[Report | Unavailable] = [
            self.sectors,
            self.series,
            self.trajectory,
            *self.quota,
        ]
        return [r for r in parts if isinstance(r, Report)]

    @property
    def figures(self) -> list[FigureRef]:
        """Every figure the page shows, once, with its status and source."""
        seen: dict[str, FigureRef] = {}
        for report in self.reports():
            for figure in report.payload.get("figures", []):
                seen.setdefault(figure["key"], FigureRef(**figure))
        return list(seen.values())

    @property
    def sources(self) -> list[Source]:
        """Every source behind the page, once, in order of first use."""
        seen: dict[str, Source] = {s.id: s for s in self.rules.sources}
        for report in self.reports():
            for source in report.sources:
                seen.setdefault(source.id, source)
        return list(seen.values())


#: the sectors whose quota percentage the page shows (the quota law sets one for each)
QUOTA_SECTORS = ("market", "government")


def monitor_page(data: Dataset, year: int | None = None, sector: str | None = None) -> MonitorPage:
    """The page for `year` (default: the latest with official figures) and `sector` (default:
    the total)."""
    year = default_year(data) if year is None else year
    sector = root_sector(data) if sector is None else check_sector(data, sector)
    rules = rules_of(data, year)
    breakdown = status(data, year, None if sector == root_sector(data) else sector, breakdown=True)
    published = [r for r in breakdown.rows if r.depth == 0 or _has_figures(r)]
    sectors = status_report(replace(breakdown, rows=published))
    series = status_report(history(data, sector, last=year), by_year=True)
    quota_sections = tuple(
        _or_unavailable(
            Msg(
                "Quota percentage, {sector}, around {year}",
                sector=sector_name(data, s),
                year=str(year),
            ),
            partial(_quota_section, data, year, s),
        )
        for s in QUOTA_SECTORS
        if s in data.sectors
    )
    return MonitorPage(
        year=year,
        sector=sector,
        sector_name=sector_name(data, sector),
        rules=rules,
        headline=sector_status(data, sector, year),
        sectors=sectors,
        series=series,
        trajectory=_or_unavailable(
            Msg("Catch-up path and projection"), partial(_catch_up, data, year, sector)
        ),
        quota=quota_sections,
    )


#: years of recent growth behind the projection (as `trajectory --window`)
WINDOW = 3


def _catch_up(data: Dataset, year: int, sector: str) -> Report:
    """The path from the page's year (the latest official one when the year has no official
    realised figure), with the pace of up to three years before it."""
    years = data.realised_years(sector, official_only=True)
    start = year if year in years else (years[-1] if years else year)
    window = min(WINDOW, start - years[0]) if years else WINDOW
    if window < 1:
        raise BanencalcError(
            Msg(
                "{year} is the first year with a realised figure: there is no pace before it",
                year=str(start),
            )
        )
    return trajectory_report(trajectory(data, sector, from_year=start, window=window))


def _quota_section(data: Dataset, year: int, sector: str) -> Report:
    return quota_report(quota(data, year, sector))


def _has_figures(row: StatusRow) -> bool:
    return any(v is not None for v in (row.target, row.realised, row.published_achievement_pct))


def _or_unavailable(title: Msg, build: Callable[[], Report]) -> Report | Unavailable:
    """The section, or why the data cannot give it (a sector with no published target has no
    catch-up path): the page says so instead of leaving it out."""
    try:
        return build()
    except BanencalcError as exc:
        return Unavailable(title, exc.msg)
