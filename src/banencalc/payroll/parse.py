"""The payroll's text cells read exactly, in the engine: hours as whole hundredths (the unit of
the statute's variables, Besluit Wfsv art 2.23 lid 2), dates, yes/no values. A cell that cannot
be read is a problem naming its field, never a guess; the person is never named in a problem
(payroll rows are personal data)."""

from __future__ import annotations

from dataclasses import dataclass

#: hours: digits with at most two decimals after `.` or `,` (a pay period's hours need no
#: thousands separator, and one would be ambiguous: `1.234` is 1,234 hours in Dutch, 1.234 in
#: English)
HOURS_PATTERN = r"\d{1,12}([.,]\d{1,2})?"
YES = ("1", "yes", "y", "ja", "j", "true", "waar", "x")
NO = ("0", "no", "n", "nee", "false", "onwaar", "")


def text(column: str) -> str:
    """A cell as trimmed text, empty when missing."""
    return f"coalesce(trim({column}), '')"


# The functions below take a cell already trimmed (`text`), so that each cell is trimmed once.


def hundredths(cell: str) -> str:
    """SQL: the cell as whole hundredths of an hour (BIGINT), NULL when it is not hours; empty
    is 0."""
    return (
        f"CASE WHEN {cell} = '' THEN 0 "
        f"WHEN regexp_full_match({cell}, '{HOURS_PATTERN}') "
        f"THEN CAST(CAST(replace({cell}, ',', '.') AS DECIMAL(18, 2)) * 100 AS BIGINT) END"
    )


def cents(cell: str) -> str:
    """SQL: an amount in euros as whole cents (BIGINT): `1234.56` or `1234,56`; NULL when it
    is not one (empty included: no amount given)."""
    return (
        f"CASE WHEN regexp_full_match({cell}, '{HOURS_PATTERN}') "
        f"THEN CAST(CAST(replace({cell}, ',', '.') AS DECIMAL(18, 2)) * 100 AS BIGINT) END"
    )


def date(cell: str) -> str:
    """SQL: the cell as a DATE (2024-01-31 or 31-01-2024), NULL when it is not one."""
    return f"CAST(try_strptime({cell}, ['%Y-%m-%d', '%d-%m-%Y']) AS DATE)"


def yes_no(cell: str) -> str:
    """SQL: the cell as BOOLEAN (ja/nee, yes/no, 1/0, x/empty), NULL when it is neither."""
    lower = f"lower({cell})"
    yes = ", ".join(f"'{v}'" for v in YES)
    no = ", ".join(f"'{v}'" for v in NO)
    return f"CASE WHEN {lower} IN ({yes}) THEN true WHEN {lower} IN ({no}) THEN false END"


def period_kind(cell: str) -> str:
    """SQL: how a period is written: 'Y' (`2024`), 'Q' (`2024-Q1`, `2024-K1`, `2024 Q1`) or 'M'
    (`2024-03`; anything else fails to read as a month, and is refused)."""
    return (
        f"CASE WHEN length({cell}) = 4 THEN 'Y' "
        f"WHEN regexp_matches({cell}, '[QqKk]') THEN 'Q' ELSE 'M' END"
    )


def period_start(cell: str, kind: str) -> str:
    """SQL: the first day of a period (see period_kind), NULL when it is not one."""
    quarter = f"upper(replace({cell}, ' ', '-'))"
    return (
        f"CASE {kind} "
        f"WHEN 'M' THEN CAST(try_strptime({cell} || '-01', '%Y-%m-%d') AS DATE) "
        f"WHEN 'Y' THEN CAST(try_strptime({cell} || '-01-01', '%Y-%m-%d') AS DATE) "
        f"WHEN 'Q' THEN CASE WHEN regexp_full_match({quarter}, '\\d{{4}}-?[QK][1-4]') "
        f"THEN make_date(CAST(left({cell}, 4) AS INTEGER), "
        f"3 * CAST(right({cell}, 1) AS INTEGER) - 2, 1) END END"
    )


def period_end(kind: str, start: str) -> str:
    """SQL: the last day of the period whose first day is `start`."""
    return (
        f"CASE {kind} WHEN 'Y' THEN make_date(year({start}), 12, 31) "
        f"WHEN 'M' THEN last_day({start}) ELSE last_day({start} + INTERVAL 2 MONTH) END"
    )


@dataclass(frozen=True)
class CellCheck:
    """A problem found in one field: the SQL condition on table `parsed`, the field, and what is
    wrong (with `{value}`: the cell as written, never for the person's column)."""

    field: str
    condition: str
    why: str
    show_value: bool = True
