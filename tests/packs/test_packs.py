"""What each pack holds: exactly the formats asked for, at the right sizes and colours, a
letter in the person's chosen name, a playlist, a zip; the staff sheet; render counts."""

from __future__ import annotations

import csv
import datetime
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from mutagen.mp3 import MP3
from packs.conftest import Made
from packs.packproject import EXPECTED, IDS, SLUGS
from PIL import Image


def files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_each_pack_holds_exactly_the_formats_asked_for(made: Made) -> None:
    for pid in IDS:
        assert files(made.packs / pid) == EXPECTED[pid], pid
    assert files(made.packs) - {f for pid in IDS for f in files(made.packs / pid)} >= {
        "index.html",
        "people.csv",
        *(f"{pid}.zip" for pid in IDS),
    }


def body_size(pdf: Path) -> float:
    """The most used character size on the PDF's first page, in points."""
    with pdfplumber.open(pdf) as document:
        sizes = Counter(round(c["size"], 1) for c in document.pages[0].chars)
    return sizes.most_common(1)[0][0]


@pytest.mark.parametrize(
    ("pack", "points"),
    [
        ("fake01/print/welcome-easy-read.pdf", 16),
        ("fake02/print/welcome-extra-large.pdf", 24),
        ("fake04/print/more-20pt.pdf", 20),
        ("fake04/supporter/print/more-easy-read.pdf", 16),
        ("fake05/print/welcome-large.pdf", 18),
        ("fake05/print/welcome-easy-read.pdf", 16),
        ("fake02/letter.pdf", 24),
        ("fake05/letter.pdf", 18),
    ],
)
def test_print_is_at_the_size_asked_for(made: Made, pack: str, points: float) -> None:
    assert body_size(made.packs / pack) == points


def paper(pdf: Path) -> tuple[int, int, int]:
    """The colour of the paper: the top-left pixel of page 1."""
    out = pdf.with_name("page")
    subprocess.run(["pdftoppm", "-r", "10", "-f", "1", "-l", "1", "-png", pdf, out], check=True)
    image = next(pdf.parent.glob("page*.png"))
    try:
        with Image.open(image) as page:
            pixel = page.convert("RGB").getpixel((1, 1))
    finally:
        image.unlink()
    assert isinstance(pixel, tuple)
    return pixel[0], pixel[1], pixel[2]


@pytest.mark.parametrize(
    ("pack", "yellow"),
    [
        ("fake01/print/welcome-easy-read.pdf", False),
        ("fake02/print/welcome-extra-large.pdf", True),
        ("fake02/letter.pdf", True),
        ("fake04/print/welcome-20pt.pdf", True),
        ("fake04/supporter/print/welcome-easy-read.pdf", False),
    ],
)
def test_print_is_in_the_colours_asked_for(
    made: Made, tmp_path: Path, pack: str, yellow: bool
) -> None:
    copy = tmp_path / "copy.pdf"
    copy.write_bytes((made.packs / pack).read_bytes())
    red, green, blue = paper(copy)
    assert red > 240 and green > 240
    assert (blue < 230) == yellow, (red, green, blue)


def pdf_text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        text = " ".join(page.extract_text() or "" for page in document.pages)
    return " ".join(text.split())  # lines wrap differently at each size


def test_letters_use_the_chosen_name(made: Made) -> None:
    assert "Dear Testy," in pdf_text(made.packs / "fake01" / "letter.pdf")
    assert "Dear Fakey," in pdf_text(made.packs / "fake02" / "letter.pdf")
    text = (made.packs / "fake03" / "letter.txt").read_text()
    assert text.splitlines()[4] == "Dear Zeddo,"
    assert "https://voices.example.org" in text  # fake03 asked for the website link
    assert "Fakey" not in text and "Zed Placeholderson" not in text  # the chosen name only
    braille = (made.packs / "fake03" / "braille" / "letter.txt").read_text()
    assert "Dear Zeddo," in braille and max(len(line) for line in braille.splitlines()) <= 40
    supporter = (made.packs / "fake04" / "supporter" / "letter.txt").read_text()
    assert "Dear Kit Mockwell," in supporter
    assert "a copy of the information we sent to Dumdum" in supporter
    assert "Dear Dumdum," in pdf_text(made.packs / "fake04" / "letter.pdf")


def test_letters_list_the_documents_and_formats(made: Made) -> None:
    text = pdf_text(made.packs / "fake05" / "letter.pdf")
    for title in ("Welcome to Test Voices", "More about us", "Hard words"):
        assert title in text
    assert "large print (18 point)" in text and "audio" in text
    assert "on yellow paper" in pdf_text(made.packs / "fake02" / "letter.pdf")


