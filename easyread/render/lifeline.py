"""Worker processes end with the build, however it ends.

The fork server the print and audio workers come from imports ``forkserver_start`` first
(see ``workers.py``); its workers call :func:`worker_starts`:
- Ctrl+C, which a terminal sends to every process of the build, is for the build, which
  stops its workers itself. The fork server imports WeasyPrint for a second or two before
  it ignores Ctrl+C on its own, and a Ctrl+C then printed its traceback.
- When the build is killed (``kill -9``, as CI does when a job will not stop), the fork
  server ends (Python's own), and each worker with the fork server: a worker went on
  making its PDF for minutes, with no build to use it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1
"""Linux's prctl option: the signal a process gets when the process that started it ends."""


def end_with_parent() -> None:
    """Be killed when the process that started this one ends (Linux; elsewhere, nothing).
    Strictly, when the thread that started it ends: only for processes started from a
    process's only thread (a worker, from the fork server)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it ended before the signal was asked for
        os._exit(1)


def ignore_interrupts() -> None:
    """Ctrl+C is for the build, which stops its workers: they print nothing of their own.
    SIGTERM, which the build stops them with, stops a worker at once, as it does by default."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def worker_starts() -> None:
    """What every worker process does first."""
    ignore_interrupts()
    end_with_parent()
