"""The checker's input: a document as blocks of plain text that remember where each letter was.

Both adapters produce a :class:`Source`: :mod:`.markdown` from any Markdown or text file,
:mod:`.project` from a loaded :class:`~easyread.model.Document`. The rules only read these.
"""

from __future__ import annotations

from bisect import bisect_right
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

Run = tuple[int, int, int]
"""A stretch of a block's text written in one piece in the source: the offset of its first
character in the text, and that character's line and column. The characters after it follow
on the same line, a column each."""


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
    runs: tuple[Run, ...]
    """Where the text was written, stretch by stretch, in order; the last one is the source
    place of the text's end (its offset is the length of the text)."""
    point: int
    """The number of the point this block belongs to (list items belong to the point above)."""
    picture: bool | None = None
    """Whether the point has a picture; None when that is not known."""
    picture_alt: bool = True
    """False when the picture is an image file without alt text."""
    picture_automatic: str = ""
    """The picture's name when the build chose it (``symbols.auto_pictures``), not the author."""
    marked: tuple[Marked, ...] = ()
    """Hard words, italics and links in the text."""
    line_breaks: bool = False
    """True when each line is shown on its own (easyread content), so a line is a sentence."""

    def place(self, offset: int) -> Place:
        """The source place of ``offset`` in ``text`` (or of its end, after it)."""
        offset = min(max(offset, 0), len(self.text))
        start, line, column = self.runs[bisect_right(self.runs, offset, key=_offset) - 1]
        return (line, column + offset - start)

    @property
    def places(self) -> tuple[Place, ...]:
        """The source place of each character of ``text``, and one more for its end."""
        return tuple(self.place(offset) for offset in range(len(self.text) + 1))


def _offset(run: Run) -> int:
    return run[0]


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
    language: str = "en"
    """The document's language (a tag like ``en-GB`` or ``cy``): rules of English words are
    run on English only."""
    synonyms: tuple[tuple[str, ...], ...] = ()
    """Words for the same thing from the glossary: a term and its other names (ER010)."""
