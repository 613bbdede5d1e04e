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
import os
import stat
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def cache_dir() -> Path | None:
    if os.environ.get("BANENCALC_NO_CACHE"):
        return None
    if os.environ.get("BANENCALC_CACHE_DIR"):
        return Path(os.environ["BANENCALC_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):  # no usable home: run without a cache
            return None
    return Path(base) / "banencalc"


def _blake2b(digest_size: int) -> Any:
    """BLAKE2b from its own module: `hashlib` loads OpenSSL first (about 3 ms of every run)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(digest_size=digest_size)


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
    digest = _blake2b(digest_size=20)
    for part in (str(directory.resolve()).encode(), code.encode(), *contents):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return str(digest.hexdigest())


def _mine_and_private(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else (where the system knows owners)."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _usable_dir(create: bool) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        if create and not folder.exists():
            folder.mkdir(mode=0o700, parents=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not _mine_and_private(info):
        return None  # a link, or a directory others could write: never trusted
    return folder


def _entry(folder: Path, key: str) -> Path:
    return folder / f"{PREFIX}{key}{SUFFIX}"


def read(key: str) -> Dataset | None:
    folder = _usable_dir(create=False)
    if folder is None:
        return None
    path = _entry(folder, key)
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not _mine_and_private(info):
            return None
        if info.st_size > MAX_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            raw = f.read(MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return _decode(raw, key)


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
    import tempfile

    folder = _usable_dir(create=True)
    if folder is None:
        return
    header = json.dumps({"format": FORMAT, "key": key}).encode()
    try:
        body = json.dumps(dataset.to_plain(), default=_json_value, separators=(",", ":")).encode()
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{PREFIX}", suffix=".tmp", delete=False
        ) as f:
            f.write(header + b"\n" + body)
        Path(f.name).replace(_entry(folder, key))
        _prune(folder)
    except (OSError, ValueError, TypeError):
        return


def _prune(folder: Path) -> None:
    """Keep the newest MAX_ENTRIES of the cache's own files; touch nothing else."""
    own: list[tuple[float, Path]] = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            own.append((info.st_mtime, path))
    for _, path in sorted(own, reverse=True)[MAX_ENTRIES:]:
        path.unlink(missing_ok=True)
