"""Load symbol sets (``symbols/<set>/symbols.yml``) and find a picture by name or keyword."""

from __future__ import annotations

import contextlib
import difflib
import importlib.util
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ContentError, Problems
from ..fingerprint import fingerprint
from ..model import Symbol
from ..resources import builtin, code_version, user_cache
from ..uptodate import files_state
from .manifest import MANIFEST, Entry, Manifest, read_manifest

if TYPE_CHECKING:
    from .search import Index

__all__ = ["MANIFEST", "Entry", "Library", "Manifest", "load_library"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Library:
    """Every symbol of every set, found by id, then by keyword."""

    symbols: tuple[Symbol, ...]
    by_name: dict[str, Symbol]
    fallback_sets: frozenset[str] = frozenset()
    """Sets used for a plain name only when no other set has it (imported sets)."""

    def find(self, name: str) -> Symbol | None:
        """The symbol an author means by ``name``: ``set/id``, an id, else the first with that
        keyword."""
        return self.by_name.get(_norm(name))

    def suggest(self, name: str) -> list[str]:
        """Close names, for "did you mean" hints: ids first, then keywords."""
        name = _norm(name)
        ids = [key for key, symbol in self.by_name.items() if key == _norm(symbol.id)]
        close = difflib.get_close_matches(name, ids, n=3, cutoff=0.6)
        others = [key for key in self.by_name if key not in close and "/" not in key]
        if len(close) < 3:
            close += difflib.get_close_matches(name, others, n=3 - len(close), cutoff=0.6)
        return close

    def resolve(self, name: str) -> Symbol | None:
        """Like :meth:`find`, and when no name is written so, the picture whose name is the same
        word in another form ("meetings" finds "meeting")."""
        found = self.find(name)
        if found is not None or not name.strip():
            return found
        for match in self.index.search(name, limit=10):
            if match.weak:
                continue  # a category or tag fits many pictures: it never chooses one
            if _same_words(match.keyword, name):
                return match.symbol
        return None

    def group(self, name: str) -> tuple[Symbol, ...]:
        """The pictures that have ``name`` as their category or a tag (in any form): what a
        plain ``[name]`` could have meant when it names a group, not a picture."""
        if not name.strip():
            return ()
        return tuple(
            m.symbol for m in self.index.search(name) if m.weak and _same_words(m.keyword, name)
        )

    @cached_property
    def digest(self) -> str:
        """A hash of every symbol (worked out once: a big set has thousands)."""
        return fingerprint(self.symbols)

    @cached_property
    def index(self) -> Index:
        """The search index (made the first time it is needed: it loads the lemma tables)."""
        from .search import Index

        return Index.build(self.symbols, self.fallback_sets)

    @property
    def sets(self) -> tuple[str, ...]:
        """The set names, in the order they were loaded."""
        return tuple(dict.fromkeys(s.set for s in self.symbols))


def _same_words(a: str, b: str) -> bool:
    """Whether two names are the same words, each in any of its forms."""
    from .words import forms, tokens

    got, wanted = [forms(w) for w in tokens(a)], [forms(w) for w in tokens(b)]
    return len(got) == len(wanted) and all(x & y for x, y in zip(got, wanted, strict=True))


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("_", "-").split())


_LAST: tuple[object, Library] | None = None
"""The last library loaded, with the state of its files: a process that builds again and
again (the preview) loads it again only when a set's files change."""


def load_library(project_root: Path | None = None) -> Library:
    """The built-in sets, with the project's own ``symbols/`` sets over them."""
    global _LAST
    folders = [builtin("symbols")]
    if project_root is not None:
        folders.append(project_root / "symbols")
    state = (folders, files_state(*folders))
    if _LAST is not None and _LAST[0] == state:
        return _LAST[1]
    # (a different order of the same files: a miss)
    key = fingerprint(folders, state[1], code_version())
    library = _stored(folders, key)
    if library is None:
        library = _load_library(folders, project_root)
        _store(folders, key, library)
    _LAST = (state, library)
    return library


def _cache_file(folders: list[Path]) -> Path | None:
    """Where the library of a project's sets is kept between commands: the user's cache
    folder, a file for each project (None: no cache that is safe to use)."""
    folder = user_cache("library")
    return folder / f"{fingerprint(folders)[:24]}.pickle" if folder else None


def _stored(folders: list[Path], key: str) -> Library | None:
    """The library kept by the last command that loaded it, if its files are as they were
    then (``key``: the sets' files, the installed packages and easyread's version)."""
    kept = _cache_file(folders)
    if kept is None:
        return None
    try:
        with kept.open("rb") as file:
            found = pickle.load(file)
    except Exception as error:  # none yet, or damaged: only a slower start
        log.debug("no library kept: %s", error)
        return None
    same = isinstance(found, tuple) and len(found) == 2 and found[0] == key
    return found[1] if same and isinstance(found[1], Library) else None


