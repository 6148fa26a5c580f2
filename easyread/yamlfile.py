"""Read text and YAML from the user's files, keeping the line of every value.

Every error says which file and line is wrong and what to change: a file that is not UTF-8,
YAML that does not parse, and (through :class:`Lines`) any value a schema rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ContentError, EasyreadError, Problem, file_problem
from .yamlproblems import explain

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


def key_name(key: Key) -> str:
    """How messages name a value: ``("questions", 3, "id")`` is ``question 4, id``, counting
    items from 1 as people do (``questions.3.id`` was the 4th question)."""
    segments: list[tuple[str, str]] = []  # (what goes before, the name)
    after_item = False
    for part in key:
        if isinstance(part, int):
            sep, name = segments.pop() if segments else ("", "")
            one = name[:-1] if name.endswith("s") and not name.endswith("ss") else ""
            said = f"{one} {part + 1}" if one else f"{name}: item {part + 1}".lstrip(": ")
            segments.append((sep, said))
        else:
            segments.append((", " if after_item else ".", str(part)))
        after_item = isinstance(part, int)
    return "".join(sep + name for sep, name in segments).removeprefix(".")


def read_text(path: Path, shown: str, error: type[EasyreadError] = ContentError) -> str:
    """The file's text; an error naming the line when it is not UTF-8, and one naming the
    file when it cannot be read (not allowed, a folder, a broken link)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise error([file_problem(exc, shown)]) from None
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
    text = _ordinary_spaces(text)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line, column, what, hint = explain(text, exc)
        raise error(
            [
                Problem(
                    shown,
                    line + first_line if line is not None else None,
                    column,
                    f"This is not valid YAML: {what}.",
                    hint,
                )
            ]
        ) from None
    except yaml.reader.ReaderError as exc:  # a character YAML never allows, like NUL
        raise error([_odd_character(text, exc, shown, first_line)]) from None
    if node is None:
        return None, lines
    converter = _Converter(lines, first_line)
    try:
        value = converter.convert(node, ())
    except _TooMuch as exc:
        raise error([exc.problem]) from None
    problems = converter.problems + _cut_at_hash(node, text.split("\n"), shown, first_line)
    if problems:
        raise error(sorted(problems))
    return value, lines


def _odd_character(text: str, exc: yaml.reader.ReaderError, shown: str, first: int) -> Problem:
    before = text[: exc.position]
    line = before.count("\n")
    column = exc.position - (before.rfind("\n") + 1) + 1
    code = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
    return Problem(
        shown,
        line + first,
        column,
        f"There is a hidden control character ({code}) here, which YAML does not allow.",
        "Delete it: copy the text into a plain text editor, or type the line again.",
    )


_ODD_SPACES = re.compile(r"(?m)(^|[:\-])([^\S\n]*[^\S\n\t ][^\S\n]*)")
"""A run of spaces with a non-breaking or other unusual space in it (Word pastes these), at
the start of a line or after ':' or '-', where YAML counts only ordinary spaces."""
_CURLY = re.compile(r"^(?:\u201c\[.*\u201d|\u2018\[.*\u2019)$", re.DOTALL)
"""Text in curly quotes that starts with a picture: ``\u201c[coffee] We meet.\u201d``. YAML does not
count curly quotes as quotes, but what the author means is plain."""


def _ordinary_spaces(text: str) -> str:
    """``text`` with unusual spaces made ordinary where YAML needs them (the length kept)."""

    def mend(match: re.Match[str]) -> str:
        return match[1] + "".join(c if c == "\t" else " " for c in match[2])

    return _ODD_SPACES.sub(mend, text)


_HASH_TEXT = re.compile(r"[ \t]+#(\S.*|[ \t]*\d\S*[ \t]*)$")
"""After a value, a '#' that YAML takes for the start of a note but the author meant as text:
``Meeting #3``, ``Party # 2``. A note in words (``# the name of your group``) is a note."""


def _cut_at_hash(node: yaml.Node, lines: list[str], shown: str, first: int) -> list[Problem]:
    """A problem for each value that YAML cut short at a '#' meant as part of the text."""
    found = []
    values: list[tuple[yaml.Node, str]] = [(node, "")]
    while values:
        each, name = values.pop()
        if isinstance(each, yaml.MappingNode):
            values += [(value, f"{key.value}: ") for key, value in each.value]
        elif isinstance(each, yaml.SequenceNode):
            values += [(item, "- ") for item in each.value]
        elif isinstance(each, yaml.ScalarNode) and not each.style:
            end = each.end_mark
            rest = lines[end.line][end.column :] if end.line < len(lines) else ""
            if match := _HASH_TEXT.match(rest):
                whole = each.value + rest[: match.end()].rstrip()
                found.append(
                    Problem(
                        shown,
                        end.line + first,
                        end.column + rest.index("#") + 1,
                        f"The text after '#' is left out: YAML reads it as a note, so this "
                        f'says only "{each.value}".',
                        f'Put the whole text in quotes, like {name}"{whole}"',
                    )
                )
    return found


