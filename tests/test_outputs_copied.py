"""A copy of a build (a CI cache put back, ``cp -r``) has the same bytes in new files, with new
times and inodes: its PDFs and recordings are still reused, but not one whose bytes changed."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from conftest import MakeProject
from records import jobs, read_record, write_record
from scratch import page

from easyread.build import build
from easyread.render.outputs import RECORD

FORMATS = ("html", "pdf", "audio")


@pytest.fixture
def root(make_project: MakeProject) -> Path:
    """A project of one document, A."""
    return make_project({"content/a.md": page(title="A", body="[hello] Hello.\n")})


def copied(out: Path) -> None:
    """Put ``out`` back as a copy of itself: every file new, with the time it was copied."""
    saved = out.with_name(out.name + "-saved")
    out.rename(saved)
    shutil.copytree(saved, out, copy_function=shutil.copy)  # not copy2: new times
    shutil.rmtree(saved)


@pytest.mark.slow
def test_a_copied_build_reuses_its_pdfs_and_audio(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project(
        {
            "content/a.md": page(title="A", body="[hello] Hello.\n"),
            "content/b.md": page(title="B", body="[bus] Take the bus.\n"),
        }
    )
    out = tmp_path / "out"
    build(root, out, FORMATS, checks=False)
    copied(out)
    (root / "content" / "b.md").write_text(page(title="B", body="[bus] Take the train.\n"))
    made = set(build(root, out, FORMATS, checks=False).made)
    assert {"pdf:a.pdf", "audio:a"}.isdisjoint(made)  # the same bytes: reused
    assert {"pdf:b.pdf", "audio:b", "pdf:pack.pdf"} <= made  # made from what changed
    assert "html:a" in made  # pages are quicker made again than compared
    made = set(build(root, out, FORMATS, checks=False, clean=False).made)
    assert not [job for job in made if not job.startswith("html:")]  # nothing is left to do


@pytest.mark.slow
def test_a_copied_pdf_with_other_bytes_of_the_same_size_is_made_again(
    root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(root, out, ("html", "pdf"), checks=False)
    copied(out)
    pdf = out / "print" / "a.pdf"
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte changed: the size is the same
    pdf.write_bytes(bytes(data))
    made = build(root, out, ("html", "pdf"), checks=False).made
    assert "pdf:a.pdf" in made and "pdf:pack.pdf" not in made


@pytest.mark.slow
def test_a_record_from_before_hashes_gains_them_when_its_files_are_reused(
    root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(root, out, ("html", "pdf"), checks=False)
    record = read_record(out)
    for entry in record.values():  # as an easyread from before hashes left it
        entry.pop("hashes", None)
    write_record(out, record)
    assert build(root, out, ("html", "pdf"), checks=False).made == ()  # reused, by their stats
    copied(out)
    assert "pdf:a.pdf" not in build(root, out, ("html", "pdf"), checks=False).made


@pytest.mark.slow
def test_a_clean_build_of_some_formats_keeps_the_links_to_the_others(
    root: Path, tmp_path: Path
) -> None:
    """--clean makes again what it makes; the audio it keeps is still linked, and recorded."""
    out = tmp_path / "out"
    build(root, out, FORMATS, checks=False)
    build(root, out, ("pdf",), clean=True, checks=False)
    site = (out / "site" / "a.html").read_text()
    assert "../audio/a.mp3" in site and "../print/a.pdf" in site
    (root / "content" / "a.md").write_text(page(title="A", body="[hello] Hello there.\n"))
    build(root, out, ("html",), checks=False)  # the audio is still in the record, so linked
    assert "../audio/a.mp3" in (out / "site" / "a.html").read_text()


@pytest.mark.parametrize(
    "record",
    [
        {"html:a": None},
        {"html:a": "x"},
        ["html:a"],
        "text",
        {"html:a": {"key": 1, "files": "a.html"}},
    ],
)
def test_a_record_of_another_shape_counts_as_nothing_made(
    root: Path, tmp_path: Path, record: object
) -> None:
    out = tmp_path / "out"
    build(root, out, ("html", "text"), checks=False)
    for clean in (True, False):
        write_record(out, record)
        assert "html:a" in build(root, out, ("html",), clean=clean, checks=False).made


@pytest.mark.slow
def test_kept_files_that_are_gone_are_neither_linked_nor_recorded(
    root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(root, out, FORMATS, checks=False)
    shutil.rmtree(out / "audio")
    for clean in (True, False):
        build(root, out, ("html",), clean=clean, checks=False)
        assert "../audio/" not in (out / "site" / "a.html").read_text()
        assert not jobs(out, "audio:")


def test_a_clean_build_of_every_format_records_what_a_new_build_records(
    root: Path, tmp_path: Path
) -> None:
    """Nothing of the last build stays in the record: not a staff page no longer made."""
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(root, out, ("html", "text"), checks=False)
    with (root / "easyread.yml").open("a") as config:
        config.write("symbols:\n  staff_page: false\n")
    build(root, out, ("html", "text"), clean=True, checks=False)
    build(root, fresh, ("html", "text"), checks=False)
    assert (out / RECORD).read_bytes() == (fresh / RECORD).read_bytes()


@pytest.mark.slow
def test_a_pdf_record_edited_by_hand_is_not_linked(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(root, out, ("html", "pdf"), checks=False)
    record = read_record(out)
    record["pdf:a.pdf"]["print"]["place"] = "first"  # type: ignore[index]
    write_record(out, record)
    (root / "content" / "a.md").write_text(page(title="A", body="[hello] Hello again.\n"))
    build(root, out, ("html",), checks=False)
    assert "../print/a.pdf" not in (out / "site" / "a.html").read_text()


@pytest.mark.slow
def test_a_kept_job_with_a_file_removed_by_hand_is_left_out_whole(
    root: Path, tmp_path: Path
) -> None:
    """Its other files go too, and so does the playlist that lists it: nothing is left in the
    build that the record does not know of (so nothing that is never withdrawn)."""
    out = tmp_path / "out"
    build(root, out, ("html", "audio"), checks=False)
    next((out / "audio" / "a").glob("*.mp3")).unlink()  # a section's recording
    build(root, out, ("html",), checks=False)
    assert sorted(p.name for p in (out / "audio").rglob("*")) == []
    assert not jobs(out, "audio:")
    assert "../audio/" not in (out / "site" / "a.html").read_text()
    assert "pack.m3u" not in (out / "site" / "about.html").read_text()


def test_a_staff_page_turned_off_leaves_no_staff_folder(root: Path, tmp_path: Path) -> None:
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(root, out, ("html",), checks=False)
    assert (out / "staff").is_dir()
    with (root / "easyread.yml").open("a") as config:
        config.write("symbols:\n  staff_page: false\n")
    build(root, out, ("html",), checks=False)
    build(root, fresh, ("html",), checks=False)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in fresh.iterdir())


@pytest.mark.slow
def test_a_pdf_removed_by_hand_leaves_the_print_pack(root: Path, tmp_path: Path) -> None:
    """The pack has its own copy of each page: only the removed PDF's job is left out."""
    out = tmp_path / "out"
    build(root, out, ("html", "pdf"), checks=False)
    (out / "print" / "a.pdf").unlink()
    build(root, out, ("html",), checks=False)
    assert sorted(p.name for p in (out / "print").iterdir()) == ["pack.pdf"]
    assert "../print/pack.pdf" in (out / "site" / "about.html").read_text()


@pytest.mark.slow
def test_a_stopped_build_that_made_nothing_keeps_the_last_files(root: Path, tmp_path: Path) -> None:
    """As the preview's background build, stopped by an edit before its first PDF."""
    out = tmp_path / "out"
    build(root, out, ("html", "pdf"), checks=False)
    with (root / "easyread.yml").open("a") as config:
        config.write("print:\n  colours: black-on-yellow\n")  # no PDF is current
    stop = threading.Event()
    stop.set()
    build(root, out, ("pdf",), checks=False, stop=stop, site_in_step=False, jobs=1)
    assert sorted(p.name for p in (out / "print").iterdir()) == ["a.pdf", "pack.pdf"]
