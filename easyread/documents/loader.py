"""Sharing out the loading between processes: see :class:`Loader`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from markdown_it import MarkdownIt

from .. import forked
from ..config import Config
from ..errors import Problem, Problems
from ..symbols import Library
from .draft import Draft


@dataclass
class Share:
    """What a loading process needs, and the drafts it read, kept until it makes documents."""

    root: Path
    config: Config
    md: MarkdownIt
    library: Library
    drafts: dict[str, Draft] = field(default_factory=dict)


Made = TypeVar("Made")
Found = tuple[list[Made], list[Problem]]
"""What a share of files gave, in their order, and the problems found in them."""


class Loader:
    """Shares out the reading and the making of documents between ``jobs`` processes.

    Parsing (most of the time) and making documents are done where the file is parsed: each
    process keeps its drafts from the first step to the second, so only small file entries and
    the finished documents (with their fingerprints) cross between processes. The processes are
    forked when a step has enough files (see ``forked.in_parallel``), after any drafts read so
    far, which they inherit; the build itself is the first of them. Of ``n`` processes, file
    number ``i`` (in name order) is always done by process ``i % n``, so a process makes the
    documents of the files it parsed.
    """

    def __init__(self, share: Share, files: list[str], jobs: int) -> None:
        self.share = share
        self.owner = {shown: number for number, shown in enumerate(files)}
        self.jobs = jobs
        self.team: forked.Team[Share] | None = None

    def call(
        self,
        work: Callable[[Share, list[str], Any], Found[Made]],
        files: list[str],
        context: Any,
        problems: Problems,
    ) -> dict[str, Made]:
        """``work(share, files, context)`` for the files, shared out when there are enough."""
        if self.team is None and forked.in_parallel(len(files), self.jobs):
            members = min(self.jobs, -(-len(files) // forked.SMALLEST_SHARE))
            self.team = forked.Team([self.share] * members)
        if self.team is None:
            found: list[Found[Made]] = [work(self.share, files, context)]
            shares = [files]
        else:
            n = len(self.team.members)
            shares = [[s for s in files if self.owner[s] % n == i] for i in range(n)]
            found = self.team.call(_call_share, [(work, s, context) for s in shares])
        made: dict[str, Made] = {}
        for share, (results, found_problems) in zip(shares, found, strict=True):
            made.update(zip(share, results, strict=True))
            problems.extend(found_problems)
        return {shown: made[shown] for shown in files}

    def __enter__(self) -> Loader:
        return self

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if self.team is not None:
            self.team.close(now=error is not None)


def _call_share(
    share: Share, call: tuple[Callable[..., Found[Made]], list[str], Any]
) -> Found[Made]:
    work, files, context = call
    return work(share, files, context)