def test_a_letter_ends_with_its_picture_credits_not_the_documents_back_pages(made: Made) -> None:
    """Its last page asks for other formats and is signed: the documents' "Other formats"
    pages and "Written by" said it all again (7 pages at 24 point, now 5)."""
    letter = pdf_text(made.packs / "fake02" / "letter.pdf")
    assert "Other formats" not in letter and "Written by" not in letter
    assert "Pictures: OpenMoji" in letter and letter.count("matt paper") == 0
    (document, *_) = sorted((made.packs / "fake02" / "print").glob("*.pdf"))
    assert "Other formats" in pdf_text(document) and "matt paper" in pdf_text(document)


def test_audio_comes_with_a_playlist_in_reading_order(made: Made) -> None:
    lines = (made.packs / "fake02" / "audio" / "playlist.m3u").read_text().splitlines()
    assert lines[0] == "#EXTM3U"
    assert lines[2::2] == ["00-letter.mp3", *(f"{n:02d}-{s}.mp3" for n, s in enumerate(SLUGS, 1))]
    assert lines[3] == "#EXTINF:" + lines[3].split(":")[1].split(",")[0] + ",Welcome to Test Voices"
    assert all(int(line.split(":")[1].split(",")[0]) > 0 for line in lines[1::2])
    assert (made.packs / "fake02" / "audio" / "01-welcome.mp3").read_bytes()[:3] in (
        b"ID3",
        b"\xff\xfb",
    )


def test_audio_tracks_are_numbered_in_reading_order(made: Made) -> None:
    """A player that sorts by track number (most do, in an album) plays the letter first and
    the documents in order; without numbers it sorted them by title. Chapters are kept."""
    folder = made.packs / "fake02" / "audio"
    names = ["00-letter.mp3", *(f"{n:02d}-{s}.mp3" for n, s in enumerate(SLUGS, 1))]
    tracks = [str(MP3(folder / name).tags["TRCK"]) for name in names]
    assert tracks == [f"{n}/{len(names)}" for n in range(1, len(names) + 1)]
    public = MP3(made.public / "audio" / "welcome.mp3").tags
    copy = MP3(folder / "01-welcome.mp3").tags
    assert "TRCK" not in public  # the public file is not changed
    assert sorted(k for k in copy if k != "TRCK") == sorted(public)  # chapters and all
    assert MP3(folder / "01-welcome.mp3").info.length == pytest.approx(
        MP3(made.public / "audio" / "welcome.mp3").info.length
    )


def test_one_zip_per_person_holds_the_pack(made: Made) -> None:
    for pid in IDS:
        with zipfile.ZipFile(made.packs / f"{pid}.zip") as archive:
            names = {n.removeprefix(f"{pid}/") for n in archive.namelist()}
            assert names == EXPECTED[pid]
            first = sorted(EXPECTED[pid])[0]
            assert archive.read(f"{pid}/{first}") == (made.packs / pid / first).read_bytes()


def test_staff_sheet_says_who_needs_what_how_sent_and_whose_review_has_passed(made: Made) -> None:
    with (made.packs / "people.csv").open(newline="") as file:
        table = {row["id"]: row for row in csv.DictReader(file)}
    assert list(table) == list(IDS)
    assert (
        table["fake02"]["formats"]
        == "extra large print (24 point) on yellow paper; audio to listen to"
    )
    assert table["fake03"]["how sent"] == "email"
    assert table["fake04"]["how sent"] == "by-hand"
    assert table["fake04"]["supporter copy"] == (
        "easy read print; plain text for email or a screen reader"
    )
    assert table["fake04"]["supporter copy sent"] == "post"
    assert table["fake01"]["supporter copy"] == "no"
    passed = {pid for pid, row in table.items() if row["review date passed"] == "yes"}
    assert passed == {"fake02", "fake04"}  # 2025-01-01 and 2026-11-27, made on 2026-11-28
    assert "translation" in table["fake03"]["flags"]  # Welsh asked for, documents in English
    assert table["fake01"]["flags"] == ""
    html = (made.packs / "index.html").read_text()
    assert f"{len(table)} people. 2 review dates have passed.</p>" in html
    assert html.count('<tr class="flagged">') == 3
    for row in table.values():
        assert f'<th scope="row">{row["id"]}</th>' in html and row["name"] in html


