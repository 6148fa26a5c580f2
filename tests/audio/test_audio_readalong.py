"""The read-along Listen control in a real headless chromium, on the site's own page.

The page is the HTML stage's real ``welcome.html``, with the Listen partial added the way the
page template includes it, opened from the folder (file://) like a site on a USB stick.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest
from audio.conftest import Spoken
from audio.spoken import timings

from easyread.render import RenderOptions

pytestmark = pytest.mark.browser

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def listen_markup() -> tuple[str, str, str]:
    """The partial's head, page control and section control, as the page template renders them."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    module: Any = env.get_template("partials/listen.html").module
    head = module.listen_head(
        {"timings": "../audio/welcome.timings.js", "script": "assets/readalong.js"}
    )
    page = module.listen(
        {"slug": "welcome", "audio": "../audio/welcome.mp3", "label": "Listen to this page"}
    )
    section = module.listen(
        {
            "slug": "welcome",
            "audio": "../audio/welcome/02-how-we-work.mp3",
            "part": "how-we-work",
            "label": "Listen to this part",
            "minutes": 1,
        }
    )
    return str(head), str(page), str(section)


@pytest.fixture(scope="module")
def page(spoken: Spoken) -> Path:
    from easyread.render.html import render as render_html

    render_html(spoken.project, spoken.out, RenderOptions(formats=("html", "audio"), jobs=1))
    site = spoken.out / "site"
    shutil.copyfile(TEMPLATES / "assets" / "readalong.js", site / "assets" / "readalong.js")
    path = site / "welcome.html"
    html = path.read_text("utf-8")
    if 'class="er-listen"' in html:
        return path  # the page template includes the Listen partial itself
    head, whole, section = listen_markup()
    html = html.replace("</head>", head + "\n</head>", 1)
    title_row_end = html.index("</div>", html.index("</h1>")) + len("</div>")
    html = html[:title_row_end] + "\n" + whole + html[title_row_end:]
    heading_end = html.index("</h2>", html.index('id="how-we-work"')) + len("</h2>")
    html = html[:heading_end] + "\n" + section + html[heading_end:]
    path.write_text(html, encoding="utf-8")
    return path


def _speaking(tab: Any) -> list[str]:
    # the words of each lit row: a point's text, not its picture's title (inline SVG)
    script = "Array.from(document.querySelectorAll('.er-speaking'), e => (e.querySelector('.point-text') || e).textContent.trim())"
    found: list[str] = tab.evaluate(script)
    return found


WHOLE = ".er-listen:not([data-part]) audio"
SECTION = '.er-listen[data-part="how-we-work"] audio'


def _seek(tab: Any, player: str, seconds: float) -> None:
    tab.evaluate(
        "([css, t]) => { const a = document.querySelector(css);"
        " a.currentTime = t; a.dispatchEvent(new Event('timeupdate')); }",
        [player, seconds],
    )


def test_the_highlighted_point_follows_the_time(browser: Any, spoken: Spoken, page: Path) -> None:
    data = timings(spoken.audio, "welcome")
    cues = {c["key"]: c for p in data["parts"] for c in p["cues"]}
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        audio = tab.locator(WHOLE).first
        assert audio.get_attribute("controls") is not None
        assert audio.get_attribute("autoplay") is None
        assert tab.evaluate(f"document.querySelector('{WHOLE}').paused")
        assert _speaking(tab) == []  # nothing lit before anyone presses play

        _seek(tab, WHOLE, cues["0.1"]["start"] + 0.2)
        tab.wait_for_function("document.querySelector('.point.er-speaking') !== null")
        assert _speaking(tab)[0].startswith("We work together")

        _seek(tab, WHOLE, cues["1.1"]["start"] + 0.2)
        tab.wait_for_function(
            "document.querySelector('.er-speaking')?.textContent.includes('Ring Priya')"
        )
        _seek(tab, WHOLE, cues["1"]["start"] + 0.1)
        tab.wait_for_function("document.querySelector('h2.er-speaking') !== null")
        _seek(tab, WHOLE, cues["title"]["start"] + 0.1)
        tab.wait_for_function("document.querySelector('h1.er-speaking') !== null")
        assert len(_speaking(tab)) == 1
    finally:
        tab.close()


def test_a_sections_player_counts_from_the_start_of_its_section(
    browser: Any, spoken: Spoken, page: Path
) -> None:
    data = timings(spoken.audio, "welcome")
    part = next(p for p in data["parts"] if p["anchor"] == "how-we-work")
    point = next(c for c in part["cues"] if c["key"] == "1.1")
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        assert tab.locator(SECTION).count() > 0, "the page has no Listen control for its sections"
        _seek(tab, SECTION, point["start"] - part["start"] + 0.2)
        tab.wait_for_function(
            "document.querySelector('.er-speaking')?.textContent.includes('Ring Priya')"
        )
    finally:
        tab.close()


def test_the_audio_really_plays_from_the_folder(browser: Any, page: Path) -> None:
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        duration = tab.evaluate(
            """() => new Promise((done, fail) => {
                const a = document.querySelector('.er-listen audio');
                a.addEventListener('loadedmetadata', () => done(a.duration));
                a.addEventListener('error', () => fail(String(a.error && a.error.code)));
                a.preload = 'metadata'; a.load();
            })"""
        )
        assert duration > 10
    finally:
        tab.close()


def test_the_control_is_large_and_reached_by_keyboard(browser: Any, page: Path) -> None:
    tab = browser.new_page(viewport={"width": 320, "height": 640})
    try:
        tab.goto(page.as_uri())
        box = tab.locator(".er-listen audio").first.bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 200
        link = tab.locator(".er-listen-download a").first.bounding_box()
        assert link is not None and link["height"] >= 44
        focused = []
        for _ in range(30):
            tab.keyboard.press("Tab")
            focused.append(tab.evaluate("document.activeElement.tagName"))
        assert "AUDIO" in focused
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        tab.close()


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def test_axe_finds_no_violations_with_a_point_lit(browser: Any, spoken: Spoken, page: Path) -> None:
    import axe_playwright_python

    axe = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text("utf-8")
    data = timings(spoken.audio, "welcome")
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        tab.goto(page.as_uri())
        _seek(tab, WHOLE, data["parts"][0]["cues"][1]["start"] + 0.2)
        tab.wait_for_function("document.querySelector('.point.er-speaking') !== null")
        tab.add_script_tag(content=axe)
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags},"
            " resultTypes: ['violations']})",
            AXE_TAGS,
        )
        found = [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
        assert found == []
    finally:
        tab.close()


def test_one_player_at_a_time_lights_the_page(browser: Any, spoken: Spoken, page: Path) -> None:
    data = timings(spoken.audio, "welcome")
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        assert tab.locator(SECTION).count() > 0, "the page has no Listen control for its sections"
        _seek(tab, WHOLE, data["parts"][0]["cues"][1]["start"] + 0.2)
        tab.wait_for_function("document.querySelector('.point.er-speaking') !== null")
        tab.evaluate(f"document.querySelector('{SECTION}').dispatchEvent(new Event('play'))")
        assert _speaking(tab) == []
    finally:
        tab.close()
