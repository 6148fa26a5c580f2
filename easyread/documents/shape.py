"""Slips in the shape of a page that build without an error, but not what the author meant.

A heading with nothing under it is published as an empty part (and its own recording); a page
with only a title is an empty page; a point that is only a picture says nothing; ``#Heading``
without its space is read as words and joined to the point above; two documents with one
title cannot be told apart on the home page or in the print pack. The build warns about each,
where it is written, and goes on.
"""

from __future__ import annotations

import re

from ..model import Document, Project

_NO_SPACE = re.compile(r"^(#{1,6})(?=[^\s#])(.*)$", re.MULTILINE)
"""A line that starts like a heading but has no space after its ``#``."""


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
        if document.path.endswith(".md"):
            warnings += _page(document)
    return warnings


def _page(document: Document) -> list[str]:
    """The slips in a page written in Markdown (the YAML types make their own parts)."""
    warnings = []
    if not any(section.points for section in document.sections):
        warnings.append(
            f"{document.path}:1: this page has only a title. Write its points under the "
            "front matter, or keep the file out of content/ until it is ready."
        )
        return warnings
    for section in document.sections:
        if section.heading and not section.points:
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


def _where(document: Document) -> str:
    return document.path or document.url
