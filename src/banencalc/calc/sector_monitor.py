"""The sector monitor: a sector's members' reported jobs, round by round, against the sector's own
target and werkagenda prognosis, each member with a traffic light against its benchmark.

Rules (the tool's, documented in the README; none is in statute):
- A member's benchmark: its quota share (its paid hours x the quota percentage of the year /
  1,331 paid hours a job, Wfsv art 38g lid 3 and Besluit Wfsv art 2.23 lid 1), or its share of
  the sector's target or prognosis by paid hours (an equal share when no member gives hours).
- Its light: green at or above `green` % of the benchmark, amber at or above `amber` %, red below;
  none when it has no benchmark; "silent" when it did not report.
- A round's total is what the members reported. Members that did not report are not guessed: the
  total is a lower bound, and the range runs up to the total with each silent member at its
  benchmark; the estimate carries each silent member's last reported figure forward.
- The pace needed: the gap to the last year's target, spread evenly over the years left (as
  `trajectory` does for the national target).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from banencalc.dataset.records import Dataset

Light = Literal["green", "amber", "red", "none", "silent"]
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class MemberInput:
    id: str
    name: str
    paid_hours: Decimal | None


@dataclass(frozen=True)
class RoundInput:
    id: str
    year: int
    half: int | None
    #: member id -> realised jobs (hours already turned into jobs)
    jobs: dict[str, Decimal]
    file: str


@dataclass(frozen=True)
class MonitorInput:
    name: str
    sector: str
    first_year: int
    last_year: int
    target: dict[int, Decimal]
    prognosis: dict[int, Decimal]
    quota_pct: dict[int, Decimal]
    against: Literal["quota", "target", "prognosis"]
    green: Decimal
    amber: Decimal
    members: tuple[MemberInput, ...]
    rounds: tuple[RoundInput, ...]


@dataclass(frozen=True)
class MemberRound:
    member: MemberInput
    jobs: Decimal | None
    benchmark: Decimal | None
    pct: Decimal | None
    light: Light
    previous_light: Light | None
    #: the change in jobs since the member's previous report
    change: Decimal | None


@dataclass(frozen=True)
class RoundResult:
    round: RoundInput
    members: tuple[MemberRound, ...]
    reported: int
    silent: int
    #: share of members that reported, and of the members' paid hours (when given)
    coverage_pct: Decimal
    coverage_hours_pct: Decimal | None
    total: Decimal
    #: the total with each silent member at its benchmark (None: a silent member has none)
    high: Decimal | None
    #: the total with each silent member's last reported figure carried forward
    carried: Decimal
    target: Decimal | None
    prognosis: Decimal | None
    #: members per light
    lights: dict[str, int]
    #: (member, from, to) for members whose light changed since the previous round
    moves: tuple[tuple[str, Light, Light], ...]
    #: quota percentages the data did not have and the monitor file gave
    quota_from_file: bool


@dataclass(frozen=True)
class YearResult:
    """Plan against what happened: the year's last round."""

    year: int
    round: str | None
    #: what the members reported in the year's last round (a lower bound)
    realised: Decimal | None
    #: the same with each silent member's last reported figure carried forward: what the plan
    #: is held against
    estimate: Decimal | None
    coverage_pct: Decimal | None
    target: Decimal | None
    prognosis: Decimal | None
    #: realised - prognosis and realised - target (negative: behind)
    against_prognosis: Decimal | None
    against_target: Decimal | None
    #: the pace a year needed from here to reach the last year's target
    pace_needed: Decimal | None


@dataclass(frozen=True)
class MonitorResult:
    input: MonitorInput
    rounds: tuple[RoundResult, ...]
    years: tuple[YearResult, ...]


