"""YAML mistakes in plain words, on the line where they were made.

PyYAML says what it expected ("could not find expected ':'") where it noticed the mistake,
often a line or more after it (a missing ':' is noticed on the next line, even past the end of
the file). :func:`explain` looks for the mistakes people who write content make, in the lines
up to there, and says what is wrong and what to do.
"""

from __future__ import annotations

import re

import yaml

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


_HINT = (
    "Check the indentation. Put text in quotes if it has ':' or '#' in it, "
    "or starts with '[' or '{'."
)
_BRACKET_START = re.compile(
    r"^[ ]*(?:- +|[^\s:#][^:#]*?: +)+([\[{])[^\[\]{}\n]*[\]}][ ]*[^\s,#\]}]"
)
"""A value that starts with a picture (or a ``{hard word}``) and goes on with words, not in
quotes: ``what: [party] We will have a party.`` YAML reads the ``[`` as the start of a list."""
_KEY = re.compile(r"^[ ]*(?:- +)?[^\s:#\-\[{\"'][^:#]*$")
"""A line that is a name without its ':' (``summary Where we are going.``)."""


def explain(text: str, exc: yaml.MarkedYAMLError) -> tuple[int | None, int | None, str, str]:
    """Where a YAML mistake is (0-based line, 1-based column) and what it is, in plain words.

    PyYAML often notices a mistake a line or more after it was made (a missing ':' is found
    on the next line, even past the end of the file), so the common mistakes are looked for
    in the lines up to where it stopped."""
    problem, context = exc.problem or "", exc.context or ""
    quoted = "quoted scalar" in context and exc.context_mark is not None
    mark = exc.context_mark if quoted else exc.problem_mark or exc.context_mark
    if mark is None:
        return None, None, plain_yaml_problem(problem, context), _HINT
    lines = text.split("\n")
    stop = min(mark.line, len(lines) - 1)
    before = range(stop, -1, -1)
    if quoted:
        return (
            mark.line,
            mark.column + 1,
            "the quote mark that starts here is not closed",
            "Put the same quote mark at the end of the text.",
        )
    if "another document" in problem:
        return (
            mark.line,
            None,
            "there is a second '---' line, so this looks like a Markdown page",
            "A .yml file has no '---' lines. If this is a page, save it with a name ending in .md.",
        )
    for number in before:
        if "\u201c" in lines[number] or "\u201d" in lines[number]:
            return (
                number,
                lines[number].find("\u201c") + 1 or None,
                "this line has curly quote marks (\u201c \u201d), which do not count as quotes",
                'Use straight quote marks (") instead, like "[money] Some money."',
            )
    if "\t" in _indentation(text, mark.line):
        return mark.line, mark.column + 1, plain_yaml_problem("tab character", ""), _HINT
    for number in before:
        if found := _BRACKET_START.match(lines[number]):
            bracket = found[1]
            return (
                number,
                found.start(1) + 1,
                f"text that starts with '{bracket}' must be in quotes",
                f'Put straight quote marks (") around it, like: "{lines[number][found.start(1) :].strip()}"',
            )
    if "could not find expected ':'" in problem or "expected <block end>" in problem:
        for number in before:
            if lines[number].strip() and not lines[number].lstrip().startswith("#"):
                if _KEY.match(lines[number]):
                    written = lines[number].strip()
                    name = written.removeprefix("- ").split()[0]
                    return (
                        number,
                        None,
                        f"there is no ':' after '{name}' in \"{written}\"",
                        f"Put a ':' straight after the name, like \"{name}: ...\".",
                    )
                if number != mark.line:
                    break
    for opened, closed in ("[]", "{}"):
        if f"expected ',' or '{closed}'" in problem:
            for number in before:
                if lines[number].count(opened) > lines[number].count(closed):
                    at = lines[number].rfind(opened) + 1
                    return number, at, f"a '{opened}' is not closed with '{closed}'", _HINT
    one_colon = 0 <= mark.line < len(lines) and lines[mark.line].count(":") == 1
    if "mapping values are not allowed" in problem and one_colon:
        return (
            mark.line,
            None,
            "this line is indented more than the line above it",
            "Start it with the same number of spaces as the line above.",
        )
    line = min(mark.line, len(lines) - 1) if lines else mark.line
    column = mark.column + 1 if line == mark.line else None
    return line, column, plain_yaml_problem(problem, context), _HINT


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
