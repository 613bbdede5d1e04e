"""The user's private store of things banencalc computed before (validated datasets, printed help),
so a run can skip work; it can only ever make a run faster, never change or take over one.

It lives in a directory the user owns and nobody else can write ($BANENCALC_CACHE_DIR, else
$XDG_CACHE_HOME/banencalc, else ~/.cache/banencalc). A directory owned by someone else, or
writable by group or others, is not used at all; a file there is read only when it is a regular
file the user owns that nobody else can write, and not larger than its reader expects. Files are
written whole (a temporary file renamed into place) and only the store's own files are ever
deleted (the newest of each kind kept). BANENCALC_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any


def store_dir() -> Path | None:
    """Where the store is (None: turned off, or no home)."""
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


def blake2b_hex(*parts: bytes) -> str:
    """A key for `parts` (each length-prefixed, so no two lists of parts share one). BLAKE2b from
    its own module: `hashlib` loads OpenSSL first (about 3 ms of every run)."""
    digest: Any
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    digest = blake2b(digest_size=20)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return str(digest.hexdigest())


def mine_and_private(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else (where the system knows owners)."""
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        return False
    return not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def usable_dir(create: bool) -> Path | None:
    folder = store_dir()
    if folder is None:
        return None
    try:
        if create and not folder.exists():
            folder.mkdir(mode=0o700, parents=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or not mine_and_private(info):
        return None  # a link, or a directory others could write: never trusted
    return folder


def read_private(name: str, max_bytes: int) -> bytes | None:
    """The bytes of the store's file `name`, when it is safe to read (see above)."""
    folder = usable_dir(create=False)
    if folder is None:
        return None
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(folder / name, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or not mine_and_private(info):
            return None
        if info.st_size > max_bytes:
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(max_bytes + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_private(name: str, data: bytes, kind: str, keep: int) -> None:
    """Write the store's file `name` whole; keep the newest `keep` files whose name starts with
    `kind` (and touch no other file). A failure leaves the store as it was."""
    import tempfile

    folder = usable_dir(create=True)
    if folder is None:
        return
    try:
        with tempfile.NamedTemporaryFile(
            "wb", dir=folder, prefix=f".{kind}", suffix=".tmp", delete=False
        ) as f:
            f.write(data)
        Path(f.name).replace(folder / name)
        _prune(folder, kind, keep)
    except OSError:
        return


def _prune(folder: Path, kind: str, keep: int) -> None:
    own: list[tuple[float, Path]] = []
    for path in folder.glob(f"{kind}*"):
        try:
            info = path.lstat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            own.append((info.st_mtime, path))
    for _, path in sorted(own, reverse=True)[keep:]:
        path.unlink(missing_ok=True)
