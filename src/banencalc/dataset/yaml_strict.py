"""Safe, strict YAML loading that remembers where every value stands.

PyYAML resolves plain scalars by YAML 1.1 rules, which turn `no` into False, `2:20` into 140 and
`2.14` into a binary float. Data files about law and money must not be read that way, so this module
composes the document with PyYAML's safe composer (the C one where available) and builds the Python
values itself:

- integers stay `int`, decimal numbers become exact `Decimal` (never float);
- `true`/`false` are booleans; `yes`, `no`, `on`, `off`, `y`, `n` and base-60 numbers are errors;
- duplicate keys, anchors/aliases, merge keys and explicit tags are errors;
- every mapping key and value records its line, so a validation error can name file:line:field.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from banencalc.base.errors import DataError, Problem

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

# The deepest data file nests five levels; a scenario two.
MAX_DEPTH = 32

Path_ = tuple[str | int, ...]
LineMap = dict[Path_, int]

_INT = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?")
_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_YAML11_BOOL = {"yes", "no", "on", "off", "y", "n"}
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?")
_SPECIAL_FLOAT = re.compile(r"[-+]?\.(?:inf|nan)", re.IGNORECASE)
#: `014000`: YAML 1.1 reads it as octal (6144), YAML 1.2 as 14000
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_RESOLVER = yaml.resolver.Resolver()


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.lines: LineMap = {}
        self._seen: set[int] = set()

    def fail(self, node: yaml.Node, path: Path_, message: str) -> DataError:
        line = node.start_mark.line + 1
        problem = Problem(self.file, line, _dotted(path), message)
        return DataError(f"{self.file}:{line}: {problem.field or 'document'}: {message}", [problem])

    def build(self, node: yaml.Node, path: Path_) -> Any:
        # An alias makes PyYAML hand out the same node object twice: refusing a node seen before
        # stops "billion laughs" documents in linear time.
        if id(node) in self._seen:
            raise self.fail(
                node, path, "anchors and aliases (&, *) are not supported in data files"
            )
        self._seen.add(id(node))
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, yaml.SequenceNode):
            self.check_tag(node, path, "tag:yaml.org,2002:seq")
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.MappingNode):
            self.check_tag(node, path, "tag:yaml.org,2002:map")
            return self.mapping(node, path)
        raise self.fail(node, path, "unsupported YAML node")  # pragma: no cover

    def check_tag(self, node: yaml.Node, path: Path_, default: str) -> None:
        if node.tag != default:
            raise self.fail(node, path, f"explicit YAML tags ({node.tag}) are not supported")

    def mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.fail(key_node, path, "merge keys (<<) are not supported in data files")
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, path, "a mapping key must be a plain value")
            key = self.scalar(key_node, path)
            if isinstance(key, Decimal | bool) or key is None:
                raise self.fail(key_node, path, f"{key_node.value!r} is not a valid key")
            if key in result:
                raise self.fail(key_node, (*path, key), "duplicate key")
            self.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, (*path, key))
        return result

    def scalar(self, node: yaml.ScalarNode, path: Path_) -> Any:
        text: str = node.value
        if "\x00" in text:  # "\0" in a double-quoted string
            raise self.fail(node, path, "a NUL character is not allowed in a value")
        if node.style:  # quoted or block scalar (libyaml gives "" for plain): always a string
            return text
        if node.tag not in (
            "tag:yaml.org,2002:" + t
            for t in ("str", "int", "float", "bool", "null", "timestamp", "value")
        ):
            # Only the implicit tags PyYAML resolves itself can appear on a plain scalar; anything
            # else was written explicitly (`!!python/object`, `!foo`).
            raise self.fail(node, path, f"explicit YAML tags ({node.tag}) are not supported")
        if node.tag == "tag:yaml.org,2002:value":
            raise self.fail(node, path, "'=' is not a valid value")
        if node.tag != _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)):  # type: ignore[no-untyped-call]
            # `!!str 14000`: a tag written out, which a reader of the file would not see coming
            raise self.fail(node, path, f"explicit YAML tags ({node.tag}) are not supported")
        if _LEADING_ZERO.fullmatch(text):
            raise self.fail(
                node,
                path,
                f"{text!r} is ambiguous (YAML 1.1 reads a leading 0 as an octal number): write "
                f"{text.lstrip('+-').lstrip('0') or '0'} without it, or quote it",
            )
        if text in _NULL:
            return None
        if text in _BOOL:
            return _BOOL[text]
        if text.lower() in _YAML11_BOOL:
            raise self.fail(
                node,
                path,
                f"{text!r} is ambiguous (YAML 1.1 reads it as a boolean): "
                "write true/false, or quote it",
            )
        if _SEXAGESIMAL.fullmatch(text):
            raise self.fail(
                node,
                path,
                f"{text!r} is ambiguous (YAML 1.1 reads it as a base-60 number): quote it",
            )
        if _SPECIAL_FLOAT.fullmatch(text):
            raise self.fail(node, path, f"{text!r} is not a finite number")
        if _INT.fullmatch(text):
            return int(text)
        if _DECIMAL.fullmatch(text):
            try:
                return Decimal(text)
            except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
                raise self.fail(node, path, f"{text!r} is not a number") from None
        return text


def _dotted(path: Path_) -> str:
    return ".".join(str(p) for p in path)


def _check_depth(text: str, file: str) -> None:
    """Refuse deep nesting before any value is built: the composer and builder recurse, and a few
    thousand levels would crash the process. The event parser below does not recurse."""
    depth = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                line = event.start_mark.line + 1 if event.start_mark else 0
                message = f"nested more than {MAX_DEPTH} levels deep; data files need a few"
                raise DataError(f"{file}:{line}: {message}", [Problem(file, line, "", message)])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1


def load_text(text: str, file: str) -> tuple[Any, LineMap]:
    """Parse one YAML document; return the plain Python value and the line of every path in it."""
    try:
        _check_depth(text, file)
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = exc.problem or exc.context or "malformed YAML"
        problem = Problem(file, line, "", f"malformed YAML: {reason}")
        raise DataError(str(problem).replace(": :", ":"), [problem]) from None
    except yaml.YAMLError as exc:
        raise DataError(
            f"{file}: malformed YAML: {exc}", [Problem(file, None, "", str(exc))]
        ) from None
    if node is None:
        raise DataError(
            f"{file}: the file is empty", [Problem(file, None, "", "the file is empty")]
        )
    builder = _Builder(file)
    return builder.build(node, ()), builder.lines


def load_file(path: Path) -> tuple[Any, LineMap]:
    """Read and parse a YAML file with the checks above; every failure is a DataError naming it."""
    from banencalc.dataset.location import read_data_file

    return parse_bytes(read_data_file(path), str(path))


def parse_bytes(raw: bytes, name: str) -> tuple[Any, LineMap]:
    """Decode (UTF-8, optional BOM) and parse one document; refuses binary content."""
    if b"\x00" in raw:
        raise DataError(f"{name}: this is not a text file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(
            f"{name}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8",
            [Problem(name, line, "", f"not UTF-8 text (byte {exc.start}); save the file as UTF-8")],
        ) from None
    return load_text(text, name)
