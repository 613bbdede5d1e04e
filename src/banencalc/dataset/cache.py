"""A cache of validated datasets, so a run does not parse and validate unchanged YAML again.

Safety first: the cache can only ever make a run faster, never change, break or take over one.
- It stores plain JSON (never pickle: loading a pickle runs code), and what it reads back is
  validated again by the same pydantic models before use.
- It lives in a directory the user owns and nobody else can write ($BANENCALC_CACHE_DIR, else
  $XDG_CACHE_HOME/banencalc, else ~/.cache/banencalc). A directory owned by someone else, or
  writable by group or others, is not used at all; a file there is read only when it is a regular
  file the user owns that nobody else can write.
- A corrupt, truncated, foreign or newer-format file is ignored (and replaced on the next write).
- It deletes only files it wrote itself (`banencalc-cache-<key>.json`), keeping the newest
  MAX_ENTRIES so that switching between data directories or checkouts still hits.

Keyed by a hash of the two files' bytes, their directory, and the size and mtime of the modules
that build a dataset and of pydantic's core (an upgrade of either changes those).
BANENCALC_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import importlib.machinery
import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from banencalc.base import store

if TYPE_CHECKING:
    from banencalc.dataset.records import Dataset

#: the modules whose code shapes a cached dataset
_BUILDERS = ("models.py", "records.py", "plain.py", "validate.py", "yaml_strict.py")
FORMAT = 2  # plain records (1 was the pydantic dump)
PREFIX = "banencalc-cache-"
SUFFIX = ".json"
MAX_ENTRIES = 8
#: a cached dataset is a few hundred KB; anything much larger is not ours
MAX_BYTES = 20 * 1024 * 1024


def cache_key(directory: Path, *contents: bytes) -> str:
    # The code that builds a dataset is part of the key too (a checkout or an upgrade changes it):
    # the size and modification time of its modules and of the validator's core, a stat each,
    # found without importing pydantic (which a warm run never needs).
    here = Path(__file__).parent
    files = [here / m for m in _BUILDERS]
    validator = importlib.machinery.PathFinder.find_spec("pydantic_core")
    if validator is not None and validator.origin:
        files.append(Path(validator.origin))
    code = "|".join(f"{s.st_size}:{s.st_mtime_ns}" for s in (f.stat() for f in files))
    return store.blake2b_hex(str(directory.resolve()).encode(), code.encode(), *contents)


def read(key: str) -> Dataset | None:
    raw = store.read_private(f"{PREFIX}{key}{SUFFIX}", MAX_BYTES)
    return None if raw is None else _decode(raw, key)


def _decode(raw: bytes, key: str) -> Dataset | None:
    """A header line `{"format", "key"}`, then the dataset as JSON; anything else is not ours.

    What comes back is plain data, checked for the structure of a dataset as the records are built
    (never code, never pydantic on this path: it is what keeps a warm run fast).
    """
    from banencalc.dataset.records import Dataset

    header, _, body = raw.partition(b"\n")
    try:
        meta: Any = json.loads(header)
        if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("key") != key:
            return None
        document: Any = json.loads(body, parse_float=Decimal)
        if not isinstance(document, dict):
            return None
        return Dataset.from_plain(document)
    except (ValueError, RecursionError):
        return None


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)  # exact; read back as a Decimal
    raise TypeError(f"cannot cache {type(value).__name__}")


def write(key: str, dataset: Dataset) -> None:
    header = json.dumps({"format": FORMAT, "key": key}).encode()
    try:
        body = json.dumps(dataset.to_plain(), default=_json_value, separators=(",", ":")).encode()
    except (ValueError, TypeError):
        return
    store.write_private(f"{PREFIX}{key}{SUFFIX}", header + b"\n" + body, PREFIX, MAX_ENTRIES)
