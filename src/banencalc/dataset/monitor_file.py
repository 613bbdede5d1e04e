"""The sector monitor's file: a sector (or a ministry team, or a province) keeps its members, its
own target and werkagenda prognosis per year, the traffic-light rule and its rounds of reported
figures in one YAML file, validated here (and described by `banencalc schema monitor`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

#: what a member's jobs are held against: its quota share (its paid hours x the quota
#: percentage / 1,331), its share of the sector's own target, or of the werkagenda prognosis
Against = Literal["quota", "target", "prognosis"]

Jobs = Decimal


class TrafficLight(BaseModel):
    """Green at or above `green` % of the benchmark, amber at or above `amber` %, red below.
    The defaults are the tool's (the Stoplichtmodel the provinces use is not published with its
    thresholds): change them here."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    against: Against = "quota"
    green: Decimal = Field(default=Decimal(100), gt=0, le=1000)
    amber: Decimal = Field(default=Decimal(75), gt=0, le=1000)

    @model_validator(mode="after")
    def _ordered(self) -> TrafficLight:
        if not self.green > self.amber:
            raise ValueError(
                f"the thresholds must order green > amber > red: green {self.green} is not "
                f"above amber {self.amber}"
            )
        return self


class Member(BaseModel):
    """An employer of the sector: its id (the loonheffingennummer, or any id the rounds use),
    its name, and optionally its paid hours a year (variable A: its size and quota share)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=100)
    name: str = Field(min_length=1, max_length=300)
    paid_hours: Decimal | None = Field(default=None, ge=0, le=Decimal(10) ** 10)


class Round(BaseModel):
    """One collection of the members' figures: the year it covers (and the half, for rounds
    twice a year), the survey file (relative to the monitor file) and what it reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=50)
    year: int = Field(ge=2013, le=2100)
    half: Literal[1, 2] | None = None
    file: str = Field(min_length=1, max_length=500)
    #: what the survey's figures are: realised jobs, or target-group hours in the round's period
    unit: Literal["jobs", "hours"] = "jobs"


class YearRange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    first: int = Field(ge=2013, le=2100, alias="from")
    last: int = Field(ge=2013, le=2100, alias="to")

    @model_validator(mode="after")
    def _ordered(self) -> YearRange:
        if self.last < self.first:
            raise ValueError(f"the years run from {self.first} to {self.last}: backwards")
        return self


class MonitorFile(BaseModel):
    """What a monitor file holds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=300)
    #: the sector of the data whose quota percentage applies (a member's quota share)
    sector: str = Field(default="government", min_length=1, max_length=100)
    years: YearRange
    #: the sector's own target per year, in jobs (its share of the 25,000, or what it agreed)
    target: dict[int, Jobs] = Field(default_factory=dict)
    #: the werkagenda's baanprognose: the jobs it planned per year
    prognosis: dict[int, Jobs] = Field(default_factory=dict)
    #: a quota percentage for a year the data has none for (said so wherever it is used)
    quota_pct: dict[int, Decimal] = Field(default_factory=dict)
    traffic_light: TrafficLight = TrafficLight()
    members: list[Member] = Field(min_length=1, max_length=100_000)
    rounds: list[Round] = Field(default_factory=list, max_length=1000)

    @model_validator(mode="after")
    def _consistent(self) -> MonitorFile:
        for name, series in (("target", self.target), ("prognosis", self.prognosis)):
            for year, jobs in series.items():
                if not self.years.first <= year <= self.years.last:
                    raise ValueError(
                        f"{name} {year}: outside the monitor's years "
                        f"{self.years.first}-{self.years.last}"
                    )
                if jobs < 0:
                    raise ValueError(f"{name} {year}: {jobs} jobs is below zero")
        seen: set[str] = set()
        for member in self.members:
            if member.id in seen:
                raise ValueError(f"member {member.id} is listed twice")
            seen.add(member.id)
        rounds: set[str] = set()
        for round_ in self.rounds:
            if round_.id in rounds:
                raise ValueError(f"round {round_.id} is listed twice")
            rounds.add(round_.id)
            if not self.years.first <= round_.year <= self.years.last:
                raise ValueError(
                    f"round {round_.id}: year {round_.year} is outside the monitor's years "
                    f"{self.years.first}-{self.years.last}"
                )
        return self
