"""Pydantic models of the data files (targets.yaml, sectors.yaml) and the combined dataset.

Result models live beside the calculations (banencalc.calc); these are the inputs.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictInt,
    field_validator,
    model_validator,
)

Status = Literal["verified", "derived", "indicative", "estimated", "unverified"]
#: Statuses that make a figure official enough to stand in a result without a warning.
OFFICIAL_STATUSES: frozenset[str] = frozenset({"verified", "derived"})

SectorId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]
SourceId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)]
# Years the Banenafspraak can speak of: the nulmeting (2013) up to a generous horizon.
Year = Annotated[int, Field(strict=True, ge=2013, le=2100)]

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _Strict(BaseModel):
    # Unknown fields are errors; models are immutable values.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Source(_Strict):
    """One publication a figure rests on."""

    id: SourceId
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD")
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    document: str | None = Field(default=None, description="Kamerstuk or other document number")
    note: str | None = None
    no_exact_page: str | None = Field(
        default=None,
        description="why the url is not a page that states the figures (e.g. the page was not "
        "found); `banencalc validate` refuses a site's home page without this reason",
    )

    @field_validator("date")
    @classmethod
    def _partial_date(cls, value: str | None) -> str | None:
        if value is not None and not _PARTIAL_DATE.match(value):
            raise ValueError("a date is written YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)")
        return value

    @model_validator(mode="after")
    def _locatable(self) -> Source:
        if self.url is None and self.document is None:
            raise ValueError("a source needs a url or a document number")
        return self

    @property
    def home_page_only(self) -> bool:
        """Whether the url names only a site (no path): a reader cannot open the page itself."""
        if self.url is None:
            return False
        rest = self.url.split("://", 1)[1]
        path = rest.partition("/")[2].split("#", 1)[0].split("?", 1)[0]
        return path.strip("/") == ""

    def short(self) -> str:
        when = f", {self.date}" if self.date else ""
        return f"{self.publisher}{when}"

    def full(self) -> str:
        parts = [self.title, self.publisher]
        if self.date:
            parts.append(self.date)
        if self.document:
            parts.append(self.document)
        if self.url:
            parts.append(self.url)
        return "; ".join(parts)


class _FigureMeta(_Strict):
    status: Status
    source: SourceId
    note: str | None = None
    derivation: str | None = Field(default=None, description="how a derived figure is worked out")
    article: str | None = Field(default=None, description="article of law the rule rests on")

    @model_validator(mode="after")
    def _derived_says_how(self) -> _FigureMeta:
        if self.status == "derived" and not self.derivation:
            raise ValueError("a derived figure must say how in `derivation`")
        return self

    @property
    def official(self) -> bool:
        return self.status in OFFICIAL_STATUSES


class CountFigure(_FigureMeta):
    """A count of jobs, published as a whole number."""

    value: StrictInt = Field(ge=0, le=10_000_000)
    approximate: bool = Field(default=False, description="published as 'about N'")
    published_change: int | None = Field(
        default=None,
        ge=-10_000_000,
        le=10_000_000,
        description="the change on the previous year as the publication states it (e.g. +4,000); "
        "shown instead of a difference computed from an approximate figure",
    )

    @property
    def official(self) -> bool:
        """An exact figure of an official kind: an approximate one never sets a default year."""
        return self.status in OFFICIAL_STATUSES and not self.approximate


class TrendFigure(CountFigure):
    """An indicative quarterly trend figure (UWV), kept apart from the official monitor."""


#: A quarter, `2022-Q3`; the fourth quarter is the position at the end of the year.
Quarter = Annotated[str, Field(pattern=r"^(20[1-9][0-9])-Q[1-4]$")]


class PercentFigure(_FigureMeta):
    """A percentage (quota percentage, share of target)."""

    value: Decimal = Field(ge=0, le=100, allow_inf_nan=False)


class AmountFigure(_FigureMeta):
    """A rule constant or quota component: hours, euros, jobs; exact decimal."""

    value: Decimal = Field(ge=0, allow_inf_nan=False)
    unit: str | None = None


YearSeries = dict[Year, CountFigure]


class Regime(_Strict):
    """The quota rules that apply from a year on (versioned by year: a law change is new data)."""

    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    quota_sectors: list[SectorId] = Field(description="sectors where the quota is activated")
    levy_charged: bool = Field(description="whether a levy is actually imposed")
    article: str | None = Field(
        default=None, description="the article(s) of law that make this regime, cited in output"
    )
    source: SourceId


class Constants(_Strict):
    """Fixed rule constants, each a series keyed by the year from which a value applies."""

    hours_per_job_week: dict[Year, AmountFigure]
    hours_per_job_year: dict[Year, AmountFigure]
    hours_per_employee_year: dict[Year, AmountFigure]
    liability_threshold_hours: dict[Year, AmountFigure]
    levy_per_job_eur: dict[Year, AmountFigure]

    @model_validator(mode="after")
    def _divisors_above_zero(self) -> Constants:
        for name in ("hours_per_job_week", "hours_per_job_year", "hours_per_employee_year"):
            for year, figure in getattr(self, name).items():
                if figure.value <= 0:
                    raise ValueError(
                        f"{name} {year} must be above 0 (the calculations divide by it)"
                    )
        return self


class QuotaComponents(_Strict):
    """Unpublished components of the quota formula (Wfsv art 38f): A and D x E, per year from."""

    nulmeting_jobs: dict[Year, AmountFigure] = Field(default_factory=dict)
    employee_hours: dict[Year, AmountFigure] = Field(default_factory=dict)


class TargetsFile(_Strict):
    """data/targets.yaml"""

    sources: list[Source] = Field(min_length=1)
    constants: Constants
    regimes: dict[Year, Regime] = Field(min_length=1)
    targets: dict[SectorId, YearSeries]
    quota_percentages: dict[SectorId, dict[Year, PercentFigure]] = Field(default_factory=dict)
    quota_components: dict[SectorId, QuotaComponents] = Field(default_factory=dict)


class Sector(_Strict):
    id: SectorId
    name: str = Field(min_length=1)
    name_nl: str = Field(min_length=1)
    parent: SectorId | None = None
    description: str | None = None


class Remark(_Strict):
    """A published statement without a number (e.g. 'well above target')."""

    text: str = Field(min_length=1)
    source: SourceId


class SectorsFile(_Strict):
    """data/sectors.yaml"""

    sectors: list[Sector] = Field(min_length=1)
    realised: dict[SectorId, YearSeries]
    achievement_pct: dict[SectorId, dict[Year, PercentFigure]] = Field(default_factory=dict)
    remarks: dict[SectorId, dict[Year, Remark]] = Field(default_factory=dict)
    trend: dict[SectorId, dict[Quarter, TrendFigure]] = Field(default_factory=dict)


def _at_or_before(series: dict[int, AmountFigure], year: int) -> AmountFigure | None:
    """The value in force in `year`: the entry with the latest key not after it."""
    keys = [k for k in series if k <= year]
    return series[max(keys)] if keys else None


class Dataset(_Strict):
    """Both data files, checked together; look-ups give None where nothing is published."""

    targets_file: TargetsFile
    sectors_file: SectorsFile
    origin: str = Field(description="where the files were read from")

    # -- sectors ---------------------------------------------------------------------------------
    @property
    def sectors(self) -> dict[str, Sector]:
        return {s.id: s for s in self.sectors_file.sectors}

    def children(self, sector: str) -> list[Sector]:
        return [s for s in self.sectors_file.sectors if s.parent == sector]

    def descendants(self, sector: str) -> list[tuple[Sector, int]]:
        """Every sector below `sector`, depth first, with its depth below it (1 = child)."""
        found: list[tuple[Sector, int]] = []
        for child in self.children(sector):
            found.append((child, 1))
            found.extend((s, depth + 1) for s, depth in self.descendants(child.id))
        return found

    # -- figures ---------------------------------------------------------------------------------
    def target(self, sector: str, year: int) -> CountFigure | None:
        return self.targets_file.targets.get(sector, {}).get(year)

    def realised(self, sector: str, year: int) -> CountFigure | None:
        return self.sectors_file.realised.get(sector, {}).get(year)

    def trend(self, sector: str, year: int) -> TrendFigure | None:
        """The indicative trend figure for the end of `year` (its fourth quarter)."""
        return self.sectors_file.trend.get(sector, {}).get(f"{year}-Q4")

    def trends_in(self, sector: str, year: int) -> list[tuple[str, TrendFigure]]:
        """Every indicative trend figure published for a quarter of `year`, in order."""
        series = self.sectors_file.trend.get(sector, {})
        return sorted((q, f) for q, f in series.items() if q.startswith(f"{year}-"))

    def published_achievement(self, sector: str, year: int) -> PercentFigure | None:
        return self.sectors_file.achievement_pct.get(sector, {}).get(year)

    def remark(self, sector: str, year: int) -> Remark | None:
        return self.sectors_file.remarks.get(sector, {}).get(year)

    def quota_percentage(self, sector: str, year: int) -> PercentFigure | None:
        return self.targets_file.quota_percentages.get(sector, {}).get(year)

    def constant(self, name: str, year: int) -> AmountFigure | None:
        series: dict[int, AmountFigure] = getattr(self.targets_file.constants, name)
        return _at_or_before(series, year)

    def regime(self, year: int) -> tuple[int, Regime] | None:
        keys = [k for k in self.targets_file.regimes if k <= year]
        if not keys:
            return None
        start = max(keys)
        return start, self.targets_file.regimes[start]

    def source(self, source_id: str) -> Source:
        return self.source_index[source_id]

    @property
    def source_index(self) -> dict[str, Source]:
        return {s.id: s for s in self.targets_file.sources}

    # -- years -----------------------------------------------------------------------------------
    def target_years(self, sector: str = "total") -> list[int]:
        return sorted(self.targets_file.targets.get(sector, {}))

    def realised_years(self, sector: str = "total", *, official_only: bool = False) -> list[int]:
        series = self.sectors_file.realised.get(sector, {})
        return sorted(y for y, f in series.items() if f.official or not official_only)

    def years(self) -> list[int]:
        """Every year any target or realised figure speaks of."""
        found: set[int] = set()
        for series in self.targets_file.targets.values():
            found.update(series)
        for series in self.sectors_file.realised.values():
            found.update(series)
        return sorted(found)

    def latest_official_year(self, sector: str = "total") -> int | None:
        years = self.realised_years(sector, official_only=True)
        return years[-1] if years else None


class ScenarioFile(BaseModel):
    """A scenario kept in a file, so policy staff can keep and share it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    # Strict: `true` is not the number 1, and a quoted "5" is not a number.
    set: dict[str, StrictInt | Annotated[Decimal, Strict(), Field(allow_inf_nan=False)]] = Field(
        min_length=1
    )
