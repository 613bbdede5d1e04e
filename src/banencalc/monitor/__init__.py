"""A sector monitor read from its file and its rounds' survey files: the YAML (the same strict
rules as the data files, errors naming file, line and field) and each round's spreadsheet (CSV
or .xlsx, one member a line: `member` and `jobs`, or `hours` for a round of hours; the CSV the
`realisation` command writes is read as it is)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from banencalc.base.errors import BanencalcError
from banencalc.base.files import open_binary
from banencalc.base.messages import Msg
from banencalc.base.numbers import parse_decimal
from banencalc.base.spreadsheet import is_workbook, read_sheet
from banencalc.batch.read import checked_encoding, columns_of, csv_table
from banencalc.calc.sector_monitor import MemberInput, MonitorInput, RoundInput
from banencalc.dataset.monitor_file import MonitorFile, Round

__all__ = ["load_monitor"]

#: hours a job a year (Besluit Wfsv art 2.23 lid 1); a half year's hours are half as many
HOURS_PER_JOB_YEAR = Decimal(1331)
ALIASES = {
    "id": "member",
    "lid": "member",
    "employer": "member",
    "werkgever": "member",
    "loonheffingennummer": "member",
    "bestuur": "member",
    "banen": "jobs",
    "realised_jobs": "jobs",
    "gerealiseerde_banen": "jobs",
    "uren": "hours",
    "counted_hours": "hours",
    "uren_doelgroep": "hours",
    "name": "member_name",
    "naam": "member_name",
}


def load_monitor(path: Path) -> MonitorInput:
    """The monitor at `path` with every round's figures, checked."""
    from banencalc.dataset.validate import line_for, validate_document
    from banencalc.dataset.yaml_strict import load_file

    raw, lines = load_file(path)
    model = validate_document(MonitorFile, raw, str(path), lines)
    members = tuple(MemberInput(m.id, m.name, m.paid_hours) for m in model.members)
    known = {m.id: m for m in members}
    rounds = []
    for index, round_ in enumerate(model.rounds):
        line = line_for(lines, ("rounds", index, "file"))
        where = f"{path}:{line}" if line is not None else str(path)
        rounds.append(_round(path.parent / round_.file, round_, known, where))
    light = model.traffic_light
    return MonitorInput(
        name=model.name,
        sector=model.sector,
        first_year=model.years.first,
        last_year=model.years.last,
        target=dict(model.target),
        prognosis=dict(model.prognosis),
        quota_pct=dict(model.quota_pct),
        against=light.against,
        green=light.green,
        amber=light.amber,
        members=members,
        rounds=tuple(rounds),
    )


def _rows(path: Path, where: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The survey's header and its rows with their place (line or workbook row)."""
    if not path.exists():
        raise BanencalcError(
            Msg("{where}: the round's file {file} does not exist", where=where, file=str(path))
        )
    if is_workbook(path):
        header: list[str] | None = None
        rows: list[tuple[str, list[str]]] = []
        for number, row in read_sheet(path):
            if isinstance(row, BanencalcError):
                raise row
            if header is None:
                header = row
            else:
                rows.append((f"row {number}", row))
        return header or [], rows
    with open_binary(path, "round file") as source:
        header, table = csv_table(source, str(path), checked_encoding("utf-8"), None)
        return header, [(f"line {number}", row) for number, row in table]


def _round(path: Path, round_: Round, known: dict[str, MemberInput], where: str) -> RoundInput:
    header, rows = _rows(path, where)
    name = str(path)
    columns = columns_of(
        header, name, required=("member",), optional=("jobs", "hours", "member_name"),
        aliases=ALIASES,
    )  # fmt: skip
    value_column = "jobs" if round_.unit == "jobs" else "hours"
    if value_column not in columns:
        other = "hours" if value_column == "jobs" else "jobs"
        if other in columns:
            raise BanencalcError(
                Msg(
                    "{name}: line 1: the survey gives {given} (column {column}), where round "
                    "{round} expects {wanted}; set unit: {given} on the round in the monitor file, "
                    "or give the column {wanted}",
                    name=name,
                    given=other,
                    column=header[columns[other]].strip(),
                    round=round_.id,
                    wanted=value_column,
                )
            )
        raise BanencalcError(
            Msg(
                "{name}: line 1: no column {wanted} (the header has {header})",
                name=name,
                wanted=value_column,
                header=", ".join(h.strip() for h in header),
            )
        )
    per_job = HOURS_PER_JOB_YEAR if round_.half is None else HOURS_PER_JOB_YEAR / 2
    jobs: dict[str, Decimal] = {}
    first_seen: dict[str, str] = {}
    for place, row in rows:
        cells = [c.strip() for c in row]
        member = cells[columns["member"]] if columns["member"] < len(cells) else ""
        if not member:
            raise BanencalcError(Msg("{name}: {place}: member: empty", name=name, place=place))
        if member not in known:
            raise BanencalcError(
                Msg(
                    "{name}: {place}: member: {member} is not a member in the monitor file",
                    name=name,
                    place=place,
                    member=member,
                )
            )
        if member in first_seen:
            raise BanencalcError(
                Msg(
                    "{name}: {place}: member: {member} is reported twice in round {round} (also "
                    "on {first})",
                    name=name,
                    place=place,
                    member=member,
                    round=round_.id,
                    first=first_seen[member],
                )
            )
        first_seen[member] = place
        text = cells[columns[value_column]] if columns[value_column] < len(cells) else ""
        if not text:
            continue  # an empty cell: the member did not report
        try:
            value = parse_decimal(text, value_column)
        except BanencalcError as exc:
            raise BanencalcError(
                Msg("{name}: {place}: {why}", name=name, place=place, why=exc.msg)
            ) from None
        if value < 0:
            raise BanencalcError(
                Msg(
                    "{name}: {place}: {column}: {value} is below zero",
                    name=name,
                    place=place,
                    column=value_column,
                    value=value,
                )
            )
        realised = value if round_.unit == "jobs" else value / per_job
        size = known[member].paid_hours
        if round_.unit == "jobs" and size is not None and realised * HOURS_PER_JOB_YEAR > size:
            raise BanencalcError(
                Msg(
                    "{name}: {place}: jobs: {value} jobs is more than all of the member's "
                    "{hours} paid hours make; were hours given as jobs? (set unit: hours on the "
                    "round)",
                    name=name,
                    place=place,
                    value=value,
                    hours=size,
                )
            )
        jobs[member] = realised
    return RoundInput(round_.id, round_.year, round_.half, jobs, name)
