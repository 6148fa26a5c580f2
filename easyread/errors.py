"""One exception tree. Each problem carries its file, line and what to change.

The library raises these; only ``cli.py`` turns them into messages and exit codes:
:class:`ContentError` exits 1, :class:`ConfigError` and :class:`UsageError` exit 2.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


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
