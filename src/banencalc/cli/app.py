"""The banencalc command line: parse, call the core, render. Nothing else lives here.

Startup matters (people type these commands): a command's module (figures, employer, trajectory,
trust) is imported only when that command runs, and each imports the data loader, the core and
rich inside the command. The console script is `main`; `run` is the same for tests.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from banencalc.base.errors import EXIT_USAGE
from banencalc.cli.guard import state

#: command -> the module that defines it and its one-line help (the first line of its docstring,
#: kept here so that `banencalc --help` need not import every command; a test holds them equal),
#: in the order help lists them
COMMANDS = {
    "status": (
        "banencalc.cli.figures",
        "Target versus realised extra jobs in a year: difference, shortfall, % of target.",
    ),
    "history": (
        "banencalc.cli.figures",
        "The series year by year: target against realised, with a chart in the terminal.",
    ),
    "check": (
        "banencalc.cli.figures",
        "For CI: exit 0 when the sector met its target in the year, 1 when it missed it.",
    ),
    "quota": (
        "banencalc.cli.quota",
        "The quota percentage: published (with its status) and recomputed by Wfsv art 38f.",
    ),
    "employer": (
        "banencalc.cli.employer",
        "One employer's quota: liable?, required jobs, shortfall and levy, step by step.",
    ),
    "realisation": (
        "banencalc.cli.realisation",
        "Realised jobs and persons counted from payroll data, and each employer's quota position.",
    ),
    "monitor": (
        "banencalc.cli.monitor",
        "A sector's members against its target and werkagenda, with a traffic light per member.",
    ),
    "trajectory": (
        "banencalc.cli.trajectory",
        "The pace that closes a sector's gap by a year, and where the recent pace leads.",
    ),
    "sources": (
        "banencalc.cli.trust",
        "Where each figure comes from: the list of sources, or one figure's provenance.",
    ),
    "validate": (
        "banencalc.cli.trust",
        "Check the data files and report every problem at once (file:line, field, what is wrong).",
    ),
    "report": (
        "banencalc.cli.report",
        "A self-contained monitor page: headline, sectors, series, catch-up path, quota, sources.",
    ),
    "rules": (
        "banencalc.cli.trust",
        "The regime of a year explained: its law, articles, figures and what is not published.",
    ),
    "schema": (
        "banencalc.cli.trust",
        "Print the JSON Schema of a data file (generated from the models).",
    ),
}

#: other names a command answers to (Dutch), not listed in help
ALIASES = {"realisatie": "realisation"}


class LazyGroup(TyperGroup):
    """Builds a command only when it is asked for: `banencalc status` never loads `employer`,
    and the list in `banencalc --help` loads none."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            if dutch_help():
                in_dutch(self, ctx)
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd_name = ALIASES.get(cmd_name, cmd_name)
        if cmd_name not in COMMANDS:
            return None
        module, short_help = COMMANDS[cmd_name]
        if self._listing:  # a name and a line of help are all the list shows
            from typer.core import TyperCommand

            if dutch_help():
                from banencalc.i18n import t

                short_help = t(short_help, "nl")
            return TyperCommand(cmd_name, help=short_help)
        module_app = importlib.import_module(module).app
        for info in module_app.registered_commands:  # build this command only
            name = info.name or typer.main.get_command_name(info.callback.__name__)
            if name == cmd_name:
                command = typer.main.get_command_from_info(
                    info,
                    pretty_exceptions_short=module_app.pretty_exceptions_short,
                    rich_markup_mode=module_app.rich_markup_mode,
                )
                if dutch_help():
                    in_dutch(command, ctx)
                return command
        return None


def dutch_help() -> bool:
    return state.get("help_lang") == "nl"


#: the English words of typer's own usage errors, longest first where one holds another; their
#: Dutch is in the catalogue (context `click`), the option names and values stay as typed
USAGE_WORDS = (
    "No such option:",
    "Did you mean",
    "Possible options",
    "requires an argument",
    "Invalid value for",
    "is not a valid int",
    "is not a valid float",
    "is not one of",
    "Got unexpected extra argument(s)",
    "Got unexpected extra arguments",
    "Got unexpected extra argument",
    "Missing option",
    "Missing argument",
    "No such command",
    "Option",
    "does not exist",
    "is a directory",
)


def _in_dutch_usage(message: str) -> str:
    from banencalc.i18n import in_context

    for english in USAGE_WORDS:
        message = message.replace(english, in_context("click", english, "nl"))
    return message


#: typer's own headings of `--help` (their Dutch: the catalogue, context `click`)
HELP_HEADINGS = (
    "OPTIONS_PANEL_TITLE",
    "COMMANDS_PANEL_TITLE",
    "ARGUMENTS_PANEL_TITLE",
    "DEFAULT_STRING",
    "REQUIRED_LONG_STRING",
    "ENVVAR_STRING",
    "DEPRECATED_STRING",
)
#: typer's English headings and usage writer, kept to put back after a Dutch `--help` (a
#: library caller may run an English command after a Dutch one in the same process)
_ENGLISH_HELP: dict[str, Any] = {}


