"""Catch-up trajectories: the pace that closes a gap by a year, and where the recent pace leads.

No statute prescribes a catch-up path: these are banencalc's own plain arithmetic (a straight line
to the target; the average yearly growth of recent years), documented in docs/methodology.md
section 5. Pure functions over a Dataset; exact Decimal arithmetic, nothing rounded here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg, Signed
from banencalc.calc.provenance import FigureRef, ref, sources_of
from banencalc.calc.status import MAX_TARGET_JOBS, check_sector, sector_name
from banencalc.dataset.records import Dataset, Source


@dataclass(frozen=True)
class TrajectoryRow:
    year: int
    #: the published (official) target path; None where no target is published
    official: int | None
    #: the straight line from the start to the target in the --by year
    required_path: Decimal
    #: the start plus the recent average yearly growth
    projection: Decimal
    #: the realised figure, where one is published
    realised: int | None
    #: the realised figure was published as "about N"
    realised_approximate: bool = False
    #: the path and projection start from an approximate figure, so they are approximate too
    from_approximate: bool = False


@dataclass(frozen=True)
class TrajectoryResult:
    """The pace that closes a sector's gap by a year, and where the recent pace leads."""

    sector: str
    target: int
    by: int
    from_year: int
    start: int
    required_per_year: Decimal
    window: int
    pace: Decimal
    #: the first year the projection reaches the target; None: not reached (pace <= 0)
    projected_year: int | None
    rows: list[TrajectoryRow]
    history: list[tuple[int, int]]
    notes: list[Msg]
    figures: list[FigureRef] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    #: the sector's name in the reader's language (titles)
    sector_name: Msg = field(default_factory=lambda: Msg.text(""))


def required_path(start: Decimal, target: Decimal, first: int, last: int, year: int) -> Decimal:
    """The linear catch-up path: `start` in `first`, exactly `target` in `last`."""
    return start + (target - start) * (year - first) / (last - first)


def projected_year(start: Decimal, target: Decimal, first: int, pace: Decimal) -> int | None:
    """The first year the projection start + pace x years reaches `target`; None if never."""
    if start >= target:
        return first
    if pace <= 0:
        return None
    years = ((target - start) / pace).to_integral_value(rounding=ROUND_CEILING)
    return first + int(years)


def trajectory(
    data: Dataset,
    sector: str,
    *,
    target: int | None = None,
    by: int | None = None,
    from_year: int | None = None,
    window: int = 3,
) -> TrajectoryResult:
    """The even pace that takes `sector` from its latest realised figure (or `from_year`) to
    `target` (default: its last published target) by `by`, year by year, and the year the pace of
    the last `window` years would reach it (None: never)."""
    sector = check_sector(data, sector)
    target_years = data.target_years(sector)
    if not target_years:
        raise BanencalcError(f"the data has no targets for {sector!r}")
    final_year = target_years[-1]
    final = data.target(sector, final_year)
    assert final is not None
    goal = final.value if target is None else target
    by = final_year if by is None else by
    realised_years = data.realised_years(sector, official_only=True)
    if from_year is None:
        if not realised_years:
            raise BanencalcError(
                Msg(
                    "no official realised figure for {sector}; give a start year",
                    sector=sector_name(data, sector),
                ),
                field="from_year",
            )
        from_year = realised_years[-1]
    start_fig = data.realised(sector, from_year)
    if start_fig is None:
        years = data.realised_years(sector)
        raise BanencalcError(
            Msg(
                "{year}: no realised figure for {sector} in that year (years with one: {years})",
                year=str(from_year),
                sector=sector_name(data, sector),
                years=", ".join(map(str, years)) if years else Msg("none"),
            ),
            field="from_year",
        )
    if by <= from_year:
        raise BanencalcError(
            Msg("{by} must come after the start year {start}", by=str(by), start=str(from_year)),
            field="by",
        )
    if by - from_year > 100:
        raise BanencalcError(
            Msg("{by} is more than 100 years after {start}", by=str(by), start=str(from_year)),
            field="by",
        )
    if goal < 0:
        raise BanencalcError(Msg("{goal} must not be negative", goal=goal), field="target")
    if goal > MAX_TARGET_JOBS:
        # A jobs count beyond any labour market; also keeps Decimal arithmetic in range.
        raise BanencalcError(
            Msg(
                "{goal} is not a plausible number of jobs (at most {most})",
                goal=goal,
                most=MAX_TARGET_JOBS,
            ),
            field="target",
        )
    if window < 1:
        raise BanencalcError(Msg("{window} must be at least 1", window=window), field="window")
    earlier = data.realised(sector, from_year - window)
    if earlier is None:
        raise BanencalcError(
            Msg(
                "{window}: no realised figure for {sector} in {year}; choose a window of at most "
                "{most} years",
                window=window,
                sector=sector_name(data, sector),
                year=str(from_year - window),
                most=from_year - min(data.realised_years(sector)),
            ),
            field="window",
        )
    start = Decimal(start_fig.value)
    pace = (start - Decimal(earlier.value)) / window
    per_year = (Decimal(goal) - start) / (by - from_year)
    rows = []
    for year in range(from_year, by + 1):
        official = data.target(sector, year)
        realised = data.realised(sector, year)
        rows.append(
            TrajectoryRow(
                year=year,
                official=official.value if official else None,
                required_path=required_path(start, Decimal(goal), from_year, by, year),
                projection=start + pace * (year - from_year),
                realised=realised.value if realised else None,
                realised_approximate=bool(realised and realised.approximate),
                from_approximate=start_fig.approximate,
            )
        )
    reached = projected_year(start, Decimal(goal), from_year, pace)
    notes: list[Msg] = []
    if reached is None:
        notes.append(
            Msg(
                "at the pace of the last {window} years ({pace} a year) the target is not reached",
                window=window,
                pace=Signed(pace.quantize(Decimal("0.01"))),
            )
        )
    if any(r.official is None for r in rows):
        notes.append(
            Msg(
                "no target is published after {year}; the official path stops there (it is not "
                "carried forward)",
                year=str(final_year),
            )
        )
    history = [
        (y, f.value)
        for y in data.realised_years(sector)
        if (f := data.realised(sector, y)) is not None and y <= from_year
    ]
    figures = [
        ref(f"realised.{sector}.{from_year - window}", earlier),
        ref(f"realised.{sector}.{from_year}", start_fig),
    ]
    if target is None:
        figures.append(ref(f"targets.{sector}.{final_year}", final))
    return TrajectoryResult(
        sector=sector,
        sector_name=sector_name(data, sector),
        target=goal,
        by=by,
        from_year=from_year,
        start=start_fig.value,
        required_per_year=per_year,
        window=window,
        pace=pace,
        projected_year=reached,
        rows=rows,
        history=history,
        notes=notes,
        figures=figures,
        sources=sources_of(data, figures),
    )
