"""Audio benchmark: compute seconds per minute of audio for the whole audio stage.

A generated corpus (bench/corpus.py, by default 12 documents) is spoken two ways:

- ``compute``: every document's job (script, speech, MP3, tags, timings, checks) run one after
  another in this process, CPU time measured: the figure for "one core". Target: at least 150
  times faster than real time (0.4 s of CPU per minute of audio).
- ``stage -j N``: the stage as a build runs it (a fresh worker process per document), wall time,
  and for ``-j 1`` its CPU time too (workers included): the stage's own overhead.

    .venv/bin/python bench/audio_bench.py [--documents 12] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from multiprocessing import forkserver
from pathlib import Path

from corpus import make_corpus

from easyread.documents import load_project
from easyread.model import Project
from easyread.render import RenderOptions
from easyread.render.audio import render
from easyread.speech.files import AudioJob, speak_document

TARGET = 150.0
"""Times faster than real time, on one core."""


def compute(project: Project, out: Path) -> tuple[float, float]:
    """(CPU seconds, seconds of audio) for every document, in this process."""
    folder = out / "audio"
    folder.mkdir(parents=True, exist_ok=True)
    config = project.config
    cpu = audio = 0.0
    for document in project.documents:
        job = AudioJob(
            document, project.glossary, config.audio, config.organisation, config.title, folder
        )
        start = time.process_time()
        result = speak_document(job)
        cpu += time.process_time() - start
        audio += result.duration
    return cpu, audio


def stage(project: Project, out: Path, jobs: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, seconds of audio) for the stage with ``jobs`` workers.

    The CPU time is this process's plus the workers' (Linux: the fork server's reaped children).
    """
    start, cpu = time.perf_counter(), time.process_time() + _workers_cpu()
    render(project, out, RenderOptions(formats=("audio",), jobs=jobs))
    wall = time.perf_counter() - start
    cpu = time.process_time() + _workers_cpu() - cpu
    audio = sum(
        float(line.split(":", 1)[1].split(",", 1)[0])
        for line in (out / "audio" / "pack.m3u").read_text("utf-8").splitlines()
        if line.startswith("#EXTINF:")
    )
    return wall, cpu, audio


def _workers_cpu() -> float:
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid or not Path(f"/proc/{pid}/stat").exists():
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = make_corpus(Path(temp) / "project", args.documents)
        project = load_project(root)
        rows: dict[str, list[float]] = {
            "compute": [],
            "stage -j 1 CPU": [],
            "stage -j 1": [],
            "stage -j 2": [],
        }
        minutes = 0.0
        for run in range(args.runs):
            cpu, audio = compute(project, Path(temp) / f"compute-{run}")
            minutes = audio / 60
            rows["compute"].append(cpu / minutes)
            for jobs in (1, 2):
                wall, cpu, audio = stage(project, Path(temp) / f"stage-{jobs}-{run}", jobs)
                rows[f"stage -j {jobs}"].append(wall / (audio / 60))
                if jobs == 1 and cpu:
                    rows["stage -j 1 CPU"].append(cpu / (audio / 60))
    print(f"{args.documents} documents, {minutes:.1f} minutes of audio, {args.runs} runs")
    for name, values in rows.items():
        if not values:
            continue
        median = statistics.median(values)
        kind = "CPU" if "CPU" in name or name == "compute" else "wall"
        print(
            f"  {name:14} {median:6.3f} {kind} s per minute of audio "
            f"= {60 / median:5.0f} x real time  (runs: {', '.join(f'{v:.3f}' for v in values)})"
        )
    speed = 60 / statistics.median(rows["compute"])
    verdict = "meets" if speed >= TARGET else "MISSES"
    print(f"one core: {speed:.0f} x real time, {verdict} the target of {TARGET:.0f} x")


if __name__ == "__main__":
    main()
