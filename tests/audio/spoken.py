"""A small project to speak, and helpers that measure what was made."""

from __future__ import annotations

import json
import textwrap
from array import array
from pathlib import Path
from typing import Any

CONFIG = """\
title: Test Voices
organisation: Test Borough Council
language: en-GB
contact:
  phone: 01632 960000
audio:
  pronunciations:
    Riverton: Rivver tun
  abbreviations:
    NHS: National Health Service
"""

WELCOME = """\
---
title: Welcome to Test Voices
---

[hello] Welcome to Test Voices.
We are a group of people who use services, and staff.

[together] We work together as equal partners.
This is called {co-production: when people who use services and staff plan and decide things together}.

# How we work

[meeting] We meet on 2026-03-03 at 14:00 in Riverton.
Read the {agenda} before the meeting.

[phone] Ring Priya on 01234 567890.
It costs £5.50. The NHS pays for the bus.

# What we do

[list] At the meeting we:
- talk about what matters to us
- decide things together

[agenda] We read the {agenda} again.
"""

MEETING = """\
---
title: Our next meeting
---

[meeting] Our next meeting is on Thursday 10 December 2026 at 2pm.

# Where

[building] We meet at the Riverside Community Centre.
"""

GLOSSARY = """\
type: glossary
title: Hard words
words:
  agenda:
    means: A list of things we will talk about at a meeting.
"""


def write_project(root: Path) -> Path:
    """The project's files in ``root``; returns ``root``."""
    files = {
        "easyread.yml": CONFIG,
        "content/welcome.md": WELCOME,
        "content/meeting.md": MEETING,
        "content/words.yml": GLOSSARY,
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def timings(audio: Path, slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((audio / f"{slug}.timings.json").read_text("utf-8"))
    return data


def decode(path: Path) -> array[int]:
    """The samples of an MP3 file (16-bit mono, 44.1 kHz), decoded by miniaudio."""
    import miniaudio

    decoded = miniaudio.decode_file(
        str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=44100
    )
    samples: array[int] = decoded.samples
    return samples


def rms(samples: array[int]) -> float:
    """Root mean square level, as a fraction of full scale."""
    if not samples:
        return 0.0
    return float((sum(s * s for s in samples) / len(samples)) ** 0.5 / 32768)


def longest_clipped_run(samples: array[int], limit: int = 32700) -> int:
    """The most samples in a row at (or next to) full scale."""
    longest = run = 0
    for s in samples:
        run = run + 1 if abs(s) >= limit else 0
        longest = max(longest, run)
    return longest
