"""One exception tree. Each problem carries its file, line and what to change.

The library raises these; only ``cli.py`` turns them into messages and exit codes:
:class:`ContentError` exits 1, :class:`ConfigError` and :class:`UsageError` exit 2.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input, and how to put it right."""

    path: str
    """The file, relative to the project folder where possible."""
    line: int | None
    """1-based line in that file, when known."""
    column: int | None
    """1-based column, when known."""
    message: str
    """What is wrong, in plain words."""
    hint: str = ""
    """What to change."""

    def __str__(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        text = f"{place}: {self.message}" if place else self.message
        if self.hint:
            text += f" {self.hint}"
        return text


def shortened(text: str, limit: int = 60) -> str:
    """What the author wrote, cut to ``limit`` characters for a message (a name or value
    pasted thousands of characters long would fill the terminal)."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


class EasyreadError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1

    def __init__(self, problems: Sequence[Problem] | str, why: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem("", None, None, problems)]
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.why = why
        """What the problems stopped, when the command says more than that (said after
        them: "No review copy of content/a.md was made: ...")."""
        super().__init__("\n".join(str(p) for p in self.problems))


class ContentError(EasyreadError):
    """Documents that cannot be built: fix the content (exit code 1)."""

    exit_code = 1


class ConfigError(EasyreadError):
    """``easyread.yml`` is wrong (exit code 2)."""

    exit_code = 2


class UsageError(EasyreadError):
    """The command was called wrongly: a missing folder, an unknown format (exit code 2)."""

    exit_code = 2


class BuildError(EasyreadError):
    """An output could not be made, for a reason outside the content (exit code 1)."""

    exit_code = 1


class Problems:
    """Collects problems so that one run reports all of them together."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(
        self,
        path: str,
        line: int | None,
        message: str,
        hint: str = "",
        column: int | None = None,
    ) -> None:
        self.items.append(Problem(path, line, column, message, hint))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self, error: type[EasyreadError] = ContentError) -> None:
        if self.items:
            raise error(sorted(set(self.items), key=_problem_order))


def _problem_order(problem: Problem) -> tuple[str, int, int, str]:
    return (problem.path, problem.line or 0, problem.column or 0, problem.message)


def file_problem(error: OSError, shown: str = "") -> Problem:
    """What is wrong when the computer would not open a file, and what to do: a file that is
    not readable, a folder where a file should be, a link that leads nowhere. ``shown``
    names the file (default: the error's own file name, from the current folder)."""
    shown = shown or _shown(error.filename)
    number = error.errno
    if isinstance(error, PermissionError):
        what = "easyread is not allowed to open this file, or its folder."
        hint = "Give your user permission to open it (in a file manager: Properties, then Permissions), then run again."
    elif isinstance(error, IsADirectoryError):
        what = "This is a folder, where easyread needs a file."
        hint = "Move or rename the folder, and put the file here."
    elif isinstance(error, NotADirectoryError | FileExistsError):  # (making a folder)
        what = "A file is in the way, where easyread needs a folder."
        hint = "Move or rename the file."
    elif isinstance(error, FileNotFoundError):
        what = "This file is not there, or it went away while easyread read it."
        hint = "Put the file back, or, if a link leads to it, mend the link; then run again."
    elif number == errno.ELOOP:
        what = "This is a link that leads back to itself."
        hint = "Replace the link with the file it should lead to."
    elif number == errno.ENOSPC:
        what = "The disk is full."
        hint = "Make some space, then run again."
    else:
        what = f"easyread cannot use this file: {error.strerror or error}."
        hint = "Check that it is there and that you can open it, then run again."
    return Problem(shown, None, None, what, hint)


def _shown(filename: object) -> str:
    if not isinstance(filename, str | bytes | os.PathLike):
        return ""
    path = Path(os.fsdecode(filename))
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
