"""`--help` replayed: the help a command printed, kept and written again for the same question.

Rendering help imports typer, click and rich and lays every option out: most of a `--help` run.
The text depends only on the arguments, the terminal (width, colour, encoding), the language and
the code (banencalc's command line, typer's and rich's), so a help printed once is stored under a
key made of all of these, and the next identical request writes it back without importing typer
(measured: about 0.25x the import floor instead of 1.3x). Only the plain forms are kept:
`banencalc`, `banencalc --help`, `banencalc COMMAND --help` (each with an optional `--lang X`);
anything else runs as usual.

The store is base/store.py's, with its safety rules (a directory and files the user owns that
nobody else can write).
BANENCALC_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

#: the commands, for recognising `COMMAND --help` (tests/cli/test_help_cache.py holds it equal
#: to the command line's own list)
COMMAND_NAMES = frozenset(
    {
        "status", "history", "check", "quota", "employer", "trajectory", "rules", "sources",
        "validate", "report", "schema", "realisation", "monitor",
    }
)  # fmt: skip
#: what else decides how help looks
ENVIRONMENT = (
    "COLUMNS", "LINES", "TERM", "NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE",
    "BANENCALC_LANG", "PYTHONIOENCODING", "LANG", "LC_ALL",
)  # fmt: skip
PREFIX = "banencalc-help-"
MAX_BYTES = 200_000
#: helps kept (each a few KB): every command in two languages and a few terminal widths
KEEP = 64


def plain_help(args: list[str]) -> bool:
    """Whether `args` ask for help and nothing else."""
    rest = list(args)
    for index, arg in enumerate(rest):
        if arg == "--lang" and index + 1 < len(rest):
            del rest[index : index + 2]
            break
        if arg.startswith("--lang="):
            del rest[index]
            break
    if rest in ([], ["--help"], ["-h"]):
        return True
    return len(rest) == 2 and rest[0] in COMMAND_NAMES and rest[1] in ("--help", "-h")


def _key(args: list[str], out: TextIO) -> str:
    from banencalc._version import __version__
    from banencalc.base.store import blake2b_hex

    here = Path(__file__).resolve().parent.parent
    code = [here / "_version.py", here / "i18n" / "locale" / "nl" / "LC_MESSAGES" / "banencalc.mo"]
    code += sorted((here / "cli").glob("*.py"))
    # typer and rich lay the help out: an upgrade of either changes it (found without importing)
    import importlib.machinery

    for package in ("typer", "rich"):
        spec = importlib.machinery.PathFinder.find_spec(package)
        if spec is not None and spec.origin:
            code.append(Path(spec.origin))
    stamps = "|".join(f"{s.st_size}:{s.st_mtime_ns}" for s in (p.stat() for p in code))
    tty = out.isatty()
    try:
        size = os.get_terminal_size(out.fileno()) if tty else None
    except (OSError, ValueError):
        size = None
    parts = [
        __version__,
        sys.version,
        "\0".join(args),
        "\0".join(f"{name}={os.environ.get(name)}" for name in ENVIRONMENT),
        f"{tty}:{size}:{getattr(out, 'encoding', None)}",
        stamps,
    ]
    return blake2b_hex(*(part.encode("utf-8", "replace") for part in parts))


def replay(args: list[str]) -> bool:
    """Write the help kept for `args`; False when there is none (or help is not asked)."""
    if not plain_help(args):
        return False
    from banencalc.base.store import read_private

    text = read_private(PREFIX + _key(args, sys.stdout), MAX_BYTES)
    if text is None:
        return False
    try:
        sys.stdout.write(text.decode("utf-8"))
        sys.stdout.flush()
    except UnicodeError:
        return False
    return True


class _Copy(io.TextIOBase):
    """Standard output held back until the help is complete (it answers as the terminal), so
    that its lines go out without the spaces rich pads them with: pasted into a mail or a
    document, help has no trailing blanks."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.copy = io.StringIO()

    def write(self, text: str) -> int:
        return self.copy.write(text)

    def flush(self) -> None:
        pass

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.copy.getvalue().split("\n"))

    def isatty(self) -> bool:
        return self.out.isatty()

    def fileno(self) -> int:
        return self.out.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.out.encoding


def run_keeping_help(args: list[str], run: Callable[[list[str]], int]) -> int:
    """`run(args)`; when `args` ask for help only and it succeeds, keep what it printed."""
    if not plain_help(args):
        return run(args)
    real = sys.stdout
    key = _key(args, real)
    copy = _Copy(real)
    sys.stdout = copy
    try:
        code = run(args)
    finally:
        sys.stdout = real
        real.write(copy.text())
        real.flush()
    if code == 0 and copy.copy.tell():
        from banencalc.base.store import write_private

        write_private(PREFIX + key, copy.text().encode("utf-8"), PREFIX, KEEP)
    return code
