"""Which figures a result used, and the sources behind them (every answer carries both)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from banencalc.base.messages import Msg, data_text
from banencalc.dataset.records import Amount, Count, Dataset, Source, Status


@dataclass(frozen=True)
class FigureRef:
    """A figure a result used, with its status and source."""

    key: str
    #: None for a parameter that is not published
    value: int | Decimal | None
    status: Status
    source: str
    note: str | None = None
    derivation: str | None = None
    #: published as "about N": everything computed from it is approximate too
    approximate: bool = False
    #: the note and the derivation in Dutch, where the data gives them
    note_nl: str | None = None
    derivation_nl: str | None = None

    def note_text(self) -> Msg | None:
        return data_text(self.note, self.note_nl)

    def derivation_text(self) -> Msg | None:
        return data_text(self.derivation, self.derivation_nl)


def ref(key: str, figure: Count | Amount) -> FigureRef:
    return FigureRef(
        key,
        figure.value,
        figure.status,
        figure.source,
        figure.note,
        figure.derivation,
        figure.approximate,
        figure.note_nl,
        figure.derivation_nl,
    )


def sources_of(data: Dataset, figures: Iterable[FigureRef]) -> list[Source]:
    """The sources behind `figures`, each once, in order of first use."""
    index = data.source_index
    return [index[s] for s in dict.fromkeys(f.source for f in figures)]
