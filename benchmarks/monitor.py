"""Monitor benchmark: `banencalc monitor` on a sector of 1,200 school boards over 10 rounds.

    uv run python benchmarks/monitor.py [--members 1200] [--rounds 10]

Generates the monitor file and its round files in a temporary folder, then times the command
(table to /dev/null) and the page (-o monitor.html), each the median of 5 runs. The bar (issue:
the sector monitor) is under a second. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def generate(folder: Path, members: int, rounds: int) -> Path:
    rng = random.Random(2019)
    (folder / "rondes").mkdir()
    lines = [
        "name: Funderend onderwijs (benchmark)",
        "years: {from: 2019, to: 2025}",
        "target: {" + ", ".join(f"{y}: {4000 + 300 * (y - 2019)}" for y in range(2019, 2026)) + "}",
        "prognosis: {"
        + ", ".join(f"{y}: {3900 + 300 * (y - 2019)}" for y in range(2019, 2026))
        + "}",
        "quota_pct: {2025: 2.76}",
        "members:",
    ]
    hours = {f"B{n:05d}": rng.choice([60_000, 140_000, 350_000]) for n in range(members)}
    lines += [f'  - {{id: "{m}", name: "Bestuur {m}", paid_hours: {h}}}' for m, h in hours.items()]
    lines.append("rounds:")
    for index in range(rounds):
        year = 2020 + index // 2
        lines.append(
            f"  - {{id: r{index}, year: {year}, half: {1 + index % 2}, file: rondes/r{index}.csv}}"
        )
        with (folder / "rondes" / f"r{index}.csv").open("w", encoding="utf-8") as f:
            f.write("lid;banen\n")
            for member, paid in hours.items():
                share = paid * 0.0276 / 1331
                cell = "" if rng.random() < 0.1 else f"{share * rng.uniform(0.3, 1.5):.1f}"
                f.write(f"{member};{cell}\n")
    path = folder / "monitor.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def median_seconds(command: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1200)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="banencalc-bench-") as name:
        monitor = generate(Path(name), args.members, args.rounds)
        base = [sys.executable, "-m", "banencalc", "monitor", str(monitor)]
        table = median_seconds(base)
        page = median_seconds([*base, "-o", str(Path(name) / "monitor.html")])
        print(
            f"{args.members} members, {args.rounds} rounds: table {table:.2f} s, page {page:.2f} s"
        )


if __name__ == "__main__":
    main()
