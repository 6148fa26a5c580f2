"""GUIDELINES AX001, AX002, AX005 and LY002-LY007 on the example site, in a real browser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from easyread.build import build

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example") / "build"
    # every format, so the pages carry their Listen controls and print links too
    return build(REPO, out, ("html", "pdf", "audio")).out / "site"


def pages(site: Path) -> list[str]:
    return sorted(p.name for p in site.glob("*.html"))


def test_example_site_has_every_page(site: Path) -> None:
    assert {"index.html", "about.html", "glossary.html"} <= set(pages(site))
    assert len(pages(site)) >= 8


def test_axe_finds_no_violations(browser: Any, axe_script: str, site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for name in pages(site):
        page.goto(site.joinpath(name).as_uri())
        page.add_script_tag(content=axe_script)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        assert result["passes"] or result["incomplete"] is not None  # axe really ran
        if result["violations"]:
            found[name] = [
                (v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]
            ]
    page.close()
    assert found == {}, json.dumps(found, indent=1)


def test_reflow_at_320_and_400_percent_zoom(browser: Any, site: Path) -> None:
    """WCAG 1.4.10: no horizontal scrolling at 320 CSS px (what 1280 px looks like at 400%)."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    for name in pages(site):
        page.goto(site.joinpath(name).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{name} is {width}px wide at 320px"
    page.close()


def test_text_is_big_left_aligned_with_room_between_lines(browser: Any, site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site.joinpath("welcome.html").as_uri())
    style = page.evaluate(
        """() => {
          const p = document.querySelector('.point-text p');
          const s = getComputedStyle(p);
          return {size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight), align: s.textAlign,
                  hyphens: s.hyphens, family: s.fontFamily,
                  fontLoaded: document.fonts.check('20px "Atkinson Hyperlegible"')};
        }"""
    )
    assert style["size"] >= 20  # LY002: web body at least 1.25rem
    assert style["line"] / style["size"] >= 1.5  # LY006
    assert style["align"] in ("left", "start") and style["hyphens"] == "none"  # LY005
    assert style["family"].startswith('"Atkinson Hyperlegible"') and style["fontLoaded"]  # LY004
    page.close()


ROOM = """() => [...document.querySelectorAll('body *')]
  // each element with words of its own, shown, whose lines are less than 1.5 times its size apart
  .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim()) && e.getClientRects().length)
  .map(e => { const s = getComputedStyle(e), size = parseFloat(s.fontSize);
              const line = s.lineHeight === 'normal' ? 1.2 * size : parseFloat(s.lineHeight);
              return [e.tagName, e.textContent.trim().slice(0, 40), line / size]; })
  .filter(([, , ratio]) => ratio < 1.5 - 0.01)"""


def test_every_line_of_text_has_room_above_it(browser: Any, site: Path) -> None:
    """LY006: a line height of at least 1.5 for all text, headings too."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for name in pages(site):
        page.goto(site.joinpath(name).as_uri())
        if tight := page.evaluate(ROOM):
            found[name] = tight
    page.close()
    assert found == {}


def test_the_menu_calls_the_about_page_by_its_title(browser: Any, site: Path) -> None:
    """Easy-read readers know a page by its words: the link and the page say the same."""
    page = browser.new_page()
    page.goto(site.joinpath("index.html").as_uri())
    link = page.locator('nav a[href="about.html"]').text_content()
    page.goto(site.joinpath("about.html").as_uri())
    assert page.locator("h1").text_content() == link == "About and contact"
    assert page.title().startswith(f"{link} – ")
    page.close()


def test_pictures_are_on_the_left_of_their_text(browser: Any, site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site.joinpath("welcome.html").as_uri())
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.point')].map(p => {
             const img = p.querySelector('.point-picture :is(img, svg)').getBoundingClientRect();
             const text = p.querySelector('.point-text').getBoundingClientRect();
             return [img.right <= text.left, img.width];
           })"""
    )
    assert boxes and all(left and width >= 90 for left, width in boxes)
    page.close()


