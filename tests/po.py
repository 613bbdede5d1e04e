"""The Dutch catalogue as the tests read it: the `.po` the program's `.mo` is compiled from,
read with Babel, and Babel's extractor over the package (scripts/catalogue.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogue", ROOT / "scripts" / "catalogue.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
_CATALOG = SCRIPT.catalog()

#: English -> Dutch, every entry without a context; a plural entry gives both its forms
CATALOGUE: dict[str, str] = {}
#: (context, English) -> Dutch, the entries said in a context (`chart`, `click`)
IN_CONTEXT: dict[tuple[str, str], str] = {}
for _message in _CATALOG:
    if not _message.id:
        continue  # the header
    if isinstance(_message.id, tuple):
        for _english, _dutch in zip(_message.id, _message.string, strict=True):
            CATALOGUE[_english] = _dutch
    elif _message.context:
        IN_CONTEXT[(_message.context, _message.id)] = _message.string
    else:
        CATALOGUE[_message.id] = _message.string
