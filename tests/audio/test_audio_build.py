"""``easyread build --format audio`` as a user runs it (once the stage is registered)."""

from __future__ import annotations

from pathlib import Path

import pytest
from audio.spoken import write_project

from easyread.render import FORMATS

pytestmark = pytest.mark.skipif(
    "audio" not in FORMATS, reason="the audio stage is not in easyread.render.FORMATS yet"
)


def test_build_makes_the_audio_beside_the_site(tmp_path: Path) -> None:
    from easyread.build import build
    from easyread.render import parse_formats

    root = write_project(tmp_path / "project")
    result = build(root, tmp_path / "build", parse_formats("html,audio"), jobs=2)
    audio = result.out / "audio"
    assert (audio / "pack.m3u").is_file()
    assert (audio / "welcome.mp3").is_file()
    assert (audio / "welcome" / "02-how-we-work.mp3").is_file()
    assert (result.out / "site" / "welcome.html").is_file()
    assert audio / "welcome.mp3" in result.files
