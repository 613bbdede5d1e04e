"""Where the data files are (bundled, or a user's own directory) and reading their bytes."""

from __future__ import annotations

import os
from pathlib import Path

from banencalc.base.errors import BanencalcError, DataError, Problem
from banencalc.base.files import read_bounded
from banencalc.base.messages import Msg

TARGETS_FILE = "targets.yaml"
SECTORS_FILE = "sectors.yaml"
DATA_ENV = "BANENCALC_DATA"
# Data files are a few kilobytes; anything far bigger is a mistake (or an attack) and is refused
# before the parser spends time and memory on it.
MAX_FILE_BYTES = 5 * 1024 * 1024


def bundled_data_dir() -> Path:
    """The data shipped with banencalc, whatever the current directory and install method.

    A wheel carries the files inside the package (banencalc/data); a source checkout run with
    `uv run` (an editable install) reads them from data/ at the top of the checkout.
    """
    package_dir = Path(__file__).resolve().parent.parent  # banencalc/
    installed = package_dir / "data"
    if installed.is_dir():
        return installed
    return package_dir.parent.parent / "data"


#: how output names the data shipped with banencalc
BUNDLED = "the bundled data"


def describe(directory: Path) -> str:
    """How output names a data directory: "the bundled data", or the path the user gave."""
    if directory.resolve() == bundled_data_dir().resolve():
        return BUNDLED
    return str(directory)


def data_sha256(directory: Path, *extra: bytes) -> str:
    """A SHA-256 of the data files in `directory` (and `extra`, such as a scenario): which data a
    page or document was made from."""
    import hashlib

    digest = hashlib.sha256()
    for name in (TARGETS_FILE, SECTORS_FILE):
        digest.update((directory / name).read_bytes())
    for part in extra:
        digest.update(part)
    return digest.hexdigest()


def resolve_data_dir(data_dir: Path | None) -> Path:
    """`--data DIR` wins, then $BANENCALC_DATA, then the bundled data."""
    if data_dir is None and os.environ.get(DATA_ENV):
        data_dir = Path(os.environ[DATA_ENV])
    if data_dir is None:
        return bundled_data_dir()
    if not data_dir.is_dir():
        raise DataError(
            f"data directory {data_dir} does not exist (also read from ${DATA_ENV}); "
            f"it must hold {TARGETS_FILE} and {SECTORS_FILE}",
            field="data",
        )
    return data_dir


def read_data_file(path: Path) -> bytes:
    """The bytes of a data file: a regular file of at most MAX_FILE_BYTES (checked as read)."""
    try:
        return read_bounded(path, MAX_FILE_BYTES, "data file")
    except BanencalcError as exc:
        message = exc.message.replace(f"data file {path}: ", "", 1)
        raise DataError(f"{path}: {message}", [Problem(str(path), None, "", message)]) from None


def origin_name(origin: str) -> Msg:
    """The data's origin as people read it: "the bundled data" (translated) or the user's path."""
    return Msg(BUNDLED) if origin == BUNDLED else Msg.text(origin)
