"""Run many small jobs in worker processes forked from the build, which inherit what it loaded.

Pages and checks are quick (a millisecond or two each) and need the whole loaded project.
Sending the project to each worker would cost more than it saves, so the workers are forked
after the project is loaded: they share it with the build, and a job is only a share of a list.
Forking is safe only while the build has a single thread (``easyread serve`` builds from a
watcher thread): otherwise, and for small builds or ``-j 1``, the jobs run in the build itself.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

from .errors import BuildError

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

STOPPED = (
    "A worker process stopped suddenly (was the computer out of memory?). "
    "Try again with fewer worker processes, like '-j 1'."
)

SMALLEST = 100
"""Fewer items than this are done in the build: starting workers would cost more than it saves."""

SHARES = 8
"""Shares of the items per worker: small enough that the workers finish at about the same time."""

SMALLEST_SHARE = 10
"""Items in a share, at least: each share costs a message to a worker and one back."""

_work: Callable[[int], object] | None = None
"""What the forked workers do with a share, by its number (set just before they are forked)."""


def cores() -> int:
    """How many CPUs this process may use: those it may run on (``taskset``), and no more
    than its share of time allows (a container's ``--cpus``: cgroup v2's ``cpu.max``)."""
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        count = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            count = min(count, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, count)


def in_parallel(items: int, workers: int) -> bool:
    """Whether ``items`` items are worth sharing out between ``workers`` forked processes."""
    return (
        workers > 1
        and items >= SMALLEST
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def run(
    work: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    workers: int,
    meanwhile: Callable[[], object] | None = None,
) -> list[R]:
    """``work(items)``, done in forked workers when worth it, a share of ``items`` each.

    The results of the shares are joined in the order of ``items``, so they equal those of
    ``work(items)``. An exception in a worker is raised here as it was raised there (pickled:
    its traceback stays in the worker); of several, the first in the order of ``items``.
    ``meanwhile()`` is the build's own work, which neither needs nor changes what the workers
    make: it is called here while the workers do their shares, or after ``work`` when there
    are no workers (the preview shows an edited page first); before this returns, either way.
    An exception in ``work`` is raised rather than one in ``meanwhile``, with workers or not.
    """
    if not in_parallel(len(items), workers):
        made = work(items)
        if meanwhile is not None:
            meanwhile()
        return made
    size = max(SMALLEST_SHARE, -(-len(items) // (workers * SHARES)))
    shares = [items[start : start + size] for start in range(0, len(items), size)]
    global _work
    _work = lambda number: work(shares[number])  # noqa: E731 (the forked workers inherit it)
    workers = min(workers, len(shares))
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, context, initializer=_ignore_interrupts) as pool:
            done: list[R] = []
            try:
                answers = pool.map(_run, range(len(shares)))  # the workers start on them now
                failed: Exception | None = None
                if meanwhile is not None:
                    try:
                        meanwhile()
                    except Exception as error:  # raised after the workers' own, as with no workers
                        failed = error
                for results in answers:
                    done += results  # type: ignore[arg-type]
                if failed is not None:
                    raise failed
            except BaseException:
                pool.shutdown(cancel_futures=True)  # the shares not started are not needed
                raise
            return done
    except BrokenProcessPool as error:
        raise BuildError(STOPPED) from error
    finally:
        _work = None


def _run(number: int) -> object:
    assert _work is not None, "only forked workers do shares"
    return _work(number)


class Team(Generic[S]):
    """Members that keep what they made between calls: the first in the build, each other in a
    process forked for it once (``with Team(members) as team``; see :func:`in_parallel`).

    A member does its share of each call where it keeps what earlier calls made (the loader's
    workers keep the files they parsed until they make them into documents), so only the
    shares and the answers cross between processes.
    """

    def __init__(self, members: Sequence[S]) -> None:
        self.members = members
        self._pipes: list[Connection] = []
        self._processes: list[Any] = []
        context = multiprocessing.get_context("fork")
        try:
            for member in members[1:]:
                mine, theirs = context.Pipe()
                process = context.Process(target=_serve, args=(member, theirs), daemon=True)
                process.start()
                theirs.close()  # the member's end is in its process only: its exit is seen here
                self._pipes.append(mine)
                self._processes.append(process)
        except BaseException:
            self.close(now=True)
            raise

    def call(self, work: Callable[[S, T], R], shares: Sequence[T]) -> list[R]:
        """``work(member, share)`` for each member and its share (a module's function), at once.

        An exception in a member is raised here as it was raised there; of several, the first
        in the order of the members.
        """
        assert len(shares) == len(self.members), "one share per member"
        try:
            for pipe, share in zip(self._pipes, shares[1:], strict=True):
                pipe.send((work, share))
            results = [work(self.members[0], shares[0])]
            answers = [pipe.recv() for pipe in self._pipes]
        except (EOFError, OSError) as error:
            raise BuildError(STOPPED) from error
        for done, result in answers:
            if not done:
                raise result
            results.append(result)
        return results

    def close(self, now: bool = False) -> None:
        """Stop the forked members once they are idle, or ``now`` (after a failure)."""
        for pipe in self._pipes:
            if not now:
                with contextlib.suppress(OSError):  # it has stopped already
                    pipe.send(None)
            pipe.close()
        for process in self._processes:
            if now:
                process.kill()
            process.join()
        self._pipes, self._processes = [], []

    def __enter__(self) -> Team[S]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close(now=error is not None)


def _ignore_interrupts() -> None:
    """Ctrl+C and SIGTERM as in any worker, and an end with the build (see ``lifeline``)."""
    from .render.lifeline import worker_starts

    worker_starts()


def _serve(member: object, pipe: Connection) -> None:
    """A forked member's life: do each share it is sent, until there are no more."""
    _ignore_interrupts()
    while True:
        try:
            message = pipe.recv()
        except EOFError:  # the build has stopped
            return
        if message is None:
            return
        work, share = message
        try:
            answer: tuple[bool, object] = (True, work(member, share))
        except BaseException as error:
            answer = (False, error)
        try:
            pipe.send(answer)
        except OSError:  # the build has stopped
            return
        except Exception as error:  # an answer that cannot be pickled
            pipe.send((False, RuntimeError(f"{type(error).__name__}: {error}")))
