"""Payroll files into the engine: each source becomes a table `raw` of text columns under the
names of columns.py, with `_row` (the record's position) and `_where` (where a record came from,
when that is not a plain line: a workbook row, an element of a loonaangifte).

A UTF-8 CSV file is read by DuckDB itself (in parallel, straight from disk); a CSV file in another
encoding, a workbook and loonaangifte messages are first written as a UTF-8 CSV in a private
temporary folder (deleted at the end of the run: the rows are personal data and stay on this
machine); Parquet is read by DuckDB directly. Nothing is converted to a number here: checks.py
reads every cell exactly, naming the line of a cell it cannot read.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from banencalc.base.errors import BanencalcError
from banencalc.base.files import open_binary
from banencalc.base.messages import Msg
from banencalc.base.spreadsheet import is_workbook, looks_like_a_workbook, read_sheet
from banencalc.batch.read import checked_encoding, columns_of, csv_header

if TYPE_CHECKING:
    import duckdb


@dataclass(frozen=True)
class Columns:
    """The columns one file is read by: canonical name -> its position in the file."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    aliases: Mapping[str, str]


@dataclass
class Loaded:
    """A file read into table `table`: its name (for messages), its columns, and how a record's
    position becomes a place a reader can find (a CSV line is found only when asked: on an
    error, by reading the file again)."""

    name: str
    table: str
    columns: tuple[str, ...]
    csv_path: Path | None = None
    csv_header_line: int = 1
    csv_delimiter: str = ","
    csv_encoding: str = "utf-8"

    def places(self, con: duckdb.DuckDBPyConnection, rows: Iterable[int]) -> dict[int, str]:
        """Record position -> "line 12" (or the place recorded while reading)."""
        wanted = sorted(set(rows))
        if not wanted:
            return {}
        if self.csv_path is None:
            found = con.execute(
                f"SELECT _row, _where FROM {self.table} WHERE _row IN "
                f"({', '.join(str(r) for r in wanted)})"
            ).fetchall()
            return {int(row): str(where) for row, where in found}
        return _csv_lines(self, wanted)


#: the record's position in the file, as the first column of a view
ROW = "row_number() OVER () AS _row, "


def number(con: duckdb.DuckDBPyConnection, loaded: Loaded) -> Loaded:
    """`loaded` with its records numbered, as a table (for the checks that name lines)."""
    table = f"{loaded.table}_numbered"
    con.execute(f"CREATE TABLE {table} AS SELECT {ROW}* FROM {loaded.table}")
    return replace(loaded, table=table)


