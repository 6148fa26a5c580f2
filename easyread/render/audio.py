"""The audio stage: every document spoken into MP3 files, with chapters and read-along timings.

Writes ``audio/<slug>.mp3``, ``audio/<slug>/<NN>-<section>.mp3``, ``audio/<slug>.timings.json``
and ``.js`` for each document, and ``audio/pack.m3u``, the whole pack in reading order.

Each document is spoken in a fresh worker process (started from a fork server, one task per
process): libespeak-ng keeps state from one text to the next, so this is what makes the same
input give byte-identical files, whichever worker gets which document.
"""

from __future__ import annotations

import multiprocessing
import shutil
import signal
from pathlib import Path

from ..fingerprint import fingerprint
from ..model import Document, Project
from ..speech import timings
from ..speech.engine import engine_version, load_binding
from ..speech.files import AudioJob, AudioResult, read_mp3, speak_document
from ..speech.paths import FOLDER, PLAYLIST, audio_files
from ..speech.recording import made_with
from ..speech.script import Spoken, spoken_words, write_script
from . import RenderOptions, workers
from .lifeline import worker_starts
from .outputs import Outputs

STAGE = "audio"
"""The stage's name in progress reports."""


def render(project: Project, out: Path, options: RenderOptions) -> list[Path]:
    """Speak every document of ``project`` into ``out/audio``; the files written."""
    load_binding()  # no engine: a clear BuildError before any work starts
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    outputs = options.outputs or Outputs.start(out, None)
    config = project.config
    keys = {d.slug: audio_key(project, d) for d in project.documents}
    reused: dict[str, AudioResult] = {}
    for document in project.documents:
        files = outputs.reuse(f"{STAGE}:{document.slug}", keys[document.slug])
        if files is not None:
            reused[document.slug] = _reused(document.slug, document.title, files)
    jobs = [
        AudioJob(
            document,
            project.glossary,
            config.audio,
            config.organisation,
            config.title,
            folder,
            tuple(project.linked_titles(document).items()),
        )
        for document in project.documents
        if document.slug not in reused and options.in_shard(document.slug)
    ]
    spoken = {r.slug: r for r in run(jobs, options)}
    stopped = len(spoken) < len(jobs)
    if stopped:
        options.reporter.info(f"audio: stopped with {len(jobs) - len(spoken)} documents to speak.")
    for slug, result in spoken.items():
        outputs.record(f"{STAGE}:{slug}", keys[slug], list(result.files))
    kept: dict[str, AudioResult] = {}  # stopped: the last build's recordings of the rest stay
    for job in jobs if stopped else []:  # until the next build speaks them again
        slug = job.document.slug
        if slug not in spoken and (last := outputs.keep_last(f"{STAGE}:{slug}")):
            kept[slug] = _reused(slug, job.document.title, last)
    results = [
        r
        for d in project.documents
        if (r := spoken.get(d.slug) or reused.get(d.slug) or kept.get(d.slug))
    ]
    files = [path for result in results for path in result.files]
    if options.first_shard:  # with --shard, the other shares' files join these ones
        # stopped early, it lists only what is there; the next build lists the rest
        text = m3u(project, {r.slug: r for r in results}, only_made=stopped)

        def playlist() -> list[Path]:
            (folder / PLAYLIST).write_text(text, encoding="utf-8")
            return [folder / PLAYLIST]

        # a job made from every document: a build without audio withdraws it when one is gone
        files += outputs.job(f"{STAGE}:{PLAYLIST}", fingerprint(text), playlist)
    minutes = sum(r.duration for r in spoken.values()) / 60
    options.reporter.info(
        f"Spoke {_count(len(spoken), 'document')} ({_count(round(minutes), 'minute')} of audio); "
        f"{_count(len(reused), 'document')} already current."
    )
    return files


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}{'' if number == 1 else 's'}"


