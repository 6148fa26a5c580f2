"""The print stage's settings, its errors, short packs, colours and lazy WeasyPrint."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pdf.pdfcheck import pages_text
from pdf.printproject import MORE, write_project
from PIL import Image

from easyread.config import load_config
from easyread.documents import load_project
from easyread.errors import BuildError, ConfigError, UsageError
from easyread.model import Project
from easyread.print_settings import PrintSize, parse_size, parse_sizes
from easyread.render import RenderOptions
from easyread.render.outputs import Outputs
from easyread.render.pdf import file_name, render
from easyread.render.print.links import rewrite_links
from easyread.reporting import BufferReporter

ONE_PAGE = """\
---
title: A short note
summary: Just a note.
author: Sam
---

[yes] The meeting is on Monday.
"""


@pytest.mark.parametrize(
    ("asked", "points", "name"),
    [
        ("easy-read", 16, "easy-read"),
        ("large", 18, "large"),
        ("Extra-Large", 24, "extra-large"),
        ("24", 24, "extra-large"),
        (20, 20, "20pt"),
        ("14pt", 14, "14pt"),
        ("16.5", 16.5, "16.5pt"),
    ],
)
def test_print_sizes_by_name_or_points(asked: str | int, points: float, name: str) -> None:
    assert parse_size(asked) == PrintSize(points, name)


@pytest.mark.parametrize("asked", ["13", "huge", "", "0", "100"])
def test_sizes_below_14_points_or_unknown_are_refused(asked: str) -> None:
    assert parse_size(asked) is None


def test_bad_sizes_are_reported_together_with_what_to_write() -> None:
    with pytest.raises(ConfigError) as error:
        parse_sizes(("large", "huge", "12"), ("easyread.yml", "print.sizes"), ConfigError)
    text = str(error.value)
    assert "easyread.yml: print.sizes: 'huge' is not a print size." in text
    assert "'12' is not a print size." in text
    assert "extra-large (24 point)" in text


def test_repeated_sizes_are_printed_once_and_the_first_is_the_main_one() -> None:
    sizes = parse_sizes(("24", "large", "extra-large"), ("x", "y"), UsageError)
    assert [s.points for s in sizes] == [24, 18]
    assert file_name("welcome", sizes[0], first=True) == "welcome.pdf"
    assert file_name("welcome", sizes[1], first=False) == "welcome-18pt.pdf"


def test_print_settings_in_easyread_yml(tmp_path: Path) -> None:
    (tmp_path / "easyread.yml").write_text(
        "title: T\norganisation: O\ncontact: {phone: '1'}\n"
        "print:\n  sizes: [large, 20]\n  colours: black-on-yellow\n",
        encoding="utf-8",
    )
    settings = load_config(tmp_path).print
    assert settings.sizes == ("large", "20")
    assert settings.colours == "black-on-yellow"
    (tmp_path / "easyread.yml").write_text(
        "title: T\norganisation: O\ncontact: {phone: '1'}\nprint: {colors: yellow}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"print\.colors: this name is not known"):
        load_config(tmp_path)


def test_links_go_inside_the_pdf_or_become_plain_text() -> None:
    html = (
        '<p>Read the <a class="hard-word" href="glossary.html#word-agenda">agenda</a>, '
        'the <a href="minutes.html">minutes</a> &amp; '
        '<a href="https://example.org/a?b=1&amp;c=2">our site</a>.<br />Next</p>'
    )
    places = {"glossary.html#word-agenda": "#word-agenda"}
    result = rewrite_links(
        html, lambda href: places.get(href, href if href.startswith("https:") else None)
    )
    assert result == (
        '<p>Read the <a class="hard-word" href="#word-agenda">agenda</a>, '
        "the <span>minutes</span> &amp; "
        '<a href="https://example.org/a?b=1&amp;c=2">our site</a> (example.org/a?b=1&amp;c=2).'
        "<br />Next</p>"
    )


def test_on_paper_a_link_out_of_the_project_is_followed_by_its_address() -> None:
    """A link cannot be clicked on paper: the address it goes to is printed after its
    words, unless they say it already."""
    html = (
        '<p><a href="https://www.mencap.org.uk/">Mencap</a>, '
        '<a href="https://www.mencap.org.uk">www.mencap.org.uk</a>, '
        '<a href="mailto:amira@example.org">Email Amira</a>, '
        '<a href="mailto:amira@example.org">amira@example.org</a>, '
        '<a href="tel:01632960000">Ring us</a>, '
        '<a href="tel:01632960000">01632 960000</a>, '
        '<a href="tel:+441632960000">01632 960000</a>, '
        '<a href="tel:+441632960000">+44 (0)1632 960000</a>, '
        '<a href="tel:999">999</a>, '
        '<a href="tel:+441632960000">Ring us</a></p>'
    )
    assert rewrite_links(html, lambda href: href) == (
        '<p><a href="https://www.mencap.org.uk/">Mencap</a> (www.mencap.org.uk), '
        '<a href="https://www.mencap.org.uk">www.mencap.org.uk</a>, '
        '<a href="mailto:amira@example.org">Email Amira</a> (amira@example.org), '
        '<a href="mailto:amira@example.org">amira@example.org</a>, '
        '<a href="tel:01632960000">Ring us</a> (01632 960000), '
        '<a href="tel:01632960000">01632 960000</a>, '
        '<a href="tel:+441632960000">01632 960000</a>, '  # the same number, from abroad
        '<a href="tel:+441632960000">+44 (0)1632 960000</a>, '
        '<a href="tel:999">999</a>, '
        '<a href="tel:+441632960000">Ring us</a> (+441632960000)</p>'
    )
    # plain text says the same as paper (it repeated the number written without +44)
    from easyread.render.textblocks import blocks

    said = " ".join(b.text for b in blocks(html))
    assert said.endswith(
        "01632 960000, 01632 960000, +44 (0)1632 960000, 999, Ring us (+441632960000)"
    )
    assert said.startswith("Mencap (https://www.mencap.org.uk/), www.mencap.org.uk, Email")


SHORT_CONFIG = """\
title: Short Group
organisation: Short Council
contact: {phone: 01632 960001}
"""


def test_a_short_pack_has_no_contents_page(tmp_path: Path) -> None:
    root = write_project(tmp_path / "short", {"content/note.md": ONE_PAGE}, SHORT_CONFIG)
    files = render(load_project(root), root / "out", RenderOptions(jobs=1))
    assert [f.name for f in files] == ["note.pdf", "pack.pdf"]
    pages = pages_text(root / "out" / "print" / "pack.pdf")
    assert len(pages) <= 4
    assert pages[0].startswith("Short Group")
    assert not any(p.startswith("Contents") for p in pages)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_sizes_and_colours_come_from_the_config(tmp_path: Path) -> None:
    config = SHORT_CONFIG + "print:\n  sizes: [20]\n  colours: black-on-yellow\n  pack: false\n"
    root = write_project(tmp_path / "yellow", {"content/note.md": ONE_PAGE}, config)
    reporter = BufferReporter()
    files = render(load_project(root), root / "out", RenderOptions(jobs=1, reporter=reporter))
    assert [f.name for f in files] == ["note.pdf"]
    with pdfplumber.open(files[0]) as pdf:
        assert min(c["size"] for p in pdf.pages for c in p.chars) == pytest.approx(20, abs=0.01)
    subprocess.run(
        ["pdftoppm", "-r", "10", "-png", "-f", "1", "-l", "1", str(files[0]), str(tmp_path / "p")],
        check=True,
    )
    corner = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB").getpixel((1, 1))
    assert corner == pytest.approx((255, 255, 153), abs=3)  # pale yellow paper
    assert [m for m in reporter.messages if m[0] == "warning"] == []


def test_pdfs_that_are_current_are_reused_from_the_last_build(tmp_path: Path) -> None:
    files = {"content/note.md": ONE_PAGE, "content/more.md": MORE}
    root = write_project(tmp_path / "again", files, SHORT_CONFIG)

    def build(name: str, last: str | None) -> Outputs:
        out = root / name
        outputs = Outputs.start(out, root / last if last else None)
        render(load_project(root), out, RenderOptions(jobs=1, outputs=outputs))
        outputs.save()
        return outputs

    assert sorted(build("first", None).made) == [
        "pdf:more.pdf",
        "pdf:note.pdf",
        "pdf:pack.pdf",
    ]
    assert build("second", "first").made == []
    assert (root / "second" / "print" / "pack.pdf").read_bytes() == (
        root / "first" / "print" / "pack.pdf"
    ).read_bytes()
    (root / "content" / "note.md").write_text(ONE_PAGE.replace("Monday", "Tuesday"), "utf-8")
    assert sorted(build("third", "second").made) == ["pdf:note.pdf", "pdf:pack.pdf"]
    assert "Tuesday" in " ".join(pages_text(root / "third" / "print" / "note.pdf"))


def with_first_picture(project: Project, **changes: object) -> Project:
    """``project`` with the first picture of its first document changed."""
    document = project.documents[0]
    section = document.sections[0]
    point = section.points[0]
    assert point.picture is not None
    broken = dataclasses.replace(point, picture=dataclasses.replace(point.picture, **changes))
    sections = (dataclasses.replace(section, points=(broken, *section.points[1:])),)
    return dataclasses.replace(
        project, documents=(dataclasses.replace(document, sections=sections),)
    )


def test_a_picture_without_alt_text_fails_the_build_with_the_documents_name(
    tmp_path: Path,
) -> None:
    root = write_project(tmp_path / "alt", {"content/more.md": MORE})
    project = with_first_picture(load_project(root), alt="")
    with pytest.raises(BuildError) as error:
        render(project, root / "out", RenderOptions(jobs=1))
    message = str(error.value)
    assert message.startswith("content/more.md: the PDF of More about us (easy read (16 point))")
    assert "has no required alt description" in message
    assert "Give every picture alt text" in message
    assert list((root / "out" / "print").glob("more.pdf*")) == []


def test_a_picture_that_cannot_be_read_fails_the_build(tmp_path: Path) -> None:
    root = write_project(tmp_path / "gone", {"content/more.md": MORE})
    project = with_first_picture(load_project(root), file=root / "gone.png")
    with pytest.raises(BuildError, match=r"content/more\.md: the PDF of More about us") as error:
        render(project, root / "out", RenderOptions(jobs=2))
    assert "Check that the picture file exists" in str(error.value)


def test_weasyprint_warnings_are_reported_and_the_build_goes_on(tmp_path: Path) -> None:
    root = write_project(tmp_path / "own", {"content/more.md": MORE})
    own = root / "templates" / "print"
    own.mkdir(parents=True)
    (own / "print.css").write_text("@page { size: A4 }\nbody { colour: red }\n", encoding="utf-8")
    reporter = BufferReporter()
    files = render(load_project(root), root / "out", RenderOptions(jobs=1, reporter=reporter))
    assert [f.name for f in files] == ["more.pdf", "pack.pdf"]
    warnings = [m for kind, m in reporter.messages if kind == "warning"]
    assert warnings and all(w.startswith("print: ") for w in warnings)
    assert any("colour" in w for w in warnings)


def test_bad_print_size_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    root = write_project(tmp_path / "size", {"content/note.md": ONE_PAGE})
    with pytest.raises(UsageError, match="--print-size: '10' is not a print size"):
        render(load_project(root), root / "out", RenderOptions(jobs=1, print_sizes=("10",)))


def test_weasyprint_is_imported_only_when_pdfs_are_made() -> None:
    code = (
        "import sys, easyread.render.pdf, easyread.build\n"
        "assert 'weasyprint' not in sys.modules, 'weasyprint imported too early'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_worker_processes_leave_no_temporary_folders(tmp_path: Path) -> None:
    """WeasyPrint copies the web fonts into a temporary folder for each PDF; a pool's worker
    used to leave it behind (a /tmp/weasyprint-* folder for each PDF, on every build)."""
    root = write_project(tmp_path / "p", {"content/a.md": ONE_PAGE, "content/b.md": ONE_PAGE})
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    command = [sys.executable, "-m", "easyread", "build", str(root), "--format", "pdf", "-j", "2"]
    env = {**os.environ, "TMPDIR": str(scratch)}
    subprocess.run([*command, "-q"], check=True, env=env)
    assert len(list((root / "build" / "print").glob("*.pdf"))) == 3  # a, b and the pack
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize(
    ("asked", "label"),
    [
        ("easy-read", "easy read (16 point)"),
        ("14", "easy read (14 point)"),  # not "large print": that is 16 point or more (LY003)
        ("17", "large print (17 point)"),
        ("large", "large print (18 point)"),
        ("20", "large print (20 point)"),
        ("extra-large", "extra large print (24 point)"),
        ("40pt", "extra large print (40 point)"),
    ],
)
def test_a_print_size_is_named_by_its_range(asked: str, label: str) -> None:
    size = parse_size(asked)
    assert size is not None and size.label == label
