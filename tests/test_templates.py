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


TEMPLATE_MISTAKES = {
    "a template not saved as UTF-8": (
        {"templates/about.html": b"<p>\n<p>Caf\xe9</p>"},
        "templates/about.html:2: The template has a mistake: it is not saved as UTF-8 text "
        "(save it again as UTF-8). Correct the template, or remove it from templates/ to use "
        "the built-in one.",
    ),
    "a template that includes itself": (
        {"templates/about.html": '<p>{% include "about.html" %}</p>'},
        "templates: The templates include or extend each other without end. Check "
        "{% include %} and {% extends %} in templates/: a template must not include itself, "
        "or a template that includes it.",
    ),
    "a template that extends one that is not there": (
        {"templates/about.html": '{% extends "easyread/abuot.html" %}'},
        "There is no template 'easyread/abuot.html', in templates/ or the built-in theme. "
        "Correct the name in {% extends %}, {% include %} or {% import %}, or add the "
        "template to templates/.",
    ),
}


@pytest.mark.parametrize(
    "files, expected", TEMPLATE_MISTAKES.values(), ids=TEMPLATE_MISTAKES.keys()
)
def test_template_mistakes_are_messages_not_tracebacks(
    make_project: MakeProject, files: dict[str, str | bytes], expected: str
) -> None:
    root = make_project({"content/a.md": page(), **files})
    result = CliRunner().invoke(main, ["build", str(root), "--format", "html"])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert expected in result.output
    assert not (root / "build").exists()


def test_a_template_mistake_in_a_review_copy_is_a_message(make_project: MakeProject) -> None:
    root = make_project({"content/a.md": page(), "templates/print/base.html": "{% if %}"})
    result = CliRunner().invoke(main, ["review", "a.md", "--project", str(root)])
    assert (result.exit_code, result.output) == (
        1,
        "templates/print/base.html:1: The template has a mistake: Expected an expression, got "
        "'end of statement block'. Correct the template, or remove it from templates/ to use "
        "the built-in one.\nNothing was changed in the output.\n",
    )


def test_text_is_escaped_in_templates(make_project: MakeProject, tmp_path: Path) -> None:
    root = make_project({"content/a.md": page(title="Tea & 'cake' <now>")})
    html = (build(root, tmp_path / "out", ("html",)).out / "site" / "a.html").read_text()
    assert "<h1>Tea &amp; &#39;cake&#39; &lt;now&gt;</h1>" in html
