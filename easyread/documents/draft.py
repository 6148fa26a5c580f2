"""A document as read from its file, before pictures, hard words and links are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from .schemas import Meta


@dataclass(frozen=True)
class RawPoint:
    """A point's source text (inline Markdown) and the file line where it starts."""

    source: str
    line: int
    tokens: tuple[Token, ...] | None = field(default=None, compare=False, repr=False)
    """The point's tokens when the whole file was parsed at once (else parsed from ``source``)."""
    base: int = 0
    """The file line of line 0 of the tokens' ``map`` (when ``tokens`` is set)."""


@dataclass
class RawSection:
    """A heading (or None for the start of a page) and its points."""

    heading: str | None
    line: int
    points: list[RawPoint] = field(default_factory=list)
    anchor: str = ""
    """A fixed id for the section (generated sections such as ``actions``); else from the heading."""


@dataclass
class Draft:
    """What the loader knows about a document after reading its file."""

    path: str
    """The file, as shown in messages."""
    file: Path
    """The file on disk (pictures are found relative to it)."""
    slug: str
    meta: Meta
    sections: list[RawSection]
    words: list[tuple[str, str, str, int]] = field(default_factory=list)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Other words a glossary file gives for its words (by glossary key), for ER010."""
    """Glossary entries this document defines: (word, meaning, picture, line)."""
    picture_line: int = 2
    """The line of ``picture:`` in the front matter or YAML file."""
    data: object = None
    """What the page shows besides its points (see ``Document.data``)."""
