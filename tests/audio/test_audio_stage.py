"""The audio stage as a build runs it: real espeak-ng, real MP3 files, measured."""

from __future__ import annotations

import dataclasses
import itertools
import math
import sys
from array import array
from pathlib import Path

import pytest
from audio.conftest import Spoken, speak
from audio.spoken import decode, longest_clipped_run, rms, timings, write_project
from mutagen.mp3 import MP3

from easyread.errors import BuildError
from easyread.render import RenderOptions
from easyread.render.audio import render
from easyread.speech import mp3
from easyread.speech.paths import audio_files

SLUGS = ("welcome", "meeting", "glossary")


def test_files_for_every_document_and_a_playlist_in_reading_order(spoken: Spoken) -> None:
    audio = spoken.audio
    names = sorted(str(p.relative_to(audio)) for p in spoken.files)
    assert names == sorted(
        [
            "pack.m3u",
            "welcome.mp3",
            "welcome/01-start.mp3",
            "welcome/02-how-we-work.mp3",
            "welcome/03-what-we-do.mp3",
            "welcome.timings.json",
            "welcome.timings.js",
            "meeting.mp3",
            "meeting/01-start.mp3",
            "meeting/02-where.mp3",
            "meeting.timings.json",
            "meeting.timings.js",
            "glossary.mp3",
            "glossary/01-words.mp3",
            "glossary.timings.json",
            "glossary.timings.js",
        ]
    )
    order = [d.slug for d in spoken.project.documents]
    playlist = (audio / "pack.m3u").read_text("utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    assert [line for line in playlist if not line.startswith("#")] == [f"{s}.mp3" for s in order]
    titles = [line.split(",", 1)[1] for line in playlist if line.startswith("#EXTINF:")]
    assert titles == [d.title for d in spoken.project.documents]
    assert ("progress", "audio 3/3") in spoken.reporter.messages


@pytest.mark.parametrize("slug", SLUGS)
def test_durations_match_the_timings_and_chapters_cover_the_sections(
    spoken: Spoken, slug: str
) -> None:
    data = timings(spoken.audio, slug)
    whole = MP3(spoken.audio / f"{slug}.mp3")
    assert whole.info.length == pytest.approx(data["duration"], abs=0.03)
    assert whole.info.sample_rate == 44100
    document = spoken.project.document(slug)
    spoken_sections = [s for s in document.sections if s.points or s.heading]
    assert [p["anchor"] for p in data["parts"]] == [s.anchor for s in spoken_sections]

    tags = whole.tags
    assert tags is not None
    toc = tags.getall("CTOC")
    assert len(toc) == 1 and toc[0].flags == 3  # top level, ordered
    chapters = [tags[f"CHAP:{i}"] for i in toc[0].child_element_ids]
    assert [c.sub_frames["TIT2"].text[0] for c in chapters] == [p["title"] for p in data["parts"]]
    assert chapters[0].start_time == 0
    for before, after in itertools.pairwise(chapters):
        assert before.end_time == after.start_time  # no gap, no overlap
    assert chapters[-1].end_time == pytest.approx(whole.info.length * 1000, abs=30)
    for chapter, part in zip(chapters, data["parts"], strict=True):
        assert chapter.start_time == round(part["start"] * 1000)
        section = MP3(spoken.audio / part["file"])
        assert section.info.length == pytest.approx(part["end"] - part["start"], abs=0.03)
    assert tags["TIT2"].text == [document.title]
    assert tags["TPE1"].text == ["Test Borough Council"]
    assert tags["TLAN"].text == ["eng"]
    assert tags["TALB"].text == ["Test Voices"]  # the whole document: one of the site's
    # a section: one of the document's, so that players sorting by album and track keep
    # each document's sections together and in order
    for number, part in enumerate(data["parts"], start=1):
        section_tags = MP3(spoken.audio / part["file"]).tags
        assert section_tags is not None
        assert section_tags["TALB"].text == [document.title]
        assert section_tags["TRCK"].text == [f"{number}/{len(data['parts'])}"]


@pytest.mark.parametrize("slug", SLUGS)
def test_timings_are_in_order_and_inside_the_file(spoken: Spoken, slug: str) -> None:
    data = timings(spoken.audio, slug)
    times = []
    for part in data["parts"]:
        assert part["start"] <= part["end"]
        for cue in part["cues"]:
            assert part["start"] <= cue["start"] < cue["end"] <= part["end"]
            assert cue["text"] and "[[" not in cue["text"], cue  # as written, not the sounds
            assert "words" not in cue  # wrong words at wrong times (version 1)
            times += [cue["start"], cue["end"]]
    assert times == sorted(times)
    assert times[0] >= 0 and times[-1] <= data["duration"]
    script = (spoken.audio / f"{slug}.timings.js").read_text("utf-8")
    assert script.startswith("(window.easyreadTimings = window.easyreadTimings || {})")


def test_cues_name_the_title_headings_and_points_of_the_page(spoken: Spoken) -> None:
    data = timings(spoken.audio, "welcome")
    keys = [c["key"] for p in data["parts"] for c in p["cues"]]
    assert keys == ["title", "0.0", "0.1", "1", "1.0", "1.1", "2", "2.0", "2.1"]
    document = spoken.project.document("welcome")
    lines = [c["line"] for p in data["parts"] for c in p["cues"] if "." in c["key"]]
    assert lines == [p.line for p in document.points]
    said = {c["key"]: c["text"] for p in data["parts"] for c in p["cues"]}
    assert "in Rivver tun." in said["1.0"]  # the pronunciation list
    assert "The National Health Service pays" in said["1.1"]  # the abbreviations


def test_every_file_is_speech_not_silence_and_never_clips(spoken: Spoken) -> None:
    pytest.importorskip("miniaudio", reason="the dev extra installs miniaudio, an MP3 decoder")
    for path in spoken.files:
        if path.suffix != ".mp3":
            continue
        samples = decode(path)
        assert len(samples) / 44100 == pytest.approx(MP3(path).info.length, abs=0.1)
        level = rms(samples[::4])
        assert 0.03 < level < 0.5, f"{path.name}: RMS level {level:.3f}"
        assert longest_clipped_run(samples) < 3, f"{path.name} clips"


def test_every_file_leaves_headroom_below_full_scale(spoken: Spoken) -> None:
    """Decoded as a player decodes it, no MP3 peaks above -1 dBFS: at full scale a player's
    resampling or volume boost can clip the loudest sounds."""
    pytest.importorskip("miniaudio", reason="the dev extra installs miniaudio, an MP3 decoder")
    for path in spoken.files:
        if path.suffix == ".mp3":
            samples = decode(path)
            peak = max(max(samples), -min(samples)) / 32768
            assert 20 * math.log10(peak) <= -1.0, f"{path.name}: peaks at {peak:.3f}"


@pytest.mark.parametrize("slug", SLUGS)
def test_pace_is_about_140_words_a_minute(spoken: Spoken, slug: str) -> None:
    data = timings(spoken.audio, slug)
    cues = [c for p in data["parts"] for c in p["cues"]]
    words = sum(len(c["text"].split()) for c in cues)
    speaking = sum(c["end"] - c["start"] for c in cues)
    # written words: a date or a time is one, said as several (the meeting is full of them);
    # the engine's pace is set on plain easy read; in the glossary each word is a sentence
    # of its own ("Agenda."), with a sentence's pause after it
    slowest = {"meeting": 110, "glossary": 120}.get(slug, 125)
    assert slowest <= words / speaking * 60 <= 155
    assert data["pace"] == pytest.approx(words / speaking * 60, abs=1)  # what the file says


def test_every_document_is_read_at_the_same_speed(spoken: Spoken) -> None:
    rates = {slug: timings(spoken.audio, slug)["rate"] for slug in SLUGS}
    assert len(set(rates.values())) == 1, rates  # the meeting is full of dates, welcome is not


def test_the_engine_pace_is_140_words_a_minute_on_plain_easy_read() -> None:
    from easyread.speech.engine import SAMPLE_RATE, Engine
    from easyread.speech.recording import CALIBRATION, engine_rate

    engine = Engine.get()
    voice = engine.voice_for("en-GB")
    setting = engine_rate(engine, voice, 140)
    # words as long as published easy read's (about 1.5 syllables): shorter words go faster
    text = (
        "Please tell us about your experience of the community transport service. "
        "Your answers will help the council to improve it."
    )
    assert text not in CALIBRATION  # measured on other words than those it was set on
    said = engine.say(text, voice, setting)
    assert len(text.split()) / (said.samples / SAMPLE_RATE) * 60 == pytest.approx(140, abs=15)
    assert engine_rate(engine, voice, 180) > setting


def test_points_are_further_apart_than_sentences(spoken: Spoken) -> None:
    """A listener hears where a point ends: the pause after it is longer than any pause
    between its sentences (AX004), and the pause before a section longer again."""
    data = timings(spoken.audio, "welcome")
    samples = decode(spoken.audio / "welcome.mp3")
    cues = [c for p in data["parts"] for c in p["cues"]]
    inside = max(_longest_silence(samples, c["start"], c["end"]) for c in cues)
    between = [
        _longest_silence(samples, a["end"] - 0.05, b["start"] + 0.05)
        for a, b in itertools.pairwise(cues)
    ]
    assert inside < 0.85, inside
    assert min(between) >= inside + 0.4, (inside, between)
    sections = [p["cues"][0]["start"] for p in data["parts"][1:]]
    before = [
        b
        for b, (_, cue) in zip(between, itertools.pairwise(cues), strict=True)
        if cue["start"] in sections
    ]
    assert before and min(before) >= 1.9


def _longest_silence(samples: array[int], start: float, end: float) -> float:
    """The longest run of silence (10 ms windows below 1% of full scale) between two times."""
    window = 441
    longest = run = 0
    for at in range(round(start * 44100), round(end * 44100) - window, window):
        quiet = max(map(abs, samples[at : at + window])) < 328
        run = run + 1 if quiet else 0
        longest = max(longest, run)
    return longest / 100


def test_the_whole_file_is_its_sections_one_after_another(spoken: Spoken) -> None:
    data = timings(spoken.audio, "welcome")
    whole = _audio_data(spoken.audio / "welcome.mp3")
    parts = b"".join(_audio_data(spoken.audio / p["file"]) for p in data["parts"])
    assert whole == parts
    assert mp3.duration(whole) == pytest.approx(data["duration"], abs=0.002)


def test_the_same_input_gives_byte_identical_files(
    spoken: Spoken, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = write_project(tmp_path_factory.mktemp("again"))
    again = speak(root, tmp_path_factory.mktemp("build-again"), jobs=1)
    first = {p.relative_to(spoken.out): p.read_bytes() for p in spoken.files}
    second = {p.relative_to(again.out): p.read_bytes() for p in again.files}
    assert first.keys() == second.keys()
    different = [str(name) for name in first if first[name] != second[name]]
    assert different == []


def test_no_speech_engine_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoken: Spoken
) -> None:
    # What Python does when pyttsx3's binding cannot find libespeak-ng: the import fails.
    import pyttsx3.drivers

    monkeypatch.setitem(sys.modules, "pyttsx3.drivers._espeak", None)
    monkeypatch.delattr(pyttsx3.drivers, "_espeak", raising=False)
    with pytest.raises(BuildError) as caught:
        render(spoken.project, tmp_path, RenderOptions(formats=("audio",), jobs=1))
    message = str(caught.value)
    assert "espeak-ng" in message and "apt-get install espeak-ng" in message
    assert "--format html,pdf" in message
    assert not (tmp_path / "audio").exists()


def _audio_data(path: Path) -> bytes:
    """The MP3 frames of a file, its ID3 tag left out."""
    data = path.read_bytes()
    assert data[:3] == b"ID3"
    size = data[6] << 21 | data[7] << 14 | data[8] << 7 | data[9]
    return data[10 + size :]


def test_a_workers_error_reaches_the_build(spoken: Spoken, tmp_path: Path) -> None:
    config = spoken.project.config
    audio = dataclasses.replace(config.audio, voices={"en-GB": "nobody"})
    project = dataclasses.replace(spoken.project, config=dataclasses.replace(config, audio=audio))
    with pytest.raises(BuildError, match="espeak-ng has no voice 'nobody'"):
        render(project, tmp_path, RenderOptions(formats=("audio",), jobs=2))


@pytest.mark.parametrize("slug", SLUGS)
def test_the_site_can_know_the_file_names_without_speaking(spoken: Spoken, slug: str) -> None:
    files = audio_files(spoken.project.document(slug))
    data = timings(spoken.audio, slug)
    assert (spoken.audio / files.whole).is_file()
    assert (spoken.audio / files.timings).is_file()
    assert {p["anchor"]: p["file"] for p in data["parts"]} == files.sections
