"""The validated data as plain, immutable records: what the core computes with.

The pydantic models (models.py) validate the data files; this module holds what they validated,
without pydantic, so that a run served from the cache never imports pydantic or YAML (startup is
part of the product). `Dataset.from_plain` builds the records from plain data (the models' dump, or
the cache's JSON) and checks its structure on the way: anything malformed raises ValueError.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar

from banencalc.base.messages import Msg, data_text

Status = Literal["verified", "derived", "indicative", "estimated", "unverified", "unpublished"]
#: every status a figure or parameter can have (a parameter may be unpublished)
STATUSES: frozenset[str] = frozenset(
    {"verified", "derived", "indicative", "estimated", "unverified", "unpublished"}
)
#: Statuses that make a figure official enough to stand in a result without a warning.
OFFICIAL_STATUSES: frozenset[str] = frozenset({"verified", "derived"})


@dataclass(frozen=True)
class Source:
    """One publication a figure rests on."""

    id: str
    title: str
    publisher: str
    date: str | None = None
    url: str | None = None
    document: str | None = None
    note: str | None = None
    no_exact_page: str | None = None

    @property
    def home_page_only(self) -> bool:
        """Whether the url names only a site (no path): a reader cannot open the page itself."""
        if self.url is None:
            return False
        rest = self.url.split("://", 1)[-1]
        path = rest.partition("/")[2].split("#", 1)[0].split("?", 1)[0]
        return path.strip("/") == ""

    def short(self) -> str:
        when = f", {self.date}" if self.date else ""
        return f"{self.publisher}{when}"

    def full(self, with_url: bool = True) -> str:
        parts = [self.title, self.publisher]
        if self.date:
            parts.append(self.date)
        if self.document:
            parts.append(self.document)
        if self.url and with_url:
            parts.append(self.url)
        return "; ".join(parts)

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        """(name, value) pairs, as a JSON contract lists them."""
        for f in fields(self):
            yield f.name, getattr(self, f.name)


V = TypeVar("V", int, Decimal)


@dataclass(frozen=True)
class Figure(Generic[V]):
    """A published (or derived, estimated ...) figure: a count of jobs (`Figure[int]`) or an
    exact amount, percentage or number of hours (`Figure[Decimal]`)."""

    value: V
    status: Status
    source: str
    note: str | None = None
    derivation: str | None = None
    article: str | None = None
    unit: str | None = None
    #: published as "about N"
    approximate: bool = False
    #: the change on the previous year as the publication states it (e.g. +4,000)
    published_change: int | None = None
    #: the note and the derivation in Dutch, where the data gives them (shown under --lang nl)
    note_nl: str | None = None
    derivation_nl: str | None = None
    article_nl: str | None = None

    def article_text(self) -> Msg | None:
        return data_text(self.article, self.article_nl)

    def note_text(self) -> Msg | None:
        """The note in the reader's language (Dutch where the data gives `note_nl`)."""
        return data_text(self.note, self.note_nl)

    def derivation_text(self) -> Msg | None:
        return data_text(self.derivation, self.derivation_nl)

    @property
    def official(self) -> bool:
        """Verified or derived, and exact: an approximate figure never sets a default year."""
        return self.status in OFFICIAL_STATUSES and not self.approximate


@dataclass(frozen=True)
class Sector:
    id: str
    name: str
    name_nl: str
    parent: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Regime:
    """The quota rules that apply from a year on (versioned by year: a law change is new data)."""

    name: str
    description: str
    quota_sectors: tuple[str, ...]
    levy_charged: bool
    source: str
    article: str | None = None
    #: the law in force: `quota-law` (2015-2025) or `wet-banenafspraak`
    law: str = "quota-law"
    #: the employer calculation the regime's law prescribes (`quota-levy`, `inclusiviteitsopslag`)
    mechanism: str = "quota-levy"
    #: one national count, no market/government split
    national_count: bool = False
    #: the description and the article in Dutch, where the data gives them
    description_nl: str | None = None
    article_nl: str | None = None

    def article_text(self) -> Msg | None:
        return data_text(self.article, self.article_nl)


@dataclass(frozen=True)
class Parameter:
    """A parameter of a law; `value` is None while it is unpublished."""

    status: Status
    source: str
    value: Decimal | None = None
    article: str | None = None
    unit: str | None = None
    note: str | None = None
    article_nl: str | None = None
    note_nl: str | None = None


@dataclass(frozen=True)
class Remark:
    """A published statement without a number (e.g. 'well above target')."""

    text: str
    source: str
    text_nl: str | None = None


Count = Figure[int]
Amount = Figure[Decimal]
CountSeries = dict[int, Count]
AmountSeries = dict[int, Amount]


