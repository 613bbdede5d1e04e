"""Target versus realised extra jobs: one sector in one year, a series of years, and the CI check.

The measure is the Landelijke monitor banenafspraak's: cumulative extra jobs (of 25.5 paid hours a
week, Besluit Wfsv art 2.32) since the nulmeting of 1 January 2013, at the end of each year, against
the targets of the Sociaal Akkoord of 11 April 2013 (kst-34352-65 and later letters; data/).

Pure functions over a validated Dataset; no I/O, no printing. Exact arithmetic: counts are integers,
the share of target is a Decimal that is never rounded here (renderers round for display).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg, Signed
from banencalc.calc.provenance import FigureRef, ref, sources_of
from banencalc.dataset.records import Dataset, Source, Status
from banencalc.dataset.sector_names import check_sector as check_sector

# Result models are frozen dataclasses: built from already validated data, they need no validation
# (and cost nothing at startup).


@dataclass(frozen=True)
class StatusRow:
    """One sector in one year: target, realised, difference, shortfall, % of target, growth and
    the figures' statuses."""

    sector: str
    name: str
    name_nl: str
    depth: int
    year: int
    target: int | None
    realised: int | None
    #: realised - target (negative when behind)
    difference: int | None
    #: target - realised, never below zero
    shortfall: int | None
    #: realised / target x 100, exact (not rounded)
    achievement_pct: Decimal | None
    #: target(year) - target(year - 1)
    target_step: int | None
    #: realised(year) - realised(year - 1)
    realised_growth: int | None
    target_status: Status | None
    realised_status: Status | None
    realised_approximate: bool
    #: any figure the row rests on (this or last year's) is approximate: so is every number computed
    approximate: bool
    #: the growth is the publication's own figure (e.g. +4,000), not a computed difference
    realised_growth_published: bool
    #: a share of target published for the sector where no counts are published
    published_achievement_pct: Decimal | None
    trend: int | None
    #: the regime in force in the year (`quota-law` years, `wet-banenafspraak` from 2026)
    regime: str
    #: indicative trend figures of other quarters of the year: (quarter, value, note)
    quarterly_trend: list[tuple[str, int, Msg | None]]
    notes: list[Msg]

    def display_name(self) -> Msg:
        """The sector's name in the reader's language."""
        return Msg.text(self.name, nl=self.name_nl)

    @property
    def met(self) -> bool | None:
        return None if self.difference is None else self.difference >= 0


@dataclass(frozen=True)
class StatusResult:
    """The sectors' position in a year: a row per sector, with the figures and sources used."""

    year: int
    rows: list[StatusRow]
    figures: list[FigureRef]
    sources: list[Source]


def difference(realised: int, target: int) -> int:
    """Realised minus target: positive ahead of target, negative behind."""
    return realised - target


def shortfall(realised: int, target: int) -> int:
    """Jobs still missing to reach the target; 0 when the target is met."""
    return max(0, target - realised)


def achievement_pct(realised: int, target: int) -> Decimal | None:
    """Realised as a percentage of target, exact to Decimal precision; None for a zero target."""
    if target == 0:
        return None
    return Decimal(realised) * 100 / Decimal(target)


def sector_name(data: Dataset, sector: str) -> Msg:
    """The sector's name as people read it: English, or Dutch under `--lang nl`."""
    known = data.sectors[sector]
    return Msg.text(known.name, nl=known.name_nl)


def check_year(data: Dataset, year: int) -> None:
    years = data.covered_years()
    if year not in years:
        raise BanencalcError(
            Msg(
                "no figures for {year}: the data covers {first}-{last}",
                year=str(year),
                first=str(years[0]),
                last=str(years[-1]),
            ),
            field="year",
        )


