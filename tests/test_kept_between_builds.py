"""What a process that builds again and again (the preview) keeps between builds, and that an
edit to what it was made from is never missed."""

from __future__ import annotations

from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.documents import load_project
from easyread.render.templates import environment
from easyread.symbols.library import load_library

MANIFEST = """\
name: Our pictures
licence: CC0-1.0
author: Us
source: made here
symbols:
  bus:
    file: bus.svg
    alt: A bus
    keywords: [bus]
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'


def test_templates_are_kept_until_one_changes(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    project = load_project(root)
    first = environment(project)
    assert environment(load_project(root)) is first
    own = root / "templates" / "document.html"
    own.parent.mkdir()
    own.write_text("{% extends 'easyread/document.html' %}{% block content %}Ours{% endblock %}")
    changed = environment(load_project(root))
    assert changed is not first
    build(root, root / "build", ("html",))
    assert "Ours" in (root / "build" / "site" / "a.html").read_text(encoding="utf-8")
    own.write_text("{% extends 'easyread/document.html' %}{% block content %}Theirs{% endblock %}")
    build(root, root / "build", ("html",))
    assert "Theirs" in (root / "build" / "site" / "a.html").read_text(encoding="utf-8")


def test_a_changed_setting_makes_a_new_environment(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(body="[hello] Hello.\n")})
    first = environment(load_project(root))
    config = root / "easyread.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("title:", "title: New"))
    assert environment(load_project(root)).globals["config"].title.startswith("New")
    assert environment(load_project(root)) is not first


def test_the_picture_library_is_kept_until_a_set_changes(make_project: MakeProject) -> None:
    root = make_project(
        {"symbols/ours/symbols.yml": MANIFEST, "symbols/ours/bus.svg": SVG, "content/a.md": ""}
    )
    first = load_library(root)
    assert first.find("ours/bus") is not None
    assert load_library(root) is first
    (root / "symbols" / "ours" / "symbols.yml").write_text(MANIFEST.replace("A bus", "A red bus"))
    again = load_library(root)
    assert again is not first
    found = again.find("ours/bus")
    assert found is not None and found.alt == "A red bus"
