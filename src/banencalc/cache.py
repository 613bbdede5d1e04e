"""A cache of validated datasets, so a run does not parse and validate unchanged YAML again.

Keyed by a hash of the two files' bytes, their directory, the versions of banencalc and pydantic,
and the size and mtime of the modules that build a dataset: any edit to a file or to that code,
or an upgrade, misses the cache. Stored as a pickle in the user's own cache
directory ($BANENCALC_CACHE_DIR, else $XDG_CACHE_HOME/banencalc, else ~/.cache/banencalc), written
atomically. BANENCALC_NO_CACHE=1 turns it off. A cache that cannot be read or written is ignored:
it can only make a run faster, never change or break one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Dataset


#: the modules whose code shapes a cached dataset
_BUILDERS = ("models.py", "data.py", "yaml_strict.py")


def cache_dir() -> Path | None:
    if os.environ.get("BANENCALC_NO_CACHE"):
        return None
    if os.environ.get("BANENCALC_CACHE_DIR"):
        return Path(os.environ["BANENCALC_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "banencalc"


def cache_key(directory: Path, *contents: bytes) -> str:
    import pydantic

    from . import __version__

    # The code that builds a dataset is part of the key too (a checkout changes it without a new
    # version): its modules' size and modification time, a stat each.
    here = Path(__file__).parent
    code = "|".join(
        f"{s.st_size}:{s.st_mtime_ns}" for s in (here.joinpath(m).stat() for m in _BUILDERS)
    )
    digest = hashlib.blake2b(digest_size=20)
    for part in (
        str(directory.resolve()).encode(),
        __version__.encode(),
        pydantic.VERSION.encode(),
        code.encode(),
        *contents,
    ):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def read(key: str) -> Dataset | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{key}.pickle").open("rb") as f:
            dataset = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    from .models import Dataset

    return dataset if isinstance(dataset, Dataset) else None


def write(key: str, dataset: Dataset) -> None:
    import tempfile

    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.pickle"):  # one dataset per key; drop the stale ones
            if old.stem != key:
                old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as f:
            pickle.dump(dataset, f, protocol=pickle.HIGHEST_PROTOCOL)
        Path(f.name).replace(folder / f"{key}.pickle")
    except OSError:
        return
