"""Batch benchmark: `banencalc employer --file` on generated employers against reading the file.

    uv run python benchmarks/batch.py [--rows 1000000] [--all-columns]

Generates a CSV of N employers (fixed seed) in a temporary directory, then times, each in its own
process: a pass-through that reads the rows and writes them again with Python's csv module (the
floor: what any tool that reads and writes the file pays), and `banencalc employer --year 2024
--file ... --output ...`. Prints wall time, the ratio to the floor and each process's peak memory
(max RSS). `--all-columns` gives every row every optional column (the previous year's hours,
hired-out and Wsw staff, lenders and hirers): the same law, the same path. A benchmark, not a
test.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASS_THROUGH = (
    "import csv, sys\n"
    "with open(sys.argv[1], newline='') as src, open(sys.argv[2], 'w', newline='') as out:\n"
    "    csv.writer(out).writerows(csv.reader(src))\n"
)


def generate(path: Path, rows: int, all_columns: bool = False) -> None:
    rng = random.Random(2013)
    with path.open("w", newline="") as f:
        extra = (
            ",previous_year_hours,hired_out_hours,wsw_hours,hours_from_lenders,hours_to_hirers"
            if all_columns
            else ""
        )
        f.write(f"id,paid_hours,target_group_hours{extra}\n")
        for i in range(rows):
            paid = rng.randint(1_000, 2_000_000)
            target_group = rng.randint(0, paid // 20)
            line = f"LH{i:09d},{paid}.{rng.randint(0, 99):02d},{target_group}"
            if all_columns:
                line += (
                    f",{rng.randint(0, 2_000_000)},{rng.randint(0, paid // 10)},"
                    f"{rng.randint(0, paid // 10)},{rng.randint(0, 500)},"
                    f"{rng.randint(0, target_group)}"
                )
            f.write(line + "\n")


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the child's peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--all-columns", action="store_true", help="every optional column")
    args = parser.parse_args()
    script = shutil.which("banencalc", path=str(Path(sys.executable).parent)) or "banencalc"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "employers.csv"
        generate(source, args.rows, args.all_columns)
        size_mb = source.stat().st_size / 1e6
        read_s, read_mb = run(
            [sys.executable, "-c", PASS_THROUGH, str(source), str(Path(tmp) / "copy.csv")]
        )
        calc_s, calc_mb = run(
            [
                script,
                "employer",
                "--year",
                "2024",
                "--file",
                str(source),
                "--output",
                str(Path(tmp) / "out.csv"),
            ]
        )
    print(f"{args.rows:,} rows, {size_mb:.1f} MB")
    print(f"csv pass-through  {read_s:7.2f} s   peak {read_mb:6.1f} MB")
    print(
        f"banencalc batch   {calc_s:7.2f} s   peak {calc_mb:6.1f} MB   "
        f"{calc_s / read_s:.2f}x the pass-through   {args.rows / calc_s:,.0f} rows/s"
    )


if __name__ == "__main__":
    main()
