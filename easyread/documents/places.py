"""Links to a place in a document (``minutes.md#actions``, ``#when``) that it does not have.

The loader finds a link to a document that does not exist. A link to a part of one is only
known to be broken once every document is made: the part is a section (its heading's id),
or a word of the glossary. A browser opens such a link at the top of the page, and a PDF
cannot be made with one, so the build warns about each, where it is written.
"""

from __future__ import annotations

import re
from functools import partial
from html import unescape

from ..coproduction.actions import DONE, TO_DO
from ..fingerprint import Remembered
from ..markup.hardwords import word_anchor
from ..model import Document, Project

_PLACE = re.compile(r'<a [^>]*href="([^"#:/]*\.html)?#([^"]+)"')
_EXPLAIN = re.compile(r'<p class="explain">.*?</p>', re.S)
"""A hard word's meaning under a point: its links are the glossary's, looked at there."""

PAGE_IDS = ("main",)
"""Ids every page has besides its sections' (the built-in templates' ``<main id="main">``)."""


def places(document: Document) -> set[str]:
    """The ids a link can go to in ``document``'s page."""
    found = set(PAGE_IDS)
    for section in document.sections:
        found |= {section.anchor, f"{section.anchor}-heading"}
        found |= {p.anchor for p in section.points if p.anchor}
    return found


JOBS = (TO_DO, DONE)
"""The sections of "Who is doing what" that show the jobs of the minutes, where their links
are written (and looked at)."""


def missing_places(project: Project) -> list[str]:
    """A warning for each link to a part of a document that the document does not have."""
    by_page = {d.url: d for d in project.documents}
    words = {word_anchor(e.key): e for e in project.glossary}
    known: dict[str, set[str]] = {}
    warnings = []
    for document in project.documents:
        found = _FOUND.get(project.fingerprint(document), partial(_links_to_places, document))
        for line, point_anchor, page, anchor in found:
            target = by_page.get(page or document.url)
            if target is None:  # not a document's page: the loader says so
                continue
            ids = known.get(target.url)
            if ids is None:  # once for each page linked to
                ids = known[target.url] = places(target)
            if anchor in ids:
                continue
            parts = sorted(s.anchor for s in target.sections if s.heading)
            hint = (
                f"Link to one of its parts: {', '.join('#' + p for p in parts[:12])}, "
                "or to the whole document."
                if parts
                else "It has no parts with a heading: link to the whole document."
            )
            where = f"{document.path}:{line}" if document.path else document.url
            if document.type == "glossary" and point_anchor in words:  # where it is
                entry = words[point_anchor]  # explained: the glossary, or a document
                where = f"{entry.path}:{entry.line}"
            warnings.append(
                f"{where}: the link to '#{anchor}' goes to a part of “{target.title}” "
                f"that it does not have. {hint}"
            )
    return warnings


Link = tuple[int, str, str, str]
"""A link to a place: its point's line and anchor, the page (or "" for its own) and the id."""

_FOUND: Remembered[tuple[Link, ...]] = Remembered()
"""Each document's links to places, by its fingerprint (looked for in every point's HTML)."""


def _links_to_places(document: Document) -> tuple[Link, ...]:
    """The links in ``document`` to a place in a page (the jobs of the minutes are left out)."""
    return tuple(
        (point.line, point.anchor, page, unescape(anchor))
        for section in document.sections
        if not (document.type == "actions" and section.anchor in JOBS)
        for point in section.points
        for page, anchor in _PLACE.findall(_EXPLAIN.sub("", point.html))
    )
