"""Manifest validation: every mistake is named with its file and line, and what to change."""

from __future__ import annotations

from pathlib import Path

import pytest

from easyread.errors import ContentError
from easyread.symbols.files import picture_problem
from easyread.symbols.library import load_library

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n'


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_library(root)
    return [str(p) for p in caught.value.problems]


def make_set(tmp_path: Path, manifest: str, files: tuple[str, ...] = ("a.svg",)) -> Path:
    folder = tmp_path / "symbols" / "own"
    folder.mkdir(parents=True)
    (folder / "symbols.yml").write_text(manifest, encoding="utf-8")
    for name in files:
        (folder / name).write_text(SVG, encoding="utf-8")
    return tmp_path


HEAD = "name: Our photos\nlicence: CC BY 4.0\nauthor: Riverside Voices\nsymbols:\n"


def test_a_good_manifest_loads(tmp_path: Path) -> None:
    root = make_set(
        tmp_path, HEAD + "  hall: {file: a.svg, alt: The hall, keywords: [riverside hall]}\n"
    )
    symbol = load_library(root).find("own/hall")
    assert symbol is not None
    assert (symbol.licence, symbol.author, symbol.set_name) == (
        "CC BY 4.0",
        "Riverside Voices",
        "Our photos",
    )
    assert load_library(root).find("riverside hall") == symbol
    assert load_library(root).find("hall") == symbol  # the project's set wins on ids


@pytest.mark.parametrize(
    ("manifest", "expected"),
    {
        "missing licence": (
            "name: Our photos\nauthor: Us\nsymbols: {}\n",
            [
                "symbols/own/symbols.yml:1: licence: this is missing. Add 'licence:' "
                "(The licence of every picture in the set, like CC BY-SA 4.0)."
            ],
        ),
        "empty licence": (
            "name: Our photos\nauthor: Us\nlicence: ''\nsymbols: {}\n",
            [
                "symbols/own/symbols.yml:3: licence: the pictures' licence is empty. "
                "Say the pictures' licence, like CC BY 4.0."
            ],
        ),
        "missing file": (
            HEAD + "  hall: {file: nope.svg, alt: The hall}\n",
            [
                "symbols/own/symbols.yml:5: symbols.hall.file: there is no picture file "
                "'nope.svg'. Put the file in symbols/own or correct the name."
            ],
        ),
        "missing high-contrast file": (
            HEAD + "  hall: {file: a.svg, alt: The hall, high_contrast: bw.svg}\n",
            [
                "symbols/own/symbols.yml:5: symbols.hall.high_contrast: there is no picture "
                "file 'bw.svg'. Put the file in symbols/own or correct the name."
            ],
        ),
        "missing alt": (
            HEAD + "  hall: {file: a.svg}\n",
            [
                "symbols/own/symbols.yml:5: symbols.hall.alt: this is missing. Add 'alt:' "
                "(What the picture shows, in a few words)."
            ],
        ),
        "bad id": (
            HEAD + "  Big Hall: {file: a.svg, alt: The hall}\n",
            [
                "symbols/own/symbols.yml:5: symbols.Big Hall: an id has lower-case letters, "
                "digits and hyphens only. Write it like 'big-hall'."
            ],
        ),
        "id twice": (
            HEAD
            + "  hall: {file: a.svg, alt: The hall}\n"
            + "  room: {file: a.svg, alt: A room}\n"
            + "  hall: {file: a.svg, alt: The other hall}\n",
            [
                "symbols/own/symbols.yml:7:3: symbols.hall: this is written twice, here and on "
                "line 5. Keep one 'hall:' and remove the other."
            ],
        ),
        "photo of people without consent": (
            HEAD + "  priya:\n    file: a.svg\n    alt: Priya\n    people: true\n",
            [
                "symbols/own/symbols.yml:8: symbols.priya: a photo of people needs 'consent:'. "
                "Say who agreed to the photo being used, and when."
            ],
        ),
        "unknown key": (
            HEAD + "  hall: {file: a.svg, alt: The hall, keyword: [venue]}\n",
            [
                "symbols/own/symbols.yml:5: symbols.hall.keyword: this name is not known. "
                "Did you mean 'keywords'?"
            ],
        ),
        "keywords not a list": (
            HEAD + "  hall: {file: a.svg, alt: The hall, keywords: {a: b}}\n",
            [
                "symbols/own/symbols.yml:5: symbols.hall.keywords: expected a list. "
                "Write each item on its own line, starting with '- '."
            ],
        ),
    }.values(),
    ids=[
        "missing licence",
        "empty licence",
        "missing file",
        "missing high-contrast file",
        "missing alt",
        "bad id",
        "id twice",
        "people without consent",
        "unknown key",
        "keywords not a list",
    ],
)
def test_manifest_errors(tmp_path: Path, manifest: str, expected: list[str]) -> None:
    assert problems(make_set(tmp_path, manifest)) == expected


