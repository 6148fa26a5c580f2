"""The about page is easy read too: each of its rows has a picture, as a document's points."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import MakeProject
from scratch import page

from easyread.build import build

CONFIG = """\
title: Test group
organisation: Test council
contact: {name: Sam, phone: 01632 960000, email: sam@example.org, address: 1 High Street}
"""


def test_every_row_of_the_about_page_has_a_picture(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """It was lines of text with no pictures at all."""
    root = make_project({"content/a.md": page()}, config=CONFIG)
    site = build(root, tmp_path / "out", ("html",), checks=False).out / "site"
    about = (site / "about.html").read_text()
    contact = about[about.index('id="contact"') : about.index('id="credits"')]
    rows = re.findall(r'<div class="point">(.*?)</div>\s*</div>', contact, re.DOTALL)
    texts = [" ".join(re.sub(r"<[^>]+>", " ", r).split()) for r in rows]
    for said in ("Phone: 01632 960000", "Email: sam@example.org", "Write to: 1 High Street"):
        assert any(t.endswith(said) for t in texts), (said, texts)
    assert len(rows) >= 6 and all(("<svg" in r or "<img" in r) for r in rows)
    for name in ("phone", "email", "letter", "building", "talk", "glasses"):
        assert (site / "pictures" / "openmoji" / f"{name}.svg").is_file(), name
