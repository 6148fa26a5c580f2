"""The speech engine: libespeak-ng, driven through pyttsx3's ctypes binding.

pyttsx3's own ``save_to_file`` + ``runAndWait`` runs espeak-ng asynchronously: the first call in
a process can return before the WAV exists, and a quick second call can write the first text
under the second name. So this module does not use pyttsx3's event loop. It initialises
libespeak-ng in *synchronous* mode: ``espeak_Synth`` returns only when the whole text has been
spoken into our callback, with every word event and its sample position. Each utterance is
tagged (``user_data``) and checked: its own events only, finished, not empty.

libespeak-ng keeps state between utterances (pitch "flutter" and wave phase), so the same text
can come out a few samples different later in a process. For byte-identical files, each
document is spoken in a fresh process (see :mod:`easyread.render.audio`).
"""

from __future__ import annotations

import ctypes
import functools
import logging
from array import array
from dataclasses import dataclass
from typing import Any

from ..errors import BuildError

log = logging.getLogger(__name__)

PACKAGE = "espeak-ng"
"""The Debian package that provides the engine (and libespeak-ng1, the library)."""

SAMPLE_RATE = 22050
"""What espeak-ng makes (checked at start-up)."""
QUIET = 0.01
"""An RMS level (fraction of full scale) below which speech is taken for silence."""
VOLUME = 80
"""espeak-ng's volume setting (its default is 100). At 100 its loudest sounds reach full
scale, where it squashes them, and the decoded MP3 files peak at -0.3 dBFS, with no room left
for a player's own processing; at 80 they peak below -1 dBFS (GUIDELINES AX004: clear
speech). Part of the audio's key."""


@dataclass(frozen=True)
class Word:
    """A word the engine said, and when."""

    sample: int
    """Where it starts, in samples from the start of the utterance."""
    position: int
    """Where it is in the text given to the engine (0-based character index)."""
    text: str
    """The word as given to the engine."""


@dataclass(frozen=True)
class Utterance:
    """The sound of one text: 16-bit mono samples at :data:`SAMPLE_RATE`, and its words."""

    text: str
    pcm: bytes
    words: tuple[Word, ...]

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2


def load_binding() -> Any:
    """pyttsx3's ctypes binding to libespeak-ng, or a :class:`BuildError` saying what to install."""
    try:
        from pyttsx3.drivers import _espeak
    except (ImportError, OSError, RuntimeError) as error:
        raise BuildError(
            "Audio needs the espeak-ng speech engine, and it is not installed "
            f"({error}). Install the Debian package {PACKAGE} "
            f"('sudo apt-get install {PACKAGE}' or 'tools/system-deps site'), "
            "or build the other formats with '--format html,pdf'."
        ) from error
    return _espeak


@functools.cache
def engine_version() -> str:
    """The speech engine's and the MP3 encoder's versions: new ones may sound different, so
    they are part of what an audio file is made from."""
    import ctypes
    from importlib import metadata

    info = load_binding().Info
    restype = info.restype
    info.restype = ctypes.c_char_p
    try:
        espeak = (info(None) or b"unknown").decode()
    finally:
        info.restype = restype
    packages = " ".join(f"{name} {metadata.version(name)}" for name in ("lameenc", "pyttsx3"))
    return f"espeak-ng {espeak} {packages}"


