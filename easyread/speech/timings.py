"""Read-along timings beside the audio: when each title, heading and point is spoken.

Two files with the same data: ``<slug>.timings.json`` for programs, and ``<slug>.timings.js``
for the website. Each cue has the words said, as they are written ("RV1 1AA" said letter by
letter is "R V 1, 1 A A", not the engine's sounds for the letter A), and when they are said;
not each word's time (version 1 had them: espeak-ng places its word events by characters,
which numbers, postcodes and punctuation throw out, so they named wrong words). A page opened from a folder (``file://``) cannot fetch() a JSON file, but it
can load a script, which files the timings under ``window.easyreadTimings[slug]``.
"""

from __future__ import annotations

import json
from typing import Any

from .normalise import as_written
from .recording import Recording

VERSION = 2


def timings(recording: Recording, audio: str, files: list[str]) -> dict[str, Any]:
    """The timings of a document; ``audio`` and ``files`` are paths relative to ``audio/``."""
    script = recording.script
    return {
        "version": VERSION,
        "slug": script.slug,
        "title": script.title,
        "language": script.language,
        "voice": recording.voice,
        "rate": recording.rate,
        "pace": round(recording.pace),
        "audio": audio,
        "duration": round(recording.duration, 3),
        "parts": [
            {
                "anchor": track.part.anchor,
                "title": track.part.title,
                "file": file,
                "start": round(track.start, 3),
                "end": round(track.end, 3),
                "cues": [
                    {
                        "key": cue.key,
                        "line": cue.line,
                        "text": as_written(cue.text),
                        "start": cue.start,
                        "end": cue.end,
                    }
                    for cue in track.cues
                ],
            }
            for track, file in zip(recording.tracks, files, strict=True)
        ],
    }


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")) + "\n"


def as_script(data: dict[str, Any]) -> str:
    """A script that files the timings for ``readalong.js`` (works from ``file://``)."""
    slug = json.dumps(data["slug"])
    return (
        f"(window.easyreadTimings = window.easyreadTimings || {{}})[{slug}] = "
        f"{as_json(data).strip()};\n"
    )
