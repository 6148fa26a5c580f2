"""The printed PDFs meet PDF/UA-1 (AX003) and the clear and large print rules (LY001-LY010)."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pikepdf
import pytest
from pdf.pdfcheck import characters, flow, pages_text, structure
from pdf.printproject import EXAMPLE_SIZES, SIZES, Printed, size_of

from easyread.model import Document
from easyread.render.print.pages import pack_documents

SLUGS = ("welcome", "more", "glossary", "pack")
A4 = (595.28, 841.89)

CASES = [("printed", size) for size in SIZES] + [("example", size) for size in EXAMPLE_SIZES]
"""(project fixture, size): the small test project at every size, the example project at the
smallest and largest named size."""


@pytest.fixture(params=CASES, ids=[f"{name}-{size}" for name, size in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Printed, str]:
    """A printed project and one of its sizes."""
    name, size = request.param
    printed: Printed = request.getfixturevalue(name)
    return printed, size


def every_pdf(printed: Printed, size: str) -> list[tuple[str, Path]]:
    """``(slug, file)`` of each document's PDF and the pack's, at ``size``."""
    slugs = [d.slug for d in printed.project.documents] + ["pack"]
    return [(slug, printed.pdf(slug, size)) for slug in slugs]


def title_of(printed: Printed, slug: str) -> str:
    if slug == "pack":
        return printed.project.config.title
    return printed.project.document(slug).title


def chapters(printed: Printed, slug: str) -> list[Document]:
    """The documents printed in ``slug``, in order."""
    if slug == "pack":
        return pack_documents(printed.project)
    return [printed.project.document(slug)]


def test_every_document_at_every_size_and_nothing_else(printed: Printed) -> None:
    names = {p.name for p in printed.files}
    assert names == {f"{slug}{suffix}.pdf" for slug in SLUGS for suffix in ("", "-18pt", "-24pt")}
    assert all(p.parent == printed.folder and p.is_file() for p in printed.files)


def test_no_warnings(printed: Printed) -> None:
    assert [m for m in printed.reporter.messages if m[0] == "warning"] == []
    assert ("progress", f"print {len(printed.files)}/{len(printed.files)}") in (
        printed.reporter.messages
    )


def test_tagged_pdf_ua_1(case: tuple[Printed, str]) -> None:
    printed, size = case
    for slug, path in every_pdf(printed, size):
        check_tagged(printed, slug, path)


def check_tagged(printed: Printed, slug: str, path: Path) -> None:
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert root.MarkInfo.Marked is True
        assert str(root.Lang) == "en-GB"
        assert root.ViewerPreferences.DisplayDocTitle is True
        title = title_of(printed, slug)
        assert str(pdf.docinfo.Title) == title
        assert str(pdf.docinfo.Author)
        with pdf.open_metadata() as xmp:
            assert xmp["dc:title"] == title
            assert xmp["pdfuaid:part"] == "1"


def test_every_figure_has_alt_text_and_headings_go_in_order(case: tuple[Printed, str]) -> None:
    printed, size = case
    for slug, path in every_pdf(printed, size):
        check_figures_and_headings(printed, slug, path)


def check_figures_and_headings(printed: Printed, slug: str, path: Path) -> None:
    with pikepdf.open(path) as pdf:
        elements = list(structure(pdf))
        figures = [e for e in elements if e.S == "/Figure"]
        assert figures
        assert all(str(f.get("/Alt", "")).strip() for f in figures)
        alts = {str(f.Alt) for f in figures}
        levels = [int(str(e.S)[2:]) for e in elements if re.fullmatch(r"/H[1-6]", str(e.S))]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    if printed.project.config.title == "Test Voices" and slug in ("welcome", "pack"):
        assert "The big hall at the Test Centre" in alts
        assert "A hand waving" in alts


def test_text_comes_out_in_reading_order(case: tuple[Printed, str]) -> None:
    printed, size = case
    for slug, path in every_pdf(printed, size):
        text = flow(path)
        at = text.find(chapters(printed, slug)[0].title)
        assert at >= 0
        for document in chapters(printed, slug):
            for point in document.points:
                begin, end = text.span(point.text, at)
                assert begin >= 0, (slug, point.text)
                at = end + 1


def test_every_character_is_print_size_upright_embedded_and_2_cm_from_the_edge(
    case: tuple[Printed, str],
) -> None:
    printed, size = case
    for _, path in every_pdf(printed, size):
        check_characters(path, size_of(size).points)


def check_characters(path: Path, smallest: float) -> None:
    margin = 2 / 2.54 * 72 - 0.5
    for page in characters(path):
        assert (page.width, page.height) == pytest.approx(A4, abs=0.5)
        for char in page.chars:
            where = (page.number, char["text"])
            assert char["x0"] >= margin and char["top"] >= margin, where
            assert char["x1"] <= page.width - margin, where
            assert char["bottom"] <= page.height - margin, where
            assert char["size"] >= smallest - 0.01, where
            assert "AtkinsonHyperlegible" in char["fontname"].replace("-", "")
            assert not re.search("italic|oblique", char["fontname"], re.IGNORECASE)
            _, b, c, _, _, _ = char["matrix"]
            assert b == pytest.approx(0) and c == pytest.approx(0), ("slanted", *where)
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant.FontDescriptor or (
                    "/FontFile3" in descendant.FontDescriptor
                )
                assert "/ToUnicode" in font


def test_lines_are_at_least_one_and_a_half_times_their_size_apart(
    case: tuple[Printed, str],
) -> None:
    printed, size = case
    for _, path in every_pdf(printed, size):
        for page in characters(path):
            # A line: the characters of one size on one baseline, and how far across they go.
            lines: dict[tuple[float, float], tuple[float, float]] = {}
            for char in page.chars:
                key = (round(char["size"], 1), round(char["bottom"], 1))
                left, right = lines.get(key, (char["x0"], char["x1"]))
                lines[key] = (min(left, char["x0"]), max(right, char["x1"]))
            for (text_size, bottom), (left, right) in lines.items():
                below = [
                    other_bottom - bottom
                    for (other_size, other_bottom), (x0, x1) in lines.items()
                    if other_size == text_size
                    and other_bottom > bottom
                    and x0 < right
                    and left < x1
                ]
                # Only lines one above the other count (not a number beside a bar chart).
                if below:
                    assert min(below) >= 1.5 * text_size - 0.5, (path.name, page.number)


def test_every_page_has_its_page_number(case: tuple[Printed, str]) -> None:
    printed, size = case
    for _, path in every_pdf(printed, size):
        pages = pages_text(path)
        for number, text in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in text


def test_no_point_is_split_across_pages(case: tuple[Printed, str]) -> None:
    printed, size = case
    for slug, path in every_pdf(printed, size):
        text = flow(path)
        at = 0
        for document in chapters(printed, slug):
            for point in document.points:
                begin, end = text.span(point.text, at)
                assert begin >= 0, (slug, point.text)
                assert text.page(begin) == text.page(end), (slug, point.text)
                at = end + 1


def test_a_heading_is_never_the_last_thing_on_a_page(case: tuple[Printed, str]) -> None:
    printed, size = case
    for _, path in every_pdf(printed, size):
        check_no_heading_last(path, size_of(size).points)


def check_no_heading_last(path: Path, body: float) -> None:
    for page in characters(path)[:-1]:
        footer = max(c["top"] for c in page.chars)  # the page number is the lowest line
        content = [c for c in page.chars if c["bottom"] < footer]
        bottom = max(c["bottom"] for c in content)
        last_line = [c for c in content if c["bottom"] > bottom - 2]
        assert max(c["size"] for c in last_line) < body * 1.1, (
            page.number,
            "".join(c["text"] for c in last_line),
        )


@pytest.mark.parametrize("size", SIZES)
def test_the_pack_has_a_cover_and_a_contents_page_with_right_page_numbers(
    printed: Printed, size: str
) -> None:
    pages = pages_text(printed.pdf("pack", size))
    assert pages[0].startswith("Test Voices")
    assert "This is " in pages[0] and f"({size_of(size).points:g} point)" in pages[0]
    assert pages[1].startswith("Contents")
    for title in ("Welcome to Test Voices", "More about us", "Hard words", "Who made this"):
        number = int(re.search(re.escape(title) + r", page (\d+)", pages[1])[1])  # type: ignore[index]
        assert pages[number - 1].startswith(title)
    assert "Other formats and how to ask for them" in pages[-1] or any(
        "Other formats and how to ask for them" in p for p in pages[-3:]
    )
    assert "Phone: 01632 960000" in " ".join(pages[-3:])


@pytest.mark.parametrize("slug", ["welcome", "pack"])
def test_links_go_to_places_inside_the_pdf_and_say_where(printed: Printed, slug: str) -> None:
    with pikepdf.open(printed.pdf(slug, "easy-read")) as pdf:
        links = [annot for page in pdf.pages for annot in page.get("/Annots", [])]
        names = {str(link.Contents) for link in links}
    assert links and all("/Dest" in link for link in links)
    assert all(name.startswith("Go to: ") for name in names), names
    assert "Go to: agenda, a hard word" in names
    if slug == "pack":
        assert {"Go to: More about us", "Go to: Hard words", "Go to: Who made this"} <= names


def test_a_link_to_another_document_says_where_it_is_on_paper(printed: Printed) -> None:
    """On paper "Read the other page" says nothing: the pack gives its page, a document on
    its own the other document's title."""
    alone = " ".join(" ".join(pages_text(printed.pdf("welcome", "easy-read"))).split())
    assert "Read the other page (“More about us”) for more." in alone
    pages = [" ".join(p.split()) for p in pages_text(printed.pdf("pack", "easy-read"))]
    found = re.search(r"Read the other page \(page (\d+)\) for more\.", " ".join(pages))
    assert found is not None
    assert pages[int(found[1]) - 1].startswith("More about us")


def test_the_glossary_explains_each_word(printed: Printed) -> None:
    text = " ".join(pages_text(printed.pdf("pack", "easy-read")))
    assert "Agenda A list of things we will talk about at a meeting." in text
    assert "Services Help and support from the council." in text
