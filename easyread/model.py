"""The pipeline's values: small frozen dataclasses that keep the source line of everything.

Documents are loaded once (``documents/``) into these values; every output (the website, print,
audio) and the checker read them and never the source files again.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .config import Config
from .schema import doc
from .textformat import slugify

if TYPE_CHECKING:
    from .symbols import Library

DocumentType = Literal[
    "page", "meeting", "minutes", "glossary", "form", "results", "you-said-we-did", "actions"
]


@dataclass(frozen=True)
class Symbol:
    """A picture in a symbol set, found by its id or one of its keywords."""

    set: str
    """The set's folder name, like ``openmoji``."""
    id: str
    """The name authors write, like ``meeting``."""
    file: Path
    """The image file on disk."""
    alt: str
    """What the picture shows, for people who cannot see it."""
    keywords: tuple[str, ...]
    """Other words that find this picture."""
    licence: str
    """The set's licence, like ``CC BY-SA 4.0``."""
    author: str
    """Who made the set, for the credits."""
    source: str
    """Where the set comes from (a web address), for the credits."""
    set_name: str = ""
    """The set's name as people know it, like ``OpenMoji``."""
    category: str = ""
    """A group of pictures in the set, like ``Food``."""
    tags: tuple[str, ...] = ()
    """Words for the groups the picture is in, like ``animal``: weaker than its names, they
    find it in a search but never choose it for a plain ``[name]``."""
    rated: bool = False
    """Whether the set marks the picture as one to choose with care (nudity, the body's private
    parts): it is never chosen or suggested automatically, only written by a person."""
    high_contrast: Path | None = None
    """A black-and-white version of the picture, when the set has one."""
    version: str = ""
    """The files' sizes and change times: pages show SVG pictures inline, so a changed
    picture file must change every fingerprint that holds the symbol."""


GLOSSARY_PAGE = "glossary.html"
"""The website's page of every hard word (``#word-...`` for each)."""


@dataclass(frozen=True)
class Picture:
    """A picture shown beside a point or a document's title."""

    src: str
    """Where the picture is in the built site, relative to the site folder."""
    file: Path
    """The image file on disk, copied into the site."""
    alt: str
    """Alt text: what the picture shows."""
    symbol: Symbol | None = None
    """The symbol, when the picture came from a symbol set (None for the project's own files)."""
    automatic: bool = False
    """Whether the build chose the picture (``symbols.auto_pictures``) rather than the author."""


@dataclass(frozen=True)
class Point:
    """One row of easy read: a picture and a short piece of text."""

    line: int
    """The 1-based line in the source file where the point starts."""
    source: str
    """The text as the author wrote it, picture marker removed."""
    text: str
    """The plain text a reader reads (hard words as words, no markup)."""
    html: str
    """The point's text as HTML (safe: raw HTML in the source is escaped)."""
    picture: Picture | None = None
    """The point's picture, or None when the author gave none."""
    hard_words: tuple[str, ...] = ()
    """Glossary keys of the hard words in the point, in order."""
    links: tuple[tuple[str, str], ...] = ()
    """The pages of the other documents the point links to (not the glossary), in order, each
    with the words of its first link there: where a link cannot be followed (in audio), the
    point names the document, unless those words say it (``markup.links.says_title``)."""
    anchor: str = ""
    """An id for linking to this point (glossary words have one)."""


@dataclass(frozen=True)
class Section:
    """A heading and the points under it. The first section of a page may have no heading."""

    heading: str | None
    """The heading's text, or None."""
    anchor: str
    """The section's id on the page (for links)."""
    line: int
    """Where the heading is in the source file."""
    points: tuple[Point, ...]
    """The rows, in order."""


@dataclass(frozen=True)
class Check:
    """A person with lived experience who checked a document (GUIDELINES ER015)."""

    name: str = field(metadata=doc("Who checked it, or the group's name"))
    date: datetime.date | None = field(default=None, metadata=doc("When they checked it"))


