"""Project mode: a loaded :class:`~easyread.model.Document` as the checker's input.

The loader has already read the document; this adapter finds each point's text in the source
file again so that findings point at the right column, and takes pictures, hard words and who
checked it from the model. Text the loader wrote itself (not found in the file) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model import Document, Point, Project
from .directives import disabled_lines
from .frontmatter import SETTINGS
from .inline import Segment, parse_inline
from .settings import Setting
from .text import Block, BlockKind, Source

_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")


def project_glossary(project: Project) -> frozenset[str]:
    """Every word the project's glossary explains, in lower case."""
    return frozenset(w for e in project.glossary for w in (e.key.lower(), e.term.lower()))


def glossary_synonyms(project: Project) -> tuple[tuple[str, ...], ...]:
    """Each glossary term with its other names, when the glossary gives them (ER010)."""
    groups = []
    for entry in project.glossary:
        others = tuple(str(o) for o in getattr(entry, "synonyms", ()) or ())
        if others:
            groups.append((entry.term, *others))
    return tuple(groups)


def document_source(
    document: Document,
    root: Path,
    glossary: frozenset[str],
    synonyms: tuple[tuple[str, ...], ...] = (),
) -> Source:
    """The checker's input for one loaded document."""
    path = root / document.path
    lines = tuple(path.read_text("utf-8").split("\n")) if path.is_file() else ()
    finder = _Finder(lines)
    glossary_page = document.type == "glossary"
    blocks: list[Block] = []
    title, summary = finder.find(document.title, 1), finder.find(document.summary, 1)
    blocks += parse_inline([title], "title", 0) if title else []
    blocks += parse_inline([summary], "summary", 0) if summary else []
    number = 0
    for section in document.sections:
        heading = finder.find(section.heading or "", section.line)
        if heading:
            number += 1
            blocks += parse_inline([heading], "heading", number)
        for point in section.points:
            number += 1
            blocks += _point(point, number, finder, pictures=not glossary_page)
    return Source(
        path=document.path,
        lines=lines,
        blocks=tuple(blocks),
        checked_by=None if glossary_page else tuple(c.name for c in document.checked_by),
        checked_line=next((i for i, t in enumerate(lines[:60], 1) if "checked_by" in t), 1),
        checked_dates=tuple(c.date is not None for c in document.checked_by),
        pictures=not glossary_page,
        settings=_settings(getattr(document, "checks", None)),
        disabled=disabled_lines(lines, yaml=path.suffix.lower() in (".yml", ".yaml")),
        glossary=glossary,
        synonyms=synonyms,
        language=document.language,
    )


def _point(point: Point, number: int, finder: _Finder, *, pictures: bool) -> list[Block]:
    """The blocks of one point; its picture comes from the model (the loader read the marker)."""
    blocks: list[Block] = []
    for kind, segments in _parts(point.source, point.line, finder):
        picture = point.picture is not None if pictures and kind == "point" else None
        parsed = parse_inline(segments, kind, number, picture=picture, line_breaks=True)
        if picture and point.picture is not None and not point.picture.alt.strip():
            parsed[0] = replace(parsed[0], picture_alt=False)
        if picture and point.picture is not None and point.picture.automatic:
            chosen = point.picture.symbol.id if point.picture.symbol else point.picture.alt
            parsed[0] = replace(parsed[0], picture_automatic=chosen)
        blocks += parsed
    return blocks


def _parts(source: str, line: int, finder: _Finder) -> Iterator[tuple[BlockKind, list[Segment]]]:
    """The point's own text, then each list item: only the lines found in the file."""
    text: list[Segment] = []
    items: list[list[Segment]] = []
    for offset, raw in enumerate(source.split("\n")):
        segment = finder.find(raw.rstrip(), line + offset) or finder.find_end(raw, line + offset)
        if segment is None or _NAME_FIELD.match(finder.lines[segment[0] - 1]):
            continue  # a name (a place's, a person's) is no words to check: "Hillside ..."
        marker = _ITEM.match(segment[2])
        if marker:
            number, column, written = segment
            items.append([(number, column + marker.end(), written[marker.end() :])])
        elif items:
            items[-1].append(segment)
        else:
            text.append(segment)
    if text:
        yield "point", text
    for item in items:
        yield "item", item


_NAME_FIELD = re.compile(r"^\s*(?:-\s*)?(?:place:\s*\{\s*)?name\s*:")
"""A YAML line that gives a name, like a meeting's place (``name: Hillside Community Centre``)."""


class _Finder:
    """Finds where a piece of text is written in the file, searching forward from a line.

    Text that is not in the file, like "Phone: ..." that the loader makes from easyread.yml,
    is not found: the author cannot change its words, so it is not checked.
    """

    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines

    def find(self, text: str, line: int) -> Segment | None:
        wanted = text.strip()
        if not wanted:
            return None
        for number in range(max(line, 1), min(line + 8, len(self.lines) + 1)):
            column = self.lines[number - 1].find(wanted)
            if column >= 0:
                return (number, column + 1, wanted)
        if line <= 1:  # the title or summary: anywhere in the front matter
            for number, written in enumerate(self.lines[:40], start=1):
                if (column := written.find(wanted)) >= 0:
                    return (number, column + 1, wanted)
        return None

    def find_end(self, text: str, line: int) -> Segment | None:
        """The end of a line the loader made, that the author wrote (3 words or more): of
        "**Sam** will ring the bus company", "Ring the bus company" written as a job, with
        its first letter as written."""
        starts = [m.end() for m in re.finditer(r"\s+", text.strip())]
        for start in starts:
            end = text.strip()[start:]
            if len(end.split()) < 3:
                return None
            first = next((i for i, c in enumerate(end) if c.isalpha()), 0)  # after "**"
            for written in (end, end[:first] + end[first : first + 1].upper() + end[first + 1 :]):
                if found := self.find(written, line):
                    return found
        return None


def _settings(value: Any) -> dict[str, Setting]:
    if not isinstance(value, dict):
        return {}
    settings: dict[str, Setting] = {}
    for rule, setting in value.items():
        written = "off" if setting is False else str(setting).lower()
        if written in SETTINGS:
            settings[str(rule).upper()] = SETTINGS[SETTINGS.index(written)]
    return settings
