"""BSNs never leave the machine: a column of employees that holds BSNs (nine digits passing the
eleven-test, or eight where a spreadsheet dropped the leading zero) is written only as a keyed
hash (HMAC-SHA256 with a key the user keeps, so the same person gets the same pseudonym in every
run with that key, and nobody without the key can go back from a pseudonym to the BSN by
trying all BSNs, as anyone could with a plain hash)."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from banencalc.base.errors import BanencalcError
from banencalc.base.files import read_bounded
from banencalc.base.messages import Msg
from banencalc.calc.realisation import PersonYear

if TYPE_CHECKING:
    import duckdb

#: a key shorter than this is guessable
MIN_KEY_BYTES = 16
#: hex digits of the hash written (64 bits: no two of a country's employees collide in practice)
PSEUDONYM_DIGITS = 16


def is_bsn(value: str) -> bool:
    """Nine digits (or eight, a leading zero lost) passing the eleven-test of the BSN:
    9a + 8b + 7c + 6d + 5e + 4f + 3g + 2h - i is a multiple of 11 (and not all zeros)."""
    digits = value.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) in (8, 9)):
        return False
    digits = digits.zfill(9)
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True))
    return total % 11 == 0 and int(digits) != 0


#: the same test in SQL, on column `employee` of table `rows`
_BSN_SQL = """
  WITH e AS (SELECT DISTINCT lpad(employee, 9, '0') AS d FROM person_rows
             WHERE regexp_full_match(employee, '\\d{8,9}'))
  SELECT count(*) FROM e WHERE d <> '000000000' AND (
    9 * CAST(d[1] AS INT) + 8 * CAST(d[2] AS INT) + 7 * CAST(d[3] AS INT)
    + 6 * CAST(d[4] AS INT) + 5 * CAST(d[5] AS INT) + 4 * CAST(d[6] AS INT)
    + 3 * CAST(d[7] AS INT) + 2 * CAST(d[8] AS INT) - CAST(d[9] AS INT)) % 11 = 0
"""


def holds_bsn(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether any employee in table `person_rows` is a BSN: then every one is hashed when
    written."""
    found = con.execute(_BSN_SQL).fetchone()
    return bool(found and found[0])


def read_key(path: Path) -> bytes:
    """The pseudonym key: the bytes of a file the user keeps (at least 16, at most 4 KiB)."""
    key = read_bounded(path, 4096, "--pseudonym-key").strip()
    if len(key) < MIN_KEY_BYTES:
        raise BanencalcError(
            Msg(
                "{path}: the key is {count} bytes; use at least {least} random bytes (for "
                'example: python -c "import secrets; print(secrets.token_hex(32))" > {path})',
                path=str(path),
                count=len(key),
                least=MIN_KEY_BYTES,
            ),
            field="pseudonym_key",
        )
    return key


def pseudonym(value: str, key: bytes) -> str:
    """The keyed hash of an employee id (a BSN as nine digits, whatever zeros were lost)."""
    normal = value.strip().zfill(9) if is_bsn(value) else value.strip()
    return hmac.new(key, normal.encode(), hashlib.sha256).hexdigest()[:PSEUDONYM_DIGITS]


def pseudonymised(people: tuple[PersonYear, ...], key: bytes) -> tuple[PersonYear, ...]:
    hashed = (replace(p, employee=pseudonym(p.employee, key)) for p in people)
    # sorted again by the pseudonym: the order of the ids must not show through
    return tuple(sorted(hashed, key=lambda p: (p.employer, p.year, p.employee)))
