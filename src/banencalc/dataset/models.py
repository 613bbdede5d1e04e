"""Pydantic models of the data files (targets.yaml, sectors.yaml) and the combined dataset.

Result models live beside the calculations (banencalc.calc); these are the inputs.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    StrictInt,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from banencalc.base.numbers import out_of_range
from banencalc.dataset.records import OFFICIAL_STATUSES, Dataset, Status


def _sane(value: Decimal) -> Decimal:
    """The bounds every number meets (base.numbers.out_of_range); 0 as plain 0 (0e-999999 would
    print a megabyte of zeros)."""
    why = out_of_range(value)
    if why is not None:
        raise ValueError(f"{value} {why}")
    return Decimal(0) if value == 0 else value


#: a decimal from a data or scenario file, within the bounds an option's number meets
SaneDecimal = Annotated[Decimal, AfterValidator(_sane)]


def _scenario_value(value: object) -> Decimal | str:
    """A value a scenario sets: a number (not a yes/no, not a quoted number), within the bounds,
    or a change relative to the baseline as text (`"+3000"`, `"-5%"`); one message when not."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str):
        raise ValueError(
            f'{value!r} is not a number; a change relative to the baseline is text: "+3000"'
        )
    if isinstance(value, str):
        if len(value) > 40:
            raise ValueError('a relative change is short text such as "+3000" or "-5%"')
        return value
    return _sane(Decimal(value))


#: what a scenario file may set a key to (one validator, one message)
ScenarioValue = Annotated[
    Decimal | str,
    PlainValidator(_scenario_value),
    WithJsonSchema({"anyOf": [{"type": "number"}, {"type": "string", "maxLength": 40}]}),
]

__all__ = ["OFFICIAL_STATUSES", "Dataset", "Status"]

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


class _FigureMeta(_Strict):
    status: Status
    source: SourceId
    note: str | None = None
    derivation: str | None = Field(default=None, description="how a derived figure is worked out")
    article: str | None = Field(default=None, description="article of law the rule rests on")
    note_nl: str | None = Field(
        default=None, description="the note in Dutch (shown under --lang nl)"
    )
    derivation_nl: str | None = Field(
        default=None, description="the derivation in Dutch (shown under --lang nl)"
    )
    article_nl: str | None = Field(
        default=None, description="the article with its gloss in Dutch (shown under --lang nl)"
    )

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

    value: SaneDecimal = Field(ge=0, le=100, allow_inf_nan=False)


class AmountFigure(_FigureMeta):
    """A rule constant or quota component: hours, euros, jobs; exact decimal."""

    value: SaneDecimal = Field(ge=0, allow_inf_nan=False)
    unit: str | None = None


YearSeries = dict[Year, CountFigure]


class Regime(_Strict):
    """The quota rules that apply from a year on (versioned by year: a law change is new data)."""

    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    description_nl: str | None = Field(
        default=None, description="the description in Dutch (shown under --lang nl)"
    )
    quota_sectors: list[SectorId] = Field(description="sectors where the quota is activated")
    levy_charged: bool = Field(description="whether a levy is actually imposed")
    article: str | None = Field(
        default=None, description="the article(s) of law that make this regime, cited in output"
    )
    article_nl: str | None = Field(
        default=None, description="the article with its gloss in Dutch (shown under --lang nl)"
    )
    law: Literal["quota-law", "wet-banenafspraak"] = Field(
        default="quota-law",
        description="the law in force: the Wet banenafspraak en quotum arbeidsbeperkten "
        "(quota-law, 2015-2025) or the Wet banenafspraak",
    )
    mechanism: Literal["quota-levy", "inclusiviteitsopslag"] = Field(
        default="quota-levy",
        description="the employer calculation the regime's law prescribes: the quotumheffing of "
        "Wfsv arts 38g-38h, or the inclusiviteitsopslag of the Wet banenafspraak",
    )
    national_count: bool = Field(
        default=False,
        description="one national count, no market/government split (Wet banenafspraak art 4)",
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


class Parameter(_Strict):
    """A parameter a law leaves to a later regulation (a rate, a bonus, an activation), or one it
    fixes; `unpublished` ones have no value until a what-if supplies one."""

    value: SaneDecimal | None = Field(default=None, allow_inf_nan=False)
    status: Literal["verified", "derived", "indicative", "estimated", "unverified", "unpublished"]
    source: SourceId
    article: str | None = None
    article_nl: str | None = None
    unit: str | None = None
    note: str | None = None
    note_nl: str | None = None

    @model_validator(mode="after")
    def _value_unless_unpublished(self) -> Parameter:
        if (self.value is None) != (self.status == "unpublished"):
            raise ValueError("an unpublished parameter has no value; any other has one")
        return self


class TargetsFile(_Strict):
    """data/targets.yaml"""

    #: the last year the data answers for: after the last published figure, years up to here get
    #: an explicit "not published" under the regime in force; later years are refused
    horizon: Year | None = None
    #: parameters by name (`wet.inclusiviteitsopslag_pct`), published or not
    parameters: dict[str, Parameter] = Field(default_factory=dict)

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
    text_nl: str | None = None
    source: SourceId


class SectorsFile(_Strict):
    """data/sectors.yaml"""

    sectors: list[Sector] = Field(min_length=1)
    realised: dict[SectorId, YearSeries]
    achievement_pct: dict[SectorId, dict[Year, PercentFigure]] = Field(default_factory=dict)
    remarks: dict[SectorId, dict[Year, Remark]] = Field(default_factory=dict)
    trend: dict[SectorId, dict[Quarter, TrendFigure]] = Field(default_factory=dict)


def to_records(targets: TargetsFile, sectors: SectorsFile, origin: str) -> Dataset:
    """The validated files as the plain records the core computes with (records.py)."""
    from banencalc.dataset.records import Dataset

    return Dataset.from_plain(
        {
            "targets_file": targets.model_dump(),
            "sectors_file": sectors.model_dump(),
            "origin": origin,
        }
    )


class ScenarioFile(BaseModel):
    """A scenario kept in a file, so policy staff can keep and share it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=2000)
    # Strict: `true` is not the number 1, and a quoted "5" is not a number.
    # A change relative to the baseline is text: "+3000", "-5%" (scenario.parse_value).
    set: dict[str, ScenarioValue] = Field(min_length=1)