def audio_key(project: Project, document: Document) -> str:
    """The fingerprint of all a document's audio is made from (job ``audio:<slug>``): what
    its script is made from (see ``speech.script.write_script``) and the script itself, the
    settings, the tags, the speech engine and how its sound is made (``made_with``), and
    the shape of the read-along timings written beside it. The script is what the engine
    is given: a new easyread that says a time or a sum of money differently speaks again
    the documents that have one."""
    config = project.config
    titles = project.linked_titles(document)
    made_from = (Spoken.of(document, titles), spoken_words(project.glossary, document))
    return fingerprint(
        made_from,
        write_script(document, project.glossary, config.audio, titles),
        config.audio,
        config.organisation,
        config.title,
        engine_version(),
        made_with(),
        timings.VERSION,
    )


def _reused(slug: str, title: str, files: list[Path]) -> AudioResult:
    """What the last build made for a document, as a result (its length read from the file)."""
    whole = next(f for f in files if f.name == f"{slug}.mp3")
    return AudioResult(slug, title, tuple(files), float(read_mp3(whole).info.length), 0, 0.0)


def run(jobs: list[AudioJob], options: RenderOptions) -> list[AudioResult]:
    """Each job's result in the order of ``jobs``, each spoken in a process of its own."""
    reporter = options.reporter
    reporter.progress(STAGE, 0, len(jobs))
    if not jobs or options.stopped():
        return []
    workers = max(1, min(options.jobs, len(jobs)))
    by_slug: dict[str, AudioResult] = {}
    # Longest first, so that the workers finish at about the same time.
    ordered = sorted(jobs, key=lambda job: -sum(len(p.text) for p in job.document.points))
    # multiprocessing's Pool, not ProcessPoolExecutor: the executor's max_tasks_per_child can
    # deadlock on Python 3.11 to 3.13 (CPython issue 115634).
    # Ctrl+C and SIGTERM wait until the workers are started and known, to be ended
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        pool = _context().Pool(workers, worker_starts, maxtasksperchild=1)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)
    with pool:
        spoken = pool.imap_unordered(speak_document, ordered)
        while len(by_slug) < len(ordered):
            try:  # looked at often, so that a stopped build (an edit in the preview) ends now
                result = spoken.next(timeout=WAKE)
            except multiprocessing.TimeoutError:
                if options.stopped():
                    break  # the pool is stopped as the block ends, its documents half spoken
                continue
            by_slug[result.slug] = result
            reporter.progress(STAGE, len(by_slug), len(jobs), f"{result.slug}.mp3")
            if options.stopped():
                break
        else:
            pool.close()
            pool.join()
    for job in jobs:
        if job.document.slug not in by_slug:  # the build was stopped: the next one speaks it
            _remove_files(job)
    return [by_slug[job.document.slug] for job in jobs if job.document.slug in by_slug]


def _remove_files(job: AudioJob) -> None:
    """Remove what a worker stopped part of the way may have written for ``job``."""
    files = audio_files(job.document)
    for name in (files.whole, files.timings, files.data):
        (job.folder / name).unlink(missing_ok=True)
    shutil.rmtree(job.folder / job.document.slug, ignore_errors=True)


def m3u(project: Project, results: dict[str, AudioResult], only_made: bool = False) -> str:
    """An extended M3U playlist of the whole documents, in reading order.

    A document another ``--shard`` speaks has no length here: ``-1`` says so, as M3U allows.
    With ``only_made``, only the documents in ``results`` are listed.
    """
    lines = ["#EXTM3U"]
    for document in project.documents:
        result = results.get(document.slug)
        if result is None and only_made:
            continue
        lines.append(f"#EXTINF:{round(result.duration) if result else -1},{document.title}")
        lines.append(f"{document.slug}.mp3")
    return "\n".join(lines) + "\n"


WAKE = 0.2
"""Seconds between looks at whether the build was stopped, while a recording is made."""

PRELOAD = ("easyread.speech.files", "pyttsx3.drivers._espeak")
"""What audio workers import before they start (the engine's library loaded, not started)."""


def _context() -> multiprocessing.context.BaseContext:
    return workers.context(PRELOAD)
