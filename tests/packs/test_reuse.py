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
