"""A sector monitor -> a Report: the round's members with their traffic lights (the table), the
round's total against target and prognosis with the range the silent members could span, who
moved between lights, and plan against realised per year (a sheet, and a list)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.sector_monitor import (
    MonitorResult,
    RoundResult,
    YearResult,
    rounded,
)
from banencalc.report.model import DISPLAY, Column, Report, Section, Sheet

#: a light in words (the catalogue has each in Dutch)
LIGHT_WORDS: dict[str, Msg] = {
    "green": Msg("green"),
    "amber": Msg("amber"),
    "red": Msg("red"),
    "none": Msg("no benchmark"),
    "silent": Msg("not reported"),
}
#: what the members are held against, in words
AGAINST_WORDS = {
    "quota": Msg("quota share"),
    "target": Msg("share of the target"),
    "prognosis": Msg("share of the prognosis"),
}
MEMBER_COLUMNS = (
    Column("member", "member"),
    Column("jobs", "jobs", "decimal"),
    Column("benchmark", "benchmark\n(jobs)", "decimal"),
    Column("pct", "% of\nbenchmark", "decimal"),
    Column("light", "light"),
    Column("change", "change since\nlast report", "signed"),
    Column("member_id", "id", "key", detail=True),
    Column("previous_light", "previous light", detail=True),
)
YEAR_COLUMNS = (
    Column("year", "year", "key"),
    Column("round", "round", "key"),
    Column("realised", "reported\njobs", "decimal"),
    Column("estimate", "estimate\n(silent carried)", "decimal"),
    Column("coverage_pct", "members\nreported %", "decimal"),
    Column("prognosis", "prognosis\n(werkagenda)", "decimal"),
    Column("against_prognosis", "against\nprognosis", "signed"),
    Column("target", "target", "decimal"),
    Column("against_target", "against\ntarget", "signed"),
    Column("pace_needed", "pace needed\na year", "decimal"),
)
ROUND_COLUMNS = (
    Column("round", "round", "key"),
    Column("year", "year", "key"),
    Column("reported", "reported", "int"),
    Column("silent", "silent", "int"),
    Column("total", "reported\njobs", "decimal"),
    Column("carried", "estimate\n(silent carried)", "decimal"),
    Column("high", "at most\n(silent at benchmark)", "decimal"),
    Column("green", "green", "int"),
    Column("amber", "amber", "int"),
    Column("red", "red", "int"),
)


def _cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else rounded(value)


def _member_rows(found: RoundResult) -> list[dict[str, Any]]:
    rows = []
    for m in found.members:
        rows.append(
            {
                "member": m.member.name,
                "member_id": m.member.id,
                "jobs": _cents(m.jobs),
                "benchmark": _cents(m.benchmark),
                "pct": _cents(m.pct),
                "light": m.light,
                "previous_light": m.previous_light,
                "change": _cents(m.change),
                DISPLAY: {
                    "light": LIGHT_WORDS[m.light].key,
                    "previous_light": LIGHT_WORDS[m.previous_light].key
                    if m.previous_light
                    else "-",
                },
            }
        )
    order = {"red": 0, "amber": 1, "silent": 2, "none": 3, "green": 4}
    return sorted(rows, key=lambda r: (order[r["light"]], r["pct"] or Decimal(0), r["member"]))


def _year_row(y: YearResult) -> dict[str, Any]:
    return {
        "year": y.year,
        "round": y.round or "-",
        "realised": _cents(y.realised),
        "estimate": _cents(y.estimate),
        "coverage_pct": _cents(y.coverage_pct),
        "prognosis": y.prognosis,
        "against_prognosis": _cents(y.against_prognosis),
        "target": y.target,
        "against_target": _cents(y.against_target),
        "pace_needed": _cents(y.pace_needed),
    }


def _round_row(r: RoundResult) -> dict[str, Any]:
    return {
        "round": r.round.id,
        "year": r.round.year,
        "half": r.round.half,
        "reported": r.reported,
        "silent": r.silent,
        "coverage_pct": _cents(r.coverage_pct),
        "coverage_hours_pct": _cents(r.coverage_hours_pct),
        "total": _cents(r.total),
        "carried": _cents(r.carried),
        "high": _cents(r.high),
        "target": r.target,
        "prognosis": r.prognosis,
        **{light: r.lights[light] for light in ("green", "amber", "red", "none", "silent")},
        "moves": [{"member": m, "from": a, "to": b} for m, a, b in r.moves],
    }


def _headline(result: MonitorResult, found: RoundResult) -> list[Msg]:
    monitor = result.input
    lines = [
        Msg(
            "round {round}: {reported} of {members} members reported ({pct}%); they report "
            "{total} jobs",
            round=found.round.id,
            reported=found.reported,
            members=len(found.members),
            pct=rounded(found.coverage_pct),
            total=rounded(found.total),
        )
    ]
    if found.silent:
        if found.high is not None:
            lines.append(
                Msg(
                    "{silent} members did not report: the sector's total lies between {low} (they "
                    "realised nothing) and {high} (each at its benchmark); with their last "
                    "reported figures: {carried}",
                    silent=found.silent,
                    low=rounded(found.total),
                    high=rounded(found.high),
                    carried=rounded(found.carried),
                )
            )
        else:
            lines.append(
                Msg(
                    "{silent} members did not report: the sector's total is at least {low}; with "
                    "their last reported figures: {carried} (a silent member without a benchmark "
                    "leaves the range open above)",
                    silent=found.silent,
                    low=rounded(found.total),
                    carried=rounded(found.carried),
                )
            )
    if found.target is not None or found.prognosis is not None:
        lines.append(
            Msg(
                "{year}: target {target}, werkagenda prognosis {prognosis}",
                year=str(found.round.year),
                target=found.target if found.target is not None else Msg("none given"),
                prognosis=found.prognosis if found.prognosis is not None else Msg("none given"),
            )
        )
    lines.append(
        Msg(
            "lights (against the {against}, green at {green}%, amber at {amber}%): {green_n} "
            "green, {amber_n} amber, {red_n} red",
            against=AGAINST_WORDS[monitor.against],
            green=monitor.green,
            amber=monitor.amber,
            green_n=found.lights["green"],
            amber_n=found.lights["amber"],
            red_n=found.lights["red"],
        )
    )
    return lines


def _moves(result: MonitorResult, found: RoundResult) -> tuple[Msg, ...]:
    names = {m.id: m.name for m in result.input.members}
    return tuple(
        Msg(
            "{member}: {before} -> {after}",
            member=names[member],
            before=LIGHT_WORDS[before],
            after=LIGHT_WORDS[after],
        )
        for member, before, after in found.moves
    )


def _plan_lines(result: MonitorResult) -> tuple[Msg, ...]:
    lines = []
    for y in result.years:
        if y.estimate is None:
            lines.append(Msg("{year}: no round", year=str(y.year)))
            continue
        line = Msg(
            "{year}: {estimate} jobs (reported {realised}, {pct}% of members); prognosis "
            "{prognosis}, target {target}",
            year=str(y.year),
            estimate=rounded(y.estimate),
            realised=rounded(y.realised or Decimal(0)),
            pct=rounded(y.coverage_pct or Decimal(0)),
            prognosis=y.prognosis if y.prognosis is not None else "-",
            target=y.target if y.target is not None else "-",
        )
        if y.pace_needed is not None:
            line = Msg(
                "{line}; to reach {last}'s target: {pace} jobs a year",
                line=line,
                last=str(result.input.last_year),
                pace=rounded(y.pace_needed),
            )
        lines.append(line)
    return tuple(lines)


def monitor_report(
    result: MonitorResult, round_id: str | None = None, lights: frozenset[str] | None = None
) -> Report:
    """The report of one round (the last, unless `round_id`), with the years and rounds as
    sheets and in the JSON; `lights`: only the members with these lights in the table."""
    if not result.rounds:
        found = None
    elif round_id is None:
        found = result.rounds[-1]
    else:
        found = next(r for r in result.rounds if r.round.id == round_id)
    monitor = result.input
    notes = [
        Msg(
            "a member's benchmark is its quota share: its paid hours x the quota percentage / "
            "1,331 paid hours a job (Wfsv art 38g lid 3; Besluit Wfsv art 2.23 lid 1)"
        )
        if monitor.against == "quota"
        else Msg(
            "a member's benchmark is its share of the sector's {what}, by paid hours (equal "
            "shares when no member gives its hours)",
            what=Msg("target") if monitor.against == "target" else Msg("prognosis"),
        ),
        Msg(
            "the thresholds are this monitor's (the Stoplichtmodel's are not published); change "
            "them under traffic_light in the monitor file"
        ),
        Msg(
            "the estimate carries each silent member's last reported figure forward; plan and "
            "target are held against it"
        ),
    ]
    if found is not None and found.quota_from_file:
        notes.append(
            Msg(
                "the quota percentage of {year} is the monitor file's (the data has none for it)",
                year=str(found.round.year),
            )
        )
    sheets = (
        Sheet(Msg("Plan and realised"), YEAR_COLUMNS, tuple(_year_row(y) for y in result.years)),
        Sheet(Msg("Rounds"), ROUND_COLUMNS, tuple(_round_row(r) for r in result.rounds)),
    )
    rows = _member_rows(found) if found is not None else []
    if lights is not None:
        rows = [row for row in rows if row["light"] in lights]
        notes.append(
            Msg(
                "only the members with the light(s) asked are listed: {lights}; the totals count "
                "every member",
                lights=Msg.joined([LIGHT_WORDS[light] for light in sorted(lights)], ", "),
            )
        )
    sections = [Section(Msg("Plan against realised, per year:"), _plan_lines(result))]
    if found is not None and found.moves:
        sections.insert(
            0, Section(Msg("Changed light since the previous round:"), _moves(result, found))
        )
    payload = {
        "name": monitor.name,
        "against": monitor.against,
        "thresholds": {"green": monitor.green, "amber": monitor.amber},
        "round": None if found is None else _round_row(found),
        "members": [{k: v for k, v in r.items() if k != DISPLAY} for r in rows],
        "rounds": [_round_row(r) for r in result.rounds],
        "years": [_year_row(y) for y in result.years],
    }
    title = (
        Msg("{name}: no round yet", name=monitor.name)
        if found is None
        else Msg("{name}, round {round}", name=monitor.name, round=found.round.id)
    )
    return Report(
        title=title,
        columns=MEMBER_COLUMNS,
        rows=tuple(rows),
        payload=payload,
        notes=tuple(notes),
        summary=tuple(_headline(result, found)) if found is not None else (),
        sections=tuple(sections),
        sheets=sheets,
        chart=(),
    )
