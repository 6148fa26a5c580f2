"""Import the Mulberry Symbols from their release layout: ``symbol-info.csv`` and ``EN/*.svg``.

Each row of ``symbol-info.csv`` names a picture (``symbol-en``, also its file name), its tags
and category. The set's licence (CC BY-SA 4.0) is read from ``LICENSE.txt`` when it is there.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
import zlib
from pathlib import Path

from ..errors import ContentError, Problem, Problems, UsageError
from .importing import Imported, Picture, left_out, read_table, unique_ids, write_set
from .manifest import Entry, Manifest

INFO = "symbol-info.csv"
COLUMNS = ("symbol-en", "tags", "category-en")
LICENCE = "CC BY-SA 4.0"
AUTHOR = "Steve Lee"
SOURCE = "https://mulberrysymbols.org"
_VARIANT = re.compile(r"\s+\d+[a-z]?$")


def read_mulberry(path: Path) -> tuple[Manifest, list[Picture], tuple[Problem, ...]]:
    """The set described by a Mulberry release folder, and the pictures left out of it (a
    file missing from the release, or one that cannot be used); problems name the CSV line."""
    info = path / INFO
    if not info.is_file():
        raise UsageError(
            f"{path}: there is no {INFO} here. Give the folder of the Mulberry release "
            "(the one with symbol-info.csv and the EN folder)."
        )
    problems = Problems()
    hint = "Download the Mulberry release again, or save this file as UTF-8 text."
    columns, rows = read_table(info, str(info), hint)
    missing = [c for c in COLUMNS if c not in columns]
    if missing:
        raise ContentError(
            f"{info}:1: the columns {', '.join(missing)} are missing. "
            "This does not look like a Mulberry symbol-info.csv."
        )
    pictures = []
    skipped = []
    ids = unique_ids([row["symbol-en"] for _, row in rows])
    for ident, (line, row) in zip(ids, rows, strict=True):
        name = row["symbol-en"].strip()
        if not name:
            problems.add(str(info), line, "symbol-en is empty.", "Write the picture's name there.")
            continue
        file = path / "EN" / f"{name}.svg"
        if (problem := left_out(file, str(info), line, f"EN/{name}.svg")) is not None:
            skipped.append(problem)
            continue
        words = describe(name)
        keywords = [words, *row["tags"].split()]
        pictures.append(
            Picture(
                ident,
                file,
                Entry(
                    file=f"{ident}.svg",
                    alt=words[:1].upper() + words[1:],
                    keywords=tuple(dict.fromkeys(k for k in keywords if k)),
                    category=row["category-en"].strip(),
                ),
            )
        )
    problems.raise_if_any(ContentError)
    head = Manifest(name="Mulberry Symbols", licence=_licence(path), author=AUTHOR, source=SOURCE)
    return head, pictures, tuple(skipped)


def describe(name: str) -> str:
    """Words from a Mulberry name: ``"baker_1a"`` -> ``"baker"``, ``"egg_fried"`` -> ``"egg
    fried"``."""
    words = " ".join(name.replace("_", " ").replace(",", " ").split())
    words = " ".join(w for w in words.split() if w != "-")
    return _VARIANT.sub("", words) or words


def _licence(path: Path) -> str:
    text = ""
    for name in ("LICENSE.txt", "LICENSE", "LICENCE.txt"):
        if (path / name).is_file():
            text = (path / name).read_text(encoding="utf-8", errors="replace").lower()
            break
    if "non-commercial" in text or "noncommercial" in text:
        return "CC BY-NC-SA 4.0"
    return LICENCE


def import_mulberry(
    path: Path, project: Path, set_id: str = "mulberry", replace: bool = False
) -> Imported:
    """Import the Mulberry release at ``path`` (its folder, or its zip file) into
    ``project/symbols/<set_id>/``."""
    if path.is_file() and path.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory() as unpacked:
            try:
                with zipfile.ZipFile(path) as archive:
                    archive.extractall(unpacked)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
                raise ContentError(
                    f"{path}: this is not a zip file, or it is damaged ({error}). "
                    "Download the Mulberry release again, or unpack it and give its folder."
                ) from None
            found = sorted(Path(unpacked).rglob(INFO), key=lambda p: len(p.parts))
            if not found:
                raise UsageError(f"{path}: there is no {INFO} in this zip file.")
            return import_mulberry(found[0].parent, project, set_id, replace)
    head, pictures, skipped = read_mulberry(path)
    comment = (
        f"Imported from the Mulberry Symbols release by 'easyread symbols import mulberry'.\n"
        f"Licence: {head.licence} ({head.author}, {SOURCE}). Pictures are found by keyword,\n"
        f"or by [{set_id}/<id>]; a plain [name] uses them only when no other set has the name."
    )
    return write_set(project, set_id, head, pictures, comment, replace, skipped)