class Engine:
    """libespeak-ng in synchronous mode. One per process (the library allows one)."""

    _instance: Engine | None = None

    @classmethod
    def get(cls) -> Engine:
        """This process's engine, started the first time it is asked for."""
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self) -> None:
        self._es = load_binding()
        rate = self._es.Initialize(self._es.AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0)
        if rate != SAMPLE_RATE:
            raise BuildError(
                f"espeak-ng did not start (it answered {rate}). Reinstall the Debian packages "
                f"{PACKAGE} and libespeak-ng1."
            )
        self._serial = 0
        self._chunks: list[bytes] = []
        self._events: list[tuple[int, int, int, int, int]] = []
        self._finished = False
        self._es.SetSynthCallback(self._on_sound)
        self._voice = ""
        self._rate = 0
        self.voices = self._list_voices()

    def _on_sound(self, wav: Any, count: int, events: Any) -> int:
        i = 0
        while events[i].type != self._es.EVENT_LIST_TERMINATED:
            e = events[i]
            self._events.append((e.type, e.text_position, e.length, e.sample, e.user_data or 0))
            i += 1
        if not wav:
            self._finished = True  # synchronous mode ends each text with an empty buffer
        elif count > 0:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def _list_voices(self) -> dict[str, tuple[int, str]]:
        """Language (lower case) -> (priority, voice identifier), the engine's best for each."""
        best: dict[str, tuple[int, str]] = {}
        for voice in self._es.ListVoices(None):
            identifier = voice.identifier.decode("utf-8", "replace")
            if identifier.startswith("mb/"):
                continue  # MBROLA voices need extra packages
            languages = voice.languages or b""
            if len(languages) < 2:
                continue
            priority, language = languages[0], languages[1:].decode("utf-8", "replace").lower()
            if language not in best or priority < best[language][0]:
                best[language] = (priority, identifier)
        return dict(sorted(best.items()))

    def voice_for(self, language: str, chosen: dict[str, str] | None = None) -> str:
        """The voice for a language tag like ``en-GB``: the project's choice, else espeak-ng's."""
        for key, voice in (chosen or {}).items():
            if key.lower() == language.lower():
                return voice
        tag = language.lower().replace("_", "-")
        while tag:
            if tag in self.voices:
                return self.voices[tag][1]
            family = sorted(v for k, v in self.voices.items() if k.startswith(tag + "-"))
            if family:
                return family[0][1]  # "en" -> the best English voice
            tag = tag.rpartition("-")[0]
        raise BuildError(
            f"espeak-ng has no voice for the language {language!r}. Choose one in easyread.yml, "
            "like 'audio: {voices: {" + language + ": gmw/en}}' (see 'espeak-ng --voices')."
        )

    def say(self, text: str, voice: str, rate: int) -> Utterance:
        """The sound of ``text``, checked to be complete and only this text's."""
        es = self._es
        if voice != self._voice:
            if es.SetVoiceByName(voice.encode("utf-8")) != es.EE_OK:
                raise BuildError(
                    f"espeak-ng has no voice {voice!r}. See 'espeak-ng --voices' for the names."
                )
            self._voice = voice
            self._rate = 0  # a new voice resets the pace
        if rate != self._rate:
            es.SetParameter(es.RATE, rate, 0)
            es.SetParameter(es.VOLUME, VOLUME, 0)
            self._rate = rate
        self._serial += 1
        self._chunks.clear()
        self._events.clear()
        self._finished = False
        data = text.encode("utf-8")
        status = es.cSynth(
            data,
            len(data) + 1,
            0,
            es.POS_CHARACTER,
            0,
            es.CHARS_UTF8 | es.PHONEMES,
            None,
            self._serial,
        )
        if status != es.EE_OK:
            raise BuildError(f"espeak-ng could not speak {text[:60]!r} (error {status}).")
        return self._collect(text)

    def _collect(self, text: str) -> Utterance:
        es = self._es
        events = list(self._events)
        pcm = b"".join(self._chunks)
        strangers = [e for e in events if e[4] not in (0, self._serial)]
        finished = self._finished
        words = tuple(
            Word(e[3], e[1] - 1, _word_at(text, e[1] - 1, e[2]))
            for e in events
            if e[0] == es.EVENT_WORD and 0 <= e[1] - 1 < len(text)
        )
        words = tuple(w for w in words if w.text)
        wanted_sound = any(ch.isalnum() for ch in text)
        if strangers or not finished or (wanted_sound and (not pcm or not words)):
            raise BuildError(
                f"espeak-ng did not finish speaking {text[:60]!r}: "
                f"{len(pcm) // 2} samples, {len(words)} words, finished={finished}, "
                f"{len(strangers)} events of other texts."
            )
        if words and level(pcm, step=16)[0] < QUIET:
            raise BuildError(
                f"espeak-ng spoke {text[:60]!r} too quietly to hear. Is its volume turned down?"
            )
        return Utterance(text, pcm, words)


def _word_at(text: str, position: int, length: int) -> str:
    if length > 0:
        return text[position : position + length]
    rest = text[position:].split(maxsplit=1)
    return rest[0] if rest else ""


def silence(milliseconds: int) -> bytes:
    """That much silence, as samples."""
    return bytes(2 * (SAMPLE_RATE * milliseconds // 1000))


def level(pcm: bytes, step: int = 1) -> tuple[float, float]:
    """RMS level and peak of 16-bit samples, as fractions of full scale (every ``step``th)."""
    samples = array("h", pcm)[::step]
    if not samples:
        return 0.0, 0.0
    rms = (sum(s * s for s in samples) / len(samples)) ** 0.5
    peak = max(max(samples), -min(samples))
    return rms / 32768, peak / 32768
