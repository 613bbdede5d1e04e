"""Reading a sheet of an Excel workbook (.xlsx) as rows of text, as a CSV file gives them, every
cell read as written or the row refused naming the cell.

The workbook is read from its parts (Office Open XML, ECMA-376) with the standard library's
streaming XML parser, because the guarantees need the cells as stored, which a general library
hides: a formula without a stored value (scripts write those) is not 0, an error value (`#N/A`)
is not text, a date is not a number of hours, a merged cell is not one row's, a shared-string
index outside the table is not the last string. Each is refused with the cell (`B7`) and why.
Empty cells, trailing ones included, are empty cells. The sheet read is named (a hidden sheet is
never read unless asked for by name), and a totals row at the bottom (`Totaal`, or sums) is
recognised and left out, and said so.

Malformed parts (broken XML, entity tricks, missing parts) are errors naming the file and the
part; a part that unpacks to far more than it could hold (a zip bomb) is refused before it is
read. A number is written so that no language reads it otherwise: `1234.567` would be a thousand
times more in Dutch (`1.234.567`), so it is written `1234.5670`.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError, iterparse

from banencalc.base.cells import (
    CELL_REFERENCE,
    DATE_CODE,
    DATE_FORMATS,
    MAIN,
    column_index,
    column_letters,
    stored_value,
)
from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

#: the most a workbook may unpack to in all
MAX_UNPACKED_BYTES = 1_000_000_000
#: a part that unpacks to more than this many times its packed size, and to more than
#: BOMB_FLOOR bytes, is a zip bomb, not a workbook (real sheets pack 5 to 30 times)
BOMB_RATIO = 100
BOMB_FLOOR = 10_000_000
#: shared strings are held in memory: a real table of this many bytes would hold millions
MAX_SHARED_STRINGS_BYTES = 200_000_000

SUFFIXES = (".xlsx", ".xlsm")
_MAIN = MAIN
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: words a totals row starts with, in the first cells
_TOTAL_WORDS = frozenset({"totaal", "total", "totalen", "totals", "som", "sum"})


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def looks_like_a_workbook(head: bytes) -> bool:
    """The first bytes of a file: a zip archive, which a CSV never is."""
    return head.startswith(b"PK\x03\x04")


@dataclass
class SheetRead:
    """What reading a sheet found, beyond its rows: said on stderr by the batch."""

    sheet: str = ""
    #: hidden sheets passed over when the first visible one was taken
    hidden_skipped: list[str] = field(default_factory=list)
    #: (row number, first cell) of a totals row left out
    totals_row: tuple[int, str] | None = None


#: a row as read: its cells as text, or why it cannot be read (a cell named)
Row = list[str] | BanencalcError


def read_sheet(
    path: Path,
    sheet: str | None = None,
    found: SheetRead | None = None,
    *,
    dates: bool = False,
) -> Iterator[tuple[int, Row]]:
    """(row number, cells as text) for every row of `sheet` (the first visible one when None) with
    something in it, or (row number, the error) for a row with a cell that cannot be read as
    written; the first row yielded is the header. `found` is filled in as it goes. `dates`: a
    cell formatted as a date is read as its day (2024-01-31), not refused as a number."""
    found = found if found is not None else SheetRead()
    name = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BanencalcError(
            Msg("{name}: not an Excel workbook (.xlsx): it is not a zip archive", name=name)
        ) from None
    except OSError as exc:
        raise BanencalcError(Msg.text(f"{path}: {exc.strerror or exc}")) from None
    with archive:
        book = _Book(archive, name)
        book.dates_wanted = dates
        part, found.sheet, found.hidden_skipped = book.sheet_part(sheet)
        yield from book.rows(part, found)


class _Book:
    """The parts of one workbook that reading a sheet needs."""

    def __init__(self, archive: zipfile.ZipFile, name: str) -> None:
        self.archive, self.name = archive, name
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
            raise self.refuse(
                Msg(
                    "the workbook unpacks to more than {limit} bytes",
                    limit=MAX_UNPACKED_BYTES,
                )
            )
        for info in infos:
            packed = max(info.compress_size, 1)
            if info.file_size > BOMB_FLOOR and info.file_size > BOMB_RATIO * packed:
                raise self.refuse(
                    Msg(
                        "part {part} unpacks to {size} bytes from {packed}: not a workbook's "
                        "part (a zip bomb)",
                        part=info.filename,
                        size=info.file_size,
                        packed=info.compress_size,
                    )
                )
        self.names = {i.filename for i in infos}
        #: read a date cell as its day (a payroll's periods), instead of refusing it
        self.dates_wanted = False

    def refuse(self, why: Msg) -> BanencalcError:
        return BanencalcError(Msg("{name}: {why}", name=self.name, why=why))

    @staticmethod
    def refuse_cell(why: Msg) -> BanencalcError:
        """A cell that cannot be read as written: the row is refused (the batch names the row)."""
        return BanencalcError(why)

    def _open(self, part: str) -> IO[bytes]:
        if part not in self.names:
            raise self.refuse(Msg("part {part} is missing: not an Excel workbook", part=part))
        stream = self.archive.open(part)
        head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            stream.close()
            raise self.refuse(
                Msg(
                    "part {part} declares a DTD or entities, which a workbook never does",
                    part=part,
                )
            )
        return stream

    def _elements(self, part: str) -> Iterator[Element]:
        """The elements of `part` as they end, read as a stream; any XML fault names the part."""
        try:
            with self._open(part) as stream:
                for _, element in iterparse(stream, events=("end",)):
                    yield element
        except ParseError as exc:
            raise self.refuse(
                Msg("part {part} is not well-formed XML ({why})", part=part, why=str(exc))
            ) from None
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            raise self.refuse(
                Msg("part {part} cannot be read ({why})", part=part, why=str(exc))
            ) from None

    def sheet_part(self, wanted: str | None) -> tuple[str, str, list[str]]:
        """The part of the sheet to read, its name, and the hidden sheets passed over."""
        targets = {}
        for element in self._elements("xl/_rels/workbook.xml.rels"):
            if element.tag == f"{_PKG_REL}Relationship":
                target = element.get("Target", "")
                targets[element.get("Id", "")] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
                )
        sheets = [
            (e.get("name", ""), e.get("state", "visible"), e.get(f"{_REL}id", ""))
            for e in self._elements("xl/workbook.xml")
            if e.tag == f"{_MAIN}sheet"
        ]
        if not sheets:
            raise self.refuse(Msg("the workbook has no sheets"))
        if wanted is not None:
            match = [s for s in sheets if s[0] == wanted]
            if not match:
                raise BanencalcError(
                    Msg(
                        "{name}: no sheet {sheet}; the workbook has {sheets}",
                        name=self.name,
                        sheet=repr(wanted),
                        sheets=", ".join(repr(s[0]) for s in sheets),
                    ),
                    field="sheet",
                )
            chosen, hidden = match[0], []
        else:
            visible = [s for s in sheets if s[1] == "visible"]
            if not visible:
                raise self.refuse(Msg("every sheet is hidden; name one with --sheet"))
            chosen = visible[0]
            hidden = [s[0] for s in sheets[: sheets.index(chosen)]]
        part = targets.get(chosen[2])
        if part is None:
            raise self.refuse(Msg("sheet {sheet} has no part", sheet=repr(chosen[0])))
        return posixpath.normpath(part), chosen[0], hidden

    def shared_strings(self) -> list[str]:
        part = "xl/sharedStrings.xml"
        if part not in self.names:
            return []
        if self.archive.getinfo(part).file_size > MAX_SHARED_STRINGS_BYTES:
            raise self.refuse(
                Msg(
                    "part {part} is larger than {limit} bytes, more than a workbook of this "
                    "kind holds",
                    part=part,
                    limit=MAX_SHARED_STRINGS_BYTES,
                )
            )
        strings: list[str] = []
        for element in self._elements(part):
            if element.tag == f"{_MAIN}si":
                strings.append("".join(t.text or "" for t in element.iter(f"{_MAIN}t")))
                element.clear()
        return strings

    def date_styles(self) -> frozenset[int]:
        """The cell styles (indexes into cellXfs) whose number format shows a date or time."""
        part = "xl/styles.xml"
        if part not in self.names:
            return frozenset()
        custom: dict[int, str] = {}
        formats: list[int] = []
        in_cell_xfs = False
        try:
            with self._open(part) as stream:
                for event, element in iterparse(stream, events=("start", "end")):
                    tag = element.tag
                    if tag == f"{_MAIN}cellXfs":
                        in_cell_xfs = event == "start"
                    elif event == "end" and tag == f"{_MAIN}numFmt":
                        custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
                    elif event == "end" and tag == f"{_MAIN}xf" and in_cell_xfs:
                        formats.append(int(element.get("numFmtId", "0")))
        except (ParseError, ValueError) as exc:
            raise self.refuse(
                Msg("part {part} is not well-formed ({why})", part=part, why=str(exc))
            ) from None

        def is_date(fmt: int) -> bool:
            if fmt in DATE_FORMATS:
                return True
            code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom.get(fmt, ""))
            return bool(custom.get(fmt)) and bool(DATE_CODE.search(code))

        return frozenset(i for i, fmt in enumerate(formats) if is_date(fmt))

    def rows(self, part: str, found: SheetRead) -> Iterator[tuple[int, Row]]:
        strings = self.shared_strings()
        dates = self.date_styles()
        merged = self._merged(part)
        pending: tuple[int, list[str], bool] | None = None
        for element in self._elements(part):
            if element.tag != f"{_MAIN}row":
                continue
            number = int(element.get("r") or 0)
            try:
                number, cells, formulas = self._row(element, strings, dates, merged)
            except BanencalcError as refused:
                element.clear()
                if pending is not None:
                    yield pending[0], pending[1]
                    pending = None
                yield number, refused
                continue
            element.clear()
            if not any(c.strip() for c in cells):
                continue
            if pending is not None:
                yield pending[0], pending[1]
            pending = (number, cells, formulas)
        if pending is not None:
            number, cells, formulas = pending
            first = next((c.strip() for c in cells if c.strip()), "")
            # a totals row: it says so in its first cell, or it adds up with formulas and has no
            # id of its own (a row of an employer always has one)
            if first.casefold().rstrip(":") in _TOTAL_WORDS or (formulas and not cells[0].strip()):
                found.totals_row = (number, first)  # the bottom row adds up the others
            else:
                yield number, cells

    def _merged(self, part: str) -> dict[int, set[int]]:
        """Every cell of a merged range except its top-left one, as row -> columns (a pass over
        the sheet, whose merged ranges are listed after its rows)."""
        covered: dict[int, set[int]] = {}
        if not self._mentions(part, b"<mergeCell"):  # most sheets merge nothing: no second parse
            return covered
        for element in self._elements(part):
            if element.tag == f"{_MAIN}row":
                element.clear()
            elif element.tag == f"{_MAIN}mergeCell":
                first, _, last = element.get("ref", "").partition(":")
                a, b = CELL_REFERENCE.fullmatch(first), CELL_REFERENCE.fullmatch(last or first)
                if not a or not b:
                    continue
                top, left = int(a.group(2)), column_index(a.group(1))
                columns = range(left, column_index(b.group(1)) + 1)
                for row in range(top, min(int(b.group(2)), top + 100_000) + 1):
                    for column in columns:
                        if (row, column) != (top, left):
                            covered.setdefault(row, set()).add(column)
        return covered

    def _mentions(self, part: str, text: bytes) -> bool:
        """Whether the unpacked part contains `text` (a byte search, far quicker than a parse)."""
        tail = b""
        with self._open(part) as stream:
            while chunk := stream.read(1 << 20):
                if text in tail + chunk[: len(text)] or text in chunk:
                    return True
                tail = chunk[-len(text) :]
        return False

    def _row(
        self, row: Element, strings: list[str], dates: frozenset[int], merged: dict[int, set[int]]
    ) -> tuple[int, list[str], bool]:
        """(row number, its cells as text, whether it holds formulas)."""
        number = int(row.get("r") or 0)
        cells: list[str] = []
        formulas = False
        for position, cell in enumerate(row.iter(f"{_MAIN}c")):
            reference = cell.get("r") or ""
            match = CELL_REFERENCE.fullmatch(reference)
            column = column_index(match.group(1)) if match else position
            number = int(match.group(2)) if match else number
            while len(cells) < column:
                cells.append("")  # an empty cell, not a missing one
            text, formula = stored_value(cell, reference, strings, dates, self.dates_wanted)
            formulas |= formula
            cells.append(text)
        for column in sorted(merged.get(number, ())):
            if column >= len(cells) or not cells[column]:
                raise self.refuse_cell(
                    Msg(
                        "cell {cell} is part of a merged range: it holds no value of its own; "
                        "unmerge the cells and fill in each row",
                        cell=f"{column_letters(column)}{number}",
                    )
                )
        return number, cells, formulas
