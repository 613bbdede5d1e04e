"""The dataset cache can only make a run faster: it never runs code, never trusts a directory others
can write, never deletes what it did not write, and shrugs off any file it cannot use."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

import banencalc
from banencalc.dataset import cache
from banencalc.dataset import validate as data
from banencalc.dataset.loading import load_dataset
from banencalc.dataset.records import Dataset


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("BANENCALC_CACHE_DIR", str(folder))
    return folder


def _validations(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each full validation (a cache miss)."""
    calls: list[Path] = []
    real = data.check_directory

    def counting(directory: Path, *args: bytes | None) -> data.Checked:
        calls.append(directory)
        return real(directory, *args)

    monkeypatch.setattr(data, "check_directory", counting)
    return calls


class _Exploit:
    """Unpickling this would create a file: proof that a cache ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (Path.write_text, (str(self.marker), "pwned"))


def test_a_planted_pickle_never_runs(cache_home: Path, tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    directory = banencalc.bundled_data_dir()
    key = cache.cache_key(
        directory,
        (directory / "targets.yaml").read_bytes(),
        (directory / "sectors.yaml").read_bytes(),
    )
    payload = pickle.dumps(_Exploit(marker))
    for name in (f"{key}.pickle", f"{cache.PREFIX}{key}{cache.SUFFIX}"):
        (cache_home / name).write_bytes(payload)
    dataset = load_dataset()
    assert isinstance(dataset, Dataset)
    assert not marker.exists()


def test_entries_are_plain_json_and_hit(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_dataset()
    files = list(cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))
    assert len(files) == 1 and files[0].read_bytes().startswith(b'{"format": 2')
    calls = _validations(monkeypatch)
    assert load_dataset() == first
    assert calls == []  # served from the cache


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        b'{"format": 2, "key": "KEY"}\n{"targets_file": ',  # truncated
        b'{"format": 99, "key": "KEY"}\n{}',  # a newer format
        b'{"format": 2, "key": "someone else"}\n{}',  # another key
        b'{"format": 2, "key": "KEY"}\n{"targets_file": {}, "sectors_file": {}, "origin": "x"}',
    ],
)
def test_unusable_files_are_ignored_and_replaced(
    cache_home: Path, content: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dataset()
    (entry,) = cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    key = entry.name.removeprefix(cache.PREFIX).removesuffix(cache.SUFFIX)
    entry.write_bytes(content.replace(b"KEY", key.encode()))
    calls = _validations(monkeypatch)
    assert isinstance(load_dataset(), Dataset)
    assert len(calls) == 1  # validated afresh
    assert entry.read_bytes().startswith(b'{"format": 2')  # and the entry replaced


def test_a_directory_others_can_write_is_not_used(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_home.chmod(0o777)
    load_dataset()
    assert list(cache_home.iterdir()) == []  # nothing written
    cache_home.chmod(0o700)
    load_dataset()
    cache_home.chmod(0o777)
    calls = _validations(monkeypatch)
    load_dataset()
    assert len(calls) == 1  # nothing read either


def test_a_file_others_can_write_is_not_read(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dataset()
    (entry,) = cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    entry.chmod(0o666)
    calls = _validations(monkeypatch)
    load_dataset()
    assert len(calls) == 1


def test_a_link_is_not_followed(
    cache_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_dataset()
    (entry,) = cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}")
    elsewhere = tmp_path / "elsewhere.json"
    shutil.move(entry, elsewhere)
    entry.symlink_to(elsewhere)
    calls = _validations(monkeypatch)
    load_dataset()
    assert len(calls) == 1


def test_only_its_own_files_are_deleted_and_several_entries_kept(
    cache_home: Path, tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = [cache_home / "notes.pickle", cache_home / "other.json", cache_home / "x.tmp"]
    for path in keep:
        path.write_text("mine")
    load_dataset()
    load_dataset(data_copy)
    assert all(path.read_text() == "mine" for path in keep)
    assert len(list(cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))) == 2
    calls = _validations(monkeypatch)
    load_dataset()
    load_dataset(data_copy)
    assert calls == []  # switching between two data directories hits both


def test_old_entries_beyond_the_bound_are_pruned(cache_home: Path) -> None:
    for i in range(cache.MAX_ENTRIES + 3):
        path = cache_home / f"{cache.PREFIX}{i:040x}{cache.SUFFIX}"
        path.write_text("old")
        os.utime(path, (i, i))
    load_dataset()
    assert len(list(cache_home.glob(f"{cache.PREFIX}*{cache.SUFFIX}"))) == cache.MAX_ENTRIES


def test_an_unusable_home_runs_without_a_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BANENCALC_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "missing" / "home"))
    (tmp_path / "missing").write_text("a file, not a directory")
    assert isinstance(load_dataset(), Dataset)
