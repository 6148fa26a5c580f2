"""30 people with 4 distinct needs cost 4 renders of each document, not 30."""

from __future__ import annotations

import datetime
from pathlib import Path

from packs.packproject import SLUGS, write_project

from easyread.documents import load_project
from easyread.packs.letter import Addressee
from easyread.packs.make import make_packs
from easyread.packs.pack import Copy
from easyread.packs.people import Needs
from easyread.print_settings import parse_size

NEEDS = [
    ("large-print", "extra-large", "black-on-yellow"),
    ("large-print", "20", "black-on-white"),
    ("easy-read-print", "large", "black-on-white"),
    ("audio", "large", "black-on-white"),
]


def test_thirty_people_with_four_distinct_needs_need_four_renders_of_each_document(
    tmp_path: Path,
) -> None:
    project = load_project(write_project(tmp_path / "project"))
    copies = []
    for number in range(30):
        kind, size, colours = NEEDS[number % 4]
        parsed = parse_size(size)
        assert parsed is not None
        needs = Needs((kind,), parsed, colours)  # type: ignore[arg-type]
        copies.append(
            Copy(f"p{number}", Addressee(f"letter-p{number}", "X", needs), project.documents)
        )
    shared = {r for c in copies for r in c.requests() if not r.slug.startswith("letter-")}
    assert len(shared) == 4 * len(SLUGS)


def test_thirty_text_people_cost_one_render_of_each_document_and_format(tmp_path: Path) -> None:
    people = "participants:\n" + "".join(
        f"  - {{id: t{n}, name: Fake Name {n}, call_me: Fakey{n}, "
        f"formats: [{'plain-text' if n % 2 else 'braille-ready-text'}], "
        "sent: email, review: 2030-01-01}\n"
        for n in range(30)
    )
    root = write_project(tmp_path / "project", participants=people)
    result = make_packs(root, today=datetime.date(2026, 11, 28))
    assert len(result.made) == 30
    assert dict(result.counts.made) == {"txt": 3, "md": 3, "braille": 3}
    assert dict(result.counts.letters) == {"txt": 15, "braille": 15}
    first = result.out / "t1" / "text" / "welcome.txt"
    assert first.stat().st_nlink == 15  # one file, linked into 15 packs


def test_a_changed_picture_means_the_builds_pdf_is_not_reused(tmp_path: Path) -> None:
    """The same HTML is not enough: a PDF shows the picture files as they were."""
    from PIL import Image

    from easyread.build import build

    root = write_project(tmp_path / "project")
    build(root, None, ("html", "pdf"), jobs=1, checks=False)
    first = make_packs(root, jobs=1, today=datetime.date(2026, 11, 28))
    assert first.counts.reused["pdf"] == len(SLUGS)
    Image.new("RGB", (40, 30), (10, 10, 10)).save(root / "content" / "photos" / "hall.png")
    again = make_packs(root, jobs=1, today=datetime.date(2026, 11, 28))
    assert again.counts.reused["pdf"] == len(SLUGS) - 1  # the page with the photo is made anew


def test_a_copy_of_the_build_still_gives_its_pdfs_to_the_packs(tmp_path: Path) -> None:
    """A CI cache put back: new files with the same bytes (see render/outputs.py)."""
    import shutil

    from easyread.build import build

    root = write_project(tmp_path / "project")
    build(root, None, ("html", "pdf"), jobs=1, checks=False)
    (root / "build").rename(root / "saved")
    shutil.copytree(root / "saved", root / "build", copy_function=shutil.copy)
    packs = make_packs(root, jobs=1, today=datetime.date(2026, 11, 28))
    assert packs.counts.reused["pdf"] == len(SLUGS)


AGAIN = """\
participants:
  - {id: r1, name: Again Fakename, call_me: Againy, formats: [large-print], print_size: 20, sent: post, review: 2030-01-01}
  - {id: r2, name: Other Fakename, call_me: Othery, formats: [audio], sent: post, review: 2030-01-01}
  - {id: r3, name: Third Fakename, call_me: Thirdy, formats: [large-print], print_size: 20, colours: black-on-yellow, sent: post, review: 2030-01-01}
"""


def test_making_the_packs_again_makes_only_what_changed(tmp_path: Path) -> None:
    """Every run made every PDF and recording again (none of these sizes is in the build):
    a second run the same day took as long as the first."""
    today = datetime.date(2026, 11, 28)
    root = write_project(tmp_path / "project", participants=AGAIN)
    first = make_packs(root, jobs=2, today=today)
    assert not first.counts.kept
    assert first.counts.made["pdf"] == 2 * len(SLUGS) and first.counts.made["audio"] == len(SLUGS)
    letters = first.counts.letters["pdf"] + first.counts.letters["audio"]

    again = make_packs(root, jobs=2, today=today)
    assert not again.counts.made["pdf"] and not again.counts.made["audio"]
    assert not again.counts.letters["pdf"] and not again.counts.letters["audio"]
    assert sum(again.counts.kept.values()) == 3 * len(SLUGS) + letters
    pdf = again.out / "r1" / "print" / "more-20pt.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"

    # an edit to one document: its PDFs and recording only
    more = root / "content" / "more.md"
    more.write_text(more.read_text().replace("Everyone has 1 vote.", "Everyone has a vote."))
    edited = make_packs(root, jobs=2, today=today)
    assert edited.counts.made["pdf"] == 2 and edited.counts.made["audio"] == 1
    assert "a vote" in pdf_text(edited.out / "r1" / "print" / "more-20pt.pdf")

    # a pack's file changed by hand (the same file is in the store): made again, not reused
    welcome = edited.out / "r1" / "print" / "welcome-20pt.pdf"
    with welcome.open("ab") as file:
        file.write(b"notes written into the file")
    mended = make_packs(root, jobs=2, today=today)
    assert mended.counts.made["pdf"] == 1
    assert not (mended.out / "r1" / "print" / "welcome-20pt.pdf").read_bytes().endswith(b"file")

    # some people only: the others' renders stay for their next packs
    make_packs(root, jobs=2, only=("r1",), today=today)
    everyone = make_packs(root, jobs=2, today=today)
    assert not everyone.counts.made["pdf"] and not everyone.counts.made["audio"]

    # the next day, the letters say that day's date: made again, the documents are not
    tomorrow = make_packs(root, jobs=2, today=today + datetime.timedelta(days=1))
    assert tomorrow.counts.letters["pdf"] == 2 and tomorrow.counts.letters["audio"] == 1
    assert not tomorrow.counts.made["pdf"] and not tomorrow.counts.made["audio"]
    assert (tomorrow.out / ".renders").stat().st_mode & 0o077 == 0  # private like the packs

    # someone taken out of the file: nothing of theirs is kept, even by a run for others only
    assert (tomorrow.out / ".renders" / "pdf" / "letter-r3-20pt-black-on-yellow.pdf").is_file()
    participants = root / "private" / "participants.yml"
    participants.write_text(AGAIN.replace(AGAIN.splitlines()[3] + "\n", ""))
    assert "r3" not in participants.read_text()
    left = make_packs(root, jobs=2, only=("r1",), today=today).out
    kept = [p.name for p in (left / ".renders").rglob("*")]
    assert not [name for name in kept if "letter-" in name and "r1" not in name], kept
    assert "r3" not in (left / ".renders" / "keys.json").read_text()
    assert not (left / "r3").exists()


def pdf_text(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return " ".join(" ".join(page.extract_text() or "" for page in document.pages).split())
