"""A sector as people write it: its id, or its English or Dutch name, in any case, or the start
of a name that fits one sector only. One resolution for every place a sector is typed (options,
batch rows, what-if keys), so `markt`, `Marktsector` and `market` mean the same everywhere."""

from __future__ import annotations

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.dataset.records import Dataset


def _sector_key(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


def check_sector(data: Dataset, sector: str) -> str:
    """The id of `sector`, given as its id or its English or Dutch name, in any case
    (`municipalities`, `Gemeenten`, `gemeenten` are all `gemeenten`)."""
    if sector in data.sectors:
        return sector
    names: dict[str, str] = {}
    for known in data.sectors.values():
        for spelling in (known.id, known.name, known.name_nl):
            names.setdefault(_sector_key(spelling), known.id)
    wanted = _sector_key(sector)
    found = names.get(wanted)
    if found is not None:
        return found
    # the start of a name that fits one sector only (`markt` for Marktsector, `gemeente`)
    if len(wanted) >= 4:
        starts = {known for spelling, known in names.items() if spelling.startswith(wanted)}
        if len(starts) == 1:
            return starts.pop()
    import difflib  # only on this error path

    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(names[c] for c in close))
    hint = (
        Msg(
            "did you mean {names}? ",
            names=Msg.joined(
                [
                    Msg(
                        "{id} ({name})",
                        id=repr(s),
                        name=Msg.text(data.sectors[s].name, nl=data.sectors[s].name_nl),
                    )
                    for s in suggestions
                ]
            ),
        )
        if suggestions
        else Msg.text("")
    )
    raise BanencalcError(
        Msg(
            "unknown sector {sector}; {hint}known sectors: {known}",
            sector=repr(sector),
            hint=hint,
            known=", ".join(data.sectors),
        ),
        field="sector",
    )