def test_every_problem_of_every_set_is_reported_together(tmp_path: Path) -> None:
    root = make_set(tmp_path, HEAD + "  a: {file: x.svg, alt: A}\n  b: {file: y.svg, alt: B}\n")
    assert [p.split(":")[1] for p in problems(root)] == ["5", "6"]


def test_a_missing_package_is_named(tmp_path: Path) -> None:
    root = make_set(
        tmp_path, HEAD.replace("symbols:\n", "package: no_such_package_xyz\nsymbols: {}\n")
    )
    assert problems(root) == [
        "symbols/own/symbols.yml:4: package: the Python package 'no_such_package_xyz' is not "
        "installed. Install it with pip, or remove 'package:' and keep the pictures beside the "
        "manifest."
    ]


def test_a_folder_that_is_not_there_is_named_once_not_for_every_picture(tmp_path: Path) -> None:
    pictures = "".join(f"  p{i}: {{file: a.svg, alt: Picture {i}}}\n" for i in range(50))
    root = make_set(tmp_path, HEAD.replace("symbols:\n", "folder: svgs\nsymbols:\n") + pictures)
    assert problems(root) == [
        "symbols/own/symbols.yml:4: folder: there is no folder 'svgs' in the set's folder "
        "(symbols/own). Write the name of the folder the pictures are in, or remove 'folder:' "
        "when they are beside the manifest."
    ]


def test_the_project_set_wins_on_ids_and_an_imported_set_does_not(tmp_path: Path) -> None:
    root = make_set(tmp_path, HEAD + "  meeting: {file: a.svg, alt: Our meeting room}\n")
    assert load_library(root).find("meeting").set == "own"  # type: ignore[union-attr]
    (root / "symbols" / "own" / "symbols.yml").write_text(
        HEAD.replace("symbols:\n", "fallback: true\nsymbols:\n")
        + "  meeting: {file: a.svg, alt: Our meeting room}\n  lunchbox: {file: a.svg, alt: A box}\n"
    )
    library = load_library(root)
    assert library.find("meeting").set == "openmoji"  # type: ignore[union-attr]
    assert library.find("own/meeting").set == "own"  # type: ignore[union-attr]
    assert library.find("lunchbox").set == "own"  # type: ignore[union-attr]


def test_an_imported_set_does_not_take_a_name_another_set_has_as_a_keyword(
    tmp_path: Path,
) -> None:
    """Importing Mulberry turned "chair" (OpenMoji: a person leading a meeting) into a kitchen
    chair in documents nobody had touched."""
    before = load_library().find("chair")
    assert before is not None and before.set == "openmoji" and before.id != "chair"
    root = make_set(
        tmp_path,
        HEAD.replace("symbols:\n", "fallback: true\nsymbols:\n")
        + "  chair: {file: a.svg, alt: A chair}\n",
    )
    library = load_library(root)
    assert library.find("chair") == before
    assert library.find("own/chair").set == "own"  # type: ignore[union-attr]


def test_the_default_set_is_valid() -> None:
    library = load_library()
    assert all(s.file.is_file() for s in library.symbols)
    assert [s.id for s in library.symbols if picture_problem(s.file, s.version)] == []
    assert {s.licence for s in library.symbols} == {"CC BY-SA 4.0"}


def test_a_picture_outside_the_sets_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.svg").write_text(SVG, encoding="utf-8")
    root = make_set(
        tmp_path,
        HEAD + "  a: {file: ../../../elsewhere.svg, alt: A}\n"
        "  b: {file: a.svg, alt: B, high_contrast: ../../../elsewhere.svg}\n",
    )
    assert problems(root) == [
        "symbols/own/symbols.yml:5: symbols.a.file: the picture '../../../elsewhere.svg' is "
        "outside the set's folder. Put the pictures in symbols/own (a build reads nothing else).",
        "symbols/own/symbols.yml:6: symbols.b.high_contrast: the picture "
        "'../../../elsewhere.svg' is outside the set's folder. Put the pictures in symbols/own "
        "(a build reads nothing else).",
    ]


def test_a_hidden_set_folder_is_not_loaded(tmp_path: Path) -> None:
    root = make_set(tmp_path, HEAD + "  hall: {file: a.svg, alt: The hall}\n")
    (root / "symbols" / "own").rename(root / "symbols" / ".own-import")  # an import under way
    assert load_library(root).find("own/hall") is None