def _store(folders: list[Path], key: str, library: Library) -> None:
    """Keep ``library`` for the next command (reading a big set's manifest, Mulberry's, takes
    most of a second; reading this, a few hundredths). Written whole, or not at all."""
    target = _cache_file(folders)
    if target is None:
        return
    fresh = Library(library.symbols, library.by_name, library.fallback_sets)  # no index
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=target.parent, delete=False) as file:
            pickle.dump((key, fresh), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, target)
    except OSError as error:  # a read-only home folder: each command reads the sets
        log.debug("could not keep the library: %s", error)
        with contextlib.suppress(OSError, NameError):
            os.unlink(file.name)


def _load_library(folders: list[Path], project_root: Path | None) -> Library:
    seen: set[Path] = set()
    loaded: list[tuple[Symbol, bool]] = []
    problems = Problems()
    for folder in folders:
        if not folder.is_dir() or folder.resolve() in seen:
            continue
        seen.add(folder.resolve())
        # not hidden folders: an import in progress, or a set put away
        for manifest in sorted(folder.glob(f"[!.]*/{MANIFEST}")):
            loaded.extend(_load_set(manifest, project_root, problems))
    problems.raise_if_any(ContentError)
    # A project set with a built-in set's name (a copy of it, say) replaces it, picture by picture.
    latest = {(symbol.set, symbol.id): (symbol, fallback) for symbol, fallback in loaded}
    return _library(list(latest.values()))


def _library(loaded: list[tuple[Symbol, bool]]) -> Library:
    by_name: dict[str, Symbol] = {}
    for symbol, _ in loaded:
        by_name[_norm(f"{symbol.set}/{symbol.id}")] = symbol
    for symbol, fallback in loaded:  # later sets (the project's) win on ids
        if not fallback:
            by_name[_norm(symbol.id)] = symbol
    for symbol, fallback in loaded:
        if not fallback:
            for keyword in symbol.keywords:
                by_name.setdefault(_norm(keyword), symbol)
    # an imported set's ids only where no other set has the name, as id or keyword: importing
    # a set never changes a picture that a document already shows ("chair": a person who
    # leads a meeting, not a kitchen chair)
    for symbol, fallback in loaded:
        if fallback:
            by_name.setdefault(_norm(symbol.id), symbol)
    later = frozenset(s.set for s, f in loaded if f)
    return Library(tuple(s for s, _ in loaded), by_name, later)


def _shown(path: Path, root: Path | None) -> str:
    if root is not None and path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    return str(path)


def _load_set(path: Path, root: Path | None, problems: Problems) -> list[tuple[Symbol, bool]]:
    shown = _shown(path, root)
    manifest, lines = read_manifest(path, shown, problems)
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
    base = Path(os.path.normpath(folder))  # by name: a link in the set counts as in it
    folder = folder / manifest.folder
    if manifest.folder and not folder.is_dir():  # said once, not once for every picture
        where = "the package" if manifest.package else "the set's folder"
        problems.add(
            shown,
            lines.line(("folder",)),
            f"folder: there is no folder {manifest.folder!r} in {where} ({_shown(base, root)}).",
            "Write the name of the folder the pictures are in, or remove 'folder:' when they "
            "are beside the manifest.",
        )
        return []
    result = []
    for ident, entry in manifest.symbols.items():
        file = folder / entry.file
        if not Path(os.path.normpath(file)).is_relative_to(base):
            where = "the package" if manifest.package else "the set's folder"
            problems.add(
                shown,
                lines.line(("symbols", ident, "file")),
                f"symbols.{ident}.file: the picture {entry.file!r} is outside {where}.",
                f"Put the pictures in {_shown(base, root)} (a build reads nothing else).",
            )
            continue
        if not file.is_file():
            problems.add(
                shown,
                lines.line(("symbols", ident, "file")),
                f"symbols.{ident}.file: there is no picture file {entry.file!r}.",
                f"Put the file in {_shown(folder, root)} or correct the name.",
            )
            continue
        contrast = folder / entry.high_contrast if entry.high_contrast else None
        if contrast is not None and not Path(os.path.normpath(contrast)).is_relative_to(base):
            problems.add(
                shown,
                lines.line(("symbols", ident, "high_contrast")),
                f"symbols.{ident}.high_contrast: the picture {entry.high_contrast!r} is outside "
                "the set's folder.",
                f"Put the pictures in {_shown(base, root)} (a build reads nothing else).",
            )
            continue
        if contrast is not None and not contrast.is_file():
            problems.add(
                shown,
                lines.line(("symbols", ident, "high_contrast")),
                f"symbols.{ident}.high_contrast: there is no picture file {entry.high_contrast!r}.",
                f"Put the file in {_shown(folder, root)} or correct the name.",
            )
            continue
        symbol = Symbol(
            set=path.parent.name,
            id=ident,
            file=file,
            alt=entry.alt,
            keywords=entry.keywords,
            licence=entry.licence or manifest.licence,
            author=entry.author or manifest.author,
            source=manifest.source,
            set_name=manifest.name,
            category=entry.category,
            tags=entry.tags,
            rated=entry.rated,
            high_contrast=contrast,
            version=_version(file, contrast),
        )
        result.append((symbol, manifest.fallback))
    return result


def _version(*files: Path | None) -> str:
    """Sizes and change times of the files (a stat each, already in the cache after is_file)."""
    stamps = []
    for file in files:
        if file is not None:
            stat = file.stat()
            stamps.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return " ".join(stamps)
