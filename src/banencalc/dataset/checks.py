"""`banencalc validate`: every problem of a data directory at once, errors and warnings.

Beyond what loading checks (types, ranges, unknown fields, sources, sector references), this
checks the figures against each other:
- a subsector's figure may not exceed its parent's (same year, same kind);
- a published total may differ from the sum of its parts by rounding: 1 job is a warning
  (fractional jobs rounded separately, as in 2017 and 2021), more is an error;
- years are written in ascending order (a file read by people should read in time order);
- every source can be opened: a url that names only a site's home page is an error unless the
  source says why no exact page exists (`no_exact_page`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from banencalc.base.errors import Problem
from banencalc.dataset.location import SECTORS_FILE, TARGETS_FILE
from banencalc.dataset.records import Dataset
from banencalc.dataset.validate import Checked, check_directory, line_for
from banencalc.dataset.yaml_strict import LineMap

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    level: Level
    problem: Problem


def validate(directory: Path) -> list[Finding]:
    checked = check_directory(directory)
    findings = [Finding("error", p) for p in checked.problems]
    if checked.dataset is not None:
        findings.extend(_consistency(checked, checked.dataset))
    return findings


def _consistency(checked: Checked, data: Dataset) -> Iterator[Finding]:
    t_file = str(checked.directory / TARGETS_FILE)
    s_file = str(checked.directory / SECTORS_FILE)
    yield from _openable_sources(data, t_file, checked.lines[t_file])
    kinds = (
        ("targets", t_file, data.targets_file.targets),
        ("realised", s_file, data.sectors_file.realised),
    )
    for kind, file, series in kinds:
        lines = checked.lines[file]

        def at(
            loc: tuple[str | int, ...],
            message: str,
            level: Level = "error",
            file: str = file,
            lines: dict[tuple[str | int, ...], int] = lines,
        ) -> Finding:
            return Finding(
                level, Problem(file, line_for(lines, loc), ".".join(map(str, loc)), message)
            )

        for sector, figures in series.items():
            years = list(figures)
            if years != sorted(years):
                yield at((kind, sector), "years are not in ascending order")
            parent = data.sectors[sector].parent
            for year, figure in figures.items():
                parent_fig = series.get(parent, {}).get(year) if parent else None
                if parent_fig is not None and figure.value > parent_fig.value:
                    yield at(
                        (kind, sector, year),
                        f"{figure.value:,} exceeds the parent sector "
                        f"{parent!r} ({parent_fig.value:,})",
                    )
            children = data.children(sector)
            if not children:
                continue
            for year, figure in figures.items():
                parts = [series.get(c.id, {}).get(year) for c in children]
                if any(p is None for p in parts) or figure.approximate:
                    continue
                total = sum(p.value for p in parts if p is not None)
                gap = abs(figure.value - total)
                if gap == 1:
                    yield at(
                        (kind, sector, year),
                        f"published total {figure.value:,} differs "
                        f"from the sum of its parts {total:,} by 1 (rounding)",
                        "warning",
                    )
                elif gap > 1:
                    yield at(
                        (kind, sector, year),
                        f"published total {figure.value:,} differs "
                        f"from the sum of its parts {total:,} by {gap:,}",
                    )


def _openable_sources(data: Dataset, file: str, lines: LineMap) -> Iterator[Finding]:
    """A reader must be able to open the page that states a figure, or be told why not."""
    for i, source in enumerate(data.targets_file.sources):
        if source.home_page_only and not source.no_exact_page:
            yield Finding(
                "error",
                Problem(
                    file,
                    line_for(lines, ("sources", i, "url")),
                    f"sources.{i}.url",
                    f"source {source.id!r}: {source.url} is only a site's home page; give the "
                    "page that states the figures, or say why there is none in `no_exact_page`",
                ),
            )
