"""Errors at the command line: the user's are one `banencalc: error:` line and exit 2; a bug is
one line and a hint to --debug (exit 70)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

import typer

from banencalc.base.errors import EXIT_INTERNAL, EXIT_USAGE, BanencalcError
from banencalc.base.messages import Msg

P = ParamSpec("P")
R = TypeVar("R")

#: set by the app: --debug, and the language of --help (--lang or $BANENCALC_LANG)
state: dict[str, bool | str] = {"debug": False, "help_lang": "en"}


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


#: the language of messages on stderr (`--lang`, set by `with_common` before a command runs)
language = {"lang": "en"}


def _said(message: str | Msg) -> str:
    """A message in the reader's language, control characters written out."""
    from banencalc.render.text import escape_controls, say

    text = message if isinstance(message, str) else say(message, "nl" if dutch() else "en")
    return escape_controls(text)


def dutch() -> bool:
    """Whether messages are said in Dutch (`--lang nl`)."""
    return language["lang"] == "nl"


def fail(message: str | Msg, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"banencalc: {'fout' if dutch() else 'error'}: {_said(message)}", err=True)
    raise typer.Exit(code)


def warn(message: str | Msg) -> None:
    label = "waarschuwing" if dutch() else "warning"
    typer.echo(f"banencalc: {label}: {_said(message)}", err=True)


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
            problems = "".join(f"\n  {p}" for p in exc.problems if str(p) != exc.message)
            fail(
                Msg(
                    "{option}{message}{problems}", option=option, message=exc.msg, problems=problems
                ),
                exc.exit_code,
            )
        except BrokenPipeError:  # `banencalc ... | head` outside the writers that handle it
            from banencalc.base.files import discard_stdout

            discard_stdout()
            raise typer.Exit(0) from None
        except Exception as exc:
            if state["debug"] or os.environ.get("BANENCALC_DEBUG"):
                raise
            fail(
                Msg(
                    "internal error ({error}); run again with --debug for the traceback and "
                    "please report it",
                    error=f"{type(exc).__name__}: {exc}",
                ),
                EXIT_INTERNAL,
            )

    return wrapper
