"""Importers: the Mulberry release layout and a folder of pictures with a CSV."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from easyread.errors import ContentError, UsageError
from easyread.symbols.folder import import_folder
from easyread.symbols.importing import LEAVE_OUT
from easyread.symbols.library import load_library
from easyread.symbols.manifest import make_id
from easyread.symbols.mulberry import describe, import_mulberry, mulberry_ids, read_mulberry

FIXTURES = Path(__file__).parent / "fixtures"
MULBERRY = Path(
    os.environ.get("EASYREAD_MULBERRY")
    or Path(__file__).resolve().parents[3] / "shared" / "symbol-sets" / "mulberry"
)
"""The Mulberry release for development (never committed); EASYREAD_MULBERRY names another."""


def test_mulberry_fixture(tmp_path: Path) -> None:
    done = import_mulberry(FIXTURES / "mulberry", tmp_path)
    assert (done.count, done.licence) == (13, "CC BY-SA 4.0")
    manifest = (tmp_path / "symbols" / "mulberry" / "symbols.yml").read_text()
    assert "licence: CC BY-SA 4.0\nauthor: Steve Lee\n" in manifest
    assert "fallback: true" in manifest
    library = load_library(tmp_path)
    baker = library.find("mulberry/baker")
    assert baker is not None
    assert baker.keywords == ("baker",)
    assert baker.tags == ("job", "people", "profession", "work")
    assert (baker.category, baker.alt, baker.licence) == (
        "People Profession",
        "Baker",
        "CC BY-SA 4.0",
    )
    assert baker.file == tmp_path / "symbols" / "mulberry" / "baker.svg"
    assert library.find("mulberry/bus-1b") is not None
    assert library.find("bus").set == "openmoji"  # type: ignore[union-attr]  # never displaced
    assert library.find("baker") == baker  # a name only Mulberry has
    assert library.index.search("fried egg")[0].symbol.id == "egg-fried"


def test_mulberry_tags_find_pictures_but_never_choose_one(tmp_path: Path) -> None:
    import_mulberry(FIXTURES / "mulberry", tmp_path)
    library = load_library(tmp_path)
    # a plain [tag] is not the first picture in the alphabet that has the tag
    assert library.resolve("profession") is None
    assert library.resolve("transport") is None or library.resolve("transport").set != "mulberry"  # type: ignore[union-attr]
    assert library.resolve("bakers") == library.find("mulberry/baker")  # its own name does
    found = library.index.search("profession")
    assert [(m.symbol.id, m.weak) for m in found] == [("baker", True)]
    # a picture's own name ranks before the pictures that only have it as a tag
    travel = library.index.search("food")
    assert travel[0].symbol.set == "openmoji"
    assert [m.symbol.id for m in travel].index("egg-fried") > 0


def test_mulberry_names_become_words() -> None:
    assert describe("baker_1a") == "baker"
    assert describe("egg_fried") == "egg fried"
    assert describe("meet_,_to") == "meet"
    assert describe("go_out_2_,_to") == "go out"
    assert describe("sit_at_computer_,_to_2") == "sit at computer"
    assert describe("bun_-_hot_cross") == "hot cross bun"
    assert describe("a_-_lower_case") == "lower case a"
    assert describe("glass_,_drinking") == "drinking glass"
    assert describe("dinner_2_people") == "dinner 2 people"  # not a variant: it means something
    assert describe("flag_Hong_Kong_-_China") == "flag Hong Kong China"


def test_mulberry_verbs_have_ids_without_to() -> None:
    names = ["drink_,_to", "go_out_2_,_to", "vote_,_to", "drink", "baker_1a", "sit_,_to_2"]
    assert mulberry_ids(names) == ["drink-verb", "go-out-2", "vote", "drink", "baker-1a", "sit-2"]
    # the same ids whatever the order: the noun keeps the plain id
    assert mulberry_ids(["drink", "drink_,_to"]) == ["drink", "drink-verb"]


def test_mulberry_verbs_read_well(tmp_path: Path) -> None:
    import_mulberry(FIXTURES / "mulberry", tmp_path)
    meet = load_library(tmp_path).find("mulberry/meet")
    assert meet is not None
    assert (meet.alt, meet.keywords) == ("Meet", ("meet",))


def test_mulberry_import_refuses_to_overwrite(tmp_path: Path) -> None:
    import_mulberry(FIXTURES / "mulberry", tmp_path)
    with pytest.raises(UsageError, match=r"already here\. Add --replace"):
        import_mulberry(FIXTURES / "mulberry", tmp_path)
    assert import_mulberry(FIXTURES / "mulberry", tmp_path, replace=True).count == 13


def test_mulberry_pictures_missing_or_unusable_are_left_out(tmp_path: Path) -> None:
    copy = tmp_path / "release"
    shutil.copytree(FIXTURES / "mulberry", copy)
    (copy / "EN" / "egg_fried.svg").unlink()
    (copy / "EN" / "phone.svg").write_text("<svg><script>alert(1)</script></svg>")
    done = import_mulberry(copy, tmp_path / "project")
    info = copy / "symbol-info.csv"
    assert done.count == 11
    assert [str(p) for p in done.left_out] == [
        f"{info}:5: EN/egg_fried.svg was left out: there is no such file. {LEAVE_OUT}",
        f"{info}:7: EN/phone.svg was left out: it has a script in it. {LEAVE_OUT}",
    ]
    folder = tmp_path / "project" / "symbols" / "mulberry"
    assert not (folder / "phone.svg").exists()
    assert "phone" not in (folder / "symbols.yml").read_text()


def test_an_import_with_no_usable_picture_writes_nothing(tmp_path: Path) -> None:
    table = tmp_path / "k.csv"
    (tmp_path / "bad.png").write_bytes(b"not a png")
    table.write_text("file\nbad.png\n")
    with pytest.raises(ContentError) as caught:
        import_folder(tmp_path, table, tmp_path / "project", "photos", "CC BY 4.0", "Us")
    assert [str(p) for p in caught.value.problems] == [
        f"{table}:2: bad.png was left out: it is damaged, cut short or not a picture. {LEAVE_OUT}",
        "No picture could be imported, so nothing was written.",
    ]
    assert not (tmp_path / "project" / "symbols").exists()


def test_mulberry_needs_its_csv(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"there is no symbol-info\.csv here"):
        read_mulberry(tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(not MULBERRY.is_dir(), reason=f"the Mulberry set is not at {MULBERRY}")
def test_the_real_mulberry_set(tmp_path: Path) -> None:
    done = import_mulberry(MULBERRY, tmp_path)
    assert done.count >= 3400
    assert done.licence == "CC BY-SA 4.0"
    library = load_library(tmp_path)
    assert len([s for s in library.symbols if s.set == "mulberry"]) == done.count
    assert library.find("mulberry/baker-1a") is not None
    # the curated pictures still come first for everyday words; Mulberry fills the gaps
    assert library.index.search("meeting")[0].symbol.set == "openmoji"
    assert library.index.search("baker")[0].symbol.set == "mulberry"


def test_folder_import_keeps_licence_alt_and_consent(tmp_path: Path) -> None:
    done = import_folder(
        FIXTURES / "photos",
        FIXTURES / "photos" / "keywords.csv",
        tmp_path,
        "photos",
        "CC BY 4.0",
        "Riverside Voices",
    )
    assert done.count == 2
    library = load_library(tmp_path)
    hall = library.find("photos/big-hall")
    assert hall is not None
    assert (hall.alt, hall.licence, hall.keywords) == (
        "The big hall at the Riverside Centre",
        "CC BY 4.0",
        ("hall", "meeting room", "venue"),
    )
    manifest = (tmp_path / "symbols" / "photos" / "symbols.yml").read_text()
    assert "consent: Priya agreed on 2026-11-02" in manifest
    assert "people: true" in manifest


def test_folder_import_refuses_a_photo_of_people_without_consent(tmp_path: Path) -> None:
    table = tmp_path / "k.csv"
    table.write_text("file,people\nhall.svg,no\npriya.svg,yes\n")
    with pytest.raises(ContentError) as caught:
        import_folder(FIXTURES / "photos", table, tmp_path, "photos", "CC BY 4.0", "Us")
    assert [str(p) for p in caught.value.problems] == [
        f"{table}:3: 'priya.svg' is a photo of people with no consent noted. "
        "Say in the 'consent' column who agreed to its use, and when."
    ]
    assert not (tmp_path / "symbols" / "photos").exists()  # nothing written


def test_folder_import_errors_name_the_line(tmp_path: Path) -> None:
    table = tmp_path / "k.csv"
    table.write_text("file,colour\nhall.svg,red\nnope.png,blue\n")
    with pytest.raises(ContentError) as caught:
        import_folder(FIXTURES / "photos", table, tmp_path, "photos", "CC BY 4.0", "Us")
    assert [str(p) for p in caught.value.problems] == [
        f"{table}:1: The column 'colour' is not known. Known columns: file, id, alt, keywords, "
        "category, licence, author, people, consent.",
        f"{table}:3: There is no picture file 'nope.png' in {FIXTURES / 'photos'}.",
    ]


def test_mulberry_from_the_release_zip(tmp_path: Path) -> None:
    archive = shutil.make_archive(str(tmp_path / "mulberry-symbols"), "zip", FIXTURES, "mulberry")
    done = import_mulberry(Path(archive), tmp_path / "project")
    assert done.count == 13
    assert (tmp_path / "project" / "symbols" / "mulberry" / "baker.svg").is_file()
    empty = shutil.make_archive(str(tmp_path / "empty"), "zip", FIXTURES / "photos")
    with pytest.raises(UsageError, match=r"there is no symbol-info\.csv in this zip file"):
        import_mulberry(Path(empty), tmp_path / "project")


def test_ids_keep_accented_letters_without_their_accents(tmp_path: Path) -> None:
    assert make_id("Café Tea") == "cafe-tea"
    assert make_id("ÜBER") == "uber"
    assert make_id("Ŵyn bach") == "wyn-bach"
    assert make_id("Straße") == "strasse"
    for name in ("Café Tea.svg", "ÜBER.SVG"):
        shutil.copy(FIXTURES / "photos" / "hall.svg", tmp_path / name)
    table = tmp_path / "k.csv"
    table.write_text("file,alt\nCafé Tea.svg,A cup of tea\nÜBER.SVG,Bread\n", encoding="utf-8")
    import_folder(tmp_path, table, tmp_path / "p", "photos", "CC BY 4.0", "Us")
    library = load_library(tmp_path / "p")
    assert library.find("photos/cafe-tea") is not None
    assert library.find("photos/uber") is not None