def sector_status(data: Dataset, sector: str, year: int, depth: int = 0) -> StatusRow:
    """Target versus realised for one sector at the end of `year`."""
    sector = check_sector(data, sector)
    target_fig, realised_fig = data.target(sector, year), data.realised(sector, year)
    prev_target, prev_realised = data.target(sector, year - 1), data.realised(sector, year - 1)
    target = target_fig.value if target_fig else None
    realised = realised_fig.value if realised_fig else None
    notes: list[Msg] = []
    if target_fig is not None and target_fig.note:
        notes.append(Msg("target: {note}", note=target_fig.note_text()))
    if realised_fig is not None and realised_fig.note:
        notes.append(Msg("realised: {note}", note=realised_fig.note_text()))
    remark = data.remark(sector, year)
    if remark is not None:
        notes.append(Msg.text(remark.text, nl=remark.text_nl))
    regime = data.regime(year)
    if regime is not None and regime[1].national_count and data.sectors[sector].parent is not None:
        notes.append(
            Msg(
                "from {year} the Wet banenafspraak counts one national total (its art 4): no "
                "figure per sector is set; government figures are reported for information only "
                "(art 4 lid 4)",
                year=str(year),
            )
        )
    elif regime is not None and regime[1].national_count and target_fig is None:
        notes.append(
            Msg(
                "no published target: the Wet banenafspraak counts one national total and sets "
                "the jobs to realise by AMvB (its art 4 lid 2), which has not been published; "
                "nothing is carried forward"
            )
        )
    parts_note = _parts_note(data, sector, year)
    if parts_note:
        notes.append(parts_note)
    trend = data.trend(sector, year)
    published_pct = data.published_achievement(sector, year)
    diff = short = pct = None
    approximate = any(
        f is not None and f.approximate for f in (target_fig, realised_fig, prev_realised)
    )
    growth: int | None = None
    growth_published = realised_fig is not None and realised_fig.published_change is not None
    if realised_fig is not None and realised_fig.published_change is not None:
        growth = realised_fig.published_change
    elif realised is not None and prev_realised is not None:
        growth = realised - prev_realised.value
    if target is not None and realised is not None:
        diff, short = difference(realised, target), shortfall(realised, target)
        pct = achievement_pct(realised, target)
    return StatusRow(
        sector=sector,
        name=data.sectors[sector].name,
        name_nl=data.sectors[sector].name_nl,
        depth=depth,
        year=year,
        target=target,
        realised=realised,
        difference=diff,
        shortfall=short,
        achievement_pct=pct,
        target_step=target - prev_target.value if target is not None and prev_target else None,
        realised_growth=growth,
        target_status=target_fig.status if target_fig else None,
        realised_status=realised_fig.status if realised_fig else None,
        realised_approximate=bool(realised_fig and realised_fig.approximate),
        approximate=approximate,
        realised_growth_published=growth_published,
        published_achievement_pct=published_pct.value if published_pct else None,
        trend=trend.value if trend else None,
        regime=regime[1].law if regime else "none",
        quarterly_trend=[
            (quarter, fig.value, fig.note_text())
            for quarter, fig in data.trends_in(sector, year)
            if not quarter.endswith("Q4")
        ],
        notes=notes,
    )


def _parts_note(data: Dataset, sector: str, year: int) -> Msg | None:
    """Where a published total differs from the sum of its parts, say so (never fix it)."""
    realised = data.realised(sector, year)
    children = data.children(sector)
    if realised is None or not children:
        return None
    parts = [data.realised(child.id, year) for child in children]
    if any(p is None for p in parts):
        return None
    total = sum(p.value for p in parts if p is not None)
    if total == realised.value:
        return None
    if realised.source == "scenario" and realised.status != "derived":
        # the scenario set the total itself and its parts too: the mismatch is the scenario's
        return Msg(
            "the total {total} set in the scenario differs from the sum of its parts {parts} by "
            "{gap}: the scenario's own figures disagree",
            total=realised.value,
            parts=total,
            gap=Signed(realised.value - total),
        )
    if realised.source == "scenario" or any(p.source == "scenario" for p in parts if p):
        # a derived total moved with its parts: the gap is the published one, kept as published
        return None
    return Msg(
        "published total {total} differs from the sum of its parts {parts} by {gap}",
        total=realised.value,
        parts=total,
        gap=Signed(realised.value - total),
    )