def test_each_distinct_need_is_rendered_once(made: Made) -> None:
    counts = made.result.counts
    documents = len(SLUGS)
    # PDFs: 16 pt on white (3 people) is the public build's own print, so it is copied; then
    # 24 pt on yellow (2 people), 20 pt on yellow and 18 pt on white: 3 distinct needs.
    # Audio at the project's settings is the public build's own (same key): copied, not spoken.
    assert counts.reused == Counter({"pdf": documents, "audio": documents})
    assert counts.made["pdf"] == 3 * documents
    assert counts.made["audio"] == 0
    assert counts.made["txt"] == counts.made["md"] == counts.made["braille"] == documents
    # Letters are personal: one for each copy, in each of its formats.
    assert counts.letters == Counter({"pdf": 6, "audio": 2, "txt": 2, "braille": 1})


def test_the_same_need_is_the_same_file(made: Made) -> None:
    twin = made.packs / "fake02" / "print" / "welcome-extra-large.pdf"
    other = made.packs / "fake06" / "print" / "welcome-extra-large.pdf"
    assert twin.stat().st_ino == other.stat().st_ino  # one render, hard-linked
    public = made.public / "print" / "welcome.pdf"
    copied = made.packs / "fake01" / "print" / "welcome-easy-read.pdf"
    assert copied.read_bytes() == public.read_bytes()
    assert copied.stat().st_ino != public.stat().st_ino  # a copy: the public file stays public


def test_progress_names_ids_only(made: Made) -> None:
    said = " ".join(message for _, message in made.reporter.messages)
    assert "Made the pack for fake01." in said
    warnings = [message for kind, message in made.reporter.messages if kind == "warning"]
    assert warnings == [
        "fake02: Review date passed: check this person's needs with them.",
        "fake03: Needs the information in cy: arrange a translation.",
        "fake04: Review date passed: check this person's needs with them.",
    ]
    for name in ("Testy", "Fakey", "Zeddo", "Dumdum", "Samplo", "Ditto", "Kit"):
        assert name not in said


def test_the_staff_page_counts_in_words() -> None:
    """It said "1 people. 1 review dates passed." """
    from easyread.packs.staff import _passed, _people

    assert (_people(1), _passed(1)) == ("1 person", "1 review date has passed.")
    assert (_people(2), _passed(0)) == ("2 people", "No review date has passed.")


def test_a_letter_says_each_way_once_and_in_plain_words(tmp_path: Path) -> None:
    """It said "Email Sam Staff at test@…" ("Amira at the Council at …" for some names), and
    "on our website too" when the website was the only way."""
    import datetime

    from packs.packproject import write_project

    from easyread.documents import load_project
    from easyread.packs.letter import Addressee, letter
    from easyread.packs.people import Needs
    from easyread.print_settings import parse_size

    project = load_project(write_project(tmp_path / "project", "participants: []\n"))
    size = parse_size("large")
    assert size is not None

    def said(formats: tuple[str, ...]) -> list[str]:
        to = Addressee("p1", "Testy", Needs(formats, size, "black-on-white"))  # type: ignore[arg-type]
        made = letter(
            project,
            to,
            project.documents,
            "https://voices.example.org",
            datetime.date(2026, 11, 28),
        )
        return [p.text for p in made.points]

    alone = said(("website-link",))
    assert "You can read it on our website:\nhttps://voices.example.org" in alone
    assert "Email Sam Staff: test@example.org" in alone
    assert "You can read it on our website too:\nhttps://voices.example.org" in said(
        ("website-link", "audio")
    )


@pytest.mark.parametrize(
    ("formats", "text"),
    [
        (("website-link",), True),
        (("website-link", "audio"), True),  # the address was only said in the audio
        (("website-link", "easy-read-print"), False),  # the printed letter has it
        (("audio",), False),
        (("plain-text",), True),
    ],
)
def test_a_website_link_is_written_in_a_letter(formats: tuple[str, ...], text: bool) -> None:
    from easyread.packs.letter import Addressee
    from easyread.packs.pack import Copy
    from easyread.packs.people import Needs
    from easyread.print_settings import parse_size

    size = parse_size("large")
    to = Addressee("p1", "Testy", Needs(formats, size, "black-on-white"))  # type: ignore[arg-type]
    names = [name for name, _ in Copy("p1", to, ()).placements()]
    assert ("letter.txt" in names) is text, names