MAX_DEPTH = 100
"""Values inside values, at most: no easyread file needs more than a few levels."""

MAX_REPEATS = 100_000
"""Values repeated with YAML's '&name' and '*name', at most: a few short repeats are
ordinary; a file that repeats repeats of repeats can grow to billions of values."""


class _TooMuch(Exception):
    """The file's values cannot be read in full: too deep, or repeated without end."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class _Converter:
    """Plain Python values from YAML nodes, with the line of each value and the problems
    that YAML would pass over quietly (a name written twice, an unknown '!tag')."""

    def __init__(self, lines: Lines, first: int) -> None:
        self.lines = lines
        self.first = first
        self.loader: Any = yaml.SafeLoader("")
        self.problems: list[Problem] = []
        self.open: set[int] = set()
        """The nodes being converted, this one and those it is inside: one met again is a
        '*name' inside its own '&name'."""
        self.seen: set[int] = set()
        self.repeats = 0

    def _stop(self, node: yaml.Node, message: str, hint: str) -> _TooMuch:
        mark = node.start_mark
        return _TooMuch(Problem(self.lines.path, mark.line + self.first, None, message, hint))

    def convert(self, node: yaml.Node, key: Key) -> Any:
        if id(node) in self.open:
            raise self._stop(
                node,
                "This value contains itself (a '*name' inside the '&name' it repeats).",
                "Write the value out instead of repeating it with '&' and '*'.",
            )
        if len(self.open) >= MAX_DEPTH:
            raise self._stop(
                node,
                f"The values here are inside each other more than {MAX_DEPTH} deep.",
                "Check the '[' and '{' on this line: each needs its own ']' or '}'.",
            )
        if id(node) in self.seen:
            self.repeats += 1
            if self.repeats > MAX_REPEATS:
                raise self._stop(
                    node,
                    "This file repeats values with '&' and '*' too many times to read.",
                    "Write the values out instead of repeating them with '&' and '*'.",
                )
        self.seen.add(id(node))
        self.open.add(id(node))
        try:
            return self._value(node, key)
        finally:
            self.open.discard(id(node))

    def _value(self, node: yaml.Node, key: Key) -> Any:
        first = self.first
        self.lines.lines[key] = node.start_mark.line + first
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            written: dict[Any, int] = {}  # each key's line
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):  # '? [a, b]' or '{a: 1}: b'
                    self.problems.append(
                        Problem(
                            self.lines.path,
                            key_node.start_mark.line + first,
                            key_node.start_mark.column + 1,
                            "A name before ':' here is a list or a group of values.",
                            "Write a plain name, like 'title:'. Put text that starts with "
                            "'[', '{' or '?' in quotes.",
                        )
                    )
                    continue
                name = key_node.value  # keys stay as the text the author wrote
                if name in written:  # YAML would keep the last quietly: say so instead
                    where = key_name((*key, name))
                    earlier = written[name]
                    self.problems.append(
                        Problem(
                            self.lines.path,
                            key_node.start_mark.line + first,
                            key_node.start_mark.column + 1,
                            f"{where}: this is written twice, here and on line {earlier}.",
                            f"Keep one '{name}:' and remove the other.",
                        )
                    )
                    continue
                written[name] = key_node.start_mark.line + first
                result[name] = self.convert(value_node, (*key, name))
                # a name's line is where the name is written, also when its value is a block below
                self.lines.lines[(*key, name)] = written[name]
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, (*key, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and not node.style and _CURLY.match(node.value):
            return node.value[1:-1]  # Word's "smart" quotes around a point: straight ones are meant
        try:
            return self.loader.construct_object(node, deep=True)
        except (
            ValueError
        ):  # a date like 2026-13-01: keep the text, so the schema can say what is wrong
            return node.value
        except yaml.constructor.ConstructorError:  # a tag YAML does not know, like '!foo'
            self.problems.append(
                Problem(
                    self.lines.path,
                    node.start_mark.line + first,
                    node.start_mark.column + 1,
                    f"easyread does not know the tag {node.tag!r} here.",
                    "Take the word that starts with '!' away, or put the whole value in quotes.",
                )
            )
            return node.value
