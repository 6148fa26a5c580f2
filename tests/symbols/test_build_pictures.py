"""Pictures in the build: automatic pictures, licences, credits, inline SVG, the staff page."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from scratch import page

from easyread.build import build
from easyread.documents import load_project
from easyread.errors import ContentError
from easyread.render.credits import credits
from easyread.symbols.mulberry import import_mulberry

from .test_svg import big_svg

FIXTURES = Path(__file__).parent / "fixtures"
CONFIG = "title: Test group\norganisation: Test council\ncontact:\n  phone: 01632 960000\n"
AUTO = CONFIG + "symbols:\n  auto_pictures: true\n"
BODY = "[hello] Hello everyone.\n\nThe number 7 bus stops outside.\n\n[phone] Ring Sam about the bus.\n"


def test_auto_pictures_fill_only_points_without_one(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body=BODY)}, config=AUTO)
    points = load_project(root).document("a").points
    chosen = [
        (p.picture.symbol.id, p.picture.automatic) for p in points if p.picture and p.picture.symbol
    ]
    assert chosen == [("hello", False), ("bus", True), ("phone", False)]


def test_a_picture_written_with_an_american_spelling(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body="[airplane] We go by plane.\n")})
    picture = load_project(root).document("a").points[0].picture
    assert picture is not None and picture.symbol is not None
    assert picture.symbol.id == "plane"


def test_auto_pictures_are_off_by_default(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body=BODY)})
    points = load_project(root).document("a").points
    assert points[1].picture is None


def test_a_licence_that_is_not_allowed_stops_the_build(make_project) -> None:  # type: ignore[no-untyped-def]
    config = CONFIG + "symbols:\n  allowed_licences: [CC BY 4.0]\n"
    root = make_project(
        {"content/a.md": page(body="[hello] Hi.\n\n[bus] The bus.\n")}, config=config
    )
    with pytest.raises(ContentError) as caught:
        load_project(root)
    assert [str(p) for p in caught.value.problems] == [
        f"content/a.md:{line}: The picture {name!r} (openmoji/{name}) has the licence "
        "'CC BY-SA 4.0', which easyread.yml does not allow. Choose a picture with an allowed "
        "licence (CC BY 4.0), or add its licence to symbols.allowed_licences."
        for line, name in ((5, "hello"), (7, "bus"))
    ]


def test_an_allowed_licence_is_matched_loosely(make_project) -> None:  # type: ignore[no-untyped-def]
    config = CONFIG + "symbols:\n  allowed_licences: [cc-by-sa 4.0]\n"
    root = make_project({"content/a.md": page(body="[hello] Hi.\n")}, config=config)
    assert load_project(root).document("a").points[0].picture is not None


def test_auto_pictures_use_only_allowed_licences(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = AUTO + "  allowed_licences: [CC BY 4.0]\n"
    root = make_project(
        {"content/a.md": page(body="[photo.svg: A photo] Hi.\n\nWe ate a fried egg.\n")},
        config=config,
    )
    shutil.copy(FIXTURES / "photos" / "hall.svg", root / "content" / "photo.svg")
    folder = import_mulberry(FIXTURES / "mulberry", root).folder
    manifest = folder / "symbols.yml"
    manifest.write_text(manifest.read_text().replace("CC BY-SA 4.0", "CC BY 4.0"))
    points = load_project(root).document("a").points
    assert points[1].picture is not None and points[1].picture.symbol is not None
    assert (points[1].picture.symbol.set, points[1].picture.symbol.id) == ("mulberry", "egg-fried")


def test_auto_pictures_pass_over_a_picture_that_cannot_be_used(make_project) -> None:  # type: ignore[no-untyped-def]
    manifest = (
        "name: Ours\nlicence: CC0\nauthor: Us\nsymbols:\n  zorblat: {file: t.svg, alt: A zorblat}\n"
    )
    files = {
        "content/a.md": page(body="[hello] Hi.\n\nThe zorblat.\n"),
        "symbols/ours/symbols.yml": manifest,
        "symbols/ours/t.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
    }
    root = make_project(files, config=AUTO)
    assert load_project(root).document("a").points[1].picture is None
    (root / "symbols" / "ours" / "t.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    picture = load_project(root).document("a").points[1].picture
    assert picture is not None and picture.symbol is not None and picture.symbol.id == "zorblat"


def test_credits_list_exactly_the_sets_used(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body="[hello] Hi.\n\n[mulberry/baker] The baker.\n")})
    import_mulberry(FIXTURES / "mulberry", root)
    made = credits(load_project(root))
    assert [(s.name, s.licence, s.author, s.count) for s in made.sets] == [
        ("Mulberry Symbols", "CC BY-SA 4.0", "Steve Lee", 1),
        (
            "OpenMoji",
            "CC BY-SA 4.0",
            "OpenMoji, the open-source emoji and icon project (HfG Schwäbisch Gmünd)",
            1,
        ),
    ]
    (root / "content" / "a.md").write_text(page(body="[hello] Hi.\n"))
    assert [s.name for s in credits(load_project(root)).sets] == ["OpenMoji"]  # Mulberry unused


def test_credits_count_automatic_pictures(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project(
        {"content/a.md": page(body="[hello] Hi.\n\nWe ate a fried egg.\n")}, config=AUTO
    )
    import_mulberry(FIXTURES / "mulberry", root)
    assert [s.name for s in credits(load_project(root)).sets] == ["Mulberry Symbols", "OpenMoji"]


def test_pages_have_inline_svg_with_titles_and_no_repeated_ids(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    body = "[hello] Hi.\n\n[mulberry/baker] The baker.\n\n[mulberry/baker] The baker again.\n\n[hello] Bye.\n"
    root = make_project({"content/a.md": page(body=body, extra="picture: hello\n")}, config=AUTO)
    import_mulberry(FIXTURES / "mulberry", root)
    out = build(root, tmp_path / "out", ("html",)).out
    html = (out / "site" / "a.html").read_text()
    assert html.count('role="img"') == 4
    assert html.count("<title>A hand waving</title>") == 2
    assert html.count("<title>Baker</title>") == 2
    assert 'aria-hidden="true"' in html  # the title's picture says what the title says
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    # the fixture's baker refers to a gradient by id: each copy refers to its own
    assert re.findall(r"url\(#([^)]+)\)", html) == [i for i in ids if i.endswith("-Dot")]


def test_an_svg_with_its_own_styles_stays_an_img(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body="[priya.svg: Priya from the council] Hi.\n")})
    shutil.copy(FIXTURES / "photos" / "priya.svg", root / "content" / "priya.svg")
    html = (build(root, tmp_path / "out", ("html",)).out / "site" / "a.html").read_text()
    assert '<img src="pictures/own/content/priya.svg" alt="Priya from the council"' in html
    assert "<style>" not in html.split("<body")[1]


def test_a_large_picture_is_an_img_fetched_once(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = "[ours/flag] Our flag.\n\n[ours/flag] The flag again.\n"
    root = make_project({"content/a.md": page(body=body, extra="picture: ours/flag\n")})
    folder = root / "symbols" / "ours"
    folder.mkdir(parents=True)
    (folder / "flag.svg").write_text(big_svg(300_000))  # Mulberry's largest flags are so big
    (folder / "symbols.yml").write_text(
        "name: Ours\nlicence: CC BY 4.0\nauthor: Us\nsymbols:\n"
        "  flag: {file: flag.svg, alt: Our flag}\n"
    )
    site = build(root, tmp_path / "out", ("html",)).out / "site"
    html = (site / "a.html").read_text()
    assert len(html) < 50_000  # not 3 copies of 300 KB
    assert "l1 1l1 1" not in html
    # the same words as an inline picture: alt text for a point, none beside the title
    assert html.count('<img src="pictures/ours/flag.svg" alt="Our flag"') == 2
    assert html.count('<img src="pictures/ours/flag.svg" alt=""') == 1
    assert (site / "pictures" / "ours" / "flag.svg").stat().st_size > 299_000


def test_the_staff_page_gives_each_picture_a_name_that_shows_it(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """It said [bus] under Mulberry's bus, but [bus] in a document shows OpenMoji's."""
    root = make_project({"content/a.md": page()})
    import_mulberry(FIXTURES / "mulberry", root)
    out = build(root, tmp_path / "out", ("html",)).out
    staff = (out / "staff" / "symbols.html").read_text()
    items = re.findall(r'<li data-words="[^"]*">.*?</li>', staff, re.DOTALL)
    mulberry = [i for i in items if "Set: Mulberry Symbols" in i]
    assert mulberry
    library = load_project(root).picture_library()
    for item in mulberry:
        [name] = re.findall(r"<code>\[([^\]]+)\]</code>", item)
        [exact] = re.findall(r"Exact: \[([^\]]+)\]", item)
        assert library.find(name) == library.find(exact), item


def test_the_staff_page_leaves_out_a_picture_the_build_refuses(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    manifest = "name: Ours\nlicence: CC0\nauthor: Us\nsymbols:\n  zorblat: {file: z.svg, alt: A zorblat}\n  zing: {file: g.svg, alt: A zing}\n"
    files = {
        "content/a.md": page(),
        "symbols/ours/symbols.yml": manifest,
        "symbols/ours/z.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>',
        "symbols/ours/g.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
    }
    out = build(make_project(files), tmp_path / "out", ("html",)).out
    staff = (out / "staff" / "symbols.html").read_text()
    assert "A zing" in staff and "zorblat" not in staff
    assert not (out / "staff" / "pictures" / "ours" / "zorblat.svg").exists()


def test_the_staff_page_is_outside_the_public_site(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page()})
    out = build(root, tmp_path / "out", ("html",)).out
    staff = (out / "staff" / "symbols.html").read_text()
    assert "<code>[meeting]</code>" in staff
    assert "CC BY-SA 4.0" in staff
    assert '<input id="search" type="search"' in staff
    assert "http" not in staff.replace("https://openmoji.org", "")  # nothing from other sites
    assert not list((out / "site").rglob("symbols.html"))
    assert (out / "staff" / "pictures" / "openmoji" / "meeting.svg").is_file()
    off = make_project(
        {"content/a.md": page()}, config=CONFIG + "symbols:\n  staff_page: false\n", name="off"
    )
    assert not (build(off, tmp_path / "off-out", ("html",)).out / "staff").exists()


def test_a_black_and_white_version_is_there_for_readers_who_ask_for_contrast(
    make_project,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    root = make_project({"content/a.md": page(body="[own/hall] The hall.\n")})
    folder = root / "symbols" / "own"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "photos" / "hall.svg", folder / "hall.svg")
    (folder / "hall-bw.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M0 0h9"/></svg>'
    )
    (folder / "symbols.yml").write_text(
        "name: Ours\nlicence: CC BY 4.0\nauthor: Us\nsymbols:\n"
        "  hall: {file: hall.svg, alt: The hall, high_contrast: hall-bw.svg}\n"
    )
    html = (build(root, tmp_path / "out", ("html",)).out / "site" / "a.html").read_text()
    assert '<span class="picture-colour"><svg' in html
    assert '<span class="picture-contrast"><svg' in html
    assert html.count("<title>The hall</title>") == 2  # only one is shown at a time


def test_credits_name_a_picture_with_its_own_licence_apart(make_project) -> None:  # type: ignore[no-untyped-def]
    root = make_project(
        {"content/a.md": page(body="[own/hall] Hall.\n\n[own/door] Door.\n\n[own/room] Room.\n")}
    )
    folder = root / "symbols" / "own"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "photos" / "hall.svg", folder / "hall.svg")
    (folder / "symbols.yml").write_text(
        "name: Ours\nlicence: CC BY 4.0\nauthor: Us\nsymbols:\n"
        "  hall: {file: hall.svg, alt: The hall}\n"
        "  room: {file: hall.svg, alt: A room}\n"
        "  door: {file: hall.svg, alt: A door, licence: CC0 1.0, author: Sam}\n"
    )
    made = credits(load_project(root))
    assert [(s.name, s.licence, s.author, s.count) for s in made.sets] == [
        ("Ours", "CC BY 4.0", "Us", 2),
        ("Ours", "CC0 1.0", "Sam", 1),
    ]


def test_a_changed_picture_file_makes_the_page_again(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page(body="[own/hall] The hall.\n")})
    folder = root / "symbols" / "own"
    folder.mkdir(parents=True)
    (folder / "symbols.yml").write_text(
        "name: Ours\nlicence: CC BY 4.0\nauthor: Us\nsymbols:\n  hall: {file: hall.svg, alt: The hall}\n"
    )
    picture = folder / "hall.svg"
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>')
    out = tmp_path / "out"
    assert "<circle" in (build(root, out, ("html",)).out / "site" / "a.html").read_text()
    picture.write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect width="12"/></svg>')
    html = (build(root, out, ("html",)).out / "site" / "a.html").read_text()
    assert '<rect width="12"/>' in html and "<circle" not in html


def test_the_staff_page_is_reused_while_the_library_is_the_same(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    root = make_project({"content/a.md": page()})
    out = tmp_path / "out"
    build(root, out, ("html",))
    first = (out / "staff" / "pictures" / "openmoji" / "meeting.svg").stat().st_ino
    build(root, out, ("html",))
    assert (out / "staff" / "pictures" / "openmoji" / "meeting.svg").stat().st_ino == first


def test_the_checks_mark_an_automatic_picture(make_project) -> None:  # type: ignore[no-untyped-def]
    from easyread.checks import check_project

    root = make_project({"content/a.md": page(body=BODY)}, config=AUTO)
    findings = check_project(load_project(root)).documents[0].findings
    er012 = [(f.line, f.severity, f.message) for f in findings if f.rule == "ER012"]
    assert er012 == [
        (
            7,
            "warning",
            'The build chose the picture "bus" for this point (symbols.auto_pictures). '
            'Check that it helps, then write it in: "[bus] The number 7 ...".',
        )
    ]


def test_rated_pictures_are_never_chosen_for_a_person(make_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    release = tmp_path / "release"
    shutil.copytree(FIXTURES / "mulberry", release)
    info = release / "symbol-info.csv"
    info.write_text(info.read_text().replace("4,30,Noun,0,", "4,30,Noun,1,"))
    root = make_project(
        {"content/a.md": page(body="[hello] Hi.\n\nWe ate a fried egg.\n")}, config=AUTO
    )
    import_mulberry(release, root)
    manifest = (root / "symbols" / "mulberry" / "symbols.yml").read_text()
    assert "rated: true" in manifest.split("egg-fried:")[1].splitlines()[0]
    project = load_project(root)
    egg = project.picture_library().find("mulberry/egg-fried")
    assert egg is not None and egg.rated
    # not placed by auto_pictures, not suggested
    point = project.document("a").points[1]
    assert point.picture is None or point.picture.symbol != egg
    assert egg not in [m.symbol for m in project.picture_library().index.suggest(point.text)]
    # found by a search, marked, and marked on the staff page
    assert project.picture_library().index.search("fried egg")[0].symbol == egg
    code, out, _ = run_symbols("search", "fried", "egg", "--project", str(root))
    assert code == 0
    assert out.splitlines()[0] == (
        "egg-fried\tmulberry\tCC BY-SA 4.0\tegg fried\trated: choose it only on purpose"
    )
    staff = (build(root, tmp_path / "out", ("html",)).out / "staff" / "symbols.html").read_text()
    item = staff.split('<li data-words="egg-fried')[1].split("</li>")[0]
    assert "Rated: choose it only on purpose." in item
    assert "Rated" not in staff.split('<li data-words="baker')[1].split("</li>")[0]


def run_symbols(*args: str) -> tuple[int, str, str]:
    from click.testing import CliRunner

    from easyread.symbols.command import symbols

    result = CliRunner().invoke(symbols, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_a_word_for_a_group_of_pictures_says_how_to_choose_one(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    release = tmp_path / "release"
    shutil.copytree(FIXTURES / "mulberry", release)
    info = release / "symbol-info.csv"
    info.write_text(info.read_text().replace("4,30,Noun,0,food,", "4,30,Noun,0,food profession,"))
    root = make_project({"content/a.md": page(body="[professions] We pay for the bus.\n")})
    import_mulberry(release, root)
    with pytest.raises(ContentError) as caught:
        load_project(root)
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.endswith(
        "There is no picture called 'professions'. 'professions' fits 2 pictures: choose one "
        "with 'easyread symbols search professions', and write its name, like [mulberry/baker]."
    )


def test_the_staff_folder_is_taken_over_whole_while_it_is_as_the_last_build_made_it(
    make_project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Thousands of pictures with Mulberry: one rename, not a link each. A file added by
    hand, or one changed, means the folder is made as a clean build makes it."""
    root = make_project({"content/a.md": page()})
    out = tmp_path / "out"
    build(root, out, ("html",))
    staff = out / "staff"
    folder = staff.stat().st_ino
    assert "staff:symbols" not in build(root, out, ("html",)).made
    assert staff.stat().st_ino == folder  # the same folder, moved into the new build
    for added in ("notes.txt", "drafts/", "elsewhere"):  # a file, a folder, a link to one
        if added == "notes.txt":
            (staff / added).write_text("added by hand")
        elif added == "drafts/":
            (staff / "pictures" / added).mkdir()
        else:
            (tmp_path / "elsewhere").mkdir()
            (staff / added).symlink_to(tmp_path / "elsewhere", target_is_directory=True)
        assert "staff:symbols" not in build(root, out, ("html",)).made  # its files are linked
        assert staff.stat().st_ino != folder, added
        assert sorted(p.name for p in staff.iterdir()) == ["pictures", "symbols.html"]
        assert not (staff / "pictures" / "drafts").exists()
        folder = staff.stat().st_ino
    meeting = staff / "pictures" / "openmoji" / "meeting.svg"
    meeting.write_text("<svg/>")
    assert "staff:symbols" in build(root, out, ("html",)).made
    assert meeting.read_text() != "<svg/>"
