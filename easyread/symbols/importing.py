"""Write an imported symbol set into a project: its pictures and its manifest, licence kept."""

from __future__ import annotations

import csv
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError, Problem, UsageError
from .files import picture_problem
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
    left_out: tuple[Problem, ...] = ()
    """The pictures that could not be used, each with its place in the list and why."""


Row = tuple[int, dict[str, str]]
"""A CSV row: its line in the file, and its values by column name."""

SAVE_UTF8 = (
    "In Excel choose 'CSV UTF-8 (Comma delimited)' when you save it; in LibreOffice "
    "choose the character set 'Unicode (UTF-8)'."
)


def read_table(path: Path, shown: str, hint: str = SAVE_UTF8) -> tuple[list[str], list[Row]]:
    """The column names and rows of the CSV file at ``path``. A file that is not UTF-8 text
    (Excel saves CSV as Windows text unless told otherwise) is a :class:`ContentError` at the
    line of its first wrong byte, with ``hint`` saying what to do."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(
            [Problem(shown, line, None, "this file is not saved as UTF-8 text.", hint)]
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        columns = list(reader.fieldnames or [])
        rows = [(reader.line_num, {k: v or "" for k, v in row.items() if k}) for row in reader]
    except csv.Error as error:
        raise ContentError(
            [Problem(shown, reader.line_num, None, f"this line cannot be read ({error}).", hint)]
        ) from None
    return columns, rows


LEAVE_OUT = "Replace the file and import again to add it; the other pictures were imported."


def left_out(file: Path, shown: str, line: int, name: str) -> Problem | None:
    """Why the picture ``file`` (``name`` in the list ``shown``, at ``line``) is left out of
    an import, or None when it can be used (see :func:`.files.picture_problem`)."""
    if not file.is_file():
        return Problem(shown, line, None, f"{name} was left out: there is no such file.", LEAVE_OUT)
    reason = picture_problem(file)
    if reason is None:
        return None
    return Problem(shown, line, None, f"{name} was left out: {reason}.", LEAVE_OUT)


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


SET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
"""A set's folder name: a plain name, never a path ('..' or 'a/b' would be written, and
replaced, somewhere other than in symbols/)."""


def check_set_name(set_id: str) -> None:
    """A :class:`UsageError` unless ``set_id`` can name a folder in ``symbols/``."""
    if not SET_NAME.match(set_id):
        raise UsageError(
            f"--set {set_id!r}: a set's name is the name of its folder in symbols/: letters, "
            "digits, '-' and '_', like our-photos. Choose a name like that with --set."
        )


def write_set(
    project: Path,
    set_id: str,
    head: Manifest,
    pictures: list[Picture],
    comment: str,
    replace: bool = False,
    skipped: tuple[Problem, ...] = (),
    keep: tuple[Path, ...] = (),
) -> Imported:
    """Copy the pictures into ``project/symbols/<set_id>/`` and write its manifest there.
    ``skipped`` are the pictures left out; when every picture was, nothing is written.
    ``keep`` are files copied beside the manifest as they are (the set's licence)."""
    check_set_name(set_id)
    folder = project / "symbols" / set_id
    if not pictures:
        raise ContentError(
            [
                *skipped,
                Problem("", None, None, "No picture could be imported, so nothing was written."),
            ]
        )
    if folder.exists() and not replace:
        raise UsageError(
            f"{folder}: this set is already here. Add --replace to import it again, "
            "or choose another name with --set."
        )
    staging = folder.with_name(f".{set_id}-import")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for file in keep:
        shutil.copyfile(file, staging / file.name)
    entries = {}
    for picture in pictures:
        shutil.copyfile(picture.source, staging / picture.entry.file)
        entries[picture.id] = picture.entry
    manifest = Manifest(
        name=head.name,
        licence=head.licence,
        author=head.author,
        source=head.source,
        copyright=head.copyright,
        fallback=True,
        symbols=entries,
    )
    write_manifest(staging / MANIFEST, manifest, comment)
    if folder.exists():
        shutil.rmtree(folder)
    staging.rename(folder)
    return Imported(folder, len(entries), head.licence, skipped)
