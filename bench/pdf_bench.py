"""PDF benchmark: seconds per printed page, the toolkit's overhead, and the parallel speed-up.

A generated corpus (by default 20 documents of 4 to 20 pages, and the print pack of all of
them) is printed three ways, side by side in one run:

- ``weasyprint``: WeasyPrint called directly on the same HTML, one file after another;
- ``easyread -j 1``: the print stage with one worker (targets: at most 1.15 times the above);
- ``easyread -j 2``: the print stage with two workers (target: at least 1.6 times faster than
  ``-j 1``).

    .venv/bin/python bench/pdf_bench.py [--documents 20] [--runs 3] [--size easy-read]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pikepdf

from easyread.documents import load_project
from easyread.errors import UsageError
from easyread.model import Project
from easyread.print_settings import parse_sizes
from easyread.render import RenderOptions
from easyread.render.pdf import plan, render
from easyread.render.print.pages import Printer
from easyread.render.print.weasy import PDF_OPTIONS, PrintJob
from easyread.render.templates import environment
from easyread.symbols import load_library

POINTS_PER_PAGE = 4.5
"""About how many points fit on an easy-read (16 point) page."""

SENTENCES = [
    "We meet once a month at the centre.",
    "You can bring a supporter with you.",
    "The council pays your bus fare.",
    "Tell us what you think about the new day centre.",
    "We talk about what matters to us.",
    "There is a break with tea and biscuits.",
    "We write down what we decide.",
    "Everyone in the group has a voice.",
    "Ring us if you need help to get here.",
    "The meeting is in the big hall.",
]


def make_corpus(root: Path, documents: int, smallest: int, largest: int) -> Path:
    """A project of ``documents`` documents of ``smallest`` to ``largest`` pages each."""
    rng = random.Random(3)
    pictures = sorted(symbol.id for symbol in load_library(None).symbols)
    (root / "content").mkdir(parents=True)
    (root / "easyread.yml").write_text(
        "title: Benchmark Group\norganisation: Benchmark Council\npicture: meeting\n"
        "contact: {name: Sam, phone: 01632 960000, email: sam@example.org}\n",
        encoding="utf-8",
    )
    for number in range(documents):
        pages = smallest + (number * 7) % (largest - smallest + 1)
        points = []
        for index in range(round(pages * POINTS_PER_PAGE)):
            if index and index % 6 == 0:
                points.append(f"# Part {index // 6}")
            text = "\n".join(rng.sample(SENTENCES, rng.randint(1, 3)))
            points.append(f"[{rng.choice(pictures)}] {text}")
        front = f"---\ntitle: Document {number + 1}\nsummary: A test document.\nauthor: Sam\n---\n"
        body = "\n\n".join(points)
        (root / "content" / f"doc{number + 1:02d}.md").write_text(
            f"{front}\n{body}\n", encoding="utf-8"
        )
    return root


def direct(jobs: list[PrintJob]) -> None:
    """WeasyPrint alone, on the toolkit's HTML, in this process."""
    import weasyprint

    for job in jobs:
        job.target.parent.mkdir(parents=True, exist_ok=True)
        html = weasyprint.HTML(string=job.html, base_url=job.base_url)
        html.write_pdf(job.target, **PDF_OPTIONS)


def timed(steps: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """The median wall-clock and CPU seconds (of this process) of each step.

    The steps take turns, run after run, so that a change in the machine's load (it is shared)
    falls on all of them alike.
    """
    wall: dict[str, list[float]] = {name: [] for name in steps}
    cpu: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(runs):
        for name, step in steps.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            step()
            wall[name].append(time.perf_counter() - started)
            cpu[name].append(time.process_time() - started_cpu)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in steps}


def count_pages(folder: Path) -> int:
    total = 0
    for path in folder.glob("*.pdf"):
        with pikepdf.open(path) as pdf:
            total += len(pdf.pages)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--smallest", type=int, default=4, help="pages of the smallest document")
    parser.add_argument("--largest", type=int, default=20, help="pages of the largest document")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="easy-read")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="easyread-pdf-bench-") as folder:
        root = make_corpus(Path(folder) / "project", args.documents, args.smallest, args.largest)
        project: Project = load_project(root)
        sizes = parse_sizes((args.size,), ("bench", "--size"), UsageError)
        out = Path(folder) / "out"
        jobs = plan(
            Printer.for_project(environment(project), project, project.config.print),
            sizes,
            out / "direct",
        )
        import weasyprint  # noqa: F401  (imported before timing, as the toolkit's -j 1 does)

        measured = timed(
            {
                "weasyprint": lambda: direct(jobs),
                "easyread -j 1": lambda: render(project, out / "j1", _options(1, args.size)),
                "easyread -j 2": lambda: render(project, out / "j2", _options(2, args.size)),
            },
            args.runs,
        )
        pages = count_pages(out / "direct")
        assert count_pages(out / "j1" / "print") == pages == count_pages(out / "j2" / "print")

    print(f"corpus: {args.documents} documents + the pack, {pages} printed pages, {args.size}")
    print(f"median of {args.runs} runs (load average now: {os.getloadavg()[0]:.1f}):")
    for name, (seconds, cpu) in measured.items():
        per_page = seconds / pages * 1000
        print(f"  {name:14} {seconds:7.2f} s  {per_page:6.1f} ms per page  (CPU here {cpu:.2f} s)")
    direct_s, direct_cpu = measured["weasyprint"]
    one, one_cpu = measured["easyread -j 1"]
    two, _ = measured["easyread -j 2"]
    print(f"overhead -j 1 / weasyprint: {one / direct_s:.2f} wall, {one_cpu / direct_cpu:.2f} CPU")
    print("                            (target at most 1.15)")
    print(f"speed-up -j 1 / -j 2:       {one / two:.2f} (target at least 1.6)")


def _options(jobs: int, size: str) -> RenderOptions:
    return RenderOptions(jobs=jobs, print_sizes=(size,))


if __name__ == "__main__":
    main()
