"""`banencalc employer` without its inputs, on a terminal: the questions the official
Quotumcalculator asks (sector, year, hours, target-group staff, lending), one at a time, in the
reader's language, each with what its term means and the law's default. The answers become the
options of one command line, which is printed so the answer can be had again without questions.

Not on a terminal (a pipe, CI) nothing is asked: the missing option stays an error (exit 2).
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import typer

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg

if TYPE_CHECKING:
    from banencalc.cli.options import Common
    from banencalc.dataset.records import Dataset
    from banencalc.i18n import Lang

T = TypeVar("T")


@dataclass
class Answers:
    """The options the answers stand for (as typed on a command line)."""

    options: list[str] = field(default_factory=list)

    def add(self, option: str, value: str) -> None:
        self.options += [option, value]

    def command(self, lang: str) -> str:
        extra = ["--lang", lang] if lang != "en" else []
        return shlex.join(["banencalc", "employer", *self.options, *extra])

    def value(self, option: str) -> str | None:
        if option in self.options:
            return self.options[self.options.index(option) + 1]
        return None


def wanted() -> bool:
    """Questions are asked only of a person at a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def ask_employer_here(common: Common, sector: str, years: str | None, year: int | None) -> Answers:
    """`employer` without hours at a terminal: ask, then say the command line that gives the
    same answer without questions (on stderr)."""
    from banencalc.cli.pipeline import load
    from banencalc.render.text import say

    lang: Lang = "nl" if common.lang.value == "nl" else "en"
    span_given = years or (str(year) if year is not None else None)
    answers = ask_employer(
        load(common.data), lang, None if sector == "government" else sector, span_given
    )
    command = Msg.text(answers.command(common.lang.value))
    said = Msg("The same answer without questions: {command}", command=command)
    typer.echo(say(said, lang) + "\n", err=True)
    return answers


def ask_employer(
    data: Dataset, lang: Lang, sector_given: str | None, span_given: str | None
) -> Answers:
    """Ask the Quotumcalculator's questions (those the command line did not answer already);
    every answer is checked as the option would be."""
    from banencalc.base.numbers import parse_year_range
    from banencalc.calc.status import check_sector, check_year, sector_name
    from banencalc.cli.pipeline import number
    from banencalc.render.text import say

    def tell(message: Msg) -> None:
        sys.stderr.write(say(message, lang) + "\n")

    def ask(question: Msg, check: Callable[[str], T], default: str | None = None) -> T:
        prompt = say(question, lang) + (f" [{default}]" if default is not None else "") + ": "
        while True:
            sys.stderr.write(prompt)
            sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:  # end of input: no answer is coming
                raise BanencalcError(Msg("no answer given; nothing was computed"))
            text = line.strip() or (default or "")
            try:
                return check(text)
            except BanencalcError as exc:
                tell(Msg("  {why}", why=exc.msg))

    answers = Answers()
    tell(Msg("Quota position of one employer: a few questions (Enter takes the default)."))
    sector = sector_given or ask(
        Msg("Sector (government, market, or a government sector such as gemeenten)"),
        lambda text: check_sector(data, text),
        "overheid" if lang == "nl" else "government",
    )
    answers.add("--sector", sector)
    latest = max(
        (y for y in data.covered_years() if data.quota_percentage("government", y) is not None),
        default=data.covered_years()[-1],
    )

    def years(text: str) -> str:
        span = parse_year_range(text) if "-" in text else [int(_year(text))]
        for year in (span[0], span[-1]):
            check_year(data, year)
        return text

    if span_given is None:
        span_given = ask(
            Msg("Year, or years as 2024-2028 (this year and the coming years)"),
            years,
            f"{latest}-{latest + 4}",
        )
    answers.add("--years" if "-" in span_given else "--year", span_given)
    tell(
        Msg(
            "Paid hours (verloonde uren): all hours for which wages were paid in the year, as "
            "in the payroll returns (loonaangifte); a job is 25.5 hours a week, 1,331 a year."
        )
    )
    answers.add(
        "--paid-hours",
        ask(Msg("Paid hours in the year"), lambda t: _shown(number("--paid-hours", t), t)),
    )
    tell(
        Msg(
            "Target-group hours: the paid hours of employees in the doelgroepregister "
            "(banenafspraak), counted while they are in it."
        )
    )
    answers.add(
        "--target-group-hours",
        ask(
            Msg("Target-group hours in the year"),
            lambda t: _shown(number("--target-group-hours", t), t),
            "0",
        ),
    )
    yes = ("ja", "j", "yes", "y")
    lends = ask(
        Msg("Do you hire target-group staff out to, or in from, other employers? (yes/no)"),
        lambda t: _yes_no(t, yes),
        "nee" if lang == "nl" else "no",
    )
    if lends:
        answers.add(
            "--hours-from-lenders",
            ask(
                Msg("Hours a lender attributes to you as hirer (Besluit Wfsv art 2.28)"),
                lambda t: _shown(number("--hours-from-lenders", t), t),
                "0",
            ),
        )
        answers.add(
            "--hours-to-hirers",
            ask(
                Msg("Hours you attribute to hirers as lender (Besluit Wfsv art 2.28)"),
                lambda t: _shown(number("--hours-to-hirers", t), t),
                "0",
            ),
        )
    tell(Msg("For {sector}:", sector=sector_name(data, sector)))
    return answers


def _year(text: str) -> str:
    if not (text.isascii() and text.isdigit() and len(text) == 4):
        raise BanencalcError(Msg("{text} is not a year (write 2024, or 2024-2028)", text=text))
    return text


def _shown(value: object, text: str) -> str:
    if value is None:
        raise BanencalcError(Msg("give a number"))
    return text


def _yes_no(text: str, yes: tuple[str, ...]) -> bool:
    lowered = text.lower()
    if lowered in yes:
        return True
    if lowered in ("nee", "n", "no"):
        return False
    raise BanencalcError(Msg("answer yes or no"))
