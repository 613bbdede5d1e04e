"""A large CSV batch on every core: the file is cut into blocks of whole records, each block is
read, assessed and written as text by a worker process, and the blocks are put back in order.

The parent reads raw lines and cuts only between records (a quoted field may hold a line break:
a block ends where the count of `"` so far is even). Workers are forked, so they share the loaded
data and the assessor; each sends back its block's text, its bad rows and its totals. At most
two blocks per worker are in flight, so memory stays flat whatever the file's size. The result is
byte for byte the single-process one (tests/batch/test_batch_parallel.py); a run without
`--skip-invalid` stops where the single-process run stops.
"""

from __future__ import annotations

import io
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import IO, TYPE_CHECKING, NamedTuple

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.batch.assess import RowAssessor
from banencalc.batch.columns import MAX_LISTED, MAX_REPORTED, OutFormat
from banencalc.batch.read import CsvLayout
from banencalc.batch.rows import assess_rows, stopped
from banencalc.batch.write import writer_for

if TYPE_CHECKING:
    from banencalc.batch import BatchSummary

#: a file smaller than this is assessed in this process (starting workers costs more)
MIN_BYTES = 16_000_000
#: lines per block sent to a worker
BLOCK_LINES = 20_000


def workers_for(size: int | None) -> int:
    """How many worker processes a file of `size` bytes gets (1: none, this process).
    $BANENCALC_WORKERS sets it (1 turns them off)."""
    given = os.environ.get("BANENCALC_WORKERS", "").strip()
    if given.isdigit():
        return max(1, int(given))
    if size is None or size < MIN_BYTES or sys.platform == "win32":
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, 8)


class Job(NamedTuple):
    """What every worker shares (set before the workers are forked)."""

    layout: CsvLayout
    assessor: RowAssessor
    name_at: int | None
    out_format: OutFormat
    columns: tuple[str, ...]
    csv_dialect: str
    skip_invalid: bool


class Part(NamedTuple):
    """One block's result: its text, its bad rows and its totals."""

    text: str
    rows: int
    skipped: list[tuple[int, Msg]]
    skipped_count: int
    liable: int
    tenths: int
    levy: int | Decimal
    defaulted: int
    uncollected: bool
    #: a line that stops the whole file (bytes that are not text, a broken quote)
    fatal: Msg | None


_JOB: Job | None = None
_OUT: tuple[io.StringIO, Callable[[list[object]], object]] | None = None


def _assess_block(block: tuple[bytes, int]) -> Part:
    """In a worker: the rows of `block` (its bytes, and the lines of the file before it)."""
    from banencalc.batch import BatchSummary

    global _OUT
    job = _JOB
    assert job is not None, "the job is set before the workers start"
    if _OUT is None:
        buffer = io.StringIO()
        write = writer_for(buffer, job.out_format, job.columns, job.csv_dialect, job.assessor.lang)
        _OUT = (buffer, write)
    buffer, write = _OUT
    buffer.seek(0)
    buffer.truncate()  # the header (and a BOM) the writer wrote, or the previous block
    assessor = job.assessor
    assessor.liable = assessor.tenths = assessor.defaulted = 0
    assessor.levy = 0
    assessor.uncollected = False
    part = BatchSummary()
    fatal = None
    data, after = block
    try:
        rows = job.layout.rows(io.BytesIO(data), None, after)
        assess_rows(rows, assessor, write, job.name_at, part, job.skip_invalid)
    except BanencalcError as exc:
        fatal = exc.msg
    return Part(
        buffer.getvalue(),
        part.rows,
        part.skipped,
        part.skipped_count,
        assessor.liable,
        assessor.tenths,
        assessor.levy,
        assessor.defaulted,
        assessor.uncollected,
        fatal,
    )


def _blocks(
    source: IO[bytes], on_progress: Callable[[int], None] | None, header_line: int
) -> Iterator[tuple[bytes, int]]:
    """The lines after the header in blocks of whole records, each with the lines before it."""
    lines: list[bytes] = []
    before = 0
    open_quote = False
    for raw in source:
        lines.append(raw)
        if b'"' in raw:
            open_quote ^= bool(raw.count(b'"') & 1)
        if len(lines) >= BLOCK_LINES and not open_quote:
            yield b"".join(lines), before
            before += len(lines)
            lines = []
            if on_progress is not None:
                on_progress(header_line + before)
    if lines:
        yield b"".join(lines), before


def assess_in_parallel(
    source: IO[bytes],
    job: Job,
    out: IO[str],
    summary: BatchSummary,
    workers: int,
    on_progress: Callable[[int], None] | None = None,
) -> None:
    """Assess the rows of `source` (after its header) on `workers` processes, writing to `out`
    in the file's order; the summary gets what the single-process loop would give it."""
    import multiprocessing

    global _JOB
    _JOB = job
    context = multiprocessing.get_context("fork")
    try:
        with context.Pool(workers) as pool:
            pending: deque[multiprocessing.pool.AsyncResult[Part]] = deque()
            blocks = _blocks(source, on_progress, job.layout.header_line)
            exhausted = False
            while pending or not exhausted:
                while not exhausted and len(pending) < 2 * workers:
                    block = next(blocks, None)
                    if block is None:
                        exhausted = True
                    else:
                        pending.append(pool.apply_async(_assess_block, (block,)))
                if not pending:
                    break
                if _merge(pending.popleft().get(), out, summary, job):
                    break  # enough bad rows: the rest is not read, as in one process
            pool.terminate()
    finally:
        _JOB = None


def _merge(part: Part, out: IO[str], summary: BatchSummary, job: Job) -> bool:
    """Add a block's result; True when the run stops here."""
    assessor = job.assessor
    for line, why in part.skipped:
        if stopped(summary, job.skip_invalid):
            return True
        summary.skipped_count += 1
        if len(summary.skipped) < MAX_LISTED:
            summary.skipped.append((line, why))
    # bad rows beyond the listed ones are counted only
    summary.skipped_count += part.skipped_count - len(part.skipped)
    if not job.skip_invalid and summary.skipped_count >= MAX_REPORTED:
        summary.skipped_count = MAX_REPORTED
        return True
    if part.fatal is not None:
        raise BanencalcError(part.fatal)
    out.write(part.text)
    summary.rows += part.rows
    assessor.liable += part.liable
    assessor.tenths += part.tenths
    assessor.levy += part.levy
    assessor.defaulted += part.defaulted
    assessor.uncollected |= part.uncollected
    return False
