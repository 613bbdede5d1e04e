"""One catalogue, both languages: every message the code can say has its Dutch text, and every
command, run in each language, shows no sentence of the other one."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from banencalc.base.messages import Msg

from ..conftest import RunCli
from ..po import CATALOGUE, IN_CONTEXT, SCRIPT

SRC = Path(__file__).resolve().parent.parent.parent / "src" / "banencalc"

#: the words a formula or a citation may hold in either language (`max(0, ({ab} - {c}) / {d})`,
#: `{jobs} x EUR {levy}`, `Wfsv art 38f lid 1`)
NEUTRAL_WORDS = {
    "x", "EUR", "max", "min", "floor_2dp", "A", "B", "C", "D", "E",
    "Wfsv", "Besluit", "Wet", "banenafspraak", "tegemoetkomingen", "loondomein", "art", "lid",
    "onder", "a", "d", "loonkostenvoordeel", "banenafspraakbonus", "strict",
}  # fmt: skip


def neutral(key: str) -> bool:
    """A template with no word of either language once its placeholders are taken out."""
    words = re.findall(r"[A-Za-z_0-9]*[A-Za-z][A-Za-z_0-9]*", re.sub(r"\{[^}]*\}", "", key))
    return all(word in NEUTRAL_WORDS or re.search(r"\d", word) for word in words)


def test_every_message_in_the_code_has_its_dutch_text() -> None:
    """Babel's extractor finds every `Msg(...)`, `Msg.plural(...)` and table header
    (`Column(key, header)`); each has its Dutch text (a formula or a citation needs none)."""
    extracted = SCRIPT.extracted()
    assert len(extracted) > 400, "the extractor finds the package's messages"
    missing = [
        f"{where}: {key!r}"
        for key, where in extracted.items()
        if key not in CATALOGUE and not neutral(key)
    ]
    assert not missing, "add to the .po (then scripts/catalogue.py compile):\n" + "\n".join(missing)


def test_the_shipped_mo_is_compiled_from_the_po() -> None:
    assert SCRIPT.MO.read_bytes() == SCRIPT.compiled(), "run scripts/catalogue.py compile"


def test_every_context_entry_is_said() -> None:
    """The chart's words and typer's own words (context `chart`, `click`) are the ones the code
    translates in that context."""
    from banencalc.cli.app import USAGE_WORDS

    chart = {"target", "realised", "official target", "required path", "projection",
             "extra jobs (end of year)", "Source", "Sources"}  # fmt: skip
    headings = {"Options", "Commands", "Arguments", "[default: {}]", "[required]",
                "[env var: {}]", "(deprecated) ", "Usage: "}  # fmt: skip
    from banencalc.batch.columns import OUTPUT_COLUMNS

    expected = {("chart", w) for w in chart} | {("click", w) for w in (*USAGE_WORDS, *headings)}
    expected |= {("batch", column) for column in (*OUTPUT_COLUMNS, "name")}
    assert set(IN_CONTEXT) == expected


def test_every_word_of_the_report_page_has_its_dutch_text() -> None:
    template = (SRC / "render" / "templates" / "monitor.html.j2").read_text(encoding="utf-8")
    keys = re.findall(r'(?:words|t)\("([^"]*)"', template)
    assert len(keys) > 10, "the page's words are said through words(...) and t(...)"
    assert [k for k in keys if k not in CATALOGUE] == []


# Every command, with the options that make it say something different (notes, steps, verdicts,
# warnings, errors): what a Dutch reader can see.
COMMANDS = [
    "status --year 2020",
    "status --year 2024",
    "status --year 2026",
    "status --year 2019 --sector gemeenten",
    "status --year 2020 --set realised.total.2020=70000",
    "history",
    "history --sector government",
    "check --year 2020",
    "check",
    "check --year 2024 --strict",
    "quota --year 2020",
    "quota --year 2026",
    "quota --year 2020 --use-estimates",
    "employer --year 2019 --paid-hours 300000",
    "employer --year 2019 --paid-hours 300000 --per week",
    "employer --years 2019-2024 --paid-hours 300000",
    "employer --year 2024 --paid-hours 300000 --by 2025",
    "employer --year 2024 --paid-hours 3000000 --target-group-hours 20000 "
    "--previous-year-hours 30000",
    "employer --year 2026 --paid-hours 3000000 --compare-regimes",
    "employer --year 2026 --premium-wage 100000000 --set wet.activation_year=2025 "
    "--set wet.inclusiviteitsopslag_pct=0.5",
    "trajectory",
    "trajectory --sector government --by 2028",
    "sources",
    "sources --figure realised.total.2024",
    "rules --year 2016",
    "rules --year 2020",
    "rules --year 2026",
    "status --year 2040",
    "status --sector goverment",
    "employer --year 2019 --paid-hours 300,000",
    "employer --year 2027 --paid-hours 300000 --sector market --quota-pct 2",
]

#: words that are English and not Dutch: one of them in Dutch output is an untranslated text
ENGLISH = re.compile(
    r"\b(the|and|for|with|from|years?|hours|jobs?|paid|levy|published|shortfall|required|"
    r"rounded|down|not|less|which|figures?|sources?|to|at|by|employers?|employees|target|"
    r"realised|missed|liable|error|warning|given|give|yes|above|below|after|before|only|also|"
    r"this|that|are|be|has|have|were|each|every|more|than|statute|agency|staff|hired|people|"
    r"sectors|government|market|total|unknown|none|reached|pace|path)\b",
    re.IGNORECASE,
)

#: Dutch sentences of the catalogue (three words or more, not the same in English)
DUTCH_SENTENCES = [
    re.split(r"\{[^}]*\}", dutch)
    for english, dutch in CATALOGUE.items()
    if dutch != english and len(dutch.split()) >= 3
]


def _dutch_lines(output: str) -> Iterator[str]:
    """The lines a Dutch reader reads as sentences: not the sources list (a publication is cited
    by its own title), nor figure keys (`realised.total.2024`), nor option names."""
    in_sources = False
    for line in output.splitlines():
        if line.startswith("Bronnen:"):
            in_sources = True
        elif not line.strip():
            in_sources = False
        if in_sources:
            continue
        line = re.sub(r"\b[\w-]+(\.[\w-]+)+\b", "", line)  # figure keys, file names
        line = re.sub(r"--[\w-]+", "", line)  # options
        line = re.sub(r"banencalc \w+", "", line)  # commands
        line = re.sub(r"'[^']*'", "", line)  # quoted input and ids
        line = re.sub(r"\b\w+(-\w+)+\b", "", line)  # ids such as quota-law, wet-banenafspraak
        line = re.sub(r"sectoren: .*", "", line)  # the list of sector ids
        yield line


@pytest.fixture
def unknown_keys(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message keys rendered while a test runs that the catalogue lacks (language-neutral
    templates aside)."""
    seen: list[str] = []
    render: Callable[..., str] = Msg.render

    def recording(self: Msg, *args: Any) -> str:
        if not self.literal and self.key not in CATALOGUE and not neutral(self.key):
            seen.append(self.key)
        return render(self, *args)

    monkeypatch.setattr(Msg, "render", recording)
    return seen


