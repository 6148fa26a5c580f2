"""Slips in the shape of a page that build without an error, but not what the author meant.

A heading with nothing under it is published as an empty part (and its own recording); a page
with only a title is an empty page; a point that is only a picture says nothing; ``#Heading``
without its space is read as words and joined to the point above; two documents with one
title cannot be told apart on the home page or in the print pack. The build warns about each,
where it is written, and goes on.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from ..fingerprint import Remembered, fingerprint
from ..model import Document, Project

_NO_SPACE = re.compile(r"^(#{1,6})(?=[^\s#])(\S+\s+\S.*)$", re.MULTILINE)
"""A line that starts like a heading of several words but has no space after its ``#`` (one
word after it, like ``#RiversideVoices``, is a hashtag)."""
_LEVEL = re.compile(r"^\s{0,3}(#{1,6})\s")


def shape_warnings(project: Project) -> list[str]:
    """A warning for each slip in the shape of the project's pages (see the module)."""
    warnings = []
    titles: dict[str, Document] = {}
    for document in project.documents:
        if document.type == "glossary":
            continue
        first = titles.setdefault(" ".join(document.title.casefold().split()), document)
        if first is not document:
            warnings.append(
                f"{_where(document)}: “{document.title}” is also the title of "
                f"{_where(first)}. Give each document its own title: readers choose by it."
            )
        if document.path.endswith(".md"):  # the file's lines too, for a heading's level
            key = fingerprint(project.fingerprint(document), project.digests.get(document.path))
            warnings += _PAGES.get(key, partial(_page, document, project.root))
    return warnings


_PAGES: Remembered[list[str]] = Remembered()
"""The slips in each page, by the fingerprint of its document and its file."""


def _page(document: Document, root: Path) -> list[str]:
    """The slips in a page written in Markdown (the YAML types make their own parts)."""
    warnings = []
    if not any(section.points for section in document.sections):
        warnings.append(
            f"{document.path}:1: this page has only a title. Write its points under the "
            "front matter, or keep the file out of content/ until it is ready."
        )
        return warnings
    lines: list[str] | None = None
    for number, section in enumerate(document.sections):
        following = document.sections[number + 1] if number + 1 < len(document.sections) else None
        if section.heading and not section.points:
            lines = lines if lines is not None else _lines(root / document.path)
            if following and _level(lines, following.line) > _level(lines, section.line):
                continue  # "# Part" with "## A part of it" under it
            warnings.append(
                f"{document.path}:{section.line}: the heading “{section.heading}” has nothing "
                "under it. Write its points under it, or remove the heading."
            )
        for point in section.points:
            if point.picture is not None and not point.text.strip():
                warnings.append(
                    f"{document.path}:{point.line}: this point has a picture and no words. "
                    "Write what the point says after the picture."
                )
            for match in _NO_SPACE.finditer(point.source):
                line = point.line + point.source.count("\n", 0, match.start())
                warnings.append(
                    f"{document.path}:{line}: '{match[0].strip()}' is not a heading: put a "
                    f"space after '{match[1]}' to make it one."
                )
    return warnings


def _lines(file: Path) -> list[str]:
    try:
        return file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _level(lines: list[str], line: int) -> int:
    """How many ``#`` the heading on ``line`` has (1 when it cannot be told)."""
    found = _LEVEL.match(lines[line - 1]) if 0 < line <= len(lines) else None
    return len(found[1]) if found else 1


def _where(document: Document) -> str:
    return document.path or document.url