@dataclass(frozen=True)
class GlossaryEntry:
    """A hard word and what it means."""

    key: str
    """The word in lower case, used to find it and as its id on the glossary page."""
    term: str
    """The word as it is shown."""
    meaning: str
    """What it means, in easy words (one or two sentences)."""
    path: str
    """The file that explains it."""
    line: int
    """Where in that file."""
    picture: Picture | None = None
    """A picture for the word."""
    synonyms: tuple[str, ...] = ()
    """Other words for the same thing (a document should use one of them only: ER010)."""
    meaning_html: str = ""
    """The meaning as shown: HTML made from its Markdown, its first letter a capital (the
    loader makes it, with links to other documents going to their pages)."""
    meaning_text: str = ""
    """The meaning's words without Markdown, as read aloud."""


@dataclass(frozen=True)
class Document:
    """One document of the project: a page of the website, a chapter of the print pack."""

    path: str
    """The source file, relative to the project folder (like ``content/welcome.md``)."""
    slug: str
    """The file name without its extension; the page is ``<slug>.html``."""
    type: DocumentType
    """What kind of document: a page, a meeting invitation, minutes, the glossary."""
    title: str
    """The document's title (its one ``h1``)."""
    summary: str
    """One or two sentences for the list of documents."""
    language: str
    """The document's language, like ``en-GB``."""
    date: datetime.date | None
    """The date the document is about or was written."""
    picture: Picture | None
    """The picture beside the title."""
    author: str
    """Who wrote it."""
    checked_by: tuple[Check, ...]
    """Who checked it (GUIDELINES ER015)."""
    sections: tuple[Section, ...]
    """The content."""
    order: int = 100
    """Position in the list of documents (smaller first, then by title)."""
    checks: Mapping[str, str | bool] = field(default_factory=dict)
    """Severities of the easy-read checks for this document (front matter ``checks:``)."""
    data: Any = None
    """What a page shows besides its points, for types that need it (a form's questions, the
    counts on a results page: see ``easyread.coproduction``); None for the others."""

    @property
    def url(self) -> str:
        """The page's address relative to the site folder."""
        return f"{self.slug}.html"

    @cached_property  # a document is never changed once made: worked out once
    def points(self) -> tuple[Point, ...]:
        """Every point, in reading order."""
        return tuple(p for s in self.sections for p in s.points)

    @cached_property
    def pictures(self) -> tuple[Picture, ...]:
        """Every picture the document shows, the title's first."""
        found = [self.picture] if self.picture else []
        found += [p.picture for p in self.points if p.picture]
        return tuple(found)


@dataclass(frozen=True)
class Project:
    """A loaded project: its settings, documents and glossary."""

    root: Path
    """The project folder."""
    config: Config
    """``easyread.yml``."""
    documents: tuple[Document, ...]
    """The documents in reading order (the glossary document last)."""
    glossary: tuple[GlossaryEntry, ...]
    """Every hard word, sorted by word."""
    picture: Picture | None = None
    """The group's picture (``picture`` in ``easyread.yml``)."""
    fingerprints: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    """Document path -> the fingerprint of its value, worked out once when it was loaded."""
    library: Library | None = field(default=None, compare=False, repr=False)
    """The picture library the documents were loaded with."""
    digests: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    """Document path -> a hash of its file's bytes (and of the files it reads), from the load."""

    def picture_library(self) -> Library:
        """The picture library: the one loaded with the project, else loaded now."""
        from .symbols import load_library

        return self.library or load_library(self.root)

    def fingerprint(self, document: Document) -> str:
        """A hash of everything in ``document`` (see :func:`easyread.fingerprint.fingerprint`)."""
        from .fingerprint import fingerprint

        return self.fingerprints.get(document.path) or fingerprint(document)

    def linked_titles(self, document: Document) -> dict[str, str]:
        """The titles of the documents that ``document``'s points link to, by page: what a
        link says where it cannot be followed (in audio, in plain text)."""
        wanted = {page for point in document.points for page, _ in point.links}
        return {d.url: d.title for d in self.documents if d.url in wanted}

    def document(self, slug: str) -> Document:
        """The document with this slug."""
        for document in self.documents:
            if document.slug == slug:
                return document
        raise KeyError(slug)


def symbol_picture(symbol: Symbol, automatic: bool = False) -> Picture:
    """A symbol as a point's picture, with its place in the website."""
    suffix = symbol.file.suffix.lower()
    src = f"pictures/{slugify(symbol.set)}/{slugify(symbol.id)}{suffix}"
    return Picture(src, symbol.file, symbol.alt, symbol, automatic)
