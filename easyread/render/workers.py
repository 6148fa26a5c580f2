"""Worker processes for the stages that work in parallel (print and audio).

Workers come from one fork server, started once a process with the modules its workers need
already imported. A build asks for every stage's modules before the first stage starts, so a
later stage's workers are not left to import theirs one by one.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context

_WANTED: set[str] = set()


def want(modules: tuple[str, ...]) -> None:
    """Import ``modules`` in the fork server (before it starts; after, it changes nothing)."""
    _WANTED.update(modules)


def context(modules: tuple[str, ...] = ()) -> multiprocessing.context.BaseContext:
    """The start method for worker processes: a fork server where there is one, else spawn."""
    want(modules)
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(sorted(_WANTED))
    return forkserver
