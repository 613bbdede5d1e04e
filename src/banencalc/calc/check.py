"""The check: did a sector realise at least a share of its target at the end of a year (the
verdict a script gates on; exit 1 when missed)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef
from banencalc.calc.status import (
    MAX_TARGET_JOBS,
    StatusRow,
    achievement_pct,
    check_year,
    default_year,
    difference,
    provenance,
    root_sector,
    sector_status,
    shortfall,
)
from banencalc.dataset.records import Dataset, Source
from banencalc.dataset.sector_names import check_sector as check_sector


@dataclass(frozen=True)
class CheckResult:
    """A verdict for CI: did the sector reach its target (or a share of it) in the year."""

    year: int
    sector: str
    min_achievement_pct: Decimal
    #: the number of jobs that must be realised to pass: target x min% / 100
    threshold: Decimal
    passed: bool
    row: StatusRow
    figures: list[FigureRef]
    sources: list[Source]
    #: the keys of the figures the verdict rests on (this year's target and realised figure);
    #: the others (the previous year, for the growth column) are context
    verdict_keys: tuple[str, ...] = ()


def check(
    data: Dataset,
    year: int | None = None,
    sector: str | None = None,
    min_achievement_pct: Decimal = Decimal(100),
    target: int | None = None,
) -> CheckResult:
    """Did `sector` realise at least `min_achievement_pct` % of its target at the end of `year`?

    `target` stands in for the published target (which no year from 2026 has): the check then
    judges against the number the user gives, and says so. Without a year: the latest year with
    official figures."""
    if year is None:
        year = default_year(data)
    check_year(data, year)
    sector = check_sector(data, sector) if sector else root_sector(data)
    if not Decimal(0) < min_achievement_pct <= Decimal(1000):
        raise BanencalcError(
            Msg("{pct}: give a percentage above 0 and at most 1000", pct=min_achievement_pct),
            field="min_achievement_pct",
        )
    row = sector_status(data, sector, year)
    if target is not None:
        if not 0 < target <= MAX_TARGET_JOBS:
            raise BanencalcError(
                Msg(
                    "{target}: give a target from 1 to {most} jobs",
                    target=target,
                    most=MAX_TARGET_JOBS,
                ),
                field="target",
            )
        row = replace(
            row,
            target=target,
            target_status="estimated",
            notes=[*row.notes, Msg("target {target}: given for this check", target=target)],
        )
        if row.realised is not None:
            row = replace(
                row,
                difference=difference(row.realised, target),
                shortfall=shortfall(row.realised, target),
                achievement_pct=achievement_pct(row.realised, target),
            )
    if row.target is None or row.realised is None:
        missing = "target" if row.target is None else "realised figure"
        available = data.target_years(sector) if row.target is None else data.realised_years(sector)
        span = f"{available[0]}-{available[-1]}" if available else "none"
        raise BanencalcError(
            f"no published {missing} for {sector!r} in {year} (years with one: {span})"
        )
    threshold = Decimal(row.target) * min_achievement_pct / 100
    figures, sources = provenance(data, [row])
    return CheckResult(
        year=year,
        sector=sector,
        min_achievement_pct=min_achievement_pct,
        threshold=threshold,
        passed=Decimal(row.realised) >= threshold,
        row=row,
        figures=figures,
        sources=sources,
        verdict_keys=tuple(
            f.key
            for f in figures
            if f.key in (f"targets.{sector}.{year}", f"realised.{sector}.{year}")
        ),
    )
