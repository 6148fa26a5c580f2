"""The checker's input: a document as blocks of plain text that remember where each letter was.

Both adapters produce a :class:`Source`: :mod:`.markdown` from any Markdown or text file,
:mod:`.project` from a loaded :class:`~easyread.model.Document`. The rules only read these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .settings import Setting

BlockKind = Literal["point", "item", "heading", "title", "summary", "explanation"]
"""What a block is: a point's own text, a list item of a point, a heading, the document's
title or summary, or the explanation of a hard word written in the point."""

MarkKind = Literal["hard-word", "explained-word", "italics", "underline", "link"]
"""What the author marked in the text."""

Place = tuple[int, int]
"""A 1-based (line, column) in the source file."""


@dataclass(frozen=True)
class Marked:
    """A stretch of a block's text the author marked: a hard word, italics, a link."""

    start: int
    """Offset of the first character in the block's text."""
    end: int
    """Offset after the last character."""
    kind: MarkKind
    """``hard-word`` is ``{word}``; ``explained-word`` is ``{word: meaning}``."""


@dataclass(frozen=True)
class Block:
    """A piece of text read as a unit: a point, a list item, a heading."""

    kind: BlockKind
    text: str
    """The plain text a reader reads: no markup, lines joined by newlines."""
    places: tuple[Place, ...]
    """The source place of each character of ``text``, and one more for its end."""
    point: int
    """The number of the point this block belongs to (list items belong to the point above)."""
    picture: bool | None = None
    """Whether the point has a picture; None when that is not known."""
    picture_alt: bool = True
    """False when the picture is an image file without alt text."""
    marked: tuple[Marked, ...] = ()
    """Hard words, italics and links in the text."""
    line_breaks: bool = False
    """True when each line is shown on its own (easyread content), so a line is a sentence."""

    def place(self, offset: int) -> Place:
        """The source place of ``offset`` in ``text``."""
        return self.places[min(max(offset, 0), len(self.places) - 1)]


@dataclass(frozen=True)
class Source:
    """A document to check."""

    path: str
    """The file as shown in messages, like ``content/minutes.md``."""
    lines: tuple[str, ...]
    """The file's lines, to show the place of a finding."""
    blocks: tuple[Block, ...]
    """The text, in reading order."""
    checked_by: tuple[str, ...] | None = None
    """Who checked the document (ER015); None when the file cannot say (text from elsewhere)."""
    checked_line: int = 1
    """Where the document says who checked it (or where it should)."""
    checked_dates: tuple[bool, ...] = ()
    """For each of ``checked_by``, whether it says when they checked it."""
    pictures: bool = False
    """True when the document is easyread content, so every point needs a picture (ER012)."""
    settings: dict[str, Setting] = field(default_factory=dict)
    """Severities set for this document only (front matter ``checks:``)."""
    disabled: dict[int, frozenset[str]] = field(default_factory=dict)
    """Rules switched off for one line by a comment (``ALL`` for every rule)."""
    glossary: frozenset[str] = frozenset()
    """Hard words the document may use because a glossary explains them (lower case)."""
    synonyms: tuple[tuple[str, ...], ...] = ()
    """Words for the same thing from the glossary: a term and its other names (ER010)."""
