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


def hundredths(column: str) -> str:
    """SQL: the cell as whole hundredths of an hour (BIGINT), NULL when it is not hours; empty
    is 0."""
    cell = text(column)
    return (
        f"CASE WHEN {cell} = '' THEN 0 "
        f"WHEN regexp_full_match({cell}, '{HOURS_PATTERN}') "
        f"THEN CAST(CAST(replace({cell}, ',', '.') AS DECIMAL(18, 2)) * 100 AS BIGINT) END"
    )


def cents(column: str) -> str:
    """SQL: an amount in euros as whole cents (BIGINT): `1234.56` or `1234,56`; NULL when it
    is not one; empty is NULL (no amount given)."""
    cell = text(column)
    return (
        f"CASE WHEN regexp_full_match({cell}, '{HOURS_PATTERN}') "
        f"THEN CAST(CAST(replace({cell}, ',', '.') AS DECIMAL(18, 2)) * 100 AS BIGINT) END"
    )


def date(column: str) -> str:
    """SQL: the cell as a DATE (2024-01-31 or 31-01-2024), NULL when it is not one."""
    cell = text(column)
    return (
        f"CAST(coalesce(try_strptime({cell}, '%Y-%m-%d'), try_strptime({cell}, '%d-%m-%Y')) "
        "AS DATE)"
    )


def yes_no(column: str) -> str:
    """SQL: the cell as BOOLEAN (ja/nee, yes/no, 1/0, x/empty), NULL when it is neither."""
    cell = f"lower({text(column)})"
    yes = ", ".join(f"'{v}'" for v in YES)
    no = ", ".join(f"'{v}'" for v in NO)
    return f"CASE WHEN {cell} IN ({yes}) THEN true WHEN {cell} IN ({no}) THEN false END"


def period_bounds(column: str) -> tuple[str, str]:
    """SQL: the first and last day of a period written `2024`, `2024-03` or `2024-Q1`
    (`2024-K1`, Dutch kwartaal), NULL when it is none of these."""
    cell = f"upper(replace({text(column)}, ' ', '-'))"
    year = f"TRY_CAST(left({cell}, 4) AS INTEGER)"
    month = f"TRY_CAST(split_part({cell}, '-', 2) AS INTEGER)"
    quarter = f"TRY_CAST(right({cell}, 1) AS INTEGER)"
    start = (
        f"CASE WHEN regexp_full_match({cell}, '\\d{{4}}') THEN make_date({year}, 1, 1) "
        f"WHEN regexp_full_match({cell}, '\\d{{4}}-(0?[1-9]|1[0-2])') "
        f"THEN make_date({year}, {month}, 1) "
        f"WHEN regexp_full_match({cell}, '\\d{{4}}-?[QK][1-4]') "
        f"THEN make_date({year}, 3 * {quarter} - 2, 1) END"
    )
    end = (
        f"CASE WHEN regexp_full_match({cell}, '\\d{{4}}') THEN make_date({year}, 12, 31) "
        f"WHEN regexp_full_match({cell}, '\\d{{4}}-(0?[1-9]|1[0-2])') "
        f"THEN last_day(make_date({year}, {month}, 1)) "
        f"WHEN regexp_full_match({cell}, '\\d{{4}}-?[QK][1-4]') "
        f"THEN last_day(make_date({year}, 3 * {quarter}, 1)) END"
    )
    return start, end


@dataclass(frozen=True)
class CellCheck:
    """A problem found in one field: the SQL condition on table `parsed`, the field, and what is
    wrong (with `{value}`: the cell as written, never for the person's column)."""

    field: str
    condition: str
    why: str
    show_value: bool = True
