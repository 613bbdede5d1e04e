"""Loading the data files: a run whose files are unchanged is served from the cache without
importing pydantic or YAML; only a miss validates (validate.py), where every problem is reported as
file:line: field: what is wrong, all problems of a file at once.
"""

from __future__ import annotations

from pathlib import Path

from banencalc.base.errors import DataError
from banencalc.dataset import cache
from banencalc.dataset.location import (
    SECTORS_FILE,
    TARGETS_FILE,
    read_data_file,
    resolve_data_dir,
)
from banencalc.dataset.records import Dataset


def load_dataset(data_dir: Path | None = None) -> Dataset:
    """Load and check targets.yaml and sectors.yaml from `data_dir` (see resolve_data_dir)."""
    directory = resolve_data_dir(data_dir)
    t_bytes = read_data_file(directory / TARGETS_FILE)
    s_bytes = read_data_file(directory / SECTORS_FILE)
    key = cache.cache_key(directory, t_bytes, s_bytes)
    cached = cache.read(key)
    if cached is not None:
        return cached
    from banencalc.dataset.validate import check_directory

    checked = check_directory(directory, t_bytes, s_bytes)
    if checked.dataset is None:
        problems = checked.problems
        if len(problems) == 1:
            raise DataError(str(problems[0]), problems)
        raise DataError(f"the data in {directory} has {len(problems)} problems:", problems)
    cache.write(key, checked.dataset)
    return checked.dataset