def test_pictures_stay_big_on_a_phone(browser: Any, site: Path) -> None:
    """At 320 px the picture column makes room for bigger text only as far as it must."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(site.joinpath("welcome.html").as_uri())
    widths = page.evaluate(
        """() => [...document.querySelectorAll('.point .point-picture :is(img, svg)')]
             .map(p => p.getBoundingClientRect().width)"""
    )
    page.close()
    assert widths and min(widths) >= 72, widths


def test_keyboard_reaches_every_link_with_a_visible_focus(browser: Any, site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site.joinpath("next-meeting.html").as_uri())
    links = page.evaluate("document.querySelectorAll('a[href]').length")
    reached = []
    for _ in range(links):
        page.keyboard.press("Tab")
        reached.append(
            page.evaluate(
                """() => { const e = document.activeElement; const s = getComputedStyle(e);
                   return [e.getAttribute('href'), s.outlineStyle !== 'none' || s.boxShadow !== 'none']; }"""
            )
        )
    assert reached[0][0] == "#main"  # the skip link comes first
    assert len({href for href, _ in reached}) >= min(links, 5)
    assert all(visible for _, visible in reached)
    page.close()


def test_controls_are_big_enough_to_touch(browser: Any, site: Path) -> None:
    """AX002: links outside running text are at least 44 by 44 CSS px."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    for name in ("index.html", "about.html"):
        page.goto(site.joinpath(name).as_uri())
        small = page.evaluate(
            """() => [...document.querySelectorAll('nav a, .site-name, .card h3 a, .site-footer a')]
                 .map(a => [a.textContent.trim(), a.getBoundingClientRect()])
                 .filter(([t, r]) => r.height < 44 || r.width < 44).map(([t]) => t)"""
        )
        assert small == [], f"{name}: {small}"
    page.close()


def test_axe_harness_reports_a_real_violation(
    browser: Any, axe_script: str, tmp_path: Path
) -> None:
    """The zero-violations test above can fail: a picture without alt text is caught."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><title>x</title><main><img src="x.png"></main></html>'
    )
    page = browser.new_page()
    page.goto(bad.as_uri())
    page.add_script_tag(content=axe_script)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    assert "image-alt" in [v["id"] for v in result["violations"]]
    page.close()


def test_links_to_other_formats_reach_real_files(site: Path) -> None:
    """The print and audio links of every page lead to files of the same build."""
    import re

    for name in pages(site):
        html = (site / name).read_text()
        for ref in re.findall(r'(?:src|href)="(\.\./[^"#]+)', html):
            assert (site / ref).resolve().is_file(), f"{name} links to missing {ref}"
    welcome = (site / "welcome.html").read_text()
    assert 'href="../print/welcome.pdf"' in welcome and "../audio/welcome.mp3" in welcome


LINES = """() => {
  // The characters on each line of each block of running text: [most on a line, its start].
  const found = [];
  for (const block of document.querySelectorAll('main :is(p, li, dd, .explain), .credits p')) {
    const lines = new Map();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      for (let i = 0; i < node.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (!box.height) continue;
        const top = Math.round(box.top);
        const [first, last, count] = lines.get(top) || [i, i, 0];
        lines.set(top, [first, i, count + 1]);
      }
    }
    for (const [first, last] of lines.values()) found.push(last - first + 1);
  }
  return Math.max(0, ...found);
}"""


def test_lines_of_text_are_at_most_70_characters(browser: Any, site: Path) -> None:
    """LY006: 50 to 70 characters a line, on a wide screen."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    longest = {}
    for name in pages(site):
        page.goto(site.joinpath(name).as_uri())
        longest[name] = page.evaluate(LINES)
    page.close()
    assert max(longest.values()) <= 70, longest
    assert max(longest.values()) >= 50, longest  # not too short either


SPLIT = r"""() => {
  // Words of letters only (not web or email addresses, nor a break at a hyphen) that start
  // on one line and end on another, and anything wider than the screen.
  const split = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    for (const token of node.data.matchAll(/\S+/g)) {
      if (/@|:\/\/|www\./.test(token[0])) continue;  // an address may break anywhere
      for (const match of token[0].matchAll(/[A-Za-z]+/g)) {
        const range = document.createRange();
        range.setStart(node, token.index + match.index);
        range.setEnd(node, token.index + match.index + match[0].length);
        const rects = [...range.getClientRects()].filter(r => r.width);
        if (new Set(rects.map(r => Math.round(r.top))).size > 1) split.push(match[0]);
      }
    }
  }
  return [split, document.documentElement.scrollWidth];
}"""