def identifier(name: str) -> str:
    """A column's name as SQL quotes it (a name from the user's file may hold a quote)."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: object) -> str:
    """A SQL string literal (a view's definition cannot take parameters)."""
    return "'" + str(value).replace("'", "''") + "'"


def _csv_lines(loaded: Loaded, wanted: list[int]) -> dict[int, str]:
    """The file line of each wanted record (1 = the first record after the header), counting
    records as DuckDB does: blank lines are not records, a quoted field may span lines."""
    assert loaded.csv_path is not None
    places: dict[int, str] = {}
    targets = set(wanted)
    with loaded.csv_path.open(encoding=loaded.csv_encoding, newline="") as text:
        for _ in range(loaded.csv_header_line):
            text.readline()
        reader = csv.reader(text, delimiter=loaded.csv_delimiter)
        record = 0
        line = loaded.csv_header_line
        for row in reader:
            start = line + 1
            line = loaded.csv_header_line + reader.line_num
            if not row or not any(cell for cell in row):
                continue
            record += 1
            if record in targets:
                places[record] = f"line {start}"
                if len(places) == len(targets):
                    break
    return places


def load_table(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    columns: Columns,
    *,
    mapping: dict[str, str] | None,
    encoding: str,
    sheet: str | None,
    scratch: Path,
    numbered: bool = True,
) -> Loaded:
    """`path` (CSV, workbook or Parquet) as view `table` with canonical text columns, and with
    `_row` (the record's position) when `numbered` (numbering costs a pass that holds the whole
    file: `number` it only when a line must be named)."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _load_parquet(con, path, table, columns, mapping, numbered)
    if is_workbook(path):
        return _load_workbook(con, path, table, columns, mapping, sheet, scratch, numbered)
    with open_binary(path, "payroll file") as source:
        if looks_like_a_workbook(source.read(4)):
            raise BanencalcError(
                Msg(
                    "{name}: this is an Excel workbook, not a CSV file; name it .xlsx to read it "
                    "as one",
                    name=name,
                )
            )
        source.seek(0)
        encoding = checked_encoding(encoding)
        header, layout = csv_header(source, name, encoding)
    found = _mapped(header, name, columns, mapping)
    if encoding != "utf-8":
        converted = scratch / f"{table}.csv"
        _transcode(path, converted, encoding)
        path, encoding = converted, "utf-8"
    width = len(header)
    spec = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width))
    picked = ", ".join(f"c{index} AS {column}" for column, index in found.items())
    con.execute(
        f"CREATE VIEW {table} AS SELECT {ROW if numbered else ''}NULL::VARCHAR AS _where, "
        f"{picked} FROM read_csv({literal(path)}, header=false, skip={layout.header_line}, "
        f"delim={literal(layout.delimiter)}, quote='\"', escape='\"', auto_detect=false, "
        f"null_padding=true, all_varchar=true, columns={{{spec}}})"
    )
    return Loaded(
        name,
        table,
        tuple(found),
        csv_path=path,
        csv_header_line=layout.header_line,
        csv_delimiter=layout.delimiter,
        csv_encoding=encoding,
    )


def _mapped(
    header: list[str], name: str, columns: Columns, mapping: dict[str, str] | None
) -> dict[str, int]:
    return columns_of(
        header,
        name,
        mapping,
        required=columns.required,
        optional=columns.optional,
        aliases=columns.aliases,
    )


def _transcode(source: Path, target: Path, encoding: str) -> None:
    """A copy of `source` in UTF-8, in blocks (a bad byte is reported at its line)."""
    with open_binary(source, "payroll file") as raw, target.open("w", encoding="utf-8") as out:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        try:
            while block := text.read(1 << 20):
                out.write(block)
        except UnicodeDecodeError:
            raise BanencalcError(
                Msg(
                    "{name}: not {encoding} text; give the file's encoding with --encoding",
                    name=str(source),
                    encoding=encoding,
                )
            ) from None


def write_records(
    con: duckdb.DuckDBPyConnection,
    records: Iterator[tuple[str, list[str]]],
    table: str,
    names: tuple[str, ...],
    scratch: Path,
    numbered: bool = True,
) -> None:
    """(place, cells) records as table `table` with the columns `names`, through a private CSV."""
    path = scratch / f"{table}.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        for where, cells in records:
            writer.writerow([where, *cells])
    spec = ", ".join(f"'{n}': 'VARCHAR'" for n in ("_where", *names))
    con.execute(
        f"CREATE VIEW {table} AS SELECT {ROW if numbered else ''}* FROM read_csv("
        f"{literal(path)}, header=false, delim=',', quote='\"', escape='\"', auto_detect=false, "
        f"all_varchar=true, columns={{{spec}}})"
    )


def _load_workbook(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    columns: Columns,
    mapping: dict[str, str] | None,
    sheet: str | None,
    scratch: Path,
    numbered: bool,
) -> Loaded:
    rows = read_sheet(path, sheet, dates=True)
    name = str(path)
    header: list[str] | None = None
    found: dict[str, int] = {}

    def records() -> Iterator[tuple[str, list[str]]]:
        nonlocal header, found
        for number, row in rows:
            if isinstance(row, BanencalcError):
                raise row
            if header is None:
                header = row
                found = _mapped(header, name, columns, mapping)
                continue
            cells = [row[i] if i < len(row) else "" for i in found.values()]
            yield f"row {number}", cells

    # the header must be read before the names of the table are known
    iterator = records()
    first = next(iterator, None)
    if header is None:
        raise BanencalcError(Msg("{name}: the sheet is empty (a header row is needed)", name=name))
    names = tuple(found)

    def all_records() -> Iterator[tuple[str, list[str]]]:
        if first is not None:
            yield first
        yield from iterator

    write_records(con, all_records(), table, names, scratch, numbered)
    return Loaded(name, table, names)


def _load_parquet(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    table: str,
    columns: Columns,
    mapping: dict[str, str] | None,
    numbered: bool,
) -> Loaded:
    name = str(path)
    try:
        header = [
            str(row[0])
            for row in con.execute(
                "SELECT name FROM parquet_schema(?) WHERE name <> 'schema' "
                "AND num_children IS NULL OR num_children = 0",
                [str(path)],
            ).fetchall()
        ]
    except Exception as exc:  # DuckDB's own errors: not a Parquet file, unreadable
        raise BanencalcError(
            Msg(
                "{name}: not a readable Parquet file ({why})",
                name=name,
                why=str(exc).split("\n")[0],
            )
        ) from None
    found = _mapped(header, name, columns, mapping)
    picked = ", ".join(
        f"CAST({identifier(header[index])} AS VARCHAR) AS {column}"
        for column, index in found.items()
    )
    con.execute(
        f"CREATE VIEW {table} AS SELECT {ROW if numbered else ''}"
        f"'row ' || (file_row_number + 1) AS _where, {picked} "
        f"FROM read_parquet({literal(path)}, file_row_number = true)"
    )
    return Loaded(name, table, tuple(found))
