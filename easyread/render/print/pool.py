"""Run print jobs one after another, or in parallel in worker processes.

One job runs in the build's own process (no pool to start). More jobs run in a process pool
started from a fork server that has imported WeasyPrint once: workers start ready, and they
do not inherit the build's threads or open files. The jobs come biggest first, so that the
workers finish at about the same time.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from ...errors import BuildError
from ...reporting import Reporter
from .. import workers
from .weasy import PrintJob, PrintResult, preload, write_pdf

STAGE = "print"
"""The stage's name in progress reports."""


def run(
    jobs: list[PrintJob], workers: int, reporter: Reporter, stop: threading.Event | None = None
) -> list[PrintResult]:
    """Each job's result, in the order of ``jobs``; when ``stop`` is set, no more jobs are
    started, and only the results of the jobs already made or under way are given."""
    workers = max(1, min(workers, len(jobs)))
    reporter.progress(STAGE, 0, len(jobs))
    if stop is not None and stop.is_set():
        return []
    if workers == 1:
        results = []
        for done, job in enumerate(jobs, start=1):
            if stop is not None and stop.is_set():
                break
            results.append(write_pdf(job))
            reporter.progress(STAGE, done, len(jobs))
        return results
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=preload
        ) as pool:
            futures: list[Future[PrintResult]] = [pool.submit(write_pdf, job) for job in jobs]
            try:
                for done, future in enumerate(as_completed(futures), start=1):
                    future.result()  # a failed PDF is raised here
                    reporter.progress(STAGE, done, len(jobs))
                    if stop is not None and stop.is_set():
                        for waiting in futures:
                            waiting.cancel()  # not those under way: they are waited for
                        break
            except BaseException:  # a failed PDF, Ctrl+C: the PDFs not started are not needed
                pool.shutdown(cancel_futures=True)
                raise
    except BrokenProcessPool as error:
        raise BuildError(
            "A process making the PDFs stopped suddenly (was the computer out of memory?). "
            "Try again with fewer worker processes, like '-j 1'."
        ) from error
    return [future.result() for future in futures if not future.cancelled()]


PRELOAD = (f"{__package__}.preload",)
"""What print workers import before they start (WeasyPrint)."""


def _context() -> multiprocessing.context.BaseContext:
    return workers.context(PRELOAD)
