"""A scenario against its baseline: one Report with the baseline, the scenario and the difference,
formatted in the output language (so it lives with the renderers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.i18n import Lang, t
from banencalc.render.table import _NUMERIC_KINDS, header, label, shown_columns
from banencalc.render.text import format_value
from banencalc.report.model import DISPLAY, Column, Kind, Report, Section


def _delta(old: Any, new: Any, kind: Kind, lang: Lang) -> str:
    """`new - old` formatted like the column; empty where it has no meaning."""
    if kind not in _NUMERIC_KINDS or isinstance(old, bool) or isinstance(new, bool):
        return ""
    if not isinstance(old, int | Decimal) or not isinstance(new, int | Decimal):
        return ""
    delta = Decimal(new) - Decimal(old)
    text = format_value(delta, "signed" if kind == "int" else kind, lang)
    return f"+{text}" if delta > 0 and not text.startswith("+") else text


def compare(
    baseline: Report,
    scenario: Report,
    name: str,
    changes: Sequence[Msg],
    change_payload: list[dict[str, Any]],
    lang: Lang = "en",
) -> Report:
    """Baseline and scenario side by side, with the difference, and what the scenario changed."""
    columns = shown_columns(scenario)
    rows: list[Mapping[str, Any]] = []
    if scenario.transpose:  # one record: item | baseline | scenario | difference
        for base_row, new_row in zip(baseline.rows, scenario.rows, strict=False):
            for column in columns:
                old, new = base_row.get(column.key), new_row.get(column.key)
                rows.append(
                    {
                        "item": header(column, lang).replace("-\n", "").replace("\n", " "),
                        "baseline": label(baseline, base_row, column, False, lang),
                        "scenario": label(scenario, new_row, column, False, lang),
                        "difference": _delta(old, new, column.kind, lang) if old != new else "",
                    }
                )
        shown = [
            Column("item", "item"),
            Column("baseline", "baseline", "shown"),
            Column("scenario", "scenario", "shown"),
            Column("difference", "difference", "shown"),
        ]
    else:  # a changed row becomes three: baseline, scenario, difference
        key = columns[0].key
        for base_row, new_row in zip(baseline.rows, scenario.rows, strict=False):
            if all(base_row.get(c.key) == new_row.get(c.key) for c in columns):
                rows.append(new_row)
                continue
            name_text = label(scenario, new_row, columns[0], True, lang)
            indent = " " * (len(name_text) - len(name_text.lstrip()) + 2)
            rows.append(
                {
                    **base_row,
                    DISPLAY: {
                        **base_row.get(DISPLAY, {}),
                        key: f"{name_text} ({t('baseline', lang)})",
                    },
                }
            )
            rows.append(
                {
                    **new_row,
                    DISPLAY: {**new_row.get(DISPLAY, {}), key: f"{indent}{t('scenario', lang)}"},
                }
            )
            diff = {
                c.key: _delta(base_row.get(c.key), new_row.get(c.key), c.kind, lang)
                for c in columns[1:]
                if base_row.get(c.key) != new_row.get(c.key)
            }
            rows.append(
                {
                    DISPLAY: {c.key: diff.get(c.key, "") for c in columns[1:]}
                    | {key: f"{indent}{t('difference', lang)}"}
                }
            )
        shown = columns
    # a what-if given only by --set has no name of its own: it is the reader's changes
    title = (
        Msg("{title}: your changes ({name}) against the baseline", title=scenario.title, name=name)
        if name.startswith("--set")
        else Msg("{title}: scenario '{name}' against the baseline", title=scenario.title, name=name)
    )
    return Report(
        title=title,
        columns=(*shown, *(c for c in scenario.columns if c.detail)),
        rows=tuple(rows),
        payload={
            "baseline": baseline.payload,
            "scenario": scenario.payload,
            "changes": change_payload,
        },
        notes=scenario.notes,
        sources=scenario.sources,
        summary=scenario.summary,
        sections=(
            Section(Msg("Changed by the scenario (old -> new):"), tuple(changes)),
            *scenario.sections,
        ),
        machine_rows=(
            *({"case": "baseline", **r} for r in baseline.rows),
            *({"case": "scenario", **r} for r in scenario.rows),
        ),
        machine_columns=scenario.columns,
    )
