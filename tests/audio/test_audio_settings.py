"""The ``audio:`` section of easyread.yml."""

from __future__ import annotations

import pytest
from conftest import CONFIG, MakeProject

from easyread.config import load_config
from easyread.errors import ConfigError


def test_defaults_are_an_easy_pace_with_pauses(make_project: MakeProject) -> None:
    audio = load_config(make_project({})).audio
    assert audio.rate == 140
    assert (audio.point_pause, audio.section_pause) == (1200, 2000)
    assert audio.voices == audio.pronunciations == audio.abbreviations == {}


def test_every_setting_can_be_written(make_project: MakeProject) -> None:
    config = CONFIG + (
        "audio:\n"
        "  rate: 120\n"
        "  voices: {en-GB: gmw/en-GB-x-rp}\n"
        "  pronunciations: {Siobhan: Shiv awn}\n"
        "  abbreviations: {NHS: National Health Service}\n"
        "  hard_word: '{term} means {meaning}'\n"
        "  point_pause: 1000\n"
        "  section_pause: 2000\n"
    )
    audio = load_config(make_project({}, config=config)).audio
    assert audio.rate == 120
    assert audio.voices == {"en-GB": "gmw/en-GB-x-rp"}
    assert audio.pronunciations == {"Siobhan": "Shiv awn"}
    assert audio.abbreviations == {"NHS": "National Health Service"}
    assert audio.hard_word == "{term} means {meaning}"
    assert (audio.point_pause, audio.section_pause) == (1000, 2000)


def test_mistakes_say_where_and_what_to_write(make_project: MakeProject) -> None:
    config = CONFIG + "audio:\n  rate: 500\n  speed: 3\n"
    with pytest.raises(ConfigError) as caught:
        load_config(make_project({}, config=config))
    message = str(caught.value)
    assert (
        "easyread.yml:6: audio.rate: expected a number of words a minute from 80 to 300" in message
    )
    assert "audio.speed: this name is not known" in message
