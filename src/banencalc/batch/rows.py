"""The batch's loop: each row assessed and written, a bad row listed (the first MAX_LISTED) and
counted; without `skip_invalid` the run stops at the MAX_REPORTED-th bad row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from banencalc.base.errors import BanencalcError
from banencalc.base.spreadsheet import Row
from banencalc.batch.assess import RowAssessor
from banencalc.batch.columns import MAX_LISTED, MAX_REPORTED

if TYPE_CHECKING:
    from banencalc.batch import BatchSummary


def assess_rows(
    rows: Iterable[tuple[int, Row]],
    assess_row: RowAssessor,
    write: Callable[[list[object]], object],
    name_at: int | None,
    summary: BatchSummary,
    skip_invalid: bool,
) -> None:
    """Assess and write every row; the summary counts them and keeps the bad ones."""
    for line_no, row in rows:
        try:
            if isinstance(row, BanencalcError):  # a cell that cannot be read as written
                raise row
            record = assess_row(row)
        except BanencalcError as exc:
            summary.skipped_count += 1
            if len(summary.skipped) < MAX_LISTED:
                summary.skipped.append((line_no, exc.msg))
            if not skip_invalid and summary.skipped_count >= MAX_REPORTED:
                break
            continue
        summary.rows += 1
        if name_at is not None:
            record.insert(1, row[name_at].strip())
        write(record)


def stopped(summary: BatchSummary, skip_invalid: bool) -> bool:
    """Whether a run without `skip_invalid` has seen enough bad rows to stop."""
    return not skip_invalid and summary.skipped_count >= MAX_REPORTED
