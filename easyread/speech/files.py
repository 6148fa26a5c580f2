"""One document's audio files: the whole document, each section, and the read-along timings.

``audio/<slug>.mp3`` (with a chapter per section), ``audio/<slug>/<NN>-<section>.mp3``,
``audio/<slug>.timings.json`` and ``audio/<slug>.timings.js``. Every MP3 is read back with
mutagen and checked before the job reports success.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mutagen import mp3 as _mutagen_mp3

from ..errors import BuildError
from ..model import Document, GlossaryEntry
from .engine import Engine
from .paths import section_file
from .recording import Recording, record
from .script import write_script
from .settings import AudioConfig
from .tags import Chapter, Tags, tagged
from .timings import as_json, as_script, timings

TOLERANCE = 0.03
"""Seconds a file's length, as mutagen reads it, may differ from the frames we wrote."""


@dataclass(frozen=True)
class AudioJob:
    """Everything a worker process needs to speak one document."""

    document: Document
    glossary: tuple[GlossaryEntry, ...]
    settings: AudioConfig
    organisation: str
    album: str
    """The site's title."""
    folder: Path
    """``audio/`` in the build being made."""
    titles: tuple[tuple[str, str], ...] = ()
    """The titles of the documents it links to, by page (``Project.linked_titles``)."""


@dataclass(frozen=True)
class AudioResult:
    """What a job made."""

    slug: str
    title: str
    files: tuple[Path, ...]
    duration: float
    """Seconds, whole document."""
    words: int
    speech: float
    """Seconds of speech, pauses left out."""


def speak_document(job: AudioJob) -> AudioResult:
    """Speak one document and write its files (run in a fresh process for identical output)."""
    settings = job.settings
    script = write_script(job.document, job.glossary, settings, dict(job.titles))  # all said
    engine = Engine.get()
    voice = engine.voice_for(script.language, settings.voices)
    recording = record(script, engine, voice, settings.rate)
    return write_files(recording, job)


def write_files(recording: Recording, job: AudioJob) -> AudioResult:
    """Write and check the files of a recording."""
    script = recording.script
    folder = job.folder
    (folder / script.slug).mkdir(parents=True, exist_ok=True)
    base = Tags(script.title, job.organisation, job.album, script.language)
    written: list[Path] = []
    names: list[str] = []
    total = len(recording.tracks)
    for number, track in enumerate(recording.tracks, start=1):
        name = section_file(script.slug, track.part.index, track.part.anchor)
        names.append(name)
        title = (
            f"{script.title}: {track.part.title}"
            if track.part.title != script.title
            else script.title
        )
        # the sections of one document are an album of their own: tracks 1/5 to 5/5 of every
        # document in one album would be mixed up by a player that sorts by album and track
        tags = Tags(title, base.artist, script.title, base.language, f"{number}/{total}")
        written.append(_write_mp3(folder / name, tagged(track.mp3, tags), track.duration))
    chapters = [Chapter(t.part.title, t.start, t.end) for t in recording.tracks]
    whole = folder / f"{script.slug}.mp3"
    written.insert(0, _write_mp3(whole, tagged(recording.mp3, base, chapters), recording.duration))
    data = timings(recording, whole.name, names)
    for suffix, text in ((".timings.json", as_json(data)), (".timings.js", as_script(data))):
        path = folder / f"{script.slug}{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return AudioResult(
        script.slug,
        script.title,
        tuple(written),
        recording.duration,
        script.words,
        sum(t.speech for t in recording.tracks),
    )


def _write_mp3(path: Path, data: bytes, duration: float) -> Path:
    path.write_bytes(data)
    try:
        length = float(read_mp3(path).info.length)
    except Exception as error:  # mutagen raises several kinds; any of them means a bad file
        raise BuildError(f"{path}: the MP3 just written cannot be read ({error}).") from error
    if abs(length - duration) > TOLERANCE:
        raise BuildError(f"{path}: the MP3 is {length:.2f} s long, not {duration:.2f} s.")
    return path


def read_mp3(path: Path) -> Any:
    """mutagen's view of an MP3 file (``.info.length`` in seconds, ``.tags``)."""
    return _mutagen_mp3.MP3(path)  # type: ignore[no-untyped-call]
