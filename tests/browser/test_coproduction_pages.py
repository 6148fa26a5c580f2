"""The co-production pages (form, results, you said we did, actions) in a real browser: axe-core
finds nothing, every answer is a target of at least 44 by 44 CSS pixels (AX002), and the
keyboard reaches every answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from easyread.build import build

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = ("feedback-form.html", "what-you-told-us.html", "you-said-we-did.html")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example project, with a form endpoint so that the send button is there too."""
    root = tmp_path_factory.mktemp("coproduction") / "project"
    root.mkdir()
    (root / "content").symlink_to(REPO / "content")
    config = (REPO / "easyread.yml").read_text(encoding="utf-8")
    config += "coproduction:\n  form_endpoint: https://forms.example.org/answers\n"
    (root / "easyread.yml").write_text(config, encoding="utf-8")
    return build(root, root / "build", ("html",)).out / "site"


def test_axe_finds_no_violations_on_the_new_pages(
    browser: Any, axe_script: str, site: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    found = {}
    for name in (*PAGES, "who-is-doing-what.html"):
        page.goto(site.joinpath(name).as_uri())
        page.add_script_tag(content=axe_script)
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            AXE_TAGS,
        )
        assert result["passes"]  # axe really ran
        if result["violations"]:
            found[name] = [
                (v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]
            ]
    page.close()
    assert found == {}, json.dumps(found, indent=1)


@pytest.mark.parametrize("width", [1280, 320])
def test_answers_are_big_targets(browser: Any, site: Path, width: int) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(site.joinpath("feedback-form.html").as_uri())
    sizes = page.evaluate(
        """() => [...document.querySelectorAll('label.choice, button, textarea')].map(e => {
             const r = e.getBoundingClientRect(); return [r.width, r.height]; })"""
    )
    assert len(sizes) >= 14
    assert all(w >= 44 and h >= 44 for w, h in sizes), sizes
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()


def test_the_keyboard_reaches_and_chooses_answers(browser: Any, site: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site.joinpath("feedback-form.html").as_uri())
    page.focus('input[name="meetings-helpful"][value="yes"]')
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    checked = page.evaluate(
        "document.querySelector('input[name=\"meetings-helpful\"]:checked').value"
    )
    assert checked == "not-sure"
    label = page.evaluate(
        "document.querySelector('input[name=\"meetings-helpful\"]:checked').closest('label').textContent.trim()"
    )
    assert label == "Not sure"
    page.close()
