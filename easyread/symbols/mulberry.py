"""Import the Mulberry Symbols from their release layout: ``symbol-info.csv`` and ``EN/*.svg``.

Each row of ``symbol-info.csv`` names a picture (``symbol-en``, also its file name), its tags
and category. The set's licence (CC BY-SA 4.0 today; older releases were CC BY-SA 2.0 UK) is
read from ``LICENSE.txt``, which is kept beside the manifest.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
import zlib
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
from .licences import copyright_line, licence_from_text
from .manifest import Entry, Manifest, make_id

INFO = "symbol-info.csv"
COLUMNS = ("symbol-en", "tags", "category-en")
LICENCE_FILES = ("LICENSE.txt", "LICENSE", "LICENSE.md", "LICENCE.txt", "LICENCE", "LICENCE.md")
AUTHOR = "Steve Lee"
SOURCE = "https://mulberrysymbols.org"
_VARIANT = re.compile(r"_\d+[a-z]?$")
"""A variant number at the end of a name, like ``_2`` or ``_1a``."""
_IN_ORDER = {"face"}
"""Words after ``_-_`` that stay after the name (``"lady_-_face"`` -> "lady face")."""


def read_mulberry(
    path: Path, licence: str = ""
) -> tuple[Manifest, list[Picture], tuple[Problem, ...]]:
    """The set described by a Mulberry release folder, and the pictures left out of it (a
    file missing from the release, or one that cannot be used); problems name the CSV line."""
    info = path / INFO
    if not info.is_file():
        raise UsageError(
            f"{path}: there is no {INFO} here. Give the folder of the Mulberry release "
            "(the one with symbol-info.csv and the EN folder)."
        )
    licence, notice = release_licence(path, licence)
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
    ids = mulberry_ids([row["symbol-en"] for _, row in rows])
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
        pictures.append(
            Picture(
                ident,
                file,
                Entry(
                    file=f"{ident}.svg",
                    alt=words[:1].upper() + words[1:],
                    keywords=(words,),
                    tags=tuple(dict.fromkeys(t for t in row["tags"].split() if t != words)),
                    category=row["category-en"].strip(),
                    rated=row.get("rated", "").strip() == "1",
                ),
            )
        )
    problems.raise_if_any(ContentError)
    head = Manifest(
        name="Mulberry Symbols",
        licence=licence,
        author=AUTHOR,
        source=SOURCE,
        copyright=copyright_line(notice.read_text(encoding="utf-8", errors="replace"))
        if notice
        else "",
    )
    return head, pictures, tuple(skipped)


def describe(name: str) -> str:
    """Words from a Mulberry name: ``"baker_1a"`` -> ``"baker"``, ``"vote_,_to"`` -> ``"vote"``,
    ``"go_out_2_,_to"`` -> ``"go out"``, ``"bun_-_hot_cross"`` -> ``"hot cross bun"``.

    Mulberry writes names as in an index: a verb as ``"vote_,_to"`` ("to vote"), a kind of a
    thing as ``"bun_-_hot_cross"`` or ``"glass_,_drinking"``, and another picture of the same
    thing with a number (``_2``, ``_1a``). Digits inside a name that mean something stay
    (``"dinner_2_people"``); flags and countries keep their order (``"flag_Hong_Kong_-_China"``).
    """
    name = _VARIANT.sub("", name.strip())
    head, comma, tail = name.partition("_,_")
    if comma:
        head = _VARIANT.sub("", head)
        name = head if tail == "to" else f"{tail}_{head}"
    else:
        head, dash, tail = name.partition("_-_")
        if dash and name.islower() and tail not in _IN_ORDER:
            name = f"{tail}_{head}"
    return " ".join(name.replace("_", " ").replace(" - ", " ").split())


def mulberry_ids(names: list[str]) -> list[str]:
    """An id for each Mulberry name: its words and variant, without the verb's "to"
    (``"go_out_2_,_to"`` -> ``go-out-2``). A verb whose id another picture already has (a noun
    with the same name) gets ``-verb``, whatever the order of the list: the ids stay stable."""
    bases = []
    for name in names:
        head, comma, tail = name.strip().partition("_,_")
        verb = bool(comma) and _VARIANT.sub("", tail) == "to"
        bases.append((make_id(head + _variant(tail) if verb else name), verb))
    taken = {base for base, verb in bases if not verb}
    return unique_ids([f"{base}-verb" if verb and base in taken else base for base, verb in bases])


def _variant(tail: str) -> str:
    """The variant number at the end of a verb's tail (``"to_2"`` -> ``"_2"``), or ""."""
    found = _VARIANT.search(tail)
    return found.group(0) if found else ""


def release_licence(path: Path, given: str = "") -> tuple[str, Path | None]:
    """The release's licence (``given``, else read from its licence text) and its licence
    file; a :class:`UsageError` asking for ``--licence`` when the text does not say which."""
    file = next((path / name for name in LICENCE_FILES if (path / name).is_file()), None)
    if given.strip():
        return " ".join(given.split()), file
    if given:
        raise UsageError("--licence is empty. Give the pictures' licence, like 'CC BY-SA 4.0'.")
    text = file.read_text(encoding="utf-8", errors="replace") if file else ""
    found = licence_from_text(text)
    if found is None:
        where, what = (
            (file, "this licence text does not say which licence and version it is")
            if file
            else (path, "there is no licence file (LICENSE.txt) in this release")
        )
        raise UsageError(
            f"{where}: {what}. Read the release's licence and give it with --licence, "
            "like --licence 'CC BY-SA 4.0'."
        )
    return found, file


def import_mulberry(
    path: Path, project: Path, set_id: str = "mulberry", replace: bool = False, licence: str = ""
) -> Imported:
    """Import the Mulberry release at ``path`` (its folder, or its zip file) into
    ``project/symbols/<set_id>/``, with its licence file. ``licence`` is the pictures'
    licence when the release's licence text does not say it."""
    check_set_name(set_id)  # before any work: the name says where it is written
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
            return import_mulberry(found[0].parent, project, set_id, replace, licence)
    head, pictures, skipped = read_mulberry(path, licence)
    notice = release_licence(path, head.licence)[1]
    comment = (
        f"Imported from the Mulberry Symbols release by 'easyread symbols import mulberry'.\n"
        f"Licence: {head.licence} ({head.author}, {SOURCE}). Pictures are found by keyword,\n"
        f"or by [{set_id}/<id>]; a plain [name] uses them only when no other set has the name."
    )
    keep = (notice,) if notice else ()
    return write_set(project, set_id, head, pictures, comment, replace, skipped, keep)
