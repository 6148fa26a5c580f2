"""Load symbol sets (``symbols/<set>/symbols.yml``) and find a picture by name or keyword."""

from __future__ import annotations

import difflib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ContentError, Problems
from ..model import Symbol
from ..resources import builtin
from ..schema import doc, validate
from ..yamlfile import load_yaml, read_text

MANIFEST = "symbols.yml"


@dataclass(frozen=True)
class Entry:
    """One picture in a manifest."""

    file: str = field(metadata=doc("The image file (SVG or PNG), relative to the set's folder"))
    alt: str = field(metadata=doc("What the picture shows, in a few words"))
    keywords: tuple[str, ...] = field(default=(), metadata=doc("Other words that find it"))


@dataclass(frozen=True)
class Manifest:
    """A symbol set's ``symbols.yml``."""

    name: str = field(metadata=doc("The set's name, for the credits"))
    licence: str = field(metadata=doc("The licence of every picture in the set, like CC BY-SA 4.0"))
    author: str = field(metadata=doc("Who made the pictures"))
    source: str = field(default="", metadata=doc("Where the set comes from"))
    package: str = field(default="", metadata=doc("A Python package that holds the image files"))
    folder: str = field(
        default="", metadata=doc("The folder of image files, in the package or beside the manifest")
    )
    symbols: dict[str, Entry] = field(default_factory=dict, metadata=doc("The pictures, by id"))


@dataclass(frozen=True)
class Library:
    """Every symbol of every set, found by id, then by keyword."""

    symbols: tuple[Symbol, ...]
    by_name: dict[str, Symbol]

    def find(self, name: str) -> Symbol | None:
        """The symbol an author means by ``name``: its id, else the first with that keyword."""
        return self.by_name.get(_norm(name))

    def suggest(self, name: str) -> list[str]:
        """Close names, for "did you mean" hints."""
        return difflib.get_close_matches(_norm(name), list(self.by_name), n=3, cutoff=0.6)


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("_", "-").split())


def load_library(project_root: Path | None = None) -> Library:
    """The built-in sets, with the project's own ``symbols/`` sets over them."""
    folders = [builtin("symbols")]
    if project_root is not None:
        folders.append(project_root / "symbols")
    seen: set[Path] = set()
    symbols: list[Symbol] = []
    problems = Problems()
    for folder in folders:
        if not folder.is_dir() or folder.resolve() in seen:
            continue
        seen.add(folder.resolve())
        for manifest in sorted(folder.glob(f"*/{MANIFEST}")):
            symbols.extend(_load_set(manifest, project_root, problems))
    problems.raise_if_any(ContentError)
    by_name: dict[str, Symbol] = {}
    for symbol in symbols:  # later sets (the project's) win on ids
        by_name[_norm(symbol.id)] = symbol
    for symbol in symbols:
        for keyword in symbol.keywords:
            by_name.setdefault(_norm(keyword), symbol)
    return Library(tuple(symbols), by_name)


def _shown(path: Path, root: Path | None) -> str:
    if root is not None and path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    return str(path)


def _load_set(path: Path, root: Path | None, problems: Problems) -> list[Symbol]:
    shown = _shown(path, root)
    data, lines = load_yaml(read_text(path, shown), shown)
    manifest = validate(Manifest, data, lines, problems)
    if manifest is None:
        return []
    folder = path.parent
    if manifest.package:
        spec = importlib.util.find_spec(manifest.package)
        if spec is None or not spec.submodule_search_locations:
            problems.add(
                shown,
                lines.line(("package",)),
                f"package: the Python package {manifest.package!r} is not installed.",
                "Install it with pip, or remove 'package:' and keep the pictures beside the manifest.",
            )
            return []
        folder = Path(next(iter(spec.submodule_search_locations)))
    folder = folder / manifest.folder
    result = []
    for ident, entry in manifest.symbols.items():
        file = folder / entry.file
        if not file.is_file():
            problems.add(
                shown,
                lines.line(("symbols", ident, "file")),
                f"symbols.{ident}.file: there is no picture file {entry.file!r}.",
                f"Put the file in {_shown(folder, root)} or correct the name.",
            )
            continue
        result.append(
            Symbol(
                set=path.parent.name,
                id=ident,
                file=file,
                alt=entry.alt,
                keywords=entry.keywords,
                licence=manifest.licence,
                author=manifest.author,
                source=manifest.source,
                set_name=manifest.name,
            )
        )
    return result
