"""The calculation path of a result as lines and as JSON: each step with its article, and where
the statute rounds, the value before the rounding and the article that prescribes it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from banencalc.base.messages import Msg
from banencalc.calc.quota import Step

CENT = Decimal("0.01")


def two(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def step_payload(step: Step) -> dict[str, Any]:
    """A step in the JSON contract: its texts in English, its numbers exact."""
    return {
        "description": step.description.english(),
        "formula": step.formula.english(),
        "value": step.value,
        "rule": str(step.rule),
        "unrounded": step.unrounded,
        "rounding": step.rounding,
    }


def step_lines(steps: list[Step]) -> tuple[Msg, ...]:
    return tuple(_step_line(s) for s in steps)


def _step_line(step: Step) -> Msg:
    if step.value is None:
        return Msg(
            "{description}: {formula}  [{rule}]",
            description=step.description,
            formula=step.formula,
            rule=cited(step.rule),
        )
    if step.unrounded is not None and step.unrounded != step.value:
        return Msg(
            "{description}: {formula} = {value} (from {unrounded}, {rounding})  [{rule}]",
            description=step.description,
            formula=step.formula,
            value=shown(step.value),
            unrounded=shown(step.unrounded),
            rounding=Msg(step.rounding or ""),
            rule=cited(step.rule),
        )
    return Msg(
        "{description}: {formula} = {value}  [{rule}]",
        description=step.description,
        formula=step.formula,
        value=shown(step.value),
        rule=cited(step.rule),
    )


def cited(rule: str | Msg) -> Msg:
    """An article as cited: the data's text (with its Dutch twin) or a citation from the code,
    whose gloss the catalogue translates."""
    return rule if isinstance(rule, Msg) else Msg(rule)


def shown(value: Decimal | bool | str) -> Decimal | Msg:
    """A value in a calculation path: yes/no, a year, or up to six decimals without trailing
    zeros."""
    if isinstance(value, bool):
        return Msg("yes") if value else Msg("no")
    if isinstance(value, str):
        return Msg.text(value)
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return Decimal(text or "0")
