"""Build speed, measured side by side in one run (issue 9). Run by hand, not in CI.

    .venv/bin/python bench/build_bench.py [--documents 1000] [--runs 5]

Reports medians of several runs, and ratios:
- full HTML build, ms per document, against the floor: a plain markdown-it-py + Jinja2 loop
  over the same files (front matter, Markdown to HTML, one template, write). Both start from an
  empty output folder, as a full build does: on this machine's disk a new file costs several
  times what writing over an old one does, so a floor that wrote over its last run's files
  would be measured on easier terms;
- the same build without the easy-read checks (``--no-checks``: what the renderer costs);
- a no-op rebuild (nothing changed), whole process;
- one document edited, whole process;
- one document edited, the HTML in ``easyread serve`` (in process: until the page reloads);
- with ``--media N``: PDF and audio of N documents with 1 and with 2 workers, and the speed-up.

With ``--mulberry PATH`` the corpus imports the Mulberry set first (3,436 more pictures in
its library and on the staff page), as a project that uses it does.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import make_corpus

EASYREAD = [sys.executable, "-m", "easyread"]

# As on a user's machine: an installed easyread has its modules compiled (.pyc). Some machines
# set PYTHONDONTWRITEBYTECODE, which makes every run compile easyread's modules again (about
# 0.07 s of each whole-process figure); the runs here leave it out.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

FLOOR = r"""
import sys, re, yaml, jinja2
from pathlib import Path
from markdown_it import MarkdownIt
root, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
md = MarkdownIt("commonmark", {"html": False, "breaks": True})
template = jinja2.Environment(autoescape=True).from_string(
    "<!DOCTYPE html><html lang=en><title>{{ title }}</title><main><h1>{{ title }}</h1>{{ body|safe }}</main></html>")
loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
for file in sorted((root / "content").glob("*.md")):
    text = file.read_text()
    _, front, body = text.split("---\n", 2)
    meta = yaml.load(front, Loader=loader)
    (out / (file.stem + ".html")).write_text(template.render(title=meta["title"], body=md.render(body)))
"""


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    return time.perf_counter() - start


def median(command: list[str], runs: int) -> float:
    return statistics.median(timed(command) for _ in range(runs))


def medians(commands: list[tuple[list[str], Path]], runs: int) -> list[float]:
    """The median time of each command, run in turns, with its folder removed before each run."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for (command, empty), found in zip(commands, times, strict=True):
            shutil.rmtree(empty, ignore_errors=True)
            found.append(timed(command))
    return [statistics.median(found) for found in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--media", type=int, default=0, help="documents for the PDF/audio run")
    parser.add_argument(
        "--mulberry",
        type=Path,
        help="a Mulberry release to import into the corpus first (a big picture library)",
    )
    args = parser.parse_args()
    if args.media:
        media(args.media, args.runs)
        return
    n = args.documents
    with tempfile.TemporaryDirectory() as tmp:
        root = make_corpus(Path(tmp) / "project", n)
        if args.mulberry:  # as a project that has imported it: 3,436 more pictures
            command = [*EASYREAD, "symbols", "import", "mulberry", str(args.mulberry)]
            subprocess.run(command, check=True, capture_output=True, env=ENV, cwd=root)
        out = Path(tmp) / "build"
        floor_out = Path(tmp) / "floor"
        floor_command = [sys.executable, "-c", FLOOR, str(root), str(floor_out)]
        noop_command = [*EASYREAD, "build", str(root), "--out", str(out), "--format", "html", "-q"]
        # no build folder: everything is made; the runs take turns, so that a slow moment of
        # a shared machine falls on all three alike
        floor, full, bare = medians(
            [
                (floor_command, floor_out),
                (noop_command, out),
                ([*noop_command, "--no-checks"], out),
            ],
            args.runs,
        )
        subprocess.run(noop_command, check=True, capture_output=True, env=ENV)
        noop = median(noop_command, args.runs)
        edited = root / "content" / "doc-0001.md"
        original = edited.read_text()
        edits = []
        for i in range(args.runs):
            edited.write_text(original + f"\n[hello] Edit number {i}.\n")
            edits.append(timed(noop_command))
        edit = statistics.median(edits)
        edited.write_text(original)
        shown = serve_after_edit(root, Path(tmp) / "preview", edited, args.runs)
    print(f"{n} documents, median of {args.runs} runs, whole processes")
    print(f"floor (markdown-it-py + Jinja2 loop):   {floor * 1000 / n:7.2f} ms a document")
    print(
        f"easyread build --format html (full):   {full * 1000 / n:7.2f} ms a document ({full / floor:.2f} x floor)"
    )
    print(
        f"  the same with --no-checks:           {bare * 1000 / n:7.2f} ms a document ({bare / floor:.2f} x floor)"
    )
    print(f"no-op rebuild:                         {noop:7.3f} s")
    print(f"one document edited:                   {edit:7.3f} s")
    print(f"one document edited, the preview's HTML: {shown:5.3f} s (in process)")


SERVE = r"""
import sys, statistics
from pathlib import Path
from easyread.serve import Preview
root, out, edited, runs = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
preview = Preview(root, out)
preview.rebuild()
original = edited.read_text()
times = []
for i in range(runs):
    edited.write_text(original + f"\n[hello] Edit number {i}.\n")
    preview.rebuild()  # what the watcher calls when a file is saved
    times.append(preview.seconds)
edited.write_text(original)
print(statistics.median(times))
"""


def serve_after_edit(root: Path, out: Path, edited: Path, runs: int) -> float:
    """Seconds from ``easyread serve`` starting its build to the edited page being shown."""
    command = [sys.executable, "-c", SERVE, str(root), str(out), str(edited), str(runs)]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=ENV)
    return float(done.stdout.strip())


def media(n: int, runs: int) -> None:
    """PDF and audio throughput with 1 and 2 workers, side by side (interleaved runs)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = make_corpus(Path(tmp) / "project", n)
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(runs):
            for fmt in ("pdf", "audio"):
                for workers in (1, 2):
                    out = Path(tmp) / f"{fmt}-{workers}"
                    command = [*EASYREAD, "build", str(root), "--out", str(out), "--format", fmt]
                    command += ["-j", str(workers), "-q", "--clean", "--no-checks"]
                    times.setdefault((fmt, workers), []).append(timed(command))
    print(f"{n} documents, median of {runs} runs, whole processes")
    for fmt in ("pdf", "audio"):
        one, two = (statistics.median(times[(fmt, w)]) for w in (1, 2))
        print(
            f"{fmt:5}  1 worker {one:6.2f} s   2 workers {two:6.2f} s   speed-up {one / two:.2f} x"
        )


if __name__ == "__main__":
    main()
