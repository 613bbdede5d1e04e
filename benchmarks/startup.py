"""Startup benchmark: how long `banencalc` takes against the bare imports it cannot avoid.

    uv run python benchmarks/startup.py [--runs 21]

Times, in one run and interleaved (so machine load hits every command alike):
  floor     python -c "import typer, rich.table, pydantic, yaml"
  status    banencalc status --year 2020       (the console script of this environment)
  help      banencalc --help
  json      banencalc status --year 2020 --format json
  dutch     banencalc status --year 2020 --lang nl   (loads the Dutch catalogue)
  report    banencalc report --year 2023           (the HTML monitor page, to stdout)
  uv-run    uv run banencalc status --year 2020 (the README command; includes uv's own sync check)
and prints the median of each and its ratio to the floor. A benchmark, not a test.

The package's own bytecode is compiled first (as an installed wheel has it): these machines set
PYTHONDONTWRITEBYTECODE, and without it every run would compile banencalc's modules again.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> dict[str, list[str]]:
    bindir = Path(sys.executable).parent
    script = shutil.which("banencalc", path=str(bindir)) or "banencalc"
    commands = {
        "floor": [sys.executable, "-c", "import typer, rich.table, pydantic, yaml"],
        "status": [script, "status", "--year", "2020"],
        "help": [script, "--help"],
        "json": [script, "status", "--year", "2020", "--format", "json"],
        "dutch": [script, "status", "--year", "2020", "--lang", "nl"],
        "report": [script, "report", "--year", "2023"],
    }
    uv = shutil.which("uv")
    if uv:
        commands["uv-run"] = [uv, "run", "--quiet", "banencalc", "status", "--year", "2020"]
    return commands


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21, help="runs per command (default 21)")
    args = parser.parse_args()
    import compileall

    compileall.compile_dir(ROOT / "src" / "banencalc", quiet=1)
    commands = _commands()
    for command in commands.values():  # warm the page cache and the data cache; not counted
        _time(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            samples[name].append(_time(command))
    floor = statistics.median(samples["floor"])
    print(
        f"python {sys.version.split()[0]}, {args.runs} runs each, medians; "
        f"PYTHONDONTWRITEBYTECODE={os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r}"
    )
    print(f"{'command':<8} {'median ms':>10} {'min ms':>8} {'x floor':>8}")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name:<8} {median * 1000:>10.1f} {min(values) * 1000:>8.1f} {median / floor:>8.2f}")


if __name__ == "__main__":
    main()