def test_a_long_list_of_documents_is_never_split_from_its_picture(tmp_path: Path) -> None:
    """A letter listing 11 documents at 24 point: the list was one point, taller than a page,
    so its end was printed on the next page without its picture (LY009). Now it is shorter
    lists, each a point with its picture, and each on one page."""
    import datetime
    from dataclasses import replace

    from packs.packproject import write_project
    from pdf.pdfcheck import flow

    from easyread.documents import load_project
    from easyread.packs.letter import Addressee, letter
    from easyread.packs.people import Needs
    from easyread.print_settings import parse_size
    from easyread.render.print.pages import Printer
    from easyread.render.print.weasy import PrintJob, write_pdf
    from easyread.render.templates import environment

    project = load_project(write_project(tmp_path / "project", "participants: []\n"))
    titles = [f"What happened at our meeting on Thursday {day} October 2026" for day in range(11)]
    many = tuple(
        replace(project.documents[0], slug=f"d{day}", title=title)
        for day, title in enumerate(titles)
    )
    size = parse_size("extra-large")
    assert size is not None
    to = Addressee("p1", "Testy", Needs(("large-print",), size, "black-on-yellow"))
    made = letter(project, to, many, "", datetime.date(2026, 11, 28))
    lists = [p for p in made.points if p.text.startswith(("There are 11", "More documents"))]
    assert lists[0].text.startswith("There are 11 documents:\n")
    assert len(lists) > 1 and all(p.picture is not None for p in lists)
    assert [t for p in lists for t in p.text.split("\n")[1:]] == titles  # each once, in order

    settings = replace(project.config.print, colours="black-on-yellow")
    html = Printer.for_project(environment(project), project, settings).document_html(made, size)
    target = tmp_path / "letter.pdf"
    job = PrintJob("letter", "letter", html, project.root.as_uri() + "/", target)
    assert write_pdf(job).errors == ()
    text, at = flow(target), 0
    for point in made.points:
        begin, end = text.span(point.text, at)
        assert begin >= 0 and text.page(begin) == text.page(end), point.text
        at = end + 1


def test_links_in_a_packs_pdf_say_where_they_go(made: Made) -> None:
    """A PDF made for a pack (not copied from the build) described its links by their bare
    anchors, so a screen reader said 'word-services' where the build's PDF says 'Go to:
    services, a hard word'."""
    import pikepdf

    def descriptions(pdf: Path) -> list[str]:
        with pikepdf.open(pdf) as document:
            return [
                str(link.get("/Contents", ""))
                for page in document.pages
                for link in page.get("/Annots", [])
                if link.get("/Subtype") == "/Link"
            ]

    made_for_the_pack = descriptions(made.packs / "fake02" / "print" / "welcome-extra-large.pdf")
    assert "Go to: services, a hard word" in made_for_the_pack
    assert not [d for d in made_for_the_pack if d.startswith("word-")], made_for_the_pack


def test_a_person_written_twice_is_flagged(tmp_path: Path) -> None:
    """The same person under two ids got two packs, and nothing said so."""
    from packs.packproject import write_project

    from easyread.packs.make import make_packs
    from easyread.reporting import BufferReporter

    people = """\
participants:
  - {id: d1, name: Twin Fakename, call_me: Twin, formats: [plain-text], sent: post, review: 2030-01-01}
  - {id: d2, name: Other Fakename, call_me: Other, formats: [plain-text], sent: post, review: 2030-01-01}
  - {id: d3, name: " twin  FAKENAME", call_me: Twin, formats: [plain-text], sent: post, review: 2030-01-01}
"""
    root = write_project(tmp_path / "project", participants=people)
    reporter = BufferReporter()
    result = make_packs(root, reporter=reporter, today=datetime.date(2026, 11, 28))
    flag = "Same name as d1: if this is one person, keep one record (they get 2 packs)"
    assert ("warning", f"d3: {flag}.") in reporter.messages
    assert not [m for kind, m in reporter.messages if kind == "warning" and "Fakename" in m]
    with (result.out / "people.csv").open(newline="") as file:
        flags = {row["id"]: row["flags"] for row in csv.DictReader(file)}
    assert flags == {"d1": "", "d2": "", "d3": flag}


def test_a_supporters_letter_does_not_say_they_asked(tmp_path: Path) -> None:
    """The supporter's letter said 'You asked for your information as:', but the person asked;
    the supporter is sent a copy."""
    from packs.packproject import write_project

    from easyread.packs.make import make_packs

    people = """\
participants:
  - {id: s1, name: Helped Fakename, call_me: Helped, formats: [plain-text], sent: post, review: 2030-01-01, supporter: {call_me: Helper, formats: [plain-text]}}
"""
    root = write_project(tmp_path / "project", participants=people)
    out = make_packs(root, today=datetime.date(2026, 11, 28)).out
    own = (out / "s1" / "letter.txt").read_text()
    copy = (out / "s1" / "supporter" / "letter.txt").read_text()
    assert "Dear Helped," in own and "You asked for your information as:" in own
    assert "Dear Helper," in copy and "information we sent to Helped" in copy
    assert "You asked for" not in copy and "Your copy comes as:" in copy


