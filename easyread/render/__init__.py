"""Output stages. Each module has ``render(project, out, options) -> list[Path]``.

``out`` is the build root being made (a temporary folder swapped into place when every stage
has succeeded); the website goes in ``out/site``, print in ``out/print``, audio in ``out/audio``.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..forked import cores
from ..reporting import NullReporter, Reporter

if TYPE_CHECKING:  # not imported: the build command reads these names before it loads Jinja
    from .outputs import Outputs

FORMATS = {
    "html": "easyread.render.html",
    "pdf": "easyread.render.pdf",
    "audio": "easyread.render.audio",
    "text": "easyread.render.text",
}
"""Format name -> module with the stage's ``render``; imported only when that format is built."""


def parse_formats(text: str) -> tuple[str, ...]:
    """``"html,pdf"`` -> ``("html", "pdf")``, in the order they are built."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise UsageError(
            f"--format: {', '.join(unknown) or 'nothing'} is not a format. "
            f"Choose from: {', '.join(FORMATS)} (separate them with commas)."
        )
    return tuple(n for n in FORMATS if n in names)


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/3"`` -> ``(2, 3)``: the second of three shares of the work."""
    index, _, count = text.partition("/")
    if index.isdigit() and count.isdigit() and 1 <= int(index) <= int(count):
        return int(index), int(count)
    raise UsageError(
        f"--shard: {text!r} is not a share of the work. Write I/N, like 2/3 for the second of 3."
    )


@dataclass(frozen=True)
class RenderOptions:
    """What every stage may need besides the project."""

    formats: tuple[str, ...] = ("html",)
    """Every format this build makes (the site links print and audio only when they are made)."""
    jobs: int = field(default_factory=cores)
    """Worker processes for stages that render in parallel."""
    print_sizes: tuple[str, ...] = ()
    """Print sizes asked for on the command line (empty: the project's own)."""
    reporter: Reporter = field(default_factory=NullReporter, compare=False)
    """Where progress and warnings go."""
    shard: tuple[int, int] = (1, 1)
    """``(I, N)``: make only the I-th of N shares of the print and audio work (``--shard I/N``)."""
    outputs: Outputs | None = field(default=None, compare=False)
    """What the last build made, for reusing outputs that are current (None: make all)."""
    stop: threading.Event | None = field(default=None, compare=False)
    """When this is set, the print and audio stages start no more jobs, and the build ends
    with the files made so far (the next build makes the rest): the preview stops its
    background build so, to show an edit first."""

    def stopped(self) -> bool:
        """Whether the stages should start no more jobs (see :attr:`stop`)."""
        return self.stop is not None and self.stop.is_set()

    def in_shard(self, slug: str) -> bool:
        """Whether this build makes the print and audio files of the document ``slug``.

        Documents are shared out by a hash of their name, so every machine agrees, whatever
        order it finds them in; the pack and playlist belong to the first share.
        """
        index, count = self.shard
        return count == 1 or int(hashlib.sha256(slug.encode()).hexdigest(), 16) % count == index - 1

    @property
    def first_shard(self) -> bool:
        """Whether this build makes what covers every document (the print pack, the playlist)."""
        return self.shard[0] == 1
