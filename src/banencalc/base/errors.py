"""The project's own error type: whatever the user can get wrong ends here, with exit code 2."""

from __future__ import annotations

from dataclasses import dataclass

from banencalc.base.messages import Msg

# Exit codes (design.md): 0 success, 1 a check found the target missed, 2 bad user input.
EXIT_OK = 0
EXIT_MISSED = 1
EXIT_USAGE = 2
# Anything else is a bug; an unexpected exception exits with this code.
EXIT_INTERNAL = 70


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file: where it is, which field, what is wrong."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class BanencalcError(Exception):
    """An error caused by the user's input (option, file or value); the CLI exits with code 2."""

    exit_code = EXIT_USAGE

    def __init__(
        self,
        message: str | Msg,
        problems: list[Problem] | None = None,
        *,
        field: str | None = None,
    ) -> None:
        #: the message as data, so the command line can say it in the reader's language
        self.msg = message if isinstance(message, Msg) else Msg.text(message)
        self.message = self.msg.english()
        super().__init__(self.message)
        self.problems: list[Problem] = problems or []
        #: the input the error concerns, in the library's words (`by`, `year`); the command line
        #: maps it to its option
        self.field = field

    def __str__(self) -> str:
        if not self.problems or (len(self.problems) == 1 and self.message == str(self.problems[0])):
            return self.message
        return "\n".join([self.message, *(f"  {p}" for p in self.problems)])


class DataError(BanencalcError):
    """A data file (bundled, user-given or scenario) is malformed or inconsistent."""