@pytest.mark.parametrize("command", COMMANDS)
def test_dutch_output_has_no_english_sentence(
    command: str, run_cli: RunCli, unknown_keys: list[str]
) -> None:
    result = run_cli(*command.split(), "--lang", "nl")
    assert result.exit_code in (0, 1, 2), result.stderr
    assert unknown_keys == [], f"not in the catalogue: {unknown_keys}"
    english = [line for line in _dutch_lines(result.stdout + result.stderr) if ENGLISH.search(line)]
    assert english == [], "\n".join(english)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", text) if w not in NEUTRAL_WORDS]


@pytest.mark.parametrize("command", [*COMMANDS, "validate"])
def test_english_output_has_no_dutch_sentence(command: str, run_cli: RunCli) -> None:
    result = run_cli(*command.split(), "--lang", "en")
    output = result.stdout + result.stderr
    for pieces in DUTCH_SENTENCES:
        for piece in (p for p in pieces if len(_words(p)) >= 3):
            assert piece not in output, f"Dutch text in English output: {piece!r}"


def test_validate_says_its_verdict_in_dutch(run_cli: RunCli) -> None:
    """The summary is Dutch; the findings are data-file diagnostics (pydantic's among them) and
    stay English, as the README says."""
    out = run_cli("validate", "--lang", "nl").stdout
    assert "de meegeleverde gegevens: 0 fout(en), 2 waarschuwing(en) - in orde" in out


def test_numbers_in_dutch_sentences_are_dutch(run_cli: RunCli) -> None:
    """A step's `9.000` sits beside `EUR 48.705,88`, never an English `9,000`."""
    out = run_cli("employer", "--year", "2019", "--paid-hours", "300.000", "--lang", "nl").stdout
    assert "300.000 verloonde uren per jaar is minstens 40.575" in out
    assert "4,8 x EUR 5.000 = 24.000" in out
    assert not re.search(r"\d,\d{3}\b(?!,)", out.replace("4,823441", "")), out


def test_a_data_note_without_dutch_stays_as_written(run_cli: RunCli, data_copy: Path) -> None:
    """A user's own data may have no `note_nl`: its English note is shown, not dropped."""
    sectors = data_copy / "sectors.yaml"
    text = sectors.read_text(encoding="utf-8")
    marker = 'note: "the total target was missed for the first time", note_nl: '
    assert marker in text
    text = re.sub(
        r'note: "the total target was missed for the first time", note_nl: "[^"]*"',
        'note: "my own note"',
        text,
    )
    sectors.write_text(text, encoding="utf-8")
    out = run_cli("status", "--year", "2020", "--data", str(data_copy), "--lang", "nl").stdout
    assert "my own note" in out


