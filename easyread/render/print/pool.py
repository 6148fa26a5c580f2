"""Run print jobs one after another, or in parallel in worker processes.

One job runs in the build's own process (no pool to start), unless the build may be stopped
(the preview): a worker can be ended in the middle of a PDF. More jobs run in a process pool
started from a fork server that has imported WeasyPrint once: workers start ready, and they
do not inherit the build's threads or open files. The jobs come biggest first, so that the
workers finish at about the same time.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from pathlib import Path

from ...errors import BuildError
from ...reporting import Reporter
from .. import workers
from .weasy import PrintJob, PrintResult, preload, write_pdf

STAGE = "print"
"""The stage's name in progress reports."""


def run(
    jobs: list[PrintJob], workers: int, reporter: Reporter, stop: threading.Event | None = None
) -> list[PrintResult]:
    """The results of ``jobs``, in their order. A job is started only when a worker is free,
    so when ``stop`` is set no more are started, and the results are those of the jobs made
    by then. A PDF with errors does not stop the others: every problem is reported at once.
    One that cannot be made at all (an exception) stops them, and is raised."""
    workers = max(1, min(workers, len(jobs)))
    reporter.progress(STAGE, 0, len(jobs))

    def go_on() -> bool:
        return stop is None or not stop.is_set()

    if not jobs or not go_on():  # stopped before it started: none is begun
        return []
    waiting = iter(jobs)
    results: dict[Path, PrintResult] = {}

    if workers == 1 and stop is None:  # a build that may be stopped (the preview) uses a
        for job in waiting:  # worker, which can be ended in the middle of a PDF
            if not go_on():
                break
            results[job.target] = write_pdf(job)
            reporter.progress(STAGE, len(results), len(jobs), job.target.name)
        return [results[job.target] for job in jobs if job.target in results]
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=preload
        ) as pool:
            try:
                # the workers start with the first jobs: Ctrl+C and SIGTERM wait until each is
                # known, to be ended (one started as the build stopped printed a traceback)
                held = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
                try:
                    running = {pool.submit(write_pdf, job) for job in islice(waiting, workers)}
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, held)
                while running:
                    # looked at often: a stopped build (an edit in the preview) ends now, not
                    # after the PDF under way, which may be a pack of minutes
                    done, running = wait(running, timeout=WAKE, return_when=FIRST_COMPLETED)
                    for future in done:  # whole PDFs: kept, even when the build stops now
                        result = future.result()
                        results[result.target] = result
                        reporter.progress(STAGE, len(results), len(jobs), result.target.name)
                    if not go_on():
                        _end(pool)
                        _remove_half_made(jobs, results)
                        break
                    for _ in done:
                        following = next(waiting, None)
                        if following is not None:
                            running.add(pool.submit(write_pdf, following))
            except BaseException:  # a PDF that cannot be made, Ctrl+C, SIGTERM: stop now
                _end(pool)
                raise
    except BrokenProcessPool as error:
        if not go_on():
            return [results[job.target] for job in jobs if job.target in results]
        raise BuildError(
            "A process making the PDFs stopped suddenly (was the computer out of memory?). "
            "Try again with fewer worker processes, like '-j 1'."
        ) from error
    return [results[job.target] for job in jobs if job.target in results]


STOPPING = {signal.SIGINT, signal.SIGTERM}

WAKE = 0.2
"""Seconds between looks at whether the build was stopped, while PDFs are made."""


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now, in the middle of their PDFs (a pool's shutdown waits for
    them: a CI job cancelled while the pack was made took a minute and a half to stop)."""
    # ProcessPoolExecutor has no way to end its workers before Python 3.14's kill_workers()
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.kill()
    # The pool's thread ends now its workers are gone. Until it has, Python's exit (Ctrl+C)
    # may wake it through a pipe it is closing: "Exception ignored ... Bad file descriptor"
    # and a traceback after "Stopped." (concurrent.futures' _python_exit races it, 3.11).
    if manager is not None:
        manager.join(timeout=10)


def _remove_half_made(jobs: list[PrintJob], made: dict[Path, PrintResult]) -> None:
    """Remove what the ended workers wrote: a PDF under way (``name.pdf.part``), or one
    finished after the last look, whose result is not known (it would be in the build
    without a record, in the place of the last build's folder: see ``build._swap``)."""
    for job in jobs:
        if job.target not in made:
            job.target.with_name(job.target.name + ".part").unlink(missing_ok=True)
            job.target.unlink(missing_ok=True)
    for folder in {job.target.parent for job in jobs}:  # left empty: the last build's stays
        with contextlib.suppress(OSError):
            folder.rmdir()


PRELOAD = (f"{__package__}.preload",)
"""What print workers import before they start (WeasyPrint)."""


def _context() -> multiprocessing.context.BaseContext:
    return workers.context(PRELOAD)
