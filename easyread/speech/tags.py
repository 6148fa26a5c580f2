"""ID3 tags with mutagen: title, organisation as artist, language, and a chapter per section.

Tags are ID3v2.3, which older players read too; chapters are ID3 CHAP frames listed by one
top-level, ordered CTOC frame (the ID3v2 chapter addendum).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mutagen import id3 as _id3

id3: Any = _id3  # mutagen's frame classes have no type hints

LANGUAGES = {
    "ar": "ara", "bn": "ben", "cy": "wel", "de": "ger", "en": "eng", "es": "spa", "fa": "per",
    "fr": "fre", "ga": "gle", "gd": "gla", "gu": "guj", "hi": "hin", "it": "ita", "lt": "lit",
    "nl": "dut", "pa": "pan", "pl": "pol", "pt": "por", "ro": "rum", "ru": "rus", "so": "som",
    "ta": "tam", "tr": "tur", "uk": "ukr", "ur": "urd", "zh": "chi",
}  # fmt: skip
"""Language subtag -> the ISO 639-2 code that ID3's TLAN frame holds."""


@dataclass(frozen=True)
class Chapter:
    """A section's place in the whole-document file."""

    title: str
    start: float
    """Seconds."""
    end: float


@dataclass(frozen=True)
class Tags:
    """What a player shows about a file."""

    title: str
    artist: str
    """The organisation that publishes the information."""
    album: str
    """The site's title (the pack) for a whole document; the document's title for the file
    of one of its sections."""
    language: str
    """A language tag like ``en-GB``."""
    track: str = ""
    """``3/5`` for the third of five sections."""


def tagged(mp3: bytes, tags: Tags, chapters: Sequence[Chapter] = ()) -> bytes:
    """``mp3`` with an ID3 tag in front (the same bytes for the same input)."""
    tag = id3.ID3()
    tag.add(id3.TIT2(encoding=3, text=[tags.title]))
    tag.add(id3.TPE1(encoding=3, text=[tags.artist]))
    tag.add(id3.TALB(encoding=3, text=[tags.album]))
    tag.add(id3.TLAN(encoding=3, text=[iso639_2(tags.language)]))
    tag.add(id3.TCON(encoding=3, text=["Speech"]))
    if tags.track:
        tag.add(id3.TRCK(encoding=3, text=[tags.track]))
    ids = [f"chp{n}" for n in range(1, len(chapters) + 1)]
    if chapters:
        tag.add(
            id3.CTOC(
                element_id="toc",
                flags=id3.CTOCFlags.TOP_LEVEL | id3.CTOCFlags.ORDERED,
                child_element_ids=ids,
                sub_frames=[id3.TIT2(encoding=3, text=[tags.title])],
            )
        )
    for element_id, chapter in zip(ids, chapters, strict=True):
        tag.add(
            id3.CHAP(
                element_id=element_id,
                start_time=round(chapter.start * 1000),
                end_time=round(chapter.end * 1000),
                start_offset=0xFFFFFFFF,
                end_offset=0xFFFFFFFF,
                sub_frames=[id3.TIT2(encoding=3, text=[chapter.title])],
            )
        )
    buffer = io.BytesIO(mp3)
    tag.save(buffer, v2_version=3, padding=lambda info: 0)
    return buffer.getvalue()


def number_track(path: Path, track: str) -> None:
    """Give the MP3 file at ``path`` the track number ``track`` (``2/12``), its other tags and
    chapters kept: in a pack, a player that sorts an album by track plays it in order."""
    tag = id3.ID3(path)
    tag.delall("TRCK")
    tag.add(id3.TRCK(encoding=3, text=[track]))
    tag.save(path, v2_version=3, padding=lambda info: 0)


def iso639_2(language: str) -> str:
    """``en-GB`` -> ``eng``."""
    primary = language.split("-")[0].lower()
    return LANGUAGES.get(primary, primary)
