"""The console script: help that was printed before is written again without loading the command
line (cli/help_cache.py); everything else runs `cli.app.run`."""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    args = sys.argv[1:]
    from banencalc.cli import help_cache

    if help_cache.replay(args):
        sys.exit(0)
    from banencalc.cli.app import run

    sys.exit(help_cache.run_keeping_help(args, run))
