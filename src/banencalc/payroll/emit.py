"""The employer-years counted from payroll written as the input of `employer --file` (the batch),
so that both commands compute the same position from the same hours, by construction."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from banencalc.base.files import write_atomic
from banencalc.calc.realisation import Realisation

#: the batch's own column names (batch/columns.py)
HEADER = (
    "id",
    "year",
    "sector",
    "paid_hours",
    "target_group_hours",
    "previous_year_hours",
    "hired_out_hours",
    "hours_from_lenders",
    "hours_to_hirers",
    "wsw_hours",
    "premium_wage",
    "target_group_employees",
)


def write_batch_input(path: Path, realisation: Realisation) -> None:
    """One row per employer-year, hours exactly as counted (the batch reads them back exactly)."""

    def produce(out: IO[str]) -> None:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for result in realisation.results:
            h = result.hours
            writer.writerow(
                [
                    h.employer,
                    h.year,
                    realisation.sector,
                    h.paid_hours,
                    h.target_group_hours,
                    "" if h.previous_year_hours is None else h.previous_year_hours,
                    h.hired_out_hours,
                    h.hours_from_lenders,
                    h.hours_to_hirers,
                    h.wsw_hours,
                    "" if h.premium_wage is None else h.premium_wage,
                    h.persons,
                ]
            )

    write_atomic(path, produce)