def test_a_pack_too_big_to_email_is_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An audio pack of 18 MB was to be sent by email, and nothing said it would not go
    (most email takes 20 to 25 MB, and an attachment grows by a third)."""
    from packs.packproject import write_project

    from easyread.packs import staff
    from easyread.packs.make import make_packs
    from easyread.reporting import BufferReporter

    people = """\
participants:
  - {id: e1, name: Mailed Fakename, call_me: Mailed, formats: [plain-text], sent: email, review: 2030-01-01}
  - {id: e2, name: Posted Fakename, call_me: Posted, formats: [plain-text], sent: post, review: 2030-01-01}
"""
    root = write_project(tmp_path / "project", participants=people)
    today = datetime.date(2026, 11, 28)
    with (make_packs(root, today=today).out / "people.csv").open(newline="") as file:
        assert not [row["flags"] for row in csv.DictReader(file) if row["flags"]]
    monkeypatch.setattr(staff, "EMAIL_LIMIT", 1000)  # these text packs are a few kB
    reporter = BufferReporter()
    out = make_packs(root, reporter=reporter, today=today).out
    size = (out / "e1.zip").stat().st_size
    assert size > 1000
    flag = (
        f"The pack is {size / 1_000_000:.0f} MB, too big for most email: send the big files "
        "another way (a USB stick, say), or ask them how"
    )
    assert [m for kind, m in reporter.messages if kind == "warning"] == [f"e1: {flag}."]
    with (out / "people.csv").open(newline="") as file:
        assert {row["id"]: row["flags"] for row in csv.DictReader(file)} == {"e1": flag, "e2": ""}
    # a pack not made this time keeps its flag on the staff sheet
    make_packs(root, only=("e2",), today=today)
    with (out / "people.csv").open(newline="") as file:
        assert {row["id"]: row["flags"] for row in csv.DictReader(file)}["e1"] == flag


def test_translation_is_flagged_for_each_document_in_another_language(tmp_path: Path) -> None:
    """One Welsh document among English ones took the flag off a Welsh reader's row, though
    all the others were still in English."""
    from packs.packproject import write_project

    from easyread.packs.make import make_packs

    people = """\
participants:
  - {id: w1, name: Welsh Fakename, call_me: Cymro, formats: [plain-text], language: cy, sent: post, review: 2030-01-01}
  - {id: w2, name: English Fakename, call_me: Saes, formats: [plain-text], sent: post, review: 2030-01-01}
"""
    root = write_project(tmp_path / "project", participants=people)
    (root / "content" / "croeso.md").write_text(
        "---\ntitle: Croeso\nsummary: Pwy ydyn ni.\nlanguage: cy\n---\n\n[hello] Croeso.\n"
    )
    out = make_packs(root, today=datetime.date(2026, 11, 28)).out
    with (out / "people.csv").open(newline="") as file:
        flags = {row["id"]: row["flags"] for row in csv.DictReader(file)}
    documents = len(SLUGS) + 1
    assert flags == {
        "w1": f"Needs the information in cy: {len(SLUGS)} of {documents} documents are in "
        "another language: arrange a translation",
        "w2": f"Needs the information in en-GB: 1 of {documents} documents is in another "
        "language: arrange a translation",
    }


def test_the_staff_csv_never_holds_a_formula(tmp_path: Path) -> None:
    """A name starting with '=' went into people.csv as it was, and a spreadsheet runs it
    as a formula when the sheet is opened."""
    from packs.packproject import write_project

    from easyread.packs.make import make_packs

    people = """\
participants:
  - {id: f1, name: "=HYPERLINK(\\"https://example.org\\", \\"Fakename\\")", call_me: "@Formy", formats: [plain-text], sent: post, review: 2030-01-01}
  - {id: f2, name: Plain Fakename, call_me: Plain, formats: [plain-text], sent: post, review: 2030-01-01}
"""
    root = write_project(tmp_path / "project", participants=people)
    out = make_packs(root, today=datetime.date(2026, 11, 28)).out
    with (out / "people.csv").open(newline="") as file:
        table = {row["id"]: row for row in csv.DictReader(file)}
    assert table["f1"]["name"] == '\'=HYPERLINK("https://example.org", "Fakename")'
    assert table["f1"]["call me"] == "'@Formy"
    assert table["f2"]["name"] == "Plain Fakename"
