"""Validating the data files: parse with strict YAML, validate with the pydantic models, check the
references between and within the files. Every problem names file, line and field, all at once.
Imported only when the cache has no answer (pydantic and YAML cost startup time).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from banencalc.base.errors import DataError, Problem
from banencalc.dataset.location import SECTORS_FILE, TARGETS_FILE, describe, read_data_file
from banencalc.dataset.models import SectorsFile, TargetsFile, to_records
from banencalc.dataset.records import Dataset
from banencalc.dataset.yaml_strict import LineMap, Path_, parse_bytes

M = TypeVar("M", bound=BaseModel)


def line_for(lines: LineMap, loc: Iterable[str | int]) -> int | None:
    """The line of the deepest part of `loc` that the file has (a missing field: its parent)."""
    path: Path_ = tuple(p for p in loc if p != "[key]")
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def _problems(exc: ValidationError, file: str, lines: LineMap) -> Iterator[Problem]:
    for error in exc.errors(include_url=False):
        loc = error["loc"]
        field = ".".join(str(p) for p in loc if p != "[key]")
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field (check its spelling)"
        elif error["type"] == "missing":
            message = "required field is missing"
        elif "[key]" in loc:
            message = f"invalid key: {message}"
        yield Problem(file, line_for(lines, loc), field, message)


def validate_document(model: type[M], raw: Any, file: str, lines: LineMap) -> M:
    """Validate a parsed YAML document against `model`; errors name file, line and field."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = list(_problems(exc, file, lines))
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        raise DataError(f"{file}: {count}:", problems) from None


def _cross_check(
    targets: TargetsFile,
    sectors: SectorsFile,
    t_file: str,
    t_lines: LineMap,
    s_file: str,
    s_lines: LineMap,
) -> list[Problem]:
    """References between and within the two files: sources, sectors, the tree."""
    problems: list[Problem] = []
    source_ids = [s.id for s in targets.sources]
    sector_ids = [s.id for s in sectors.sectors]

    def add(file: str, lines: LineMap, loc: tuple[str | int, ...], message: str) -> None:
        problems.append(Problem(file, line_for(lines, loc), ".".join(map(str, loc)), message))

    for i, sid in enumerate(source_ids):
        if sid in source_ids[:i]:
            add(t_file, t_lines, ("sources", i, "id"), f"duplicate source id {sid!r}")
    for i, sector in enumerate(sectors.sectors):
        if sector.id in sector_ids[:i]:
            add(s_file, s_lines, ("sectors", i, "id"), f"duplicate sector id {sector.id!r}")
        if sector.parent is not None and sector.parent not in sector_ids:
            add(
                s_file,
                s_lines,
                ("sectors", i, "parent"),
                f"unknown parent sector {sector.parent!r}",
            )
    roots = [s.id for s in sectors.sectors if s.parent is None]
    if len(roots) != 1:
        add(
            s_file,
            s_lines,
            ("sectors",),
            f"the sector tree needs exactly one root (a sector without parent); found {roots}",
        )
    problems.extend(_cycles(sectors, s_file, s_lines))

    known_sources = set(source_ids)
    known_sectors = set(sector_ids)
    for file, lines, doc in ((t_file, t_lines, targets), (s_file, s_lines, sectors)):
        for loc, value in _walk(doc.model_dump()):
            key = loc[-1] if loc else None
            if key == "source" and value not in known_sources:
                add(
                    file,
                    lines,
                    loc,
                    f"unknown source {value!r} (not in the sources list of {TARGETS_FILE})",
                )
            if (
                len(loc) == 2
                and loc[0] in _SECTOR_KEYED
                and isinstance(loc[1], str)
                and loc[1] not in known_sectors
            ):
                add(file, lines, loc[:2], f"unknown sector {loc[1]!r} (not in {SECTORS_FILE})")
    from banencalc.dataset.bounds import out_of_bounds

    for name, parameter in targets.parameters.items():
        if parameter.value is not None:
            why = out_of_bounds(name, parameter.value)
            if why is not None:
                add(t_file, t_lines, ("parameters", name, "value"), f"{parameter.value}: {why}")
    for start, regime in targets.regimes.items():
        for i, sid in enumerate(regime.quota_sectors):
            if sid not in known_sectors:
                add(
                    t_file,
                    t_lines,
                    ("regimes", start, "quota_sectors", i),
                    f"unknown sector {sid!r}",
                )
    return problems


# Top-level sections whose keys are sector ids.
_SECTOR_KEYED = frozenset(
    {
        "targets",
        "realised",
        "quota_percentages",
        "quota_components",
        "achievement_pct",
        "remarks",
        "trend",
    }
)


def _walk(
    value: Any, loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*loc, key), item
            yield from _walk(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield (*loc, i), item
            yield from _walk(item, (*loc, i))


def _cycles(sectors: SectorsFile, file: str, lines: LineMap) -> Iterator[Problem]:
    parent = {s.id: s.parent for s in sectors.sectors}
    for i, sector in enumerate(sectors.sectors):
        seen = {sector.id}
        node = sector.parent
        while node is not None and node in parent:
            if node in seen:
                yield Problem(
                    file,
                    line_for(lines, ("sectors", i, "parent")),
                    f"sectors.{i}.parent",
                    f"sector {sector.id!r} is its own ancestor",
                )
                break
            seen.add(node)
            node = parent[node]


@dataclass
class Checked:
    """The outcome of reading a data directory: the dataset (when it is sound) and every problem,
    with the line maps of both files for further checks (banencalc validate)."""

    directory: Path
    dataset: Dataset | None
    problems: list[Problem]
    lines: dict[str, LineMap]


def check_directory(
    directory: Path, t_bytes: bytes | None = None, s_bytes: bytes | None = None
) -> Checked:
    """Parse, validate and cross-check both files; collect every problem instead of stopping."""
    t_path, s_path = directory / TARGETS_FILE, directory / SECTORS_FILE
    problems: list[Problem] = []
    parsed: dict[str, BaseModel] = {}
    lines: dict[str, LineMap] = {}
    for key, model, path, raw_bytes in (
        ("t", TargetsFile, t_path, t_bytes),
        ("s", SectorsFile, s_path, s_bytes),
    ):
        try:
            raw, lines[str(path)] = parse_bytes(
                read_data_file(path) if raw_bytes is None else raw_bytes, str(path)
            )
            parsed[key] = validate_document(model, raw, str(path), lines[str(path)])
        except DataError as exc:
            problems.extend(exc.problems or [Problem(str(path), None, "", exc.message)])
    if problems:
        return Checked(directory, None, problems, lines)
    targets, sectors = parsed["t"], parsed["s"]
    assert isinstance(targets, TargetsFile) and isinstance(sectors, SectorsFile)
    problems = _cross_check(
        targets, sectors, str(t_path), lines[str(t_path)], str(s_path), lines[str(s_path)]
    )
    if problems:
        return Checked(directory, None, problems, lines)
    dataset = to_records(targets, sectors, describe(directory))
    return Checked(directory, dataset, [], lines)
