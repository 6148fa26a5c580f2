"""Run print jobs one after another, or in parallel in worker processes.

One job runs in the build's own process (no pool to start). More jobs run in a process pool
started from a fork server that has imported WeasyPrint once: workers start ready, and they
do not inherit the build's threads or open files. The jobs come biggest first, so that the
workers finish at about the same time.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ...errors import BuildError
from ...reporting import Reporter
from .. import workers
from .weasy import PrintJob, PrintResult, preload, write_pdf

STAGE = "print"
"""The stage's name in progress reports."""


def run(jobs: list[PrintJob], workers: int, reporter: Reporter) -> list[PrintResult]:
    """Every job's result, in the order of ``jobs``."""
    workers = max(1, min(workers, len(jobs)))
    reporter.progress(STAGE, 0, len(jobs))
    if workers == 1:
        results = []
        for done, job in enumerate(jobs, start=1):
            results.append(write_pdf(job))
            reporter.progress(STAGE, done, len(jobs))
        return results
    by_target: dict[Path, PrintResult] = {}
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=preload
        ) as pool:
            futures: list[Future[PrintResult]] = [pool.submit(write_pdf, job) for job in jobs]
            try:
                for done, future in enumerate(as_completed(futures), start=1):
                    result = future.result()
                    by_target[result.target] = result
                    reporter.progress(STAGE, done, len(jobs))
            except BaseException:  # a failed PDF, Ctrl+C: the PDFs not started are not needed
                pool.shutdown(cancel_futures=True)
                raise
    except BrokenProcessPool as error:
        raise BuildError(
            "A process making the PDFs stopped suddenly (was the computer out of memory?). "
            "Try again with fewer worker processes, like '-j 1'."
        ) from error
    return [by_target[job.target] for job in jobs]


PRELOAD = (f"{__package__}.preload",)
"""What print workers import before they start (WeasyPrint)."""


def _context() -> multiprocessing.context.BaseContext:
    return workers.context(PRELOAD)
