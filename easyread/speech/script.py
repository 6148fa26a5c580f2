"""What is said for a document, in order: the title, then each section's heading and points.

A hard word is explained the first time it is spoken in the document, the way the web page
explains it under the first point that uses it (GUIDELINES AX004).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..markup.hardwords import meaning_start
from ..markup.links import says_title
from ..model import Document, GlossaryEntry
from ..render.print.links import addresses
from .normalise import spoken
from .settings import AudioConfig

TITLE = "title"
"""The key of the title's cue (the page's h1)."""


@dataclass(frozen=True)
class Cue:
    """One thing said in one breath: the title, a heading or a point, then a pause."""

    key: str
    """Which part of the page it reads: ``title``, ``S`` for section S's heading, ``S.P`` for
    point P of section S (both counted from 0), the value of ``data-say`` on the page."""
    text: str
    """What the engine is given."""
    pause: int
    """Silence after it, in milliseconds."""
    line: int = 0
    """The source line it came from (0 for the title)."""


@dataclass(frozen=True)
class Part:
    """A section of the document: one chapter of the whole file and one file of its own."""

    anchor: str
    """The section's id on the page."""
    index: int
    """The section's place in the document, from 0."""
    title: str
    """The chapter's name (the heading, or the document's title for a first untitled part)."""
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class Script:
    """Everything said for one document."""

    slug: str
    title: str
    language: str
    parts: tuple[Part, ...]

    @property
    def words(self) -> int:
        """How many words are said (for the pace)."""
        return sum(len(c.text.split()) for p in self.parts for c in p.cues)


@dataclass(frozen=True)
class SpokenPoint:
    text: str
    hard_words: tuple[str, ...]
    line: int
    goes_to: tuple[str, ...] = ()
    """The titles of the documents the point links to whose links' words do not say them:
    said, as a link cannot be followed."""
    addresses: tuple[tuple[str, str], ...] = ()
    """The links that leave the project, whose words do not say where: ``(href, address)``,
    said as paper prints them ("the Mencap website (www.mencap.org.uk)")."""


@dataclass(frozen=True)
class SpokenSection:
    heading: str | None
    anchor: str
    line: int
    points: tuple[SpokenPoint, ...]


@dataclass(frozen=True)
class Spoken:
    """All of a document that its script is made from, and nothing else (not its pictures,
    nor its HTML): the audio's key is made from this, so a change to anything else of the
    document, like a picture's alt text, does not speak it again."""

    slug: str
    title: str
    language: str
    sections: tuple[SpokenSection, ...]

    @classmethod
    def of(cls, document: Document, titles: Mapping[str, str] | None = None) -> Spoken:
        """``titles``: those of the documents it links to, by page (``linked_titles``)."""
        titles = titles or {}
        return cls(
            document.slug,
            document.title,
            document.language,
            tuple(
                SpokenSection(
                    section.heading,
                    section.anchor,
                    section.line,
                    tuple(
                        SpokenPoint(
                            p.text,
                            p.hard_words,
                            p.line,
                            tuple(
                                titles[page]
                                for page, words in p.links
                                if page in titles and not says_title(words, titles[page])
                            ),
                            addresses(p.html),
                        )
                        for p in section.points
                    ),
                )
                for section in document.sections
            ),
        )


@dataclass(frozen=True)
class SpokenWord:
    """All of a glossary entry that is said: not its file, line, picture or synonyms."""

    key: str
    term: str
    meaning: str
    """What it means, in words: its Markdown left out."""


def spoken_words(glossary: Iterable[GlossaryEntry], document: Document) -> tuple[SpokenWord, ...]:
    """The glossary's words that ``document`` may explain as it is read."""
    used = {key for point in document.points for key in point.hard_words}
    return tuple(SpokenWord(e.key, e.term, e.meaning_text) for e in glossary if e.key in used)


def write_script(
    document: Document,
    glossary: Iterable[GlossaryEntry],
    settings: AudioConfig,
    titles: Mapping[str, str] | None = None,
) -> Script:
    """The script of ``document``: made from ``Spoken.of(document, titles)`` and
    ``spoken_words(glossary, document)`` alone (the audio's key is made of those)."""
    return _script(Spoken.of(document, titles), spoken_words(glossary, document), settings)


def _script(document: Spoken, glossary: Iterable[SpokenWord], settings: AudioConfig) -> Script:
    meanings = {entry.key: entry for entry in glossary}
    explained: set[str] = set()

    def say(text: str) -> str:
        return spoken(text, document.language, settings)

    parts: list[Part] = []
    for s, section in enumerate(document.sections):
        cues: list[Cue] = []
        if s == 0:
            cues.append(Cue(TITLE, say(document.title), settings.section_pause))
        if section.heading:
            cues.append(Cue(str(s), say(section.heading), settings.point_pause, section.line))
        for p, point in enumerate(section.points):
            text = say(point.text)
            # "Read what we decided." says nothing to a listener; "Read Our plan." does
            unsaid = tuple(t for t in point.goes_to if t.casefold() not in point.text.casefold())
            if unsaid:
                text += " " + say(_called(unsaid))
            for href, shown in point.addresses:
                text += " " + say(_address(href, shown))
            for key in point.hard_words:
                entry = meanings.get(key)
                if entry is None or key in explained or not entry.meaning.strip():
                    continue
                explained.add(key)
                text += " " + say(explain(entry, settings.hard_word))
            if text:
                cues.append(Cue(f"{s}.{p}", text, settings.point_pause, point.line))
        if not cues:
            continue
        last = cues[-1]
        cues[-1] = Cue(last.key, last.text, settings.section_pause, last.line)
        parts.append(Part(section.anchor, s, section.heading or document.title, tuple(cues)))
    if not parts:  # nothing but a title
        anchor = document.sections[0].anchor if document.sections else "start"
        parts.append(Part(anchor, 0, document.title, (Cue(TITLE, say(document.title), 1000),)))
    return Script(document.slug, document.title, document.language, tuple(parts))


def _address(href: str, shown: str) -> str:
    """'The website address is www.mencap.org.uk.': where a link of the point goes."""
    if href.startswith("mailto:"):
        return f"The email address is {shown}."
    if href.startswith("tel:"):
        return f"The phone number is {shown}."
    if href.startswith("sms:"):
        return f"The number for text messages is {shown}."
    return f"The website address is {shown}."


def _called(titles: tuple[str, ...]) -> str:
    """'It is called Our next meeting.': which recording a link of the point goes to."""
    if len(titles) == 1:
        return f"It is called {titles[0]}."
    return f"They are called {', '.join(titles[:-1])} and {titles[-1]}."


def explain(entry: SpokenWord, template: str) -> str:
    """'Glossary means: a list of hard words and what they mean.'"""
    meaning = meaning_start(entry.meaning.strip())  # "A list" -> "a list"; "NHS" stays
    sentence = template.format(term=entry.term, meaning=meaning).strip()
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if re.search(r"[.!?]$", sentence) else sentence + "."
