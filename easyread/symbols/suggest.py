"""Suggestions for the points of a document that have no picture (``easyread symbols suggest``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..model import Document, Point, Project
from .library import Library
from .search import Match
from .settings import SymbolsConfig


@dataclass(frozen=True)
class Suggestion:
    """The best pictures for one point."""

    path: str
    """The document's file, relative to the project folder."""
    point: Point
    candidates: tuple[Match, ...]
    """Best first; empty when no picture's name is in the point's words."""


def suggest_points(
    points: tuple[Point, ...],
    library: Library,
    path: str,
    settings: SymbolsConfig | None = None,
    limit: int = 3,
) -> list[Suggestion]:
    """For each point the author gave no picture (an automatic one counts as none), the best
    ``limit`` candidates. A picture the author chose is never suggested over."""
    settings = settings or SymbolsConfig()
    result = []
    for point in points:
        if point.picture is not None and not point.picture.automatic:
            continue
        found = library.index.suggest(
            point.text, limit=limit, allowed=lambda s: settings.allows(s.licence)
        )
        result.append(Suggestion(path, point, tuple(found)))
    return result


def find_document(project: Project, file: Path) -> Document:
    """The loaded document made from ``file``."""
    wanted = file.resolve()
    for document in project.documents:
        if document.path and (project.root / document.path).resolve() == wanted:
            return document
    raise UsageError(f"{file}: this is not a document of the project in {project.root}.")


def nearest_project(folder: Path) -> Path | None:
    """The nearest folder with easyread.yml: ``folder`` itself or one above it; or None."""
    folder = folder.resolve()
    for place in (folder, *folder.parents):
        if (place / "easyread.yml").is_file():
            return place
    return None


def project_root(file: Path) -> Path:
    """The project a document belongs to: the nearest folder above it with easyread.yml."""
    found = nearest_project(file.resolve().parent)
    if found is not None:
        return found
    raise UsageError(
        f"{file}: there is no easyread.yml in the folders above it. "
        "Give a document inside a project's content folder."
    )