def test_numbers_keep_their_kind() -> None:
    """A year passed as text stays `2020`; a count becomes `66.097`."""
    from banencalc.render.text import say

    message = Msg(
        "{name} {year}: {count}", name=Msg.text("Total", nl="Totaal"), year="2020", count=66097
    )
    assert say(message, "nl") == "Totaal 2020: 66.097"
    assert say(message, "en") == "Total 2020: 66,097"
    assert say(Msg("{x}", x=Decimal("2.14")), "nl") == "2,14"


def test_a_dutch_batch_says_its_errors_in_dutch(
    tmp_path: Path, run_cli: RunCli, unknown_keys: list[str]
) -> None:
    employers = tmp_path / "werkgevers.csv"
    employers.write_text(
        "loonheffingennummer;naam;verloonde_uren;doelgroep_uren\n"
        "A;Gemeente A;300.000;0\n;Gemeente B;1.000;0\nC;Gemeente C;veel;0\nD;Gemeente D;1;2;3\n",
        encoding="utf-8",
    )
    refused = run_cli("employer", "--year", "2019", "--file", str(employers), "--lang", "nl")
    skipped = run_cli(
        "employer", "--year", "2019", "--file", str(employers), "--lang", "nl", "--skip-invalid"
    )
    assert refused.exit_code == 2 and skipped.exit_code == 0
    assert "regel 3: id is leeg" in refused.stderr
    assert "regel 4 overgeslagen" in skipped.stderr
    assert unknown_keys == []
    english = [
        line for line in _dutch_lines(refused.stderr + skipped.stderr) if ENGLISH.search(line)
    ]
    assert english == [], "\n".join(english)


def test_every_help_text_has_its_dutch_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--help --lang nl` (or $BANENCALC_LANG=nl) is Dutch: every command's help, option help
    and example comment is in the catalogue (the commands and options themselves are typed as
    they are; typer's own words such as `Options` stay English)."""
    from typer._click import Context  # typer 0.28 carries its own click
    from typer.main import get_command

    from banencalc.cli.app import COMMANDS, LazyGroup, app
    from banencalc.cli.guard import state

    monkeypatch.setitem(state, "help_lang", "en")  # the English texts, to look up
    group = get_command(app)
    assert isinstance(group, LazyGroup)
    context = Context(group)
    texts: list[str] = [group.help or ""]
    texts += [getattr(p, "help", None) or "" for p in group.get_params(context)]
    for name in COMMANDS:
        command = group.get_command(context, name)
        assert command is not None
        texts += [command.help or "", command.epilog or ""]
        texts += [getattr(p, "help", None) or "" for p in command.get_params(context)]
    paragraphs = [part for text in texts for part in text.split("\n\n") if part.strip()]
    # an example is a command line, said the same in both languages, unless it has a comment
    untranslated = [
        part
        for part in paragraphs
        if part not in CATALOGUE and not (part.startswith("    ") and "#" not in part)
    ]
    assert len(paragraphs) > 80 and untranslated == []


def test_help_in_dutch(run_cli: RunCli) -> None:
    out = run_cli("employer", "--help", "--lang", "nl").stdout
    assert "Het quotum van één werkgever" in out and "Voorbeelden:" in out
    out = run_cli("--help", env={"BANENCALC_LANG": "nl"}).stdout
    assert "Quotumcalculator voor de Banenafspraak" in out
    english = run_cli("employer", "--help").stdout
    assert "One employer's quota" in english and "Voorbeelden" not in english


#: typer's own texts, which the Dutch help shows from the catalogue too
TYPER_WORDS = {
    "Show this message and exit.",
    "Install completion for the current shell.",
    "Show completion for the current shell, to copy it or customize the installation.",
}
#: keys the code builds from parts (a sentence and its ending chosen at run time)
BUILT_KEYS = {"{origin}: {errors} error(s), {warnings} warning(s) - clean"}


def test_no_stale_entry_in_the_catalogue() -> None:
    """Every entry is said somewhere: a text in the code (a message, a header, a help paragraph)
    or the page's template. An entry nothing says any more is a mistake waiting to happen."""
    said: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                said.add(node.value)
                said.update(part.strip() for part in node.value.split("\n\n"))
    templates = "".join(
        p.read_text(encoding="utf-8") for p in (SRC / "render" / "templates").glob("*.j2")
    )
    stale = [
        key
        for key in CATALOGUE
        if key not in said
        and key.strip() not in said
        and key not in templates
        and key not in TYPER_WORDS | BUILT_KEYS
    ]
    assert stale == [], "remove from the .po:\n" + "\n".join(map(repr, stale))
