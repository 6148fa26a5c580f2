"""The speech engine in this process: many files in a row, voices, pace, errors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from mutagen.mp3 import MP3

from easyread.errors import BuildError
from easyread.speech import mp3
from easyread.speech.engine import SAMPLE_RATE, Engine, level

NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()


def test_fifty_files_in_one_process_all_exist_with_the_right_content(tmp_path: Path) -> None:
    """pyttsx3's save_to_file can return before the file exists, or write one text under the
    next name. Here every text is longer than the one before, so each file's length shows
    that it holds its own text."""
    engine = Engine.get()
    voice = engine.voice_for("en-GB")
    texts = [f"File {n}. " + " ".join(NUMBERS[: 1 + n % 20]) + "." for n in range(50)]
    texts.sort(key=lambda t: (len(t.split()), t))
    paths = []
    for n, text in enumerate(texts):
        said = engine.say(text, voice, 140)
        path = tmp_path / f"file-{n:02d}.mp3"
        path.write_bytes(mp3.encode(said.pcm))
        paths.append(path)
        words = " ".join(w.text for w in said.words)
        assert words.split()[0] == "File" and words.endswith(NUMBERS[len(text.split()) - 3])
        rms, peak = level(said.pcm)
        assert rms > 0.03 and peak < 1.0
    assert all(p.is_file() for p in paths)
    measured = [(len(t.split()), MP3(p).info.length) for t, p in zip(texts, paths, strict=True)]
    for (words1, length1), (words2, length2) in itertools.pairwise(measured):
        if words2 > words1 + 1:
            assert length2 > length1, "a file holds another file's text"


def test_pace_follows_the_rate() -> None:
    engine = Engine.get()
    voice = engine.voice_for("en-GB")
    text = "We meet once a month in the big hall at the community centre near the station."
    pace = {}
    for rate in (100, 140, 200):
        said = engine.say(text, voice, rate)
        pace[rate] = len(text.split()) / (said.samples / SAMPLE_RATE) * 60
    assert pace[100] < pace[140] < pace[200]
    # espeak-ng's setting is nominal: short easy words come out faster (recording.engine_rate).
    assert 130 <= pace[140] <= 220


def test_a_pronunciation_changes_what_is_heard() -> None:
    engine = Engine.get()
    voice = engine.voice_for("en-GB")
    plain = engine.say("Come to Riverton.", voice, 140)
    fixed = engine.say("Come to [[r'Iv@t@n]].", voice, 140)
    assert plain.pcm != fixed.pcm
    assert [w.text for w in plain.words] == ["Come", "to", "Riverton"]
    assert [w.text for w in fixed.words][:2] == ["Come", "to"]


def test_voices_follow_the_language() -> None:
    engine = Engine.get()
    assert engine.voice_for("en-GB") == "gmw/en"
    assert engine.voice_for("en-US") == "gmw/en-US"
    assert engine.voice_for("en") == "gmw/en"
    assert engine.voice_for("cy") == "cel/cy"
    assert engine.voice_for("fr-FR") == "roa/fr"
    assert engine.voice_for("en-GB", {"en-gb": "gmw/en-GB-x-rp"}) == "gmw/en-GB-x-rp"
    with pytest.raises(BuildError, match="no voice for the language 'xx'"):
        engine.voice_for("xx")
    with pytest.raises(BuildError, match="espeak-ng has no voice 'nobody'"):
        engine.say("Hello.", "nobody", 140)
    welsh = engine.say("Croeso i bawb.", engine.voice_for("cy"), 140)
    assert welsh.samples > SAMPLE_RATE // 2


def test_text_without_words_is_silence_not_an_error() -> None:
    engine = Engine.get()
    said = engine.say("...", engine.voice_for("en-GB"), 140)
    assert said.words == ()
    assert level(said.pcm)[0] < 0.01


def test_speech_too_quiet_to_hear_is_an_error() -> None:
    engine = Engine.get()
    binding = engine._es
    binding.SetParameter(binding.VOLUME, 0, 0)
    try:
        with pytest.raises(BuildError, match="too quietly to hear"):
            engine.say("Hello there.", engine.voice_for("en-GB"), 140)
    finally:
        binding.SetParameter(binding.VOLUME, 100, 0)
    assert level(engine.say("Hello there.", engine.voice_for("en-GB"), 140).pcm)[0] > 0.03
