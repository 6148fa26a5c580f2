"""Layered templates: a project's own templates/ over the built-in theme."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from conftest import MakeProject
from scratch import page

from easyread.build import build


def test_project_template_overrides_and_extends_the_builtin(
    make_project: MakeProject, tmp_path: Path
) -> None:
    root = make_project(
        {
            "content/a.md": page(),
            "templates/document.html": (
                '{% extends "easyread/document.html" %}'
                '{% block main %}{{ super() }}<p class="ours">From {{ config.organisation }}</p>{% endblock %}'
            ),
            "templates/about.html": "<p>Our own about page</p>",
        }
    )
    site = build(root, tmp_path / "out", ("html",)).out / "site"
    page_html = (site / "a.html").read_text()
    assert "<h1>A page</h1>" in page_html  # the built-in template still does its part
    assert '<p class="ours">From Test council</p>' in page_html
    assert (site / "about.html").read_text() == "<p>Our own about page</p>"
    assert '<p class="ours">' not in (site / "index.html").read_text()


def test_undefined_names_in_templates_fail(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(), "templates/index.html": "{{ no_such_thing }}"})
    with pytest.raises(jinja2.UndefinedError):
        build(root, tmp_path / "out", ("html",))
    assert not (tmp_path / "out").exists()


def test_text_is_escaped_in_templates(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(title="Tea & 'cake' <now>")})
    html = (build(root, tmp_path / "out", ("html",)).out / "site" / "a.html").read_text()
    assert "<h1>Tea &amp; &#39;cake&#39; &lt;now&gt;</h1>" in html
