"""Sentences for people as data: a catalogue key and its arguments.

The core and the reports say what they mean with a `Msg`; only a renderer turns it into text, in the
reader's language, with numbers in that language's format (render/text.py). Numbers stay numbers
until then. The key is the English template (`"the {year} quota percentage {pct}% is indicative"`);
the catalogue (banencalc.i18n) gives the Dutch one. `Msg.literal` carries free text from the data
files (a note, a derivation), which is shown as written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any


class Msg:
    """A message: `key` (an English template) and its arguments; immutable, comparable."""

    __slots__ = ("args", "count", "key", "literal", "other")

    key: str
    args: Mapping[str, Any]
    literal: bool
    #: a message with a plural: its other form and the argument that chooses the form
    other: str | None
    count: str | None

    def __init__(self, key: str, /, **args: Any) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "args", dict(args))
        object.__setattr__(self, "literal", False)
        object.__setattr__(self, "other", None)
        object.__setattr__(self, "count", None)

    @classmethod
    def plural(cls, one: str, other: str, /, *, count: str, **args: Any) -> Msg:
        """A message said in the singular (`one`) or plural (`other`) form as the argument
        named `count` asks (`1 employer`, `2 employers`); the reader's language chooses."""
        if not isinstance(args.get(count), int):
            raise ValueError(f"Msg.plural: the argument {count!r} must be a whole number")
        message = cls(one, **args)
        object.__setattr__(message, "other", other)
        object.__setattr__(message, "count", count)
        return message

    @classmethod
    def text(cls, text: str, nl: str | None = None) -> Msg:
        """Free text shown as written (no translation, no formatting: braces stay braces);
        `nl` is its Dutch version where the data gives one (a sector's Dutch name, `note_nl`)."""
        message = cls(text) if nl is None else cls(text, nl=nl)
        object.__setattr__(message, "literal", True)
        return message

    @classmethod
    def joined(cls, parts: list[Msg], separator: str = ", ") -> Msg:
        """Messages one after another (`a, b, c`), each said in the reader's language."""
        key = (
            separator.replace("{", "{{")
            .replace("}", "}}")
            .join(f"{{part{i}}}" for i in range(len(parts)))
        )
        return cls(key, **{f"part{i}": part for i, part in enumerate(parts)})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Msg is immutable")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its parts (a batch's workers send their rows' errors back)."""
        return _restored, (self.key, dict(self.args), self.literal, self.other, self.count)

    def __copy__(self) -> Msg:
        return self  # immutable: a copy is the message itself

    def __deepcopy__(self, memo: dict[int, Any]) -> Msg:
        return self

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (
            self.key,
            self.other,
            self.literal,
            dict(self.args),
        ) == (other.key, other.other, other.literal, dict(other.args))

    def __hash__(self) -> int:
        return hash((self.key, self.literal))

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {dict(self.args)!r})"

    def english(self) -> str:
        """The message in English, numbers as `1,234.5` (JSON contracts, logs, errors)."""
        return self.render(lambda key: key, english_number)

    def render(
        self,
        translate: Callable[[str], str],
        number: Callable[[int | Decimal], str],
        lang: str = "en",
        plural: Callable[[str, str, int], str] = lambda one, other, n: one if n == 1 else other,
    ) -> str:
        """The message in `lang`: `translate` gives the template for a key, `plural` the form
        for a count, `number` formats a number; messages nested as arguments are rendered the
        same way."""
        if self.literal:
            return str(self.args.get(lang) or self.key)
        values: dict[str, Any] = {}
        for name, value in self.args.items():
            if isinstance(value, Msg):
                values[name] = value.render(translate, number, lang, plural)
            elif isinstance(value, Signed):
                values[name] = ("+" if value.value > 0 else "") + number(value.value)
            elif isinstance(value, int | Decimal) and not isinstance(value, bool):
                values[name] = number(value)
            else:
                values[name] = value
        if self.other is not None and self.count is not None:
            template = plural(self.key, self.other, self.args[self.count])
        else:
            template = translate(self.key)
        return template.format(**values)

    def __str__(self) -> str:
        return self.english()


def _restored(
    key: str, args: dict[str, Any], literal: bool, other: str | None, count: str | None
) -> Msg:
    message = Msg(key, **args)
    for name, value in (("literal", literal), ("other", other), ("count", count)):
        object.__setattr__(message, name, value)
    return message


def data_text(text: str | None, nl: str | None = None) -> Msg | None:
    """A text from the data files with its Dutch twin (`note` and `note_nl`); None when empty."""
    return Msg.text(text, nl=nl) if text else None


def english_number(value: int | Decimal) -> str:
    """A number in a sentence: thousands separated, its own decimals (`6,420.00`, `2.14`)."""
    return f"{value:,}"


class Signed:
    """A number shown with its sign (`+4,000`, `-1,403`) in a message."""

    __slots__ = ("value",)

    def __init__(self, value: int | Decimal) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signed) and self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)
