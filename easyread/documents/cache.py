"""What the loader made from each file last time, so an unchanged file is not read again.

A document is reused only when its file has the same bytes and everything it was made with is
the same too: the glossary, the set of pages (for links), the picture library and the
settings. The cache is a pickle in the output folder; anything wrong with it means no cache.
"""

from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..model import Document

log = logging.getLogger(__name__)

CACHE_FILE = "load.pickle"
FORMAT = 8
"""Changes whenever :class:`FileEntry` does, so an old cache is never misread."""

Word = tuple[str, str, str, int]
"""A glossary entry as written: (word, meaning, picture, line)."""


@dataclass
class FileEntry:
    """What one content file gave the loader."""

    digest: str
    """The hash of the file's bytes."""
    glossary: bool
    """Whether it is a ``type: glossary`` file."""
    words: list[Word] = field(default_factory=list)
    """Words from a glossary file."""
    inline: list[Word] = field(default_factory=list)
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Other words a glossary file gives for its words."""
    """Hard words explained where they are used: ``{word: meaning}``."""
    key: str = ""
    """The fingerprint of what the document was made with."""
    document: Document | None = None
    """The document, when it was made."""
    fingerprint: str = ""
    """The document's fingerprint (working it out is slow: once, when it is made)."""


def read_cache(folder: Path | None) -> dict[str, FileEntry]:
    """The entries saved by the last successful load, by file path (empty when there are none)."""
    if folder is None or not (folder / CACHE_FILE).is_file():
        return {}
    try:
        with (folder / CACHE_FILE).open("rb") as file:
            version, entries = pickle.load(file)
    except Exception as exc:  # a damaged or foreign cache is only a slower build
        log.debug("ignoring the load cache: %s", exc)
        return {}
    return entries if version == (__version__, FORMAT) and isinstance(entries, dict) else {}


def cache_state(entries: dict[str, FileEntry]) -> list[tuple[str, str, str, str]]:
    """What the entries say, to tell whether a load changed them."""
    return sorted((path, e.digest, e.key, e.fingerprint) for path, e in entries.items())


def link_cache(old: Path, new: Path) -> None:
    """Carry the last build's cache file (if it has one) into the new build unchanged."""
    from ..render.outputs import link

    new.mkdir(parents=True, exist_ok=True)
    if (old / CACHE_FILE).is_file():
        link(old / CACHE_FILE, new / CACHE_FILE)


def write_cache(folder: Path, entries: dict[str, FileEntry]) -> Path:
    """Save the entries for the next load."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / CACHE_FILE
    part = path.with_name(f".{CACHE_FILE}.part")  # then renamed: a reader never sees half a file
    with part.open("wb") as file:
        pickle.dump(((__version__, FORMAT), entries), file, protocol=pickle.HIGHEST_PROTOCOL)
    part.replace(path)
    return path
