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
        assert "<audio controls" in page.read_text("utf-8")  # the player without the script
        audio = tab.locator(WHOLE).first
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


def test_the_controls_are_large_and_reached_by_keyboard(browser: Any, page: Path) -> None:
    """AX002: the site's own buttons, in place of the browser's small ones, are at least 44 by
    44 CSS px, and the keyboard reaches them."""
    tab = browser.new_page(viewport={"width": 320, "height": 640})
    try:
        tab.goto(page.as_uri())
        sizes = tab.evaluate(
            """() => [...document.querySelectorAll('.er-listen button, .er-listen-download a')]
                 .map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })"""
        )
        assert len(sizes) == 3 * tab.locator(".er-listen").count() >= 6
        assert all(w >= 44 and h >= 44 for w, h in sizes), sizes
        assert not tab.locator(".er-listen audio").first.is_visible()  # its controls are gone
        focused = []
        for _ in range(30):
            tab.keyboard.press("Tab")
            focused.append(tab.evaluate("document.activeElement.textContent.trim()"))
        assert any(text.startswith("Play") for text in focused), focused
        assert "Back 10 seconds" in focused
        assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        tab.close()


def test_without_the_script_the_browsers_player_is_there(browser: Any, page: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(page.as_uri())
        audio = tab.locator(".er-listen audio").first
        assert audio.get_attribute("controls") is not None and audio.is_visible()
        assert tab.locator(".er-listen button").count() == 0
    finally:
        context.close()


def test_play_pause_and_back_work_the_recording(browser: Any, page: Path) -> None:
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        play = tab.locator(".er-listen:not([data-part]) .er-play")
        tab.evaluate(f"document.querySelector('{WHOLE}').muted = true")
        button = ".er-listen:not([data-part]) .er-play"
        play.click()
        tab.wait_for_function(f"document.querySelector('{WHOLE}').currentTime > 0.3")
        tab.wait_for_function(f"document.querySelector('{button}').textContent.startsWith('Pause')")
        play.click()
        assert tab.evaluate(f"document.querySelector('{WHOLE}').paused")
        tab.wait_for_function(f"document.querySelector('{button}').textContent.startsWith('Play')")
        _seek(tab, WHOLE, 15)
        tab.locator(".er-listen:not([data-part]) .er-back").click()
        assert abs(tab.evaluate(f"document.querySelector('{WHOLE}').currentTime") - 5) < 0.5
    finally:
        tab.close()


def test_each_player_says_what_it_plays_and_how_long_it_is(
    browser: Any, spoken: Spoken, page: Path
) -> None:
    """A screen reader's list of buttons, links or form controls tells the players apart
    (WCAG 2.4.6), and the length of each recording is shown."""
    data = timings(spoken.audio, "welcome")
    part = next(p for p in data["parts"] if p["anchor"] == "how-we-work")
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        section = tab.locator('.er-listen[data-part="how-we-work"]')
        heading = tab.locator("#how-we-work h2").text_content().strip()
        assert section.locator(".er-listen-label").text_content().strip() == f"Listen to: {heading}"
        assert section.locator(".er-play").text_content() == f"Play: {heading}"
        length = part["end"] - part["start"]
        minutes = "less than 1 minute" if length < 60 else f"{round(length / 60)} minute"
        link = section.locator(".er-listen-download a").text_content()
        assert link.startswith(f"Download “{heading}” (MP3, {minutes}"), link
        time = section.locator(".er-time").text_content()
        assert time == f"0:00 of {int(length) // 60}:{int(length) % 60:02}", time
        names = tab.evaluate(
            """() => [...document.querySelectorAll('.er-listen :is(button.er-play, a, p[id])')]
                 .map(e => e.textContent.trim())"""
        )
        assert len(names) == len(set(names)), names
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
