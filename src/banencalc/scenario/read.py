"""Reading what a user wrote: a `--set KEY=VALUE`, a value (absolute or relative, in the
reader's language) and a scenario file (with its lines, for errors that name them)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from banencalc.base.errors import BanencalcError
from banencalc.base.messages import Msg
from banencalc.dataset.models import (
    ScenarioFile,
)
from banencalc.scenario.model import (
    CONSTANT_ALIASES,
    RELATIVE,
    VALID_KEYS,
    Relative,
    Scenario,
    Value,
)


def parse_value(text: str, key: str, lang: str | None = None) -> Value:
    """A value as typed: absolute (`14634`, `92.665` under Dutch), or relative (`+3000`, `-5%`).
    Numbers are read in the reader's language like every other number (parsing.parse_decimal)."""
    from banencalc.base.numbers import parse_decimal

    relative = RELATIVE.fullmatch(text)
    if relative:
        sign, number, percent = relative.groups()
        amount = parse_decimal(number, key, lang)
        if amount < 0:
            raise BanencalcError(
                Msg("{key}: {text} has two signs", key=key, text=repr(text)), field="set"
            )
        return Relative(-amount if sign == "-" else amount, bool(percent), text.strip())
    if text.strip().endswith("%"):
        raise BanencalcError(
            Msg(
                "{key}: {text}: a share of the baseline figure is relative: write +{text} or "
                "-{text}; for a quota percentage of {number}% write {number}",
                key=key,
                text=text.strip(),
                number=text.strip().rstrip("%").strip(),
            ),
            field="set",
        )
    return parse_decimal(text, key, lang)


def parse_set(items: list[str], lang: str | None = None) -> dict[str, Value]:
    """`KEY=VALUE` strings to overrides; a malformed item is an error naming it."""
    overrides: dict[str, Value] = {}
    seen: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise BanencalcError(
                Msg(
                    "{item}: write KEY=VALUE; valid keys: {keys}", item=repr(item), keys=VALID_KEYS
                ),
                field="set",
            )
        key = key.strip()
        canonical = CONSTANT_ALIASES.get(key.lower(), key.lower())
        if canonical in seen:
            raise BanencalcError(
                Msg(
                    "{key} is given twice ({first} and {second}); give each key once",
                    key=key,
                    first=repr(seen[canonical]),
                    second=repr(item),
                ),
                field="set",
            )
        seen[canonical] = item
        try:
            overrides[key] = parse_value(value, key, lang)
        except BanencalcError as exc:
            raise BanencalcError(exc.msg, field="set") from None
    return overrides


def load_scenario(path: Path) -> Scenario:
    """Read a scenario file (the same strict YAML rules as the data files); every value's line is
    kept, so an error names the file and the line."""
    from banencalc.dataset.validate import line_for, validate_document
    from banencalc.dataset.yaml_strict import load_file

    raw, lines = load_file(path)
    model = validate_document(ScenarioFile, raw, str(path), lines)
    overrides: dict[str, Value] = {}
    origins: dict[str, str] = {}
    for key, value in model.set.items():
        line = line_for(lines, ("set", key))
        origin = f"{path}:{line}" if line is not None else str(path)
        origins[key] = origin
        if isinstance(value, str):
            if not RELATIVE.fullmatch(value):
                raise BanencalcError(
                    Msg(
                        "{origin}: set.{key}: {text} is not a number; a change relative to the "
                        "baseline is written +3000, -500, +10% or -5%",
                        origin=origin,
                        key=key,
                        text=repr(value),
                    )
                )
            try:
                overrides[key] = parse_value(value, key)
            except BanencalcError as exc:
                raise BanencalcError(Msg("{origin}: {why}", origin=origin, why=exc.msg)) from None
        else:
            overrides[key] = Decimal(value)
    return Scenario(model.name, model.description, overrides, origins)


def combine(file: Scenario | None, set_items: dict[str, Value], name: str | None) -> Scenario:
    """The file's overrides with the --set items on top: a --set key that the file sets too
    replaces it, and the change says so."""
    overrides: dict[str, Value] = dict(file.overrides) if file else {}
    origins: dict[str, str] = dict(file.origins) if file else {}
    by_canonical = {CONSTANT_ALIASES.get(k.lower(), k.lower()): k for k in overrides}
    for key, value in set_items.items():
        canonical = CONSTANT_ALIASES.get(key.lower(), key.lower())
        replaced = by_canonical.get(canonical)
        origin = "--set"
        if replaced is not None:
            origin = f"--set (replacing {origins.get(replaced, replaced)})"
            del overrides[replaced]
            origins.pop(replaced, None)
        overrides[key] = value
        origins[key] = origin
    chosen = name or (file.name if file else "--set")
    return Scenario(chosen, file.description if file else "", overrides, origins)
