"""The private participants file: how each person needs their information (NHS AIS).

One record per person, in a fixed vocabulary (see the README): their formats, print size and
colours, language, a supporter's copy, how the pack is sent and when the record is reviewed.
These are personal data. Messages about the file name a person by their ``id`` and the field,
never by their name: see :func:`load_participants`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Literal

from ..print_settings import PrintSize, parse_size
from ..schema import doc

Format = Literal[
    "easy-read-print",
    "large-print",
    "audio",
    "website-link",
    "plain-text",
    "braille-ready-text",
]
"""What a person can ask for (the README explains each one)."""

FORMAT_NAMES: dict[str, str] = {
    "easy-read-print": "easy read print",
    "large-print": "large print",
    "audio": "audio to listen to",
    "website-link": "the website",
    "plain-text": "plain text for email or a screen reader",
    "braille-ready-text": "text ready for braille",
}
"""Each format in easy words, for letters and the staff sheet."""

Colours = Literal["black-on-white", "black-on-yellow"]
"""Print colours: the ones the print stage offers (``print.colours`` in ``easyread.yml``)."""

Sent = Literal["post", "email", "by-hand"]
"""How a pack reaches the person."""

PRINT_FORMATS = ("easy-read-print", "large-print")
"""The formats printed on paper (PDFs at a size and colours)."""

ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
"""An id: lower-case letters, digits, ``-`` and ``_``; it names the person's pack folder."""

EASY_READ_SIZE = "easy-read"
"""The print size of easy-read print."""

LARGE_PRINT_SIZE = "large"
"""The large-print size when a record gives none (18 point)."""


@dataclass(frozen=True)
class Supporter:
    """A supporter or carer who gets a copy of the person's pack."""

    formats: tuple[Format, ...] = field(
        metadata=doc("The formats the supporter's copy comes in (the same words as 'formats')")
    )
    call_me: str = field(
        default="",
        metadata=doc("How to address the supporter in their letter (default: 'supporter')"),
    )
    print_size: str = field(
        default=LARGE_PRINT_SIZE,
        metadata=doc("The size of the supporter's large print: large, extra-large or points"),
    )
    colours: Colours = field(
        default="black-on-white", metadata=doc("The supporter's print colours")
    )
    sent: Sent | None = field(
        default=None, metadata=doc("How the supporter's copy is sent (default: as the person's)")
    )


@dataclass(frozen=True)
class Participant:
    """One person's record: who they are and how they need their information."""

    id: str = field(
        metadata=doc(
            "A short code for the person, like p07: lower-case letters, digits, - and _. "
            "Never their name: it is used in folder names and messages",
        )
    )
    name: str = field(metadata=doc("The person's full name (for staff only)"))
    call_me: str = field(metadata=doc("How to address them in their letter, like 'Sam'"))
    formats: tuple[Format, ...] = field(metadata=doc("The formats they asked for"))
    sent: Sent = field(metadata=doc("How their pack is sent: post, email or by-hand"))
    review: datetime.date = field(metadata=doc("When to check their needs again"))
    print_size: str = field(
        default=LARGE_PRINT_SIZE,
        metadata=doc("The size of their large print: large (18), extra-large (24) or points"),
    )
    colours: Colours = field(default="black-on-white", metadata=doc("Their print colours"))
    language: str = field(default="", metadata=doc("Their language (default: the project's)"))
    supporter: Supporter | None = field(
        default=None, metadata=doc("A supporter or carer who gets a copy, and in what format")
    )


@dataclass(frozen=True)
class ParticipantsFile:
    """The whole participants file."""

    participants: tuple[Participant, ...] = field(metadata=doc("Everyone who gets a personal pack"))


@dataclass(frozen=True)
class Needs:
    """What one copy of a pack holds: the formats at a print size and colours."""

    formats: tuple[Format, ...]
    large_size: PrintSize
    colours: Colours

    @property
    def print_sizes(self) -> tuple[PrintSize, ...]:
        """The print sizes this copy is printed at (easy read first)."""
        sizes: list[PrintSize] = []
        if "easy-read-print" in self.formats:
            sizes.append(_size(EASY_READ_SIZE))
        if "large-print" in self.formats and self.large_size not in sizes:
            sizes.append(self.large_size)
        return tuple(sizes)

    @property
    def letter_size(self) -> PrintSize:
        """The size to print the letter at: the biggest the person reads."""
        return max(self.print_sizes, default=_size(EASY_READ_SIZE))


def person_needs(person: Participant) -> Needs:
    """The needs of the person's own copy."""
    return Needs(person.formats, _size(person.print_size), person.colours)


def supporter_needs(supporter: Supporter) -> Needs:
    """The needs of a supporter's copy."""
    return Needs(supporter.formats, _size(supporter.print_size), supporter.colours)


def _size(value: str) -> PrintSize:
    size = parse_size(value)
    assert size is not None, "sizes are checked when the file is loaded"
    return size
