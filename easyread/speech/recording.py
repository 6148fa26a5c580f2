"""A script spoken into MP3 tracks, one per part, with the time of every cue and word."""

from __future__ import annotations

from dataclasses import dataclass

from . import engine as the_engine
from . import mp3
from .engine import SAMPLE_RATE, Engine, Utterance, engine_version, silence
from .script import Part, Script

LEAD_IN = 250
"""Milliseconds of silence at the start of each track, so no player clips the first word."""
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


def made_with() -> tuple[object, ...]:
    """How the sound is made, besides the script and the settings: the engine's volume, the
    silence before each track, the pace's measuring passage and the MP3 encoding. Part of
    the audio's key, so a change to any of them makes the recordings again."""
    return (the_engine.VOLUME, LEAD_IN, CALIBRATION, mp3.OUT_RATE, mp3.BITRATE, mp3.QUALITY)


def record(script: Script, engine: Engine, voice: str, rate: int) -> Recording:
    """Speak ``script`` with ``voice`` at ``rate`` words a minute (pauses left out)."""
    setting = engine_rate(engine, voice, rate)
    tracks: list[Track] = []
    start = 0.0
    for part in script.parts:
        track = _record_part(part, engine, voice, setting, start)
        tracks.append(track)
        start = track.end
    return Recording(script, voice, tuple(tracks), setting)


def engine_rate(engine: Engine, voice: str, rate: int) -> int:
    """The engine's rate setting that gives ``rate`` words a minute with ``voice``.

    espeak-ng's rate is nominal: easy-read text, with its short words, comes out about a
    quarter faster than the setting. So a passage of plain easy-read sentences is spoken once
    and measured, and the setting scaled to match. The passage is the same for every document,
    so every document is read at the same speed: measured on each document's own words, one
    full of dates and numbers (each one written word, several spoken) or of short answers came
    out much faster than one of plain sentences. Deterministic: same voice, same setting.
    """
    key = (engine_version(), voice, rate)
    if key not in _settings:
        words = samples = 0
        for sentence in CALIBRATION:
            said = engine.say(sentence, voice, rate)
            words += len(sentence.split())
            samples += said.samples
        measured = words / (samples / SAMPLE_RATE) * 60
        _settings[key] = max(MIN_RATE, min(MAX_RATE, round(rate * rate / measured)))
    return _settings[key]


_settings: dict[tuple[str, str, int], int] = {}
"""The setting found for each engine, voice and rate, once a process."""

CALIBRATION = (
    "This information is about our community group. "
    "It tells you how you can take part in our meetings.",
    "In our group, people who use services and council staff work together as equal partners.",
    "We make important decisions together. "
    "We respect each other, even when we have different opinions.",
    "Our meeting place is easy to get to. There is a quiet room if you need to rest.",
    "We send information in easy read before every meeting. "
    "You can also ask for large print or a recording.",
    "The council pays your travel expenses. It also pays for your lunch on meeting days.",
    "Please tell us if you need any support to take part. "
    "For example, you can bring somebody who helps you.",
    "After the meeting, we send everybody a short summary. "
    "It says what we decided and who is responsible for each action.",
    "We want to hear about your experiences of local services. "
    "Your ideas help us to improve them for everyone.",
)
"""Points of plain easy read, to measure the engine's pace: no numbers or short forms, and
words as long as in published easy read (about 1.5 syllables a word; the example project's
are a little shorter, and those of simple sentences like "We meet once a month" much shorter)."""


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
