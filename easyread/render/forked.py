"""Run many small jobs in worker processes forked from the build, which inherit what it loaded.

Pages and checks are quick (a millisecond or two each) and need the whole loaded project.
Sending the project to each worker would cost more than it saves, so the workers are forked
after the project is loaded: they share it with the build, and a job is only a share of a list.
Forking is safe only while the build has a single thread (``easyread serve`` builds from a
watcher thread): otherwise, and for small builds or ``-j 1``, the jobs run in the build itself.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from ..errors import BuildError

T = TypeVar("T")
R = TypeVar("R")

SMALLEST = 100
"""Fewer items than this are done in the build: starting workers would cost more than it saves."""

SHARES = 8
"""Shares of the items per worker: small enough that the workers finish at about the same time."""

SMALLEST_SHARE = 10
"""Items in a share, at least: each share costs a message to a worker and one back."""

_work: Callable[[int], object] | None = None
"""What the forked workers do with a share, by its number (set just before they are forked)."""


def in_parallel(items: int, workers: int) -> bool:
    """Whether ``items`` items are worth sharing out between ``workers`` forked processes."""
    return (
        workers > 1
        and items >= SMALLEST
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def run(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], workers: int) -> list[R]:
    """``work(items)``, done in forked workers when worth it, a share of ``items`` each.

    The results of the shares are joined in the order of ``items``, so they equal those of
    ``work(items)``. An exception in a worker is raised here as it was raised there (pickled:
    its traceback stays in the worker); of several, the first in the order of ``items``.
    """
    if not in_parallel(len(items), workers):
        return work(items)
    size = max(SMALLEST_SHARE, -(-len(items) // (workers * SHARES)))
    shares = [items[start : start + size] for start in range(0, len(items), size)]
    global _work
    _work = lambda number: work(shares[number])  # noqa: E731 (the forked workers inherit it)
    workers = min(workers, len(shares))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            done: list[R] = []
            try:
                for results in pool.map(_run, range(len(shares))):
                    done += results  # type: ignore[arg-type]
            except BaseException:
                pool.shutdown(cancel_futures=True)  # the shares not started are not needed
                raise
            return done
    except BrokenProcessPool as error:
        raise BuildError(
            "A worker process stopped suddenly (was the computer out of memory?). "
            "Try again with fewer worker processes, like '-j 1'."
        ) from error
    finally:
        _work = None


def _run(number: int) -> object:
    assert _work is not None, "only forked workers do shares"
    return _work(number)