def _help_headings(dutch: bool) -> None:
    """typer's headings (Options, Commands, Usage) in Dutch for `--help --lang nl`, else English."""
    from typer import rich_utils
    from typer._click import formatting

    from banencalc.i18n import in_context

    if not _ENGLISH_HELP:
        _ENGLISH_HELP.update({name: getattr(rich_utils, name) for name in HELP_HEADINGS})
        _ENGLISH_HELP["write_usage"] = formatting.HelpFormatter.write_usage
    write_usage = _ENGLISH_HELP["write_usage"]
    for name in HELP_HEADINGS:
        english = _ENGLISH_HELP[name]
        setattr(rich_utils, name, in_context("click", english, "nl") if dutch else english)
    if not dutch:
        formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
        return
    usage = in_context("click", "Usage: ", "nl")

    def gebruik(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, usage if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = gebruik  # type: ignore[method-assign]


def in_dutch(command: Any, ctx: Any) -> None:
    """`--help` in Dutch: the command's help, its options' help and its examples, from the one
    catalogue (commands and option names stay as they are typed)."""
    from banencalc.i18n import t

    def text(english: str | None) -> str | None:
        if not english:
            return english
        return "\n\n".join(t(part, "nl") for part in english.split("\n\n"))

    command.help = text(command.help)
    command.epilog = text(command.epilog)
    for param in command.get_params(ctx):
        if getattr(param, "help", None):
            param.help = text(param.help)


def help_language(args: list[str] | None) -> str:
    """The language of `--help`: `--lang` among the arguments, else $BANENCALC_LANG."""
    given = list(sys.argv[1:] if args is None else args)
    for index, arg in enumerate(given):
        if arg == "--lang" and index + 1 < len(given):
            return given[index + 1].lower()
        if arg.startswith("--lang="):
            return arg.partition("=")[2].lower()
    return os.environ.get("BANENCALC_LANG", "en").lower()


app = typer.Typer(
    name="banencalc",
    cls=LazyGroup,
    help="Quota calculator for the Dutch Banenafspraak: targets, realised jobs, shortfalls, "
    "quota percentages, employer levies and catch-up paths.\n\n"
    "Every figure comes from the bundled data (or --data DIR) with its source and status. "
    "Exit codes: 0 ok, 1 a check found the target missed, 2 bad input.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from banencalc import __version__

        typer.echo(f"banencalc {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of an unexpected error.")
    ] = False,
) -> None:
    state["debug"] = debug


def main() -> None:
    """Console-script entry point."""
    sys.exit(run())


def _lang_after_the_command(args: list[str]) -> list[str]:
    """`banencalc --lang nl status ...` and `banencalc --lang nl --help`: the language may come
    before the command too; it is passed to the command (every command takes --lang)."""
    if not args:
        return args
    if args[0] == "--lang" and len(args) > 1:
        lang, rest = args[1], args[2:]
    elif args[0].startswith("--lang="):
        lang, rest = args[0].partition("=")[2], args[1:]
    else:
        return args
    if rest and rest[0] in COMMANDS:
        return [rest[0], "--lang", lang, *rest[1:]]
    return rest  # `--help` (the language of help is read from the arguments as given)


def _writable_whatever_the_encoding() -> None:
    """A terminal or pipe that takes only ASCII (or any encoding without é) still gets every
    message: characters it cannot show are written as escapes (\\xeb), never a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding not in ("utf8", "utf_8"):
            reconfigure(errors="backslashreplace")


def run(args: list[str] | None = None) -> int:
    """Run the command line on `args` (default: sys.argv) and return the exit code.

    Usage errors are one `banencalc: error:` line and exit 2; a reader that goes away, a closed or
    full standard output are handled as files.write_stdout describes.
    """
    from typer._click import exceptions as click  # typer 0.28 carries its own click

    given = list(sys.argv[1:] if args is None else args)
    state["help_lang"] = help_language(given)
    from banencalc.cli.guard import language

    language["lang"] = "en"  # until the command reads its --lang (a second run in one process)
    if dutch_help() and ("--help" in given or "-h" in given or len(given) <= 2):
        _help_headings(dutch=True)
    elif _ENGLISH_HELP:
        _help_headings(dutch=False)
    args = _lang_after_the_command(given)
    _writable_whatever_the_encoding()
    try:
        code = app(args=args, prog_name="banencalc", standalone_mode=False)
    except click.NoArgsIsHelpError:
        code = 0  # the help was shown already (once)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "banencalc"
        if dutch_help():  # the arguments' --lang (or $BANENCALC_LANG): options were not read
            said = _in_dutch_usage(exc.format_message())
            typer.echo(f"banencalc: fout: {said} (zie '{where} --help')", err=True)
        else:
            typer.echo(f"banencalc: error: {exc.format_message()} (see '{where} --help')", err=True)
        code = EXIT_USAGE
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        typer.echo("banencalc: interrupted", err=True)
        code = 130
    code = code if isinstance(code, int) else 0
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        from banencalc.base.files import discard_stdout

        discard_stdout()
    except OSError as exc:
        typer.echo(f"banencalc: error: cannot write to standard output ({exc.strerror})", err=True)
        code = EXIT_USAGE
    return code
