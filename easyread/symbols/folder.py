"""Import a folder of pictures (a group's own photos, or any symbol set) with a CSV of keywords.

The CSV has a header line. ``file`` is needed; ``id``, ``alt``, ``keywords`` (separated by
``;``), ``category``, ``licence``, ``author``, ``people`` (yes/no) and ``consent`` may be there.
A picture without ``alt`` is described by its file name; a photo of people needs ``consent``.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import ContentError, Problem, Problems, UsageError
from .importing import (
    Imported,
    Picture,
    check_set_name,
    left_out,
    read_table,
    unique_ids,
    write_set,
)
from .manifest import Entry, Manifest, make_id

KNOWN = ("file", "id", "alt", "keywords", "category", "licence", "author", "people", "consent")
SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")
_YES = {"yes", "y", "true", "1"}


def read_folder(
    path: Path, table: Path, name: str, licence: str, author: str, source: str = ""
) -> tuple[Manifest, list[Picture], tuple[Problem, ...]]:
    """The set made of the pictures in ``path`` that ``table`` lists, and the pictures left
    out of it because they cannot be used (see :func:`.files.picture_problem`)."""
    if not path.is_dir():
        raise UsageError(f"{path}: there is no such folder.")
    if not licence.strip():
        raise UsageError("--licence is empty. Give the pictures' licence, like 'CC BY 4.0'.")
    if not author.strip():
        raise UsageError("--author is empty. Say who made the pictures, like 'Riverside Voices'.")
    if not table.is_file():
        raise UsageError(f"--csv {table}: there is no such file.")
    shown = str(table)
    problems = Problems()
    fieldnames, table_rows = read_table(table, shown)
    columns = [c.strip().lower() for c in fieldnames]
    if "file" not in columns:
        raise ContentError(
            f"{shown}:1: there is no 'file' column. Known columns: {', '.join(KNOWN)}."
        )
    unknown = [c for c in columns if c not in KNOWN]
    if unknown:
        problems.add(
            shown,
            1,
            f"The column {unknown[0]!r} is not known.",
            f"Known columns: {', '.join(KNOWN)}.",
        )
    rows = [
        (line, {k.strip().lower(): v.strip() for k, v in row.items()}) for line, row in table_rows
    ]
    ids = unique_ids([row.get("id") or Path(row["file"]).stem for _, row in rows])
    pictures = []
    skipped = []
    for ident, (line, row) in zip(ids, rows, strict=True):
        picture = _picture(path, ident, row, shown, line, problems)
        if picture is None:
            continue
        if (problem := left_out(picture.source, shown, line, row["file"])) is not None:
            skipped.append(problem)
        else:
            pictures.append(picture)
    problems.raise_if_any(ContentError)
    head = Manifest(name=name, licence=licence, author=author, source=source)
    return head, pictures, tuple(skipped)


def _picture(
    path: Path, ident: str, row: dict[str, str], shown: str, line: int, problems: Problems
) -> Picture | None:
    file = path / row["file"]
    if not row["file"] or not file.is_file():
        problems.add(shown, line, f"There is no picture file {row['file']!r} in {path}.")
        return None
    if file.suffix.lower() not in SUFFIXES:
        problems.add(shown, line, f"{row['file']!r} is not an SVG, PNG or JPEG picture.")
        return None
    if row.get("id") and make_id(row["id"]) != row["id"]:
        problems.add(
            shown,
            line,
            f"The id {row['id']!r} has other characters than a-z, 0-9 and '-'.",
            f"Write it like {make_id(row['id'])!r}.",
        )
        return None
    people = row.get("people", "").lower() in _YES
    if people and not row.get("consent"):
        problems.add(
            shown,
            line,
            f"{row['file']!r} is a photo of people with no consent noted.",
            "Say in the 'consent' column who agreed to its use, and when.",
        )
        return None
    words = re.sub(r"[_-]+", " ", file.stem).strip()
    keywords = [k.strip() for k in re.split(r"[;|]", row.get("keywords", "")) if k.strip()]
    entry = Entry(
        file=f"{ident}{file.suffix.lower()}",
        alt=row.get("alt") or words[:1].upper() + words[1:],
        keywords=tuple(dict.fromkeys(keywords)),
        category=row.get("category", ""),
        licence=row.get("licence", ""),
        author=row.get("author", ""),
        people=people,
        consent=row.get("consent", ""),
    )
    return Picture(ident, file, entry)


def import_folder(
    path: Path,
    table: Path,
    project: Path,
    set_id: str,
    licence: str,
    author: str,
    source: str = "",
    name: str = "",
    replace: bool = False,
) -> Imported:
    """Import the pictures in ``path`` listed in ``table`` into ``project/symbols/<set_id>/``."""
    check_set_name(set_id)  # before any work: the name says where it is written
    head, pictures, skipped = read_folder(path, table, name or set_id, licence, author, source)
    comment = (
        f"Imported from {path.name}/ with {table.name} by 'easyread symbols import folder'.\n"
        f"Licence: {licence}."
    )
    return write_set(project, set_id, head, pictures, comment, replace, skipped)
