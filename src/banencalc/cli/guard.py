"""Errors at the command line: the user's are one `banencalc: error:` line and exit 2; a bug is
one line and a hint to --debug (exit 70)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

import typer

from banencalc.errors import EXIT_INTERNAL, EXIT_USAGE, BanencalcError

P = ParamSpec("P")
R = TypeVar("R")

#: set by the app's --debug option
state = {"debug": False}


#: the library's names for what the user gave -> the options that give them, where they differ
_OPTIONS = {
    "from_year": "--from",
    "first": "--from",
    "last": "--to",
    "min_achievement_pct": "--min-achievement",
    "quota_pct": "--quota-pct",
}


def option_of(field: str) -> str:
    """The command-line option for a field the library names in an error."""
    return _OPTIONS.get(field, "--" + field.replace("_", "-"))


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    from banencalc.render.text import escape_controls

    typer.echo(f"banencalc: error: {escape_controls(message)}", err=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    from banencalc.render.text import escape_controls

    typer.echo(f"banencalc: warning: {escape_controls(message)}", err=True)


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """User errors become one message and exit 2; anything else one line and a hint to --debug."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except BanencalcError as exc:
            option = f"{option_of(exc.field)}: " if exc.field else ""
            fail(option + str(exc), exc.exit_code)
        except BrokenPipeError:  # `banencalc ... | head` outside the writers that handle it
            from banencalc.files import discard_stdout

            discard_stdout()
            raise typer.Exit(0) from None
        except Exception as exc:
            if state["debug"] or os.environ.get("BANENCALC_DEBUG"):
                raise
            fail(
                f"internal error ({type(exc).__name__}: {exc}); run again with --debug for the "
                "traceback and please report it",
                EXIT_INTERNAL,
            )

    return wrapper
