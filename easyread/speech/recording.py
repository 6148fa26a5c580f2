"""A script spoken into MP3 tracks, one per part, with the time of every cue and word."""

from __future__ import annotations

from dataclasses import dataclass

from . import mp3
from .engine import SAMPLE_RATE, Engine, Utterance, silence
from .script import Part, Script

LEAD_IN = 250
"""Milliseconds of silence at the start of each track, so no player clips the first word."""
CALIBRATION_WORDS = 150
"""About how many words are spoken to measure the engine's real pace."""
MIN_RATE, MAX_RATE = 80, 450
"""espeak-ng's range of rate settings."""


@dataclass(frozen=True)
class Timed:
    """When a cue is said, in seconds from the start of the whole document."""

    key: str
    line: int
    text: str
    """What was said."""
    start: float
    end: float
    """When its speech ends (its pause follows)."""
    words: tuple[tuple[float, str], ...]
    """Each word's start and the word as the engine was given it."""


@dataclass(frozen=True)
class Track:
    """One part of the document as MP3 data."""

    part: Part
    mp3: bytes
    start: float
    """Where it begins in the whole document, in seconds."""
    duration: float
    """Its length as players measure it (whole MP3 frames)."""
    cues: tuple[Timed, ...]
    speech: float
    """Seconds of speech in it, pauses left out (for the pace)."""

    @property
    def end(self) -> float:
        return self.start + self.duration


@dataclass(frozen=True)
class Recording:
    """A whole document."""

    script: Script
    voice: str
    tracks: tuple[Track, ...]
    rate: int
    """The engine's rate setting used (see :func:`engine_rate`)."""

    @property
    def pace(self) -> float:
        """Words a minute while speaking (pauses left out)."""
        speech = sum(t.speech for t in self.tracks)
        return self.script.words / speech * 60 if speech else 0.0

    @property
    def duration(self) -> float:
        return self.tracks[-1].end if self.tracks else 0.0

    @property
    def mp3(self) -> bytes:
        """The whole document: every track's MP3 data, one after another."""
        return b"".join(track.mp3 for track in self.tracks)


def record(script: Script, engine: Engine, voice: str, rate: int) -> Recording:
    """Speak ``script`` with ``voice`` at ``rate`` words a minute (pauses left out)."""
    setting = engine_rate(script, engine, voice, rate)
    tracks: list[Track] = []
    start = 0.0
    for part in script.parts:
        track = _record_part(part, engine, voice, setting, start)
        tracks.append(track)
        start = track.end
    return Recording(script, voice, tuple(tracks), setting)


def engine_rate(script: Script, engine: Engine, voice: str, rate: int) -> int:
    """The engine's rate setting that gives ``rate`` words a minute for this text.

    espeak-ng's rate is nominal: easy-read text, with its short words, comes out about a
    quarter faster than the setting. So a sample of the text is spoken once and measured, and
    the setting scaled to match (deterministic: same text, same setting).
    """
    cues = [c for p in script.parts for c in p.cues]
    step = max(1, round(script.words / CALIBRATION_WORDS))
    words = samples = 0
    for cue in cues[::step]:  # a sample from all through the document
        said = engine.say(cue.text, voice, rate)
        words += len(cue.text.split())
        samples += said.samples
    if not words or not samples:
        return rate
    measured = words / (samples / SAMPLE_RATE) * 60
    return max(MIN_RATE, min(MAX_RATE, round(rate * rate / measured)))


def _record_part(part: Part, engine: Engine, voice: str, rate: int, start: float) -> Track:
    pcm = [silence(LEAD_IN)]
    samples = len(pcm[0]) // 2
    spoken = 0
    cues: list[Timed] = []
    for cue in part.cues:
        said: Utterance = engine.say(cue.text, voice, rate)
        words = tuple(
            (round(start + (samples + w.sample) / SAMPLE_RATE, 3), w.text) for w in said.words
        )
        cues.append(
            Timed(
                cue.key,
                cue.line,
                cue.text,
                round(start + samples / SAMPLE_RATE, 3),
                round(start + (samples + said.samples) / SAMPLE_RATE, 3),
                words,
            )
        )
        pause = silence(cue.pause)
        pcm += [said.pcm, pause]
        samples += said.samples + len(pause) // 2
        spoken += said.samples
    data = mp3.encode(b"".join(pcm))
    return Track(part, data, start, mp3.duration(data), tuple(cues), spoken / SAMPLE_RATE)