def provenance(data: Dataset, rows: list[StatusRow]) -> tuple[list[FigureRef], list[Source]]:
    figures: list[FigureRef] = []
    for row in rows:
        for kind, fig in (
            ("targets", data.target(row.sector, row.year)),
            ("realised", data.realised(row.sector, row.year)),
        ):
            if fig is not None:
                figures.append(ref(f"{kind}.{row.sector}.{row.year}", fig))
        for kind, other in (
            ("targets", data.target(row.sector, row.year - 1)),
            ("realised", data.realised(row.sector, row.year - 1)),
        ):
            if other is not None:
                figures.append(ref(f"{kind}.{row.sector}.{row.year - 1}", other))
        pct = data.published_achievement(row.sector, row.year)
        if pct is not None:
            figures.append(ref(f"achievement_pct.{row.sector}.{row.year}", pct))
        remark = data.remark(row.sector, row.year)
        if remark is not None:
            figures.append(
                FigureRef(
                    key=f"remarks.{row.sector}.{row.year}",
                    value=0,
                    status="verified",
                    source=remark.source,
                    note=remark.text,
                )
            )
    unique = list({f.key: f for f in figures}.values())
    # a year under a law of one national count cites that law (its art 4: what it counts, and
    # that the targets are set by an AMvB not yet published)
    regimes = {found[1].source for row in rows if (found := data.regime(row.year)) is not None}
    regime_sources = [
        data.source_index[s]
        for s in sorted(regimes)
        if s in data.source_index and any(r.regime != "quota-law" for r in rows)
    ]
    # Indicative trend figures are shown as information: their sources are listed, but a result
    # never rests on them (so they neither warn nor fail --strict).
    shown = [
        ref(f"trend.{row.sector}.{quarter}", fig)
        for row in rows
        for quarter, fig in data.trends_in(row.sector, row.year)
    ]
    listed = sources_of(data, [*unique, *shown])
    return unique, [*listed, *(s for s in regime_sources if s not in listed)]


def default_year(data: Dataset) -> int:
    """The latest year with an official (verified/derived) realised figure for the root."""
    root = root_sector(data)
    year = data.latest_official_year(root)
    if year is None:
        raise BanencalcError(
            Msg(
                "the data has no official realised figure for {sector}; give a year",
                sector=sector_name(data, root),
            ),
            field="year",
        )
    return year


def root_sector(data: Dataset) -> str:
    return next(s.id for s in data.sectors_file.sectors if s.parent is None)


def status(
    data: Dataset, year: int, sector: str | None = None, breakdown: bool = False
) -> StatusResult:
    """Rows for `sector` (default: the root and its children), with subsectors when `breakdown`."""
    check_year(data, year)
    if sector is not None:
        sector = check_sector(data, sector)
        rows = [sector_status(data, sector, year)]
        if breakdown:
            rows += [
                sector_status(data, s.id, year, depth) for s, depth in data.descendants(sector)
            ]
    else:
        root = root_sector(data)
        rows = []
        regime = data.regime(year)
        # Under the Wet banenafspraak one national count (its art 4): no market/government rows.
        split = not (regime is not None and regime[1].national_count)
        for child in data.children(root) if split else []:
            rows.append(sector_status(data, child.id, year))
            if breakdown:
                rows += [
                    sector_status(data, s.id, year, depth)
                    for s, depth in data.descendants(child.id)
                ]
        rows.append(sector_status(data, root, year))
    figures, sources = provenance(data, rows)
    return StatusResult(year=year, rows=rows, figures=figures, sources=sources)


def history(
    data: Dataset, sector: str, first: int | None = None, last: int | None = None
) -> StatusResult:
    """The series for one sector, year by year (each year a StatusRow)."""
    sector = check_sector(data, sector)
    years = data.covered_years()
    first = years[0] if first is None else first
    last = data.years()[-1] if last is None else last
    for field, value in (("first", first), ("last", last)):
        if value not in years:
            raise BanencalcError(
                Msg(
                    "{value}: the data covers {first}-{last}",
                    value=str(value),
                    first=str(years[0]),
                    last=str(years[-1]),
                ),
                field=field,
            )
    if first > last:
        raise BanencalcError(
            Msg(
                "the first year {first} is after the last {last}", first=str(first), last=str(last)
            ),
            field="first",
        )
    rows = [sector_status(data, sector, y) for y in range(first, last + 1)]
    figures, sources = provenance(data, rows)
    return StatusResult(year=last, rows=rows, figures=figures, sources=sources)


#: the largest jobs target accepted: beyond any labour market, and keeps Decimal arithmetic in range
MAX_TARGET_JOBS = 100_000_000
