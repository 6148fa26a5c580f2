"""The ``audio:`` section of ``easyread.yml``: voice, pace, pauses and how words are said.

This module must not import :mod:`easyread.config` (which imports it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import doc


@dataclass(frozen=True)
class AudioConfig:
    """How the spoken versions sound (GUIDELINES AX004)."""

    rate: int = field(
        default=140,
        metadata=doc(
            "Speaking pace in words a minute (easy read: about 140)",
            minimum=80,
            maximum=300,
            describe="a number of words a minute from 80 to 300",
        ),
    )
    voices: dict[str, str] = field(
        default_factory=dict,
        metadata=doc(
            "The espeak-ng voice for a language, like 'en-GB: gmw/en-GB-x-rp' "
            "(default: espeak-ng's usual voice for each document's language)"
        ),
    )
    pronunciations: dict[str, str] = field(
        default_factory=dict,
        metadata=doc("Names and places said wrongly, and how to say them: 'Riverton: Rivver tun'"),
    )
    abbreviations: dict[str, str] = field(
        default_factory=dict,
        metadata=doc("Short forms said in full: 'NHS: National Health Service'"),
    )
    hard_word: str = field(
        default="{term} means: {meaning}",  # as the web page says it; "is" fits only some meanings
        metadata=doc(
            "How a hard word is explained the first time it is spoken; "
            "{term} is the word and {meaning} what it means"
        ),
    )
    point_pause: int = field(
        default=1200,
        metadata=doc(
            "Pause between points, in milliseconds",
            minimum=100,
            maximum=5000,
            describe="a number of milliseconds from 100 to 5000",
        ),
    )
    section_pause: int = field(
        default=2000,
        metadata=doc(
            "Pause before each new section and after the title, in milliseconds",
            minimum=100,
            maximum=10000,
            describe="a number of milliseconds from 100 to 10000",
        ),
    )
