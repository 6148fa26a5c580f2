"""The outputs of formats a build does not make are kept, but only while the documents they were
made from are still in the project: a withdrawn document is withdrawn in every format."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CONFIG, MakeProject
from records import jobs, read_record, write_record
from scratch import page

from easyread.build import build


@pytest.fixture
def project(make_project: MakeProject) -> Path:
    return make_project(
        {
            "content/a.md": page(title="A", body="[hello] Hello.\n"),
            "content/b.md": page(title="B", body="[bus] Take the bus.\n"),
            "content/c.md": page(title="C", body="[lunch] Lunch is at 1pm.\n"),
        }
    )


def files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_a_removed_document_loses_its_text_when_only_html_is_built(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(project, out, ("html", "text"))
    kept = (out / "text" / "a.txt").stat().st_ino
    (project / "content" / "d.md").write_text(page(title="D", body="[taxi] A taxi.\n"))
    build(project, out, ("html",))  # a document added: the text is kept as it was
    assert files(out / "text") == {f"{slug}.{end}" for slug in "abc" for end in ("txt", "md")}
    (project / "content" / "d.md").unlink()
    (project / "content" / "c.md").unlink()
    build(project, out, ("html",))
    assert files(out / "text") == {"a.txt", "a.md", "b.txt", "b.md"}
    assert (out / "text" / "a.txt").stat().st_ino == kept  # kept as it was, not made again
    assert "text:c" not in jobs(out) and {"text:a", "text:b"} <= jobs(out)


def test_a_removed_document_leaves_the_site_when_only_text_is_built(
    project: Path, tmp_path: Path
) -> None:
    """Its page goes, and the website is made again without it, in the same build."""
    out = tmp_path / "out"
    build(project, out, ("html", "text"))
    site = files(out / "site")
    (project / "content" / "c.md").unlink()
    made = build(project, out, ("text",)).made
    assert files(out / "site") == site - {"c.html", "pictures/openmoji/lunch.svg"}  # C's picture
    assert "html:c" not in jobs(out) and {"html:index.html", "html:about.html"} <= jobs(out)
    assert "html:index.html" in made and "html:a" not in made  # current pages are reused
    assert "c.html" not in (out / "site" / "index.html").read_text()


@pytest.mark.slow
def test_a_removed_document_leaves_print_and_audio_and_their_packs(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(project, out, ("html", "pdf", "audio", "text"))
    assert "c.mp3" in (out / "audio" / "pack.m3u").read_text()
    (project / "content" / "c.md").unlink()
    build(project, out, ("html",))
    assert files(out / "print") == {"a.pdf", "b.pdf"}  # not the pack: it has C in it
    about = (out / "site" / "about.html").read_text()
    assert "pack.pdf" not in about and "pack.m3u" not in about  # nor links to them
    assert files(out / "audio") == {
        f"{slug}{end}"
        for slug in ("a", "b")
        for end in (".mp3", ".timings.js", ".timings.json", "/01-start.mp3")
    }  # not the playlist either
    assert files(out / "text") == {"a.txt", "a.md", "b.txt", "b.md"}
    made = build(project, out, ("html", "pdf", "audio", "text")).made
    assert {j for j in made if not j.startswith("html:")} == {"pdf:pack.pdf", "audio:pack.m3u"}
    assert "c.mp3" not in (out / "audio" / "pack.m3u").read_text()


def links(page: Path) -> set[str]:
    """The print and audio files a page links to, inside the build."""
    return set(re.findall(r'"\.\./((?:print|audio)/[^"]+)"', page.read_text(encoding="utf-8")))


@pytest.mark.slow
def test_the_website_built_alone_links_the_print_and_audio_it_keeps(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(project, out, ("html", "pdf", "audio"), checks=False)
    whole = {name: links(out / "site" / name) for name in ("a.html", "about.html")}
    assert {"print/a.pdf", "audio/a.mp3"} <= whole["a.html"]
    assert {"print/pack.pdf", "audio/pack.m3u"} <= whole["about.html"]
    (project / "content" / "d.md").write_text(page(title="D", body="[bus] A new page.\n"))
    (project / "content" / "b.md").write_text(page(title="B", body="[bus] Take the train.\n"))
    build(project, out, ("html",), checks=False)
    for name, linked in whole.items():  # the files are kept, so are the links to them
        assert links(out / "site" / name) == linked
    assert links(out / "site" / "b.html")  # an edited page: its old files are still there
    assert links(out / "site" / "d.html") == set()  # a new one has none yet
    for page_file in (out / "site").glob("*.html"):
        assert all((out / link).is_file() for link in links(page_file)), page_file.name


def prints(page: Path) -> dict[str, str]:
    """The PDFs a page links to, with the words of each link."""
    found = re.findall(r'href="\.\./print/([^"]+)"[^>]*>([^<]*)<', page.read_text(encoding="utf-8"))
    return dict(found)


@pytest.mark.slow
def test_a_print_only_build_keeps_the_website_in_step(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """The kept website is made again with the PDFs it links: it names their new size and
    no longer links the size that is gone; a later website-only build still names it."""
    project = make_project(
        {"content/a.md": page(title="A", body="[hello] Hello.\n")},
        config=CONFIG + "print:\n  sizes: [easy-read, large]\n",
    )
    out = tmp_path / "out"
    build(project, out, ("html", "pdf"), checks=False)
    assert prints(out / "site" / "a.html") == {
        "a.pdf": "Print this page: easy read (16 point) (PDF)",
        "a-18pt.pdf": "Print this page: large print (18 point) (PDF)",
    }
    made = build(project, out, ("pdf",), print_sizes=("20", "16"), checks=False).made
    assert "html:a" in made and "html:about.html" in made
    expected = {
        "a.pdf": "Print this page: large print (20 point) (PDF)",
        "a-16pt.pdf": "Print this page: easy read (16 point) (PDF)",
    }
    assert prints(out / "site" / "a.html") == expected
    assert set(prints(out / "site" / "about.html")) == {"pack.pdf", "pack-16pt.pdf"}
    assert files(out / "print") == {"a.pdf", "a-16pt.pdf", "pack.pdf", "pack-16pt.pdf"}
    (project / "content" / "a.md").write_text(page(title="A", body="[hello] Hello again.\n"))
    build(project, out, ("html",), checks=False)  # the kept PDFs, by the sizes they have
    assert prints(out / "site" / "a.html") == expected
    build(project, out, ("pdf",), print_sizes=("18",), clean=True, checks=False)
    assert files(out / "print") == {"a.pdf", "pack.pdf"}  # --clean keeps the website too
    assert prints(out / "site" / "a.html") == {
        "a.pdf": "Print this page: large print (18 point) (PDF)"
    }
    build(project, out, ("pdf",), print_sizes=("20", "24", "16"), checks=False)
    asked = ["a.pdf", "a-24pt.pdf", "a-16pt.pdf"]
    assert list(prints(out / "site" / "a.html")) == asked
    (project / "content" / "a.md").write_text(page(title="A", body="[hello] Hello there.\n"))
    build(project, out, ("html",), checks=False)  # in the order asked for, not by size
    assert list(prints(out / "site" / "a.html")) == asked
    build(project, out, ("pdf",), print_sizes=("20", "16"), checks=False)
    record = read_record(out)
    for job in record.values():  # as an easyread that did not record sizes left it
        job.pop("print", None)
    write_record(out, record)
    (project / "content" / "a.md").write_text(page(title="A", body="[hello] Hello.\n"))
    build(project, out, ("html",), checks=False)  # by the project's sizes, where they fit
    assert prints(out / "site" / "a.html") == {
        "a.pdf": "Print this page: easy read (16 point) (PDF)"
    }


@pytest.mark.slow
def test_reused_pdfs_take_their_place_in_the_order_asked_for_last(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(project, out, ("html", "pdf"), print_sizes=("20", "24", "16"), checks=False)
    made = build(project, out, ("pdf",), print_sizes=("20", "16", "24"), checks=False).made
    assert not [job for job in made if job.startswith("pdf:")]  # the same PDFs: reused
    (project / "content" / "b.md").write_text(page(title="B", body="[bus] A bus.\n"))
    build(project, out, ("html",), checks=False)  # A's page from the record: in that order
    assert list(prints(out / "site" / "a.html")) == ["a.pdf", "a-16pt.pdf", "a-24pt.pdf"]
    clean = tmp_path / "clean"
    build(project, clean, ("html", "pdf"), print_sizes=("20", "16", "24"), checks=False)
    assert read_record(out)["pdf:a-16pt.pdf"] == read_record(clean)["pdf:a-16pt.pdf"]


@pytest.mark.slow
def test_an_audio_only_build_gives_the_kept_website_its_listen_links(
    project: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build(project, out, ("html",), checks=False)
    assert links(out / "site" / "a.html") == set()
    build(project, out, ("audio",), checks=False)
    assert "audio/a.mp3" in links(out / "site" / "a.html")
    assert "audio/pack.m3u" in links(out / "site" / "about.html")


def test_a_build_without_a_website_before_makes_none(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(project, out, ("text",), checks=False)
    build(project, out, ("pdf",), checks=False)
    assert not (out / "site").exists()


@pytest.mark.slow
def test_pages_are_reused_between_builds_of_some_formats_and_of_all(
    project: Path, tmp_path: Path
) -> None:
    """A page is the same whether the build makes the files it links or keeps them."""
    out = tmp_path / "out"
    build(project, out, ("html", "pdf", "audio", "text"), checks=False)
    for formats in [("html",), ("html", "text"), ("html", "pdf", "audio", "text")]:
        made = build(project, out, formats, checks=False).made
        assert not [job for job in made if job.startswith("html:")], formats
