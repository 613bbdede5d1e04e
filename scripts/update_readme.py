"""Regenerate the example outputs in README.md by running the commands they show.

    uv run python scripts/update_readme.py          # rewrite README.md in place
    uv run python scripts/update_readme.py --check  # exit 1 when README.md is out of date

An example is a block in README.md of the form

    <!-- example: banencalc status --year 2020 -->
    ```
    ...output...
    ```
    <!-- /example -->

The command runs with the bundled data, 100 columns and no colour; its stdout (and stderr, if
any) replaces the fenced block. tests/test_readme.py runs --check, so the README never goes stale.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(
    r"(<!-- example: (?P<command>.+?) -->\n)```[a-z]*\n.*?```\n(<!-- /example -->)", re.DOTALL
)


def run_example(command: str) -> str:
    args = shlex.split(command)
    if args[0] != "banencalc":
        raise SystemExit(f"README example must start with 'banencalc': {command}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BANENCALC_")}
    env.update({"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb"})
    result = subprocess.run(
        [sys.executable, "-m", "banencalc", *args[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    lines = [line.rstrip() for line in output.splitlines()]
    if result.returncode:
        lines.append(f"(exit code {result.returncode})")
    return "\n".join(lines) + "\n"


def render(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        command = match.group("command")
        fence = "json" if "json" in command.split() else ""
        return f"{match.group(1)}```{fence}\n{run_example(command)}```\n{match.group(3)}"

    return BLOCK.sub(replace, text)


def main() -> None:
    current = README.read_text(encoding="utf-8")
    updated = render(current)
    if "--check" in sys.argv[1:]:
        if updated != current:
            print("README.md examples are out of date: run scripts/update_readme.py")
            raise SystemExit(1)
        return
    README.write_text(updated, encoding="utf-8")


if __name__ == "__main__":
    main()
