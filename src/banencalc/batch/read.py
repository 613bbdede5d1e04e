"""Reading the rows of a batch: a CSV file (any delimiter of `,` and `;`, an encoding given, a
line at a time so a bad byte is reported at its own line) or a workbook, and the header mapped
onto the columns banencalc reads."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Mapping
from typing import IO, NamedTuple

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.batch.columns import ALIASES, OPTIONAL, REQUIRED


def _delimiter(header_line: str) -> str:
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _normal(column: str) -> str:
    return column.strip().lower().replace(" ", "_")


def columns_of(
    header: list[str],
    name: str,
    mapping: dict[str, str] | None = None,
    *,
    required: tuple[str, ...] = REQUIRED,
    optional: tuple[str, ...] = OPTIONAL,
    aliases: Mapping[str, str] = ALIASES,
) -> dict[str, int]:
    """Column name -> index. `mapping` (column -> the header that holds it) comes first, then
    the header's own names, then `aliases` (the batch's columns unless others are given)."""
    names = [_normal(h) for h in header]
    known = (*required, *optional)
    for column, given in (mapping or {}).items():
        if column not in known:
            raise BanencalcError(
                Msg(
                    "{column} is not a column banencalc reads (columns: {known})",
                    column=repr(column),
                    known=", ".join(known),
                ),
                field="column",
            )
        if _normal(given) not in names:
            raise BanencalcError(
                Msg(
                    "{mapping}: {name} has no column {given} (its header: {header})",
                    mapping=f"{column}={given}",
                    name=name,
                    given=repr(given),
                    header=", ".join(h.strip() for h in header),
                ),
                field="column",
            )
        names[names.index(_normal(given))] = column
    mapped = set(mapping or {})
    names = [n if n in known or n in mapped else aliases.get(n, n) for n in names]
    duplicated = sorted({n for n in names if n and names.count(n) > 1})
    if duplicated:
        raise BanencalcError(
            Msg(
                "{name}: line 1: column(s) {columns} appear more than once in the header; which "
                "one is meant cannot be guessed",
                name=name,
                columns=", ".join(duplicated),
            )
        )
    missing = [c for c in required if c not in names]
    if missing:
        raise BanencalcError(
            Msg(
                "{name}: line 1: missing column(s) {missing}; the header has {header} (needed: "
                "{needed}; optional: {optional}; Dutch names such as verloonde_uren are read too, "
                "and any header can be mapped: --column paid_hours=Uren)",
                name=name,
                missing=", ".join(missing),
                header=", ".join(names) if names else Msg("nothing"),
                needed=", ".join(required),
                optional=", ".join(optional),
            )
        )
    return {c: names.index(c) for c in known if c in names}


def checked_encoding(encoding: str) -> str:
    import codecs

    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise BanencalcError(
            Msg(
                "{encoding} is not a text encoding Python knows (e.g. utf-8, cp1252, latin-1)",
                encoding=repr(encoding),
            ),
            field="encoding",
        ) from None
    if codec.name in ("utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        # lines are split on the byte b"\n", which these encodings do not keep whole
        raise BanencalcError(
            Msg("{encoding}: not supported; save the file as UTF-8 (or cp1252)", encoding=encoding),
            field="encoding",
        )
    return "utf-8" if codec.name == "utf-8" else codec.name


def _not_decodable(encoding: str) -> Msg:
    if encoding == "utf-8":
        return Msg(
            "not UTF-8 text; a CSV saved by Excel on Windows is often cp1252: give "
            "--encoding cp1252, or save the file as CSV UTF-8"
        )
    return Msg("not {encoding} text; give the file's encoding with --encoding", encoding=encoding)


def _decoded(
    source: IO[bytes], name: str, encoding: str = "utf-8", first_line: int = 2
) -> Iterator[str]:
    """The lines after the header, decoded one at a time, so a bad byte is reported at its own
    line (a text stream decodes ahead, in blocks, and would blame an earlier line)."""
    for number, raw in enumerate(source, start=first_line):
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise BanencalcError(
                Msg(
                    "{name}: line {line}: {why} (byte {byte} of the line)",
                    name=name,
                    line=str(number),
                    why=_not_decodable(encoding),
                    byte=exc.start + 1,
                )
            ) from None


def csv_table(
    source: IO[bytes],
    name: str,
    encoding: str,
    on_progress: Callable[[int], None] | None,
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The header of a CSV file and its rows (delimiter `;` or `,`, sniffed from the header)."""
    header, layout = csv_header(source, name, encoding)
    return header, layout.rows(source, on_progress)


def csv_header(source: IO[bytes], name: str, encoding: str) -> tuple[list[str], CsvLayout]:
    """The header of a CSV file (its first line that is not blank) and how its rows are read."""
    line, first, codec = 0, "", "utf-8-sig" if encoding == "utf-8" else encoding
    while not first.strip():  # blank lines before the header are passed over, and counted
        raw = source.readline()
        line += 1
        if not raw:
            raise BanencalcError(
                Msg("{name}: the file is empty (a header row is needed)", name=name)
            )
        try:
            first = raw.decode(codec)
        except UnicodeDecodeError:
            raise BanencalcError(
                Msg(
                    "{name}: line {line}: {why}",
                    name=name,
                    line=str(line),
                    why=_not_decodable(encoding),
                )
            ) from None
        codec = encoding  # a BOM comes only at the very start
    delimiter = _delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter))
    return header, CsvLayout(delimiter, line, encoding, name)


class CsvLayout(NamedTuple):
    """What reading a CSV file's rows needs once its header is read: the delimiter, the header's
    line number, the encoding and the file's name (for errors)."""

    delimiter: str
    header_line: int
    encoding: str
    name: str

    def rows(
        self, source: IO[bytes], on_progress: Callable[[int], None] | None = None, after: int = 0
    ) -> Iterator[tuple[int, list[str]]]:
        """The rows of `source` (the lines after the header; `after`: lines before them that a
        reader of part of the file passed over), each with its line number."""
        line = self.header_line + after
        return rows_of(source, self.delimiter, self.name, on_progress, self.encoding, line)


def rows_of(
    source: IO[bytes],
    delimiter: str,
    name: str,
    on_progress: Callable[[int], None] | None,
    encoding: str = "utf-8",
    header_line: int = 1,
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(_decoded(source, name, encoding, header_line + 1), delimiter=delimiter)
    try:
        for row in reader:
            if on_progress is not None and reader.line_num % 10_000 == 0:
                on_progress(reader.line_num)
            if row and (row[0].strip() or any(cell.strip() for cell in row)):
                yield reader.line_num + header_line, row  # the header was read before the reader
    except csv.Error as exc:
        raise BanencalcError(
            Msg(
                "{name}: line {line}: {why}",
                name=name,
                line=str(reader.line_num + header_line),
                why=str(exc),
            )
        ) from None
