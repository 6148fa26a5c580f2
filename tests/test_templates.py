"""Layered templates: a project's own templates/ over the built-in theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import MakeProject
from scratch import page

from easyread.build import build
from easyread.cli import main
from easyread.errors import ContentError


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
    root = make_project({"content/a.md": page(), "templates/index.html": "\n{{ no_such_thing }}"})
    with pytest.raises(ContentError) as caught:
        build(root, tmp_path / "out", ("html",))
    assert str(caught.value) == (
        "templates/index.html:2: The template has a mistake: 'no_such_thing' is undefined. "
        "Correct the template, or remove it from templates/ to use the built-in one."
    )
    assert not (tmp_path / "out").exists()


def test_a_template_syntax_error_is_a_message(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(), "templates/about.html": "<p>\n{% if %}</p>"})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "\ntemplates/about.html:2: The template has a mistake: " in result.output


def test_text_is_escaped_in_templates(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(title="Tea & 'cake' <now>")})
    html = (build(root, tmp_path / "out", ("html",)).out / "site" / "a.html").read_text()
    assert "<h1>Tea &amp; &#39;cake&#39; &lt;now&gt;</h1>" in html
