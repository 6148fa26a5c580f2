"""Slips in the shape of a page that build, with a warning where they are written."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.reporting import BufferReporter

SLIPS = (
    "[bus] We travel by bus.\n#Wrong heading\n\n[bus]\n\n# Empty heading\n\n# Next\n\n[hello] Hi.\n"
)


WELL = (
    "[hello] Hi.\n\n# Part\n\n[bus] Bus.\n\n# Our groups\n\n## The Monday group\n\n"
    "[talk] We talk.\n\n[hello] Find us: #RiversideVoices\n#RiversideVoices\n"
)
"""A heading with smaller headings under it, and a hashtag: no slips."""


def test_slips_in_a_page_are_warned_about_where_they_are(
    make_project: MakeProject, tmp_path: Path
) -> None:
    """Each was published without a word: an empty part (with its own recording), a
    picture that says nothing, a heading joined to the point above, an empty page, and two
    documents the home page could not tell apart."""
    root = make_project(
        {
            "content/a.md": page(title="About us", body=SLIPS),
            "content/b.md": "---\ntitle: About us\n---\n",
            "content/c.md": page(title="All is well", body=WELL),
        }
    )
    reporter = BufferReporter()
    build(root, tmp_path / "out", ("html",), reporter=reporter, checks=False)
    assert [m for kind, m in reporter.messages if kind == "warning"] == [
        "content/a.md:6: '#Wrong heading' is not a heading: put a space after '#' to make it one.",
        "content/a.md:8: this point has a picture and no words. Write what the point says "
        "after the picture.",
        "content/a.md:10: the heading “Empty heading” has nothing under it. Write its points "
        "under it, or remove the heading.",
        "content/b.md: “About us” is also the title of content/a.md. Give each document its "
        "own title: readers choose by it.",
        "content/b.md:1: this page has only a title. Write its points under the front matter, "
        "or keep the file out of content/ until it is ready.",
    ]
