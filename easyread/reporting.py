"""How the library tells its caller what is happening, without printing.

The CLI passes a reporter that writes to the terminal; tests use :class:`BufferReporter`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Reporter(Protocol):
    """Receives progress and notes from a build."""

    def info(self, message: str) -> None:
        """Something the user may want to know (a stage finished, a file written)."""

    def warning(self, message: str) -> None:
        """Something the user should look at; the build goes on."""

    def detail(self, message: str) -> None:
        """Something said only when asked for every step (``-v``), like each document's
        summary when it is ready."""

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        """``done`` of ``total`` items of a stage are finished, the last of them ``item``
        (a file's name, said with ``-v``)."""


class NullReporter:
    """Says nothing."""

    def info(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        pass

    def detail(self, message: str) -> None:
        pass

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        pass


@dataclass
class BufferReporter:
    """Keeps everything, for tests."""

    messages: list[tuple[str, str]] = field(default_factory=list)

    def info(self, message: str) -> None:
        self.messages.append(("info", message))

    def warning(self, message: str) -> None:
        self.messages.append(("warning", message))

    def detail(self, message: str) -> None:
        self.messages.append(("detail", message))

    def progress(self, stage: str, done: int, total: int, item: str = "") -> None:
        self.messages.append(("progress", f"{stage} {done}/{total}"))
