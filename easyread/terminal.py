"""The terminal: progress and messages on standard error, and errors as exit codes.

Shared by every command (``cli.py`` and the commands that live beside their library code).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import click

from .errors import EasyreadError

F = TypeVar("F", bound=Callable[..., Any])


class TerminalReporter:
    """Progress and notes on standard error, so standard output stays for results.

    On a terminal, progress is one line that counts up; elsewhere (CI, a log file) it is a
    plain line when a stage is done, or a line for every item with ``verbose``.
    """

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose
        self.terminal = sys.stderr.isatty()

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)

    def warning(self, message: str) -> None:
        click.echo(click.style("Warning: ", fg="yellow", bold=True) + message, err=True)

    def progress(self, stage: str, done: int, total: int) -> None:
        if self.quiet or total == 0:
            return
        line = f"{stage}: {done} of {total}"
        if self.terminal:
            click.echo(line + ("\n" if done == total else "\r"), err=True, nl=False)
        elif self.verbose or done == total:
            click.echo(line, err=True)


def reports_errors(command: F) -> F:
    """Turn the library's errors into messages and exit codes, never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except EasyreadError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            if len(error.problems) > 1:
                click.echo(
                    f"{len(error.problems)} problems. Nothing was changed in the output.", err=True
                )
            sys.exit(error.exit_code)

    return wrapper  # type: ignore[return-value]
