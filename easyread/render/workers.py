"""Worker processes for the stages that work in parallel (print and audio).

Workers come from one fork server, started once a process with the modules its workers need
already imported. A build asks for every stage's modules before the first stage starts, so a
later stage's workers are not left to import theirs one by one.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import signal

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
    # first: the fork server ignores Ctrl+C while it imports the rest, and ends with the build
    forkserver.set_forkserver_preload([LIFELINE, *sorted(_WANTED - {LIFELINE})])
    _start_forkserver()
    return forkserver


def _start_forkserver() -> None:
    """Start the fork server (once) with Ctrl+C held back, as a process keeps what it holds
    back when it starts another program: a Ctrl+C to every process of the build, while the
    fork server's Python was starting, printed a traceback. One that comes meanwhile reaches
    the build when it lets Ctrl+C through again."""
    from multiprocessing import forkserver, resource_tracker

    # the fork server starts this one too, which lets Ctrl+C through after: started first, it
    # is left as it is (and it holds Ctrl+C back as it starts, on its own)
    resource_tracker.ensure_running()
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


LIFELINE = f"{__package__}.forkserver_start"
