"""The terminal: progress and messages on standard error, and errors as exit codes.

Shared by every command (``cli.py`` and the commands that live beside their library code).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from types import FrameType
from typing import Any, TypeVar

import click

from .errors import EasyreadError, file_problem

F = TypeVar("F", bound=Callable[..., Any])


class TerminalReporter:
    """Progress and notes on standard error, so standard output stays for results.

    On a terminal, progress is one line that counts up; elsewhere (CI, a log file, or where
    ``CI`` is set, as CI services set it, some of which give a terminal) it is a plain line
    at every tenth of a long stage, after half a minute with no line, and when the stage is
    done: a CI job that says nothing for minutes may be taken for stuck and stopped. With
    ``verbose`` it is a line for every item, anywhere.
    """

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose
        self.terminal = sys.stderr.isatty() and not os.environ.get("CI")
        self.said: dict[str, tuple[float, int]] = {}
        """For each stage, when its last plain line was said and how many were done then."""

    def info(self, message: str) -> None:
        if not self.quiet:
            click.echo(message, err=True)

    def warning(self, message: str) -> None:
        click.echo(click.style("Warning: ", fg="yellow", bold=True) + message, err=True)

    def detail(self, message: str) -> None:
        if self.verbose:
            click.echo(message, err=True)

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        if self.quiet or total == 0:
            return
        line = f"{stage}: {done} of {total}"
        if self.verbose:
            click.echo(f"{line}: {item}" if item and done else line, err=True)
        elif done == total and not self.terminal:
            click.echo(line, err=True)
        elif self.terminal:
            click.echo(line + ("\n" if done == total else "\r"), err=True, nl=False)
        elif self._now_and_then(stage, done, total):
            click.echo(line, err=True)

    def _now_and_then(self, stage: str, done: int, total: int) -> bool:
        now = time.monotonic()
        if done == 0:  # the stage starts (again, in a process that builds again and again)
            self.said[stage] = (now, 0)
            return False
        when, before = self.said.get(stage, (now, 0))
        tenth = total >= LONG_STAGE and done * 10 // total > before * 10 // total
        if tenth or now - when >= QUIET_SECONDS:
            self.said[stage] = (now, done)
            return True
        return False


LONG_STAGE = 20
"""Items in a stage, at least, for a plain line at every tenth of it (not only at its end)."""

QUIET_SECONDS = 30
"""Seconds with no plain line, at most, while a stage goes on (when an item is done)."""


class Terminated(KeyboardInterrupt):
    """The command was asked to stop (SIGTERM: how CI cancels a job, and how ``timeout`` and
    ``kill`` stop one). Raised like Ctrl+C, so that a build stops its workers and removes
    what it had half made, instead of vanishing and leaving them behind."""


INTERRUPTED = 130
TERMINATED = 143
"""Exit codes after Ctrl+C and SIGTERM: 128 and the signal's number, as shells report them."""


NOTHING_CHANGED = "Nothing was changed in the output."
"""Said after the problems that stopped a command that writes files (see ``reports_errors``)."""


def reports_errors(command: F) -> F:
    """Turn the library's errors into messages and exit codes, never a traceback; stop
    cleanly on Ctrl+C and on SIGTERM. For a command that writes files, which it does in full
    or not at all: after its problems it says that nothing was changed."""
    return _reporting(command, NOTHING_CHANGED)


def reports_read_errors(command: F) -> F:
    """:func:`reports_errors` for a command that writes nothing (it only finds or shows)."""
    return _reporting(command, "")


def _reporting(command: F, after: str) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _stop_on_sigterm():
                return command(*args, **kwargs)
        except EasyreadError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            if error.why:
                click.echo(error.why, err=True)
            count = f"{len(error.problems)} problems." if len(error.problems) > 1 else ""
            # after mistakes in the content, or a file that could not be made: the last build
            # is still there (a wrong command, or no project, is only that)
            said = after if error.exit_code == 1 else ""
            if count or said:
                click.echo(" ".join(filter(None, (count, said))), err=True)
            sys.exit(error.exit_code)
        except OSError as error:  # a file the computer would not open, read or write
            if error.filename is not None:
                click.echo(str(file_problem(error)), err=True)
            else:  # the disk is full, say
                click.echo(
                    f"{error.strerror or error}. easyread could not read or write a file. Check "
                    "that you may write in the folder and that the disk has room.",
                    err=True,
                )
            if after:
                click.echo(after, err=True)
            sys.exit(1)
        except KeyboardInterrupt as stopped:
            click.echo("\nStopped.", err=True)
            sys.exit(TERMINATED if isinstance(stopped, Terminated) else INTERRUPTED)

    return wrapper  # type: ignore[return-value]


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while the command runs (only the main thread can
    have signal handlers: elsewhere, as in tests that run commands in threads, it is left)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(number: int, frame: FrameType | None) -> None:
        raise Terminated

    before = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)
