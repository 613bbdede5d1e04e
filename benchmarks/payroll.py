"""Payroll benchmark: `banencalc realisation` on a generated payroll against the engine's own bare
scan of the same file.

    uv run python benchmarks/payroll.py [--rows 10000000]

Generates (with DuckDB, fixed content) a payroll CSV of N rows: employees x 12 months at 2,000
employers, some hired out with attributed hours, 3% of the employees in a register list; then
times, each in its own process:
  scan         DuckDB reading every column of the file (SELECT max(...) of each), nothing else
  realisation  banencalc realisation FILE --register REGISTER --format json (to /dev/null)
and prints wall time, the ratio to the scan and each process's peak memory (max RSS). The bar
(issue: payroll to realisation) is within 3x the scan and under 1 GB. A benchmark, not a test.
The generated files are personal-data shaped but invented; they live in a temporary folder.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCAN = (
    "import duckdb, sys\n"
    'duckdb.connect().execute("SELECT max(loonheffingennummer), max(werknemer), max(periode), '
    "max(verloonde_uren), max(uitgeleend_aan), max(toegerekende_uren) FROM read_csv(?, delim=';', "
    'header=true, all_varchar=true)", [sys.argv[1]]).fetchall()\n'
)


def generate(folder: Path, rows: int) -> tuple[Path, Path]:
    import duckdb

    payroll, register = folder / "payroll.csv", folder / "register.csv"
    people = max(1, rows // 12)
    con = duckdb.connect()
    con.execute(
        f"""COPY (
          SELECT printf('%09dL01', 800000000 + (p % 2000)) AS loonheffingennummer,
                 printf('W%08d', p) AS werknemer,
                 printf('2024-%02d', m) AS periode,
                 replace(printf('%.2f', 40 + (p * 7 + m * 13) % 120 + ((p + m) % 100) / 100.0),
                         '.', ',') AS verloonde_uren,
                 CASE WHEN p % 50 = 0 THEN printf('%09dL01', 800000000 + ((p + 1) % 2000))
                      ELSE '' END AS uitgeleend_aan,
                 CASE WHEN p % 100 = 0 THEN '40,00' ELSE '' END AS toegerekende_uren
          FROM range({people}) t(p), range(1, 13) s(m)
          ORDER BY p, m
          LIMIT {rows}
        ) TO '{payroll}' (HEADER, DELIMITER ';')"""
    )
    con.execute(
        f"""COPY (
          SELECT printf('W%08d', p) AS werknemer,
                 printf('2023-%02d-01', 1 + p % 12) AS begindatum,
                 CASE WHEN p % 7 = 0 THEN '2024-06-30' ELSE '' END AS einddatum
          FROM range({people}) t(p) WHERE p % 33 = 0
        ) TO '{register}' (HEADER, DELIMITER ';')"""
    )
    return payroll, register


#: runs a command and prints its own peak memory (a child's max RSS, alone)
MEASURE = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the process's peak memory in MB."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], check=True, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    return wall, int(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="banencalc-bench-") as name:
        folder = Path(name)
        start = time.perf_counter()
        payroll, register = generate(folder, args.rows)
        size = payroll.stat().st_size / 1e6
        print(
            f"generated {args.rows:,} rows ({size:,.0f} MB) in {time.perf_counter() - start:.1f} s"
        )
        scan_wall, scan_peak = timed([sys.executable, "-c", SCAN, str(payroll)])
        run_wall, run_peak = timed(
            [
                sys.executable, "-m", "banencalc", "realisation", str(payroll),
                "--register", str(register), "--format", "json",
            ]
        )  # fmt: skip
        print(f"scan         {scan_wall:6.2f} s  peak {scan_peak:6.0f} MB")
        print(
            f"realisation  {run_wall:6.2f} s  peak {run_peak:6.0f} MB  "
            f"= {run_wall / scan_wall:.2f}x the scan"
        )


if __name__ == "__main__":
    main()
