"""Read text and YAML from the user's files, keeping the line of every value.

Every error says which file and line is wrong and what to change: a file that is not UTF-8,
YAML that does not parse, and (through :class:`Lines`) any value a schema rejects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, EasyreadError, Problem

Key = tuple[str | int, ...]

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser where PyYAML has it (about ten times faster), else the pure Python one."""


@dataclass
class Lines:
    """Where each value of a YAML file starts: a key path such as ``("place", "name")``."""

    path: str
    """The file, as shown in messages."""
    lines: dict[Key, int] = field(default_factory=dict)

    def line(self, key: Key) -> int | None:
        """The line of ``key``, or of its nearest parent that has one."""
        while True:
            if key in self.lines:
                return self.lines[key]
            if not key:
                return None
            key = key[:-1]


def read_text(path: Path, shown: str, error: type[EasyreadError] = ContentError) -> str:
    """The file's text; an error naming the line when it is not UTF-8."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            [
                Problem(
                    shown,
                    line,
                    None,
                    "This file is not saved as UTF-8 text.",
                    "Save it again as 'UTF-8' (most editors have this in 'Save as' or 'Encoding').",
                )
            ]
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def load_yaml(
    text: str,
    shown: str,
    first_line: int = 1,
    error: type[EasyreadError] = ContentError,
) -> tuple[Any, Lines]:
    """Parse YAML, returning plain Python values and the line of each value.

    ``first_line`` is the file line of the text's first line (front matter starts on line 2).
    """
    lines = Lines(shown)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else None
        what = plain_yaml_problem(exc.problem or "", exc.context or "")
        if mark and "\t" in _indentation(text, mark.line):
            what = plain_yaml_problem("tab character", "")  # libyaml says it in several ways
        raise error(
            [
                Problem(
                    shown,
                    line,
                    mark.column + 1 if mark else None,
                    f"This is not valid YAML: {what}.",
                    "Check the indentation. Put text in quotes if it has ':' or '#' in it, or starts with '[' or '{'.",
                )
            ]
        ) from None
    if node is None:
        return None, lines
    loader = yaml.SafeLoader("")
    twice: list[Problem] = []
    value = _convert(node, (), lines, loader, first_line, twice)
    if twice:
        raise error(twice)
    return value, lines


_PLAIN = (
    ("mapping values are not allowed", "there is a second ':' in this line"),
    ("'\\t' that cannot start any token", "there is a tab. Indent with spaces, not tabs"),
    ("tab character", "there is a tab. Indent with spaces, not tabs"),
    ("did not find expected key", "a line is indented more or less than the lines around it"),
    ("could not find expected ':'", "a line has no ':' after its name"),
    ("expected ',' or ']'", "a '[' is not closed with ']'"),
    ("expected ',' or '}'", "a '{' is not closed with '}'"),
    ("expected <block end>", "a line is indented more or less than the lines around it"),
)
"""PyYAML's problems in words for people who write content; the hint says what to do."""


def _indentation(text: str, line: int) -> str:
    """The spaces and tabs a line starts with."""
    lines = text.split("\n")
    found = lines[line] if 0 <= line < len(lines) else ""
    return found[: len(found) - len(found.lstrip(" \t"))]


def plain_yaml_problem(problem: str, context: str) -> str:
    """What is wrong, in plain words (PyYAML's own words when no plainer ones are known)."""
    if "quoted scalar" in context:
        return "a quote mark is not closed"
    for found, plain in _PLAIN:
        if found in problem:
            return plain
    return problem or "the YAML is not valid"


def _convert(
    node: yaml.Node, key: Key, lines: Lines, loader: Any, first: int, twice: list[Problem]
) -> Any:
    lines.lines[key] = node.start_mark.line + first
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        written: dict[Any, int] = {}  # each key's line
        for key_node, value_node in node.value:
            name = key_node.value  # keys stay as the text the author wrote
            if name in written:  # YAML would keep the last quietly: say so instead
                where = ".".join(str(k) for k in (*key, name))
                earlier = written[name]
                twice.append(
                    Problem(
                        lines.path,
                        key_node.start_mark.line + first,
                        key_node.start_mark.column + 1,
                        f"{where}: this is written twice, here and on line {earlier}.",
                        f"Keep one '{name}:' and remove the other.",
                    )
                )
                continue
            written[name] = key_node.start_mark.line + first
            result[name] = _convert(value_node, (*key, name), lines, loader, first, twice)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, (*key, i), lines, loader, first, twice)
            for i, item in enumerate(node.value)
        ]
    try:
        return loader.construct_object(node, deep=True)
    except ValueError:  # a date like 2026-13-01: keep the text, so the schema can say what is wrong
        return node.value
