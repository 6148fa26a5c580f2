"""Where a document's audio files are, relative to the build's ``audio/`` folder.

Light on imports, so that the website stage can link to the files without loading the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document

FOLDER = "audio"
"""The audio stage's folder in the build."""
PLAYLIST = "pack.m3u"


@dataclass(frozen=True)
class AudioFiles:
    """A document's audio files, as paths relative to ``audio/``."""

    whole: str
    """``<slug>.mp3``: the whole document, with chapters."""
    timings: str
    """``<slug>.timings.js``: the read-along timings, for the page."""
    sections: dict[str, str]
    """Section anchor -> ``<slug>/<NN>-<section>.mp3`` (NN: the section's place, from 01)."""
    data: str = ""
    """``<slug>.timings.json``: the same timings, as data for other programs."""


def audio_files(document: Document) -> AudioFiles:
    """The files the audio stage makes for ``document`` (a section with nothing to say has none
    in practice: only sections with a heading or a point are spoken)."""
    slug = document.slug
    return AudioFiles(
        f"{slug}.mp3",
        f"{slug}.timings.js",
        {s.anchor: section_file(slug, i, s.anchor) for i, s in enumerate(document.sections)},
        f"{slug}.timings.json",
    )


def section_file(slug: str, index: int, anchor: str) -> str:
    """``welcome/02-how-we-work.mp3`` for the section at ``index`` (from 0)."""
    return f"{slug}/{index + 1:02d}-{safe_name(anchor)}.mp3"


def safe_name(anchor: str) -> str:
    """A section's anchor as a file name: lower case letters, digits and hyphens."""
    name = re.sub(r"[^a-z0-9]+", "-", anchor.lower()).strip("-")
    return name[:60].rstrip("-") or "start"