def rounded(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def light_of(jobs: Decimal, benchmark: Decimal | None, green: Decimal, amber: Decimal) -> Light:
    """The member's light: green at or above `green` % of its benchmark, amber at or above
    `amber` %, red below; none without a benchmark (a benchmark of 0 asks nothing: green)."""
    if benchmark is None:
        return "none"
    if benchmark == 0:
        return "green"
    pct = jobs / benchmark * HUNDRED
    if pct >= green:
        return "green"
    if pct >= amber:
        return "amber"
    return "red"


def _quota_pct(data: Dataset, monitor: MonitorInput, year: int) -> tuple[Decimal | None, bool]:
    if year in monitor.quota_pct:
        return monitor.quota_pct[year], True
    found = data.quota_percentage(monitor.sector, year)
    return (None, False) if found is None else (found.value, False)


def benchmarks(
    data: Dataset, monitor: MonitorInput, year: int
) -> tuple[dict[str, Decimal | None], bool]:
    """Each member's benchmark in jobs for a round of `year` (jobs are a yearly average, so a
    half-year round has the same benchmark); whether a quota percentage came from the file."""
    members = monitor.members
    if monitor.against == "quota":
        pct, from_file = _quota_pct(data, monitor, year)
        per_job = data.constant("hours_per_job_year", year)
        out: dict[str, Decimal | None] = {}
        for m in members:
            if pct is None or per_job is None or m.paid_hours is None:
                out[m.id] = None
            else:
                out[m.id] = m.paid_hours * pct / HUNDRED / per_job.value
        return out, from_file
    series = monitor.target if monitor.against == "target" else monitor.prognosis
    sector = series.get(year)
    if sector is None:
        return {m.id: None for m in members}, False
    hours = [m.paid_hours for m in members]
    if all(h is not None for h in hours) and sum(h for h in hours if h is not None) > 0:
        total = sum(h for h in hours if h is not None)
        return {m.id: sector * (m.paid_hours or Decimal(0)) / total for m in members}, False
    share = sector / len(members)
    return {m.id: share for m in members}, False


def assess(data: Dataset, monitor: MonitorInput) -> MonitorResult:
    """Every round and every year of `monitor`."""
    results: list[RoundResult] = []
    last_light: dict[str, Light] = {}
    last_jobs: dict[str, Decimal] = {}
    ordered = sorted(monitor.rounds, key=lambda r: (r.year, r.half or 3, r.id))
    for round_ in ordered:
        marks, from_file = benchmarks(data, monitor, round_.year)
        members: list[MemberRound] = []
        moves: list[tuple[str, Light, Light]] = []
        lights: dict[str, int] = {"green": 0, "amber": 0, "red": 0, "none": 0, "silent": 0}
        high: Decimal | None = Decimal(0)
        carried = Decimal(0)
        total = Decimal(0)
        hours_all = Decimal(0)
        hours_reported = Decimal(0)
        for member in monitor.members:
            jobs = round_.jobs.get(member.id)
            benchmark = marks[member.id]
            if member.paid_hours is not None:
                hours_all += member.paid_hours
            if jobs is None:
                light: Light = "silent"
                if high is not None:
                    high = None if benchmark is None else high + benchmark
                carried += last_jobs.get(member.id, Decimal(0))
            else:
                light = light_of(jobs, benchmark, monitor.green, monitor.amber)
                total += jobs
                carried += jobs
                if member.paid_hours is not None:
                    hours_reported += member.paid_hours
            previous = last_light.get(member.id)
            change = None
            if jobs is not None and member.id in last_jobs:
                change = jobs - last_jobs[member.id]
            if jobs is not None and previous is not None and previous != light:
                moves.append((member.id, previous, light))
            lights[light] += 1
            members.append(
                MemberRound(
                    member,
                    jobs,
                    benchmark,
                    None if jobs is None or not benchmark else jobs / benchmark * HUNDRED,
                    light,
                    previous,
                    change,
                )
            )
        for m in members:
            if m.jobs is not None:
                last_jobs[m.member.id] = m.jobs
                last_light[m.member.id] = m.light
        reported = sum(1 for m in members if m.jobs is not None)
        results.append(
            RoundResult(
                round=round_,
                members=tuple(members),
                reported=reported,
                silent=len(members) - reported,
                coverage_pct=Decimal(reported) / len(members) * HUNDRED,
                coverage_hours_pct=hours_reported / hours_all * HUNDRED if hours_all else None,
                total=total,
                high=None if high is None else total + high,
                carried=carried,
                target=monitor.target.get(round_.year),
                prognosis=monitor.prognosis.get(round_.year),
                lights=lights,
                moves=tuple(moves),
                quota_from_file=from_file,
            )
        )
    return MonitorResult(monitor, tuple(results), _years(monitor, results))


def _years(monitor: MonitorInput, rounds: list[RoundResult]) -> tuple[YearResult, ...]:
    last_target = monitor.target.get(monitor.last_year)
    years = []
    for year in range(monitor.first_year, monitor.last_year + 1):
        of_year = [r for r in rounds if r.round.year == year]
        last = of_year[-1] if of_year else None
        realised = last.total if last else None
        estimate = last.carried if last else None
        target, prognosis = monitor.target.get(year), monitor.prognosis.get(year)
        pace = None
        if estimate is not None and last_target is not None and year < monitor.last_year:
            pace = max(Decimal(0), last_target - estimate) / (monitor.last_year - year)
        years.append(
            YearResult(
                year=year,
                round=last.round.id if last else None,
                realised=realised,
                estimate=estimate,
                coverage_pct=last.coverage_pct if last else None,
                target=target,
                prognosis=prognosis,
                against_prognosis=None
                if estimate is None or prognosis is None
                else estimate - prognosis,
                against_target=None if estimate is None or target is None else estimate - target,
                pace_needed=pace,
            )
        )
    return tuple(years)
