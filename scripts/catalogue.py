"""The Dutch catalogue: compile it, and check it against the code with Babel's extractor.

    uv run python scripts/catalogue.py compile   # banencalc.po -> banencalc.mo (shipped)
    uv run python scripts/catalogue.py check     # every message has Dutch, no entry is stale,
                                                 # the .mo is compiled from the .po

The catalogue is a gettext file, `src/banencalc/i18n/locale/nl/LC_MESSAGES/banencalc.po`: the
English text is the msgid, the Dutch the msgstr, plurals as msgid_plural. The program reads the
compiled `.mo` with the standard library's gettext (Babel is a development tool only). `check`
extracts every `Msg("...")`, `Msg.plural("...", "...")` and table header (`Column(key, "...")`)
with Babel's Python extractor. `check` runs the catalogue's tests (tests/i18n/test_catalogue.py),
which also cover help texts, typer's own words (context `click`), a chart's words (context
`chart`), the page template's words and entries nothing says any more.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "src" / "banencalc" / "i18n" / "locale" / "nl" / "LC_MESSAGES" / "banencalc.po"
MO = PO.with_suffix(".mo")
#: what the extractor reads as a message: Msg(text, ...), Msg.plural(one, other, ...), and a
#: table column's header, Column(key, header, ...)
KEYWORDS = {"Msg": (1,), "plural": (1, 2), "Column": (2,)}


def catalog() -> Catalog:
    with PO.open("rb") as source:
        return read_po(source, locale="nl")


def compiled() -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog(), use_fuzzy=False)
    return buffer.getvalue()


def extracted() -> dict[str, str]:
    """Every message the code says (msgid -> where), by Babel's extractor."""
    found: dict[str, str] = {}
    for filename, line, message, _comments, _context in extract_from_dir(
        ROOT / "src" / "banencalc", method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        ids = message if isinstance(message, tuple) else (message,)
        for msgid in ids:
            if msgid:
                found.setdefault(msgid, f"{filename}:{line}")
    return found


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "compile":
        MO.write_bytes(compiled())
        print(f"wrote {MO.relative_to(ROOT)}")
        return
    if command == "check":
        import subprocess

        tests = [
            "test_every_message_in_the_code_has_its_dutch_text",
            "test_the_shipped_mo_is_compiled_from_the_po",
            "test_every_context_entry_is_said",
            "test_every_help_text_has_its_dutch_text",
            "test_no_stale_entry_in_the_catalogue",
            "test_every_word_of_the_report_page_has_its_dutch_text",
        ]
        selected = [f"tests/i18n/test_catalogue.py::{name}" for name in tests]
        sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", *selected], cwd=ROOT))
    sys.exit(f"unknown command {command!r}: compile or check")


if __name__ == "__main__":
    main()
