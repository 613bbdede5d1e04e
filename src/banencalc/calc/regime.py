"""The rules of a year: which law and regime apply, and the figures and parameters they use."""

from __future__ import annotations

from dataclasses import dataclass, fields

from banencalc.calc.provenance import FigureRef, ref, sources_of
from banencalc.calc.status import check_year
from banencalc.dataset.records import Constants, Dataset, Parameter, Regime, Source

#: the mechanisms of the two laws, as the data's regimes name them
QUOTA_LEVY = "quota-levy"  # the quota law: Wfsv 38b-38j, 2015-2025
SURCHARGE = "inclusiviteitsopslag"  # the Wet banenafspraak, from 2026


def under_quota_law(data: Dataset, year: int) -> bool:
    """Whether `year` falls under the quota law (Wfsv 38b-38j; Wet banenafspraak art 12 keeps it
    for the years before 1 January 2026), as the data's regimes say. The one place the question
    is asked: every caller (one employer, the years, a batch row, the CLI) asks here."""
    regime = data.regime(year)
    return regime is None or regime[1].mechanism == QUOTA_LEVY


def last_quota_law_year(data: Dataset) -> int | None:
    """The last year the data puts under the quota law."""
    years = [y for y in data.covered_years() if under_quota_law(data, y)]
    return max(years, default=None)


@dataclass(frozen=True)
class RegimeRules:
    year: int
    #: the first year the regime applies
    start: int
    regime: Regime
    #: the quota law's constants in force in the year (empty under the Wet banenafspraak)
    constants: list[FigureRef]
    #: the Wet banenafspraak's parameters (empty under the quota law), published or not
    parameters: list[tuple[str, Parameter]]
    sources: list[Source]


def rules_of(data: Dataset, year: int) -> RegimeRules:
    """The regime in force in `year` with what it uses, each with its source and status."""
    check_year(data, year)
    found = data.regime(year)
    assert found is not None  # a covered year has a regime (the data validates the first one)
    start, regime = found
    constants: list[FigureRef] = []
    parameters: list[tuple[str, Parameter]] = []
    if regime.mechanism == QUOTA_LEVY:
        for field in fields(Constants):
            figure = data.constant(field.name, year)
            if figure is not None:
                constants.append(ref(f"constants.{field.name}.{year}", figure))
        source_ids = [c.source for c in constants]
    else:
        parameters = sorted(
            (name, p) for name, p in data.targets_file.parameters.items() if name.startswith("wet.")
        )
        source_ids = [p.source for _, p in parameters]
    index = data.source_index
    ids = [regime.source, *source_ids]
    sources = [index[s] for s in dict.fromkeys(ids) if s in index]
    return RegimeRules(year, start, regime, constants, parameters, sources)


__all__ = ["RegimeRules", "rules_of", "sources_of"]