@dataclass(frozen=True)
class Constants:
    """Rule constants, each a series keyed by the year from which a value applies."""

    hours_per_job_week: AmountSeries
    hours_per_job_year: AmountSeries
    hours_per_employee_year: AmountSeries
    liability_threshold_hours: AmountSeries
    levy_per_job_eur: AmountSeries


@dataclass(frozen=True)
class QuotaComponents:
    """Unpublished components of the quota formula (Wfsv art 38f): A and D x E, per year from."""

    nulmeting_jobs: AmountSeries = field(default_factory=dict)
    employee_hours: AmountSeries = field(default_factory=dict)


@dataclass(frozen=True)
class TargetsData:
    """What data/targets.yaml holds."""

    sources: tuple[Source, ...]
    constants: Constants
    regimes: dict[int, Regime]
    targets: dict[str, CountSeries]
    quota_percentages: dict[str, AmountSeries]
    quota_components: dict[str, QuotaComponents]
    parameters: dict[str, Parameter] = field(default_factory=dict)
    horizon: int | None = None


@dataclass(frozen=True)
class SectorsData:
    """What data/sectors.yaml holds."""

    sectors: tuple[Sector, ...]
    realised: dict[str, CountSeries]
    achievement_pct: dict[str, AmountSeries]
    remarks: dict[str, dict[int, Remark]]
    #: indicative trend figures keyed by quarter, `2022-Q3`
    trend: dict[str, dict[str, Count]]


def _at_or_before(series: AmountSeries, year: int) -> Amount | None:
    """The value in force in `year`: the entry with the latest key not after it."""
    keys = [k for k in series if k <= year]
    return series[max(keys)] if keys else None


@dataclass(frozen=True)
class Dataset:
    """Both data files, checked together; look-ups give None where nothing is published."""

    targets_file: TargetsData
    sectors_file: SectorsData
    #: where the files were read from
    origin: str

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
    def target(self, sector: str, year: int) -> Count | None:
        return self.targets_file.targets.get(sector, {}).get(year)

    def realised(self, sector: str, year: int) -> Count | None:
        return self.sectors_file.realised.get(sector, {}).get(year)

    def trend(self, sector: str, year: int) -> Count | None:
        """The indicative trend figure for the end of `year` (its fourth quarter)."""
        return self.sectors_file.trend.get(sector, {}).get(f"{year}-Q4")

    def trends_in(self, sector: str, year: int) -> list[tuple[str, Count]]:
        """Every indicative trend figure published for a quarter of `year`, in order."""
        series = self.sectors_file.trend.get(sector, {})
        return sorted(
            ((q, f) for q, f in series.items() if q.startswith(f"{year}-")), key=lambda x: x[0]
        )

    def published_achievement(self, sector: str, year: int) -> Amount | None:
        return self.sectors_file.achievement_pct.get(sector, {}).get(year)

    def remark(self, sector: str, year: int) -> Remark | None:
        return self.sectors_file.remarks.get(sector, {}).get(year)

    def quota_percentage(self, sector: str, year: int) -> Amount | None:
        return self.targets_file.quota_percentages.get(sector, {}).get(year)

    def constant(self, name: str, year: int) -> Amount | None:
        series: AmountSeries = getattr(self.targets_file.constants, name)
        return _at_or_before(series, year)

    def regime(self, year: int) -> tuple[int, Regime] | None:
        keys = [k for k in self.targets_file.regimes if k <= year]
        if not keys:
            return None
        start = max(keys)
        return start, self.targets_file.regimes[start]

    def parameter(self, name: str) -> Parameter | None:
        return self.targets_file.parameters.get(name)

    def covered_years(self) -> list[int]:
        """The years the data answers for: every year with a figure, and after the last one the
        years up to the data's horizon (answered with "not published", never a carried figure)."""
        years = self.years()
        horizon = self.targets_file.horizon
        if horizon is None or not years or horizon <= years[-1]:
            return years
        return [*years, *range(years[-1] + 1, horizon + 1)]

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

    # -- plain data (the cache, the models): dataset/plain.py ------------------------------------
    def to_plain(self) -> dict[str, Any]:
        """Plain dicts, lists, ints, Decimals and strings, in the data files' shape."""
        from banencalc.dataset.plain import dataset_to_plain

        return dataset_to_plain(self)

    @classmethod
    def from_plain(cls, document: Mapping[str, Any]) -> Dataset:
        """Records from plain data (keys may be strings, decimals may be strings, as in JSON);
        ValueError when its structure is not a dataset's."""
        from banencalc.dataset.plain import dataset_from_plain

        return dataset_from_plain(document)
