"""Loonaangifte messages (Aangifte loonheffingen, the Belastingdienst's XML) as payroll rows.

What is read, per message (element names as the specification writes them; any namespace):

    Loonaangifte
      Bericht/DatTdAanm                      when the message was made (orders the messages)
      AdministratieveEenheid
        LhNr                                 the employer (loonheffingennummer)
        TijdvakAangifte                      a return for a period: DatAanvTv, DatEindTv,
          VolledigeAangifte                    and every income relationship in it:
            InkomstenverhoudingInitieel
              NumIV                          the income relationship's number
              PersNr, NatuurlijkPersoon/SofiNr   the employee (the BSN is never written out)
              Werknemersgegevens/AantVerlU   paid hours in the period (whole hours)
        TijdvakCorrectie                     a correction of an earlier period: DatAanvTv,
          InkomstenverhoudingInitieel          DatEindTv, relationships that replace the ones
          InkomstenverhoudingIntrekking        sent before, and relationships withdrawn (NumIV)

Messages are applied in the order they were made: a later return for the same employer and
period replaces the earlier one whole (a vervangende aangifte); a correction replaces or withdraws
single relationships of its period. What a message needs and lacks (a period, an employer, a
relationship's number, its hours, its employee) is refused naming the element; the other elements
(wages, premiums, codes) are not needed for counting hours and are passed over. Lending, Wsw and
the register are not in these elements: give them with --register (the register list).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, ParseError, parse

from banencalc.base.errors import BanencalcError
from banencalc.base.files import open_binary
from banencalc.base.messages import Msg
from banencalc.payroll.load import Loaded, write_records

if TYPE_CHECKING:
    import duckdb

COLUMNS = ("employer", "employee", "relationship", "period_start", "period_end", "paid_hours")


@dataclass(frozen=True)
class Relationship:
    employee: str
    hours: str
    where: str


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: Element, name: str) -> Element | None:
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _children(element: Element, name: str) -> Iterator[Element]:
    return (child for child in element if _local(child.tag) == name)


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


class _Message:
    """One message file, read whole (a period's return: one employer's employees)."""

    def __init__(self, path: Path, order: int) -> None:
        self.path = path
        self.name = path.name
        with open_binary(path, "loonaangifte") as source:
            head = source.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise self.refuse(
                    Msg(
                        "the message declares a DOCTYPE or entities, which a loonaangifte never "
                        "does; it is not read"
                    )
                )
            source.seek(0)
            try:
                self.root = parse(source).getroot()
            except ParseError as exc:
                raise self.refuse(Msg("not well-formed XML ({why})", why=str(exc))) from None
        if _local(self.root.tag) != "Loonaangifte":
            raise self.refuse(
                Msg(
                    "the root element is {element}, not Loonaangifte: not a loonaangifte message",
                    element=_local(self.root.tag),
                )
            )
        made = _text(_child(_child(self.root, "Bericht") or Element("x"), "DatTdAanm"))
        self.sort_key = (made, order)

    def refuse(self, why: Msg | str) -> BanencalcError:
        reason = why if isinstance(why, Msg) else Msg.text(why)
        return BanencalcError(Msg("{name}: {why}", name=str(self.path), why=reason))

    def need(self, element: Element, name: str, where: str) -> str:
        value = _text(_child(element, name))
        if not value:
            raise self.refuse(
                Msg("{where}: element {element} is missing or empty", where=where, element=name)
            )
        return value


#: (employer, period start, period end) -> NumIV -> the relationship
State = dict[tuple[str, str, str], dict[str, Relationship]]


def _relationship(message: _Message, element: Element, where: str) -> tuple[str, Relationship]:
    number = message.need(element, "NumIV", where)
    place = f"{where}, NumIV {number}"
    person = _child(element, "NatuurlijkPersoon")
    employee = _text(_child(person, "SofiNr")) if person is not None else ""
    employee = employee or _text(_child(element, "PersNr"))
    if not employee:
        raise message.refuse(
            Msg(
                "{where}: the income relationship has neither NatuurlijkPersoon/SofiNr nor "
                "PersNr; its hours cannot be given to an employee",
                where=place,
            )
        )
    data = _child(element, "Werknemersgegevens")
    if data is None:
        raise message.refuse(Msg("{where}: element Werknemersgegevens is missing", where=place))
    hours = message.need(data, "AantVerlU", place + ", Werknemersgegevens")
    if not (hours.isascii() and hours.isdigit()):
        raise message.refuse(
            Msg(
                "{where}: AantVerlU {hours} is not a whole number of hours (the specification "
                "writes whole hours)",
                where=place,
                hours=repr(hours),
            )
        )
    return number, Relationship(employee, hours, f"{message.name}: {place}")


def _apply(message: _Message, state: State) -> None:
    unit = _child(message.root, "AdministratieveEenheid")
    if unit is None:
        raise message.refuse(Msg("element AdministratieveEenheid is missing"))
    employer = message.need(unit, "LhNr", "AdministratieveEenheid")
    for kind in ("TijdvakAangifte", "TijdvakCorrectie"):
        for period in _children(unit, kind):
            start = message.need(period, "DatAanvTv", kind)
            end = message.need(period, "DatEindTv", kind)
            where = f"LhNr {employer}, {kind} {start} - {end}"
            key = (employer, start, end)
            if kind == "TijdvakAangifte":
                full = _child(period, "VolledigeAangifte")
                if full is None:
                    raise message.refuse(
                        Msg("{where}: element VolledigeAangifte is missing", where=where)
                    )
                # a later return for the period replaces the earlier one whole
                state[key] = dict(
                    _relationship(message, e, where)
                    for e in _children(full, "InkomstenverhoudingInitieel")
                )
                continue
            current = state.setdefault(key, {})
            for element in _children(period, "InkomstenverhoudingInitieel"):
                number, relationship = _relationship(message, element, where)
                current[number] = relationship
            for element in _children(period, "InkomstenverhoudingIntrekking"):
                current.pop(message.need(element, "NumIV", where + ", Intrekking"), None)


def load_messages(con: duckdb.DuckDBPyConnection, paths: tuple[Path, ...], scratch: Path) -> Loaded:
    """The messages at `paths` as table `raw` of payroll rows, corrections applied."""
    messages = sorted((_Message(path, i) for i, path in enumerate(paths)), key=lambda m: m.sort_key)
    state: State = {}
    for message in messages:
        _apply(message, state)

    def records() -> Iterator[tuple[str, list[str]]]:
        for (employer, start, end), relationships in sorted(state.items()):
            for number, r in sorted(relationships.items()):
                yield r.where, [employer, r.employee, number, start, end, r.hours]

    write_records(con, records(), "raw", COLUMNS, scratch, numbered=False)
    return Loaded("loonaangifte", "raw", COLUMNS)