CUT_OFF = """() => [...document.querySelectorAll('label, .choice-text, .site-name, nav a')]
  // a label or name whose words do not all show: wider than its box, or outside the screen
  .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth
          || (e.closest('label') && e.closest('label') !== e
              && e.getBoundingClientRect().right > e.closest('label').getBoundingClientRect().right + 0.5))
  .map(e => e.textContent.trim())"""


def narrow_page_problems(page: Any, site: Path) -> dict[str, object]:
    """Each page of ``site`` at the page's width: the words split across lines, the width of
    the page when it is wider than the screen, and the labels cut off."""
    found = {}
    for name in pages(site):
        page.goto(site.joinpath(name).as_uri())
        split, width = page.evaluate(SPLIT)
        cut = page.evaluate(CUT_OFF)
        if split or width > 320 or cut:
            found[name] = (split, width, cut)
    return found


@pytest.mark.parametrize("font_size", [24, 40])
def test_bigger_text_on_a_narrow_screen_splits_no_words(
    browser: Any, tmp_path: Path, font_size: int
) -> None:
    """A reader who sets bigger text (theme.font_size 24, 1.2 times the default, and 40, the
    most) on a phone: the picture columns (of points, questions and answers), the headings and
    the header make room, so no word is split (LY005), nothing is wider than the screen and
    no answer is cut off (AX001)."""
    import shutil

    project = tmp_path / "project"
    shutil.copytree(REPO / "content", project / "content")
    shutil.copytree(REPO / "symbols", project / "symbols")
    config = (REPO / "easyread.yml").read_text()
    assert "  font_size: 20\n" in config
    config = config.replace("  font_size: 20\n", f"  font_size: {font_size}\n")
    (project / "easyread.yml").write_text(config)
    site = build(project, tmp_path / "build", ("html",), checks=False).out / "site"
    assert "feedback-form.html" in pages(site)
    page = browser.new_page(viewport={"width": 320, "height": 640})
    found = narrow_page_problems(page, site)
    page.close()
    assert found == {}


def test_the_readers_very_large_text_on_a_narrow_screen_splits_no_words(
    browser: Any, site: Path
) -> None:
    """The default theme read with the browser's own "Very large" text (24px instead of 16px,
    so the body text is 30px) on a phone: the same as a bigger theme.font_size."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    session = page.context.new_cdp_session(page)
    session.send("Page.setFontSizes", {"fontSizes": {"standard": 24, "fixed": 20}})
    page.goto(site.joinpath("feedback-form.html").as_uri())
    assert page.evaluate("getComputedStyle(document.body).fontSize") == "30px"
    found = narrow_page_problems(page, site)
    page.close()
    assert found == {}


@pytest.mark.parametrize("name", ["feedback-form.html", "next-meeting.html"])
def test_a_page_printed_from_the_browser_keeps_the_print_rules(
    browser: Any, site: Path, tmp_path: Path, name: str
) -> None:
    """What a reader gets from the browser's Print: text of at least 16 pt (LY002), a page
    number on every page (LY010), no point and no question with its answers split across
    pages and no heading last on a page (LY009), and no players, menus or print links."""
    from pdf.pdfcheck import characters, flow, pages_text

    page = browser.new_page()
    page.goto(site.joinpath(name).as_uri())
    blocks = page.evaluate(
        """() => [...document.querySelectorAll('main :is(.point, fieldset)')]
             .filter(e => !e.closest('fieldset') || e.matches('fieldset'))
             .map(e => e.innerText)"""
    )
    page.emulate_media(media="print")
    printed = tmp_path / "printed.pdf"
    page.pdf(path=str(printed), prefer_css_page_size=True)
    page.close()
    pages = pages_text(printed)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        for unwanted in ("Listen to", "Download", "Skip to", "About and contact", "Print this"):
            assert unwanted not in text, (number, unwanted)
    read = characters(printed)
    assert min(c["size"] for p in read for c in p.chars) >= 16 - 0.05
    for found in read[:-1]:  # the last line above the page number is never a heading
        footer = max(c["top"] for c in found.chars)
        content = [c for c in found.chars if c["bottom"] < footer]
        bottom = max(c["bottom"] for c in content)
        last = [c for c in content if c["bottom"] > bottom - 2]
        assert max(c["size"] for c in last) < 16 * 1.1, "".join(c["text"] for c in last)
    text, at = flow(printed), 0
    for block in blocks:
        begin, end = text.span(block, at)
        assert begin >= 0, block
        assert text.page(begin) == text.page(end), block
        at = end + 1
