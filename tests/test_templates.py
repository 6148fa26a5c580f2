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


def test_compiled_templates_are_kept_between_commands_and_never_stop_a_build(
    make_project: MakeProject, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling the theme was a tenth of each command's start. A template edited since is
    compiled again; a damaged or unwritable cache is only a slower start."""
    import easyread.render.templates as templates

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = make_project({"content/a.md": page(), "templates/about.html": "<p>Ours</p>"})
    out = tmp_path / "out"

    def about(new_command: bool = True) -> str:
        if new_command:
            monkeypatch.setattr(templates, "_LAST", None)
        return (build(root, out, ("html",), clean=True).out / "site" / "about.html").read_text()

    assert about() == "<p>Ours</p>"
    (kept,) = (tmp_path / "cache" / "easyread").glob("templates-*")
    assert len(list(kept.iterdir())) >= 3  # the project's about page, the theme's others
    compiled: list[str] = []
    real = templates.jinja2.Environment.compile
    monkeypatch.setattr(
        templates.jinja2.Environment,
        "compile",
        lambda self, source, name=None, *a, **k: (
            compiled.append(name) or real(self, source, name, *a, **k)
        ),
    )
    assert about() == "<p>Ours</p>" and compiled == []  # read, not compiled
    (root / "templates" / "about.html").write_text("<p>Ours, edited</p>")
    assert about() == "<p>Ours, edited</p>" and compiled == ["about.html"]
    code = templates.code_version
    monkeypatch.setattr(templates, "code_version", lambda: "changed")  # easyread's code, edited
    compiled.clear()
    assert about() == "<p>Ours, edited</p>" and "document.html" in compiled
    monkeypatch.setattr(templates, "code_version", code)
    assert about() == "<p>Ours, edited</p>"  # the old folder's again
    compiled.clear()
    for file in kept.iterdir():
        file.write_bytes(b"damaged")
    assert about() == "<p>Ours, edited</p>" and "document.html" in compiled
    monkeypatch.setenv("XDG_CACHE_HOME", str(next(kept.iterdir()) / "below-a-file"))
    assert about() == "<p>Ours, edited</p>"
