"""How long ``easyread check`` takes per document, on a generated corpus.

Makes a project of generated documents (``bench/corpus.py``), loads it once, then runs
:func:`easyread.checks.check_project` over it five times and prints the median, in
milliseconds per document, and the ratio against the baseline below.

The machines are shared and busy, so wall time varies a lot with their load: the figure is
the CPU time of the check (``time.process_time``), and wall times are shown beside it.

Baseline (2026-11-28, before the checker was made faster): 7.9 ms of CPU time per document
(medians of three runs of this script: 7.4, 7.9 and 8.3), 301 documents (300 and the
glossary), on the shared development machine. Wall time was 15 to 25 ms a document then,
as the machine was busy.

After (2026-11-28): 1.4 to 1.6 ms, as the machine's load varied. The old and the new
checker run one after the other, at the same load: 7.0 and 7.2 ms against 1.50 and 1.52 ms
(4.7x). Real text (the 12 files of ``../shared/corpus``, ``check_files``): 8.9 against
3.2 ms a file, where reading the Markdown takes a larger share.

    .venv/bin/python bench/check_speed.py [--documents 300] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_corpus

from easyread.checks import check_project
from easyread.documents import load_project

BASELINE_MS = 7.9
"""Milliseconds per document before the checker was made faster (see the docstring)."""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        project = load_project(make_corpus(Path(folder), args.documents))
        count = len(project.documents)
        check_project(project)  # warm up: word lists, compiled patterns
        times, walls = [], []
        for _ in range(args.runs):
            cpu, wall = time.process_time(), time.perf_counter()
            check_project(project)
            times.append((time.process_time() - cpu) * 1000 / count)
            walls.append((time.perf_counter() - wall) * 1000 / count)
    median = statistics.median(times)
    print(f"check_project: {count} documents, {args.runs} runs")
    print(f"  CPU time (ms per document): {', '.join(f'{t:.2f}' for t in times)}")
    print(f"  wall time (ms per document): {', '.join(f'{t:.2f}' for t in walls)}")
    print(f"  median: {median:.2f} ms of CPU time per document")
    if BASELINE_MS:
        print(f"  baseline: {BASELINE_MS:.2f} ms per document; {BASELINE_MS / median:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
