"""Write an imported symbol set into a project: its pictures and its manifest, licence kept."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from .manifest import MANIFEST, Entry, Manifest, make_id, write_manifest


@dataclass(frozen=True)
class Picture:
    """One picture to import: where it is now and what the manifest will say about it."""

    id: str
    source: Path
    entry: Entry


@dataclass(frozen=True)
class Imported:
    """What an import wrote."""

    folder: Path
    """The set's new folder, ``symbols/<set>`` in the project."""
    count: int
    """How many pictures it has."""
    licence: str


def unique_ids(names: list[str]) -> list[str]:
    """An id for each name; a name met again gets ``-2``, ``-3`` ...: the ids stay stable for
    the same list."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        base = make_id(name)
        seen[base] = seen.get(base, 0) + 1
        result.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return result


def write_set(
    project: Path,
    set_id: str,
    head: Manifest,
    pictures: list[Picture],
    comment: str,
    replace: bool = False,
) -> Imported:
    """Copy the pictures into ``project/symbols/<set_id>/`` and write its manifest there."""
    folder = project / "symbols" / set_id
    if folder.exists() and not replace:
        raise UsageError(
            f"{folder}: this set is already here. Add --replace to import it again, "
            "or choose another name with --set."
        )
    staging = folder.with_name(f".{set_id}-import")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    entries = {}
    for picture in pictures:
        shutil.copyfile(picture.source, staging / picture.entry.file)
        entries[picture.id] = picture.entry
    manifest = Manifest(
        name=head.name,
        licence=head.licence,
        author=head.author,
        source=head.source,
        fallback=True,
        symbols=entries,
    )
    write_manifest(staging / MANIFEST, manifest, comment)
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    return Imported(folder, len(entries), head.licence)
