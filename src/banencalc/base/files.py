"""Reading the user's files and writing results, safely.

- Only regular files are read (a FIFO would hang the run, /dev/zero would eat memory), and a size
  limit is enforced while reading, not trusted from a stat made earlier.
- Results are written atomically: to a temporary file beside the target, then renamed over it, so
  a failed run never leaves half a file; the new file gets the permissions the user's umask gives.
- No output may be written onto a file the same run reads.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any, TypeVar

from banencalc.base.errors import BanencalcError

T = TypeVar("T")

_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def _describe(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def open_regular(path: Path, what: str) -> int:
    """A descriptor for reading `path`, which must be a regular file (checked without blocking)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise BanencalcError(f"{what} {path}: no such file") from None
    except IsADirectoryError:
        raise BanencalcError(f"{what} {path}: is a directory, not a file") from None
    except OSError as exc:
        raise BanencalcError(f"{what} {path}: cannot open the file ({exc.strerror})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise BanencalcError(f"{what} {path}: is {_describe(mode)}; give a regular file")
    return fd


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (enforced while reading)."""
    fd = open_regular(path, what)
    try:
        with os.fdopen(fd, "rb") as f:
            raw = f.read(limit + 1)
    except OSError as exc:
        raise BanencalcError(f"{what} {path}: cannot read the file ({exc.strerror})") from None
    if len(raw) > limit:
        raise BanencalcError(f"{what} {path}: the file is too large (at most {limit:,} bytes)")
    return raw


def open_binary(path: Path, what: str) -> IO[bytes]:
    """A regular file opened for streaming (no size limit: a batch can be large)."""
    return os.fdopen(open_regular(path, what), "rb")


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (also through links, or both not existing yet)."""
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def refuse_overwriting_inputs(output: Path | None, inputs: Iterable[Path]) -> None:
    """`--output` onto a file the run reads would destroy it: refuse before reading anything."""
    if output is None:
        return
    for source in inputs:
        if same_file(output, source):
            raise BanencalcError(
                f"--output {output} is an input of this run ({source}); writing it would destroy "
                "the input: choose another file",
                field=None,
            )


#: control characters a terminal would act on (escape sequences, clipboard writes, a bell) and
#: the marks that reorder text; newline and tab are text
TERMINAL_CONTROLS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def terminal_safe(text: str) -> str:
    """`text` with every control character written out (`\\x1b`), for a terminal to show, never
    act on; a line's CRLF ending stays a line ending."""
    return TERMINAL_CONTROLS.sub(lambda m: repr(m.group())[1:-1], text.replace("\r\n", "\n"))


class _TerminalSafe:
    """A text stream that writes control characters out (for a terminal)."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, text: str) -> int:
        return self._out.write(terminal_safe(text))

    def flush(self) -> None:
        self._out.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def write_stdout(produce: Callable[[IO[str]], T], *, escape: bool = True) -> T | None:
    """Run `produce` into standard output.

    On a terminal, what user text could carry (an id with an escape sequence, a data note) is
    shown, never acted on: control characters are written out, unless `escape` is False (a
    renderer that escapes the text itself and styles it with its own codes). A reader that goes
    away (`| head`) is not an error: the rest of the output is discarded and the command finishes
    with its own exit code (a `check` still reports its verdict). A closed or full standard
    output is the environment's error: exit 2 with what to do.
    """
    import sys

    if sys.stdout is None:
        raise BanencalcError(
            "standard output is closed: redirect it to a file, or give --output FILE"
        )
    out: Any = sys.stdout
    if escape and _is_terminal(out):
        out = _TerminalSafe(out)
    try:
        result = produce(out)
        sys.stdout.flush()
    except BrokenPipeError:
        discard_stdout()
        return None
    except OSError as exc:
        raise BanencalcError(
            f"cannot write to standard output ({exc.strerror or exc}); give --output FILE"
        ) from None
    return result


def discard_stdout() -> None:
    """Point standard output at the null device, so nothing more fails on the broken pipe."""
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic_bytes(path: Path, content: bytes) -> None:
    """Write `content` (a workbook) to `path` atomically, as `write_atomic` does."""
    _replace_atomically(path, lambda handle: _write_binary(handle, content))


def _write_binary(handle: int, content: bytes) -> None:
    with os.fdopen(handle, "wb") as out:
        out.write(content)


def write_atomic(path: Path, produce: Callable[[IO[str]], T]) -> T:
    """Run `produce` into a temporary file beside `path`, then rename it over `path`."""

    def text(handle: int) -> T:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            return produce(out)

    return _replace_atomically(path, text)


def _replace_atomically(path: Path, fill: Callable[[int], T]) -> T:
    """`fill` a temporary file (given its descriptor) beside `path`, then rename it over `path`."""
    folder = path.parent
    if not folder.is_dir():
        raise BanencalcError(f"--output {path}: the directory {folder} does not exist")
    try:
        import tempfile  # only when writing (about 1.5 ms of every run otherwise)

        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise BanencalcError(
            f"--output {path}: cannot write in {folder} ({exc.strerror})"
        ) from None
    tmp = Path(name)
    try:
        result = fill(handle)
        tmp.chmod(0o666 & ~_umask())
        tmp.replace(path)
    except OSError as exc:
        raise BanencalcError(f"--output {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return result


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
