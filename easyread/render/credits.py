"""Who wrote and checked each document, and the licence of every picture set used."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Check, Project
from ..symbols.licences import licence_url


@dataclass(frozen=True)
class DocumentCredit:
    title: str
    url: str
    author: str
    checked_by: tuple[Check, ...]
    language: str
    """The document's language (its title is in it)."""


@dataclass(frozen=True)
class SetCredit:
    name: str
    author: str
    licence: str
    source: str
    count: int
    """How many of its pictures this build uses."""
    licence_url: str = ""
    """The licence's web address (Creative Commons licences), or ""."""


@dataclass(frozen=True)
class Credits:
    documents: tuple[DocumentCredit, ...]
    sets: tuple[SetCredit, ...]
    own_pictures: int
    """Pictures that are the project's own files."""


def credits(project: Project) -> Credits:
    """Credits made from what the build actually uses."""
    docs = tuple(
        DocumentCredit(d.title, d.url, d.author, d.checked_by, d.language)
        for d in project.documents
        if d.author or d.checked_by
    )
    pictures = {p.src: p for d in project.documents for p in d.pictures}
    if project.picture:
        pictures[project.picture.src] = project.picture
    by_set: dict[tuple[str, str, str], list[str]] = {}
    sets: dict[tuple[str, str, str], SetCredit] = {}
    own = 0
    for src, picture in sorted(pictures.items()):
        symbol = picture.symbol
        if symbol is None:
            own += 1
            continue
        key = (symbol.set, symbol.licence, symbol.author)  # a picture may have its own licence
        by_set.setdefault(key, []).append(src)
        sets[key] = SetCredit(
            symbol.set_name or symbol.set, symbol.author, symbol.licence, symbol.source, 0
        )
    return Credits(
        docs,
        tuple(
            SetCredit(s.name, s.author, s.licence, s.source, len(by_set[k]), licence_url(s.licence))
            for k, s in sorted(sets.items())
        ),
        own,
    )
