"""Which figure each part of the sector percentage takes (Wfsv art 38f): the data's published
figure, the user's, or an estimate, each kept with its source and status."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.calc.provenance import FigureRef, ref
from banencalc.dataset.records import Amount, Dataset, Status

Origin = Literal["data", "user", "estimate"]


@dataclass(frozen=True)
class QuotaInput:
    symbol: str
    name: str
    value: Decimal
    origin: Origin
    status: Status
    source: str | None = None
    note: Msg | None = None


def constant(data: Dataset, name: str, year: int) -> Amount:
    figure = data.constant(name, year)
    if figure is None:
        raise BanencalcError(f"the data has no {name} for {year}")
    return figure


# The sector formula's constants are cited by the provision of the sector formula itself: the same
# numbers serve the employer formula under other articles (data/targets.yaml cites those).
SECTOR_ARTICLES = {
    "C": "Wfsv art 38f lid 2, variable C (set by ministerial regulation under Besluit Wfsv art "
    "2.22 lid 1; a different variable from G, though 1,331 too)",
    "E": "Wfsv art 38f lid 2, variable E (set by ministerial regulation under Besluit Wfsv art "
    "2.22 lid 1; the 1,623 of Besluit art 2.20)",
}


#: variable F of Wfsv art 38f lid 2: target-group people of art 38b lid 2 at liable employers, as
#: Besluit Wfsv art 2.32 onder b (government) and c (market) sets them; the last value holds for
#: the years after it ("2023 en later", "2025 en later")
F_BESLUIT_2_32 = {
    "government": {2017: 256, 2018: 534, 2019: 811, 2020: 1089, 2021: 1367, 2022: 1644, 2023: 1922},
    "market": {
        2017: 744, 2018: 1348, 2019: 1953, 2020: 2557, 2021: 3161, 2022: 3766, 2023: 4370,
        2024: 4974, 2025: 5578,
    },
}  # fmt: skip


def variable_f(sector: str, year: int) -> int | None:
    """F of Wfsv art 38f lid 2 for a sector and year (Besluit Wfsv art 2.32 onder b and c)."""
    series = F_BESLUIT_2_32.get(sector)
    if not series or year < min(series):
        return None
    return series[min(year, max(series))]


def from_data(symbol: str, name: str, figure: Amount) -> QuotaInput:
    origin: Origin = "estimate" if figure.status == "estimated" else "data"
    return QuotaInput(
        symbol,
        name,
        figure.value,
        origin,
        figure.status,
        figure.source,
        Msg(SECTOR_ARTICLES[symbol])
        if symbol in SECTOR_ARTICLES
        else figure.article_text() or figure.note_text() or Msg.text(""),
    )


def component_figure(data: Dataset, sector: str, name: str, year: int) -> Amount | None:
    components = data.targets_file.quota_components.get(sector)
    if components is None:
        return None
    series: dict[int, Amount] = getattr(components, name)
    keys = [k for k in series if k <= year]
    return series[max(keys)] if keys else None


def user_or_estimate(
    data: Dataset,
    sector: str,
    component: str,
    year: int,
    symbol: str,
    name: str,
    user_value: Decimal | None,
    use_estimates: bool,
) -> QuotaInput | None:
    if user_value is not None:
        return QuotaInput(symbol, name, user_value, "user", "unverified")
    if not use_estimates:
        return None
    figure = component_figure(data, sector, component, year)
    if figure is None:
        return None
    note = figure.note_text()
    return QuotaInput(symbol, name, figure.value, "estimate", figure.status, figure.source, note)


def quota_figures(
    data: Dataset,
    sector: str,
    year: int,
    published: Amount | None,
    inputs: dict[str, QuotaInput],
) -> list[FigureRef]:
    figures: list[FigureRef] = []
    if published is not None:
        figures.append(ref(f"quota.{sector}.{year}", published))
    for item in inputs.values():
        if item.source is not None:
            figures.append(
                FigureRef(
                    f"quota_input.{item.symbol}",
                    item.value,
                    item.status,
                    item.source,
                    item.note.english() if item.note else None,
                )
            )
    if "B" in inputs:
        for y in (year - 1, year):
            target = data.target(sector, y)
            if target is not None:
                figures.append(ref(f"targets.{sector}.{y}", target))
    return figures
