"""The engine counts what a plain Decimal reading of the same rules counts, for any payroll: the
SQL (payroll/count.py) against a few lines of Python written from the articles, row by row."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from collections import defaultdict
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banencalc.payroll import PayrollRequest, count_payroll

EMPLOYERS = ("E1", "E2", "E3")
PEOPLE = ("P1", "P2", "P3", "P4", "P5")
HUNDREDTH = Decimal("0.01")

hours = st.decimals(min_value=0, max_value=300, places=2, allow_nan=False)


@st.composite
def payrolls(draw: st.DrawFn) -> tuple[list[dict[str, Any]], dict[str, tuple[dt.date, dt.date]]]:
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(EMPLOYERS), st.sampled_from(PEOPLE), st.integers(1, 12)),
            unique=True,
            max_size=25,
        )
    )
    rows = []
    for employer, person, month in keys:
        paid = draw(hours)
        hirer = draw(st.sampled_from([None, None, "E1", "E2", "X9"]))
        if hirer == employer:
            hirer = None
        attributed = draw(st.decimals(0, paid, places=2)) if hirer else Decimal(0)
        rows.append(
            {
                "employer": employer,
                "employee": person,
                "month": month,
                "hours": paid,
                "hirer": hirer,
                "attributed": attributed,
                "wsw": draw(st.booleans()) and draw(st.booleans()),
            }
        )
    register = {}
    for person in PEOPLE:
        if draw(st.booleans()):
            start = dt.date(2024, 1, 1) + dt.timedelta(days=draw(st.integers(-30, 365)))
            end = start + dt.timedelta(days=draw(st.integers(0, 400)))
            register[person] = (start, end)
    return rows, register


def expected(
    rows: list[dict[str, Any]], register: dict[str, tuple[dt.date, dt.date]]
) -> dict[str, dict[str, Decimal]]:
    """The rules of calc/realisation.py, row by row in Decimal."""
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    asked: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    allowed: dict[tuple[str, str, str], Decimal] = defaultdict(Decimal)
    for row in rows:
        first = dt.date(2024, row["month"], 1)
        days = calendar.monthrange(2024, row["month"])[1]
        last = first + dt.timedelta(days=days - 1)
        if row["wsw"] and row["hirer"]:
            target = row["hours"]  # Besluit Wfsv art 2.28 lid 1
        elif row["wsw"]:
            target = Decimal(0)  # Wfsv art 38g lid 2
        elif row["employee"] in register:
            start, end = register[row["employee"]]
            inside = max(0, (min(last, end) - max(first, start)).days + 1)
            target = (row["hours"] * inside / days).quantize(HUNDREDTH, ROUND_FLOOR)
        else:
            target = Decimal(0)
        t = totals[row["employer"]]
        t["paid_hours"] += row["hours"]
        t["target_group_hours"] += target
        if row["hirer"]:
            t["hired_out_hours"] += row["hours"]
            key = (row["employer"], row["hirer"], row["employee"])
            asked[key] += row["attributed"]
            allowed[key] += target
        elif row["wsw"]:
            t["wsw_hours"] += row["hours"]
    for (lender, hirer, _), wanted in asked.items():
        granted = min(wanted, allowed[(lender, hirer, _)])
        totals[lender]["hours_to_hirers"] += granted
        if hirer in totals:
            totals[hirer]["hours_from_lenders"] += granted
    return totals


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=payrolls())
def test_the_engine_counts_what_the_articles_say(
    case: tuple[list[dict[str, Any]], dict[str, tuple[dt.date, dt.date]]],
    tmp_path_factory: Any,
) -> None:
    rows, register = case
    folder: Path = tmp_path_factory.mktemp("payroll")
    payroll = folder / "payroll.csv"
    with payroll.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["employer", "employee", "period", "paid_hours", "hired_out_to",
                         "attributed_hours", "wsw"])  # fmt: skip
        for row in rows:
            writer.writerow(
                [row["employer"], row["employee"], f"2024-{row['month']:02d}", row["hours"],
                 row["hirer"] or "", row["attributed"] if row["hirer"] else "",
                 "ja" if row["wsw"] else "nee"]
            )  # fmt: skip
    listing = folder / "register.csv"
    with listing.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["employee", "register_start", "register_end"])
        for person, (start, end) in register.items():
            writer.writerow([person, start.isoformat(), end.isoformat()])
    in_payroll = {row["employee"] for row in rows}
    use_register = bool(in_payroll & set(register))
    count = count_payroll(
        PayrollRequest(files=(payroll,), register=listing if use_register else None)
    )
    want = expected(rows, register if use_register else {})
    got = {h.employer: h for h in count.employer_years}
    assert set(got) == set(want)
    for employer, figures in want.items():
        for name, value in figures.items():
            assert getattr(got[employer], name) == value, (employer, name)
