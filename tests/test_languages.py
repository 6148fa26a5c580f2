"""WCAG 3.1.2, language of parts: where a page, card or PDF part is in another language than
around it, it says so (``lang`` in HTML, ``/Lang`` in the PDF's tags), so that a screen reader
reads the site's English words in English on a Welsh page, and a Welsh title in Welsh."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from scratch import page

from easyread.build import build

CONFIG = """\
title: Test group
organisation: Test council
language: en-GB
contact:
  phone: 01632 960000
"""

WELSH = page(
    title="Croeso",
    body="[hello] Croeso i'r grŵp.\n\n# Pryd\n\n[calendar] Bob mis.\n",
    extra="language: cy\nsummary: Croeso i'r grŵp.\nchecked_by:\n  - name: Grŵp\n    date: 2026-11-18\n",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("languages") / "project"
    (root / "content").mkdir(parents=True)
    (root / "easyread.yml").write_text(CONFIG, encoding="utf-8")
    (root / "content" / "croeso.md").write_text(WELSH, encoding="utf-8")
    (root / "content" / "welcome.md").write_text(page(title="Welcome"), encoding="utf-8")
    return build(root, root / "build", ("html", "pdf", "audio"), checks=False).out


def languages(html: str) -> list[tuple[str, str]]:
    """Each tag that has a lang attribute, and the language."""
    return re.findall(r'<([a-z0-9]+)[^>]*\slang="([^"]*)"', html)


def test_the_sites_words_on_a_page_in_another_language_say_their_language(built: Path) -> None:
    html = (built / "site" / "croeso.html").read_text(encoding="utf-8")
    found = languages(html)
    assert found[0] == ("html", "cy")
    marked = {tag for tag, language in found[1:] if language == "en-GB"}
    # the skip link, the header (name and menu), the print links, who checked it, the footer
    assert {"a", "header", "nav", "aside", "footer"} <= marked, found
    assert "div" in marked  # the Listen players
    # their names of what they play are in the page's language, inside the site's words
    assert '<span>Listen to: <span lang="cy">Pryd</span></span>' in html
    assert 'data-title="Pryd" data-title-lang="cy" lang="en-GB"' in html
    assert 'Download “<span lang="cy">Pryd</span>” (MP3' in html
    # the document itself is not marked: it is in the page's language
    assert not re.search(r'<(h1|main|section|div class="point")[^>]*\slang=', html)
    english = (built / "site" / "welcome.html").read_text(encoding="utf-8")
    assert languages(english) == [("html", "en-GB")]  # nothing to mark on the site's own


def test_a_title_in_another_language_is_marked_on_the_home_and_about_pages(built: Path) -> None:
    index = (built / "site" / "index.html").read_text(encoding="utf-8")
    card = re.search(r'<li class="card" lang="cy">.*?</li>', index, re.S)
    assert card and "Croeso" in card[0], index
    assert index.count('lang="cy"') == 1  # the English document's card is not marked
    about = (built / "site" / "about.html").read_text(encoding="utf-8")
    assert '<a href="croeso.html" lang="cy">Croeso</a>' in about


def structure_languages(path: Path) -> list[tuple[str, str, str]]:
    """(structure type, /Lang, its text's first words) of each structure element with a /Lang."""
    found = []
    with pikepdf.open(path) as pdf:
        lang = str(pdf.Root.Lang)

        def walk(element: object) -> None:
            if not isinstance(element, pikepdf.Dictionary):
                return
            if "/Lang" in element:
                found.append((str(element.S), str(element.Lang), lang))
            kids = element.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                walk(kid)

        walk(pdf.Root.StructTreeRoot)
    return found


def test_the_pdfs_back_pages_in_the_sites_language_are_marked(built: Path) -> None:
    """WeasyPrint writes only <html lang>; print/weasy.py writes the others as /Lang."""
    found = structure_languages(built / "print" / "croeso.pdf")
    assert found and {language for _, language, _ in found} == {"en-GB"}, found
    assert {document for _, _, document in found} == {"cy"}
    assert {kind for kind, _, _ in found} == {"/Sect"}  # about, other formats (no hard words)
    assert structure_languages(built / "print" / "welcome.pdf") == []


def test_the_packs_welsh_chapter_and_its_title_in_the_contents_are_marked(built: Path) -> None:
    found = structure_languages(built / "print" / "pack.pdf")
    welsh = {kind for kind, language, _ in found if language == "cy"}
    assert {"/Art", "/Link"} <= welsh, found  # the chapter, its line in the contents
